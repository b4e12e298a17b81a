"""Turns each declared operation signature into a method of both clients, typed per client kind."""

from __future__ import annotations

import functools
import inspect
import types
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from kms_facade.derive import COMMON_KWARGS, OperationSpec, derive_operation
from kms_facade.response import Response

P = ParamSpec("P")
T = TypeVar("T")


class SyncInvoker:
    """Base of clients whose operations return a ``Response`` directly."""

    def _invoke(self, operation: BoundOperation[Any, Any], /, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError


class AsyncInvoker:
    """Base of clients whose operations return an awaitable ``Response``."""

    async def _invoke(self, operation: BoundOperation[Any, Any], /, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError


class BoundOperation(Generic[P, T]):
    """A descriptor made from one documented signature; ``spec`` says how it maps to the generated client.

    ``common_kwargs`` are the kwargs of :data:`~kms_facade.derive.COMMON_KWARGS` the operation accepts (all of
    them unless it says otherwise: the SDK's ``export_key`` takes ``retry_strategy`` only).
    """

    def __init__(
        self, signature: Callable[Concatenate[Any, P], T], common_kwargs: Iterable[str] = COMMON_KWARGS
    ) -> None:
        accepted = frozenset(common_kwargs)
        if not accepted <= COMMON_KWARGS:
            raise TypeError(f"{signature.__name__}: {sorted(accepted - COMMON_KWARGS)} are not common kwargs")
        self.name = signature.__name__
        self.__doc__ = signature.__doc__
        documented = inspect.signature(signature)
        parameters = list(documented.parameters.values())[1:]
        self.signature = inspect.Signature(parameters)
        self.returns: Any = documented.return_annotation  # the model's name, e.g. "Key" or "list[KeySummary]"
        self.keyword_names = frozenset(p.name for p in parameters if p.kind is p.KEYWORD_ONLY)
        self.positional_names = tuple(p.name for p in parameters if p.kind is not p.KEYWORD_ONLY)
        self.allowed_kwargs = self.keyword_names | accepted | frozenset(self.positional_names)
        self.function = self._documented_function(documented)
        self.api_tag = "kms_management"  # set from the declaring class's API_TAG (see __set_name__)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        """Learn the API (the spec's tag, ``api/<tag>`` in the generated client) from the declaring class."""
        self.api_tag = getattr(owner, "API_TAG", self.api_tag)

    def _documented_function(self, signature: inspect.Signature) -> Callable[..., Any]:
        """The plain function behind the method, carrying the documented name, signature and docstring."""
        operation = self

        def method(client: Any, /, *args: Any, **kwargs: Any) -> Any:
            return client._invoke(operation, *args, **kwargs)

        method.__name__ = method.__qualname__ = self.name
        method.__doc__ = self.__doc__
        method.operation = self  # type: ignore[attr-defined]
        returns = f"Response[{signature.return_annotation}]"
        method.__signature__ = signature.replace(return_annotation=returns)  # type: ignore[attr-defined]
        # The same annotations as the signature, for tools that read them rather than it (Sphinx autodoc).
        annotations = {p.name: p.annotation for p in signature.parameters.values() if p.annotation is not p.empty}
        method.__annotations__ = {**annotations, "return": returns}
        return method

    @functools.cached_property
    def spec(self) -> OperationSpec:
        """How this operation maps onto the generated client, derived from it on first use."""
        return derive_operation(self.name, self.signature, self.api_tag)

    @functools.cached_property
    def reference_link(self) -> str:
        """The operation's API reference page (``ServiceError.api_reference_link``)."""
        from kms_facade.call import api_reference_link  # noqa: PLC0415 - call.py imports this module

        return api_reference_link(self)

    @property
    def generated(self) -> OperationSpec:
        """The derived operation (``.module`` is the generated module); the same as :attr:`spec`."""
        return self.spec

    @functools.cached_property
    def optional_query_names(self) -> frozenset[str]:
        """Optional query parameters: sent only when given, never with the spec's default."""
        return self.spec.query_params & self.keyword_names

    def bind(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        """Map a call's arguments to parameter names; unknown kwargs raise ValueError as OCI's SDK does."""
        unknown = [name for name in kwargs if name not in self.allowed_kwargs]
        if unknown:
            raise ValueError(f"{self.name} got unknown kwargs: {unknown!r}")
        if len(args) > len(self.positional_names):
            raise TypeError(f"{self.name}() takes {len(self.positional_names)} positional arguments")
        bound = dict(zip(self.positional_names, args, strict=False))
        for name in self.positional_names[len(args) :]:
            if name in kwargs:
                continue
            default = self.signature.parameters[name].default
            if default is inspect.Parameter.empty:
                raise TypeError(f"{self.name}() missing required argument: '{name}'")
        bound.update(kwargs)
        return bound

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Callable[Concatenate[Any, P], Any]: ...

    @overload
    def __get__(self, obj: SyncInvoker, owner: type[Any]) -> Callable[P, Response[T]]: ...

    @overload
    def __get__(self, obj: AsyncInvoker, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, Response[T]]]: ...

    def __get__(self, obj: object, owner: type[Any]) -> Any:
        if obj is None:
            return self.function  # a plain function, so help(), inspect and autodoc see a method with its signature
        method = types.MethodType(self.function, obj)
        obj.__dict__[self.name] = method  # cache: later lookups skip the descriptor
        return method


def declared_operations(owner: type[Any]) -> dict[str, BoundOperation[Any, Any]]:
    """The operations ``owner`` itself declares, by name (class attribute lookup would give their functions)."""
    return {name: value for name, value in vars(owner).items() if isinstance(value, BoundOperation)}


@overload
def operation(signature: Callable[Concatenate[Any, P], T], /) -> BoundOperation[P, T]: ...


@overload
def operation(
    *, common_kwargs: Iterable[str]
) -> Callable[[Callable[Concatenate[Any, P], T]], BoundOperation[P, T]]: ...


def operation(
    signature: Callable[Concatenate[Any, P], T] | None = None, /, *, common_kwargs: Iterable[str] = COMMON_KWARGS
) -> BoundOperation[P, T] | Callable[[Callable[Concatenate[Any, P], T]], BoundOperation[P, T]]:
    """Decorator: the documented ``signature`` becomes an operation method of both clients.

    ``@operation(common_kwargs=("retry_strategy",))`` narrows the common kwargs the operation accepts.
    """
    if signature is not None:
        return BoundOperation(signature)

    def declare(documented: Callable[Concatenate[Any, P], T]) -> BoundOperation[P, T]:
        return BoundOperation(documented, common_kwargs)

    return declare
