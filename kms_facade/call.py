"""One logical call: client-side validation, per-attempt headers, the httpx hooks, and error translation.

Everything here is shared by the sync and async clients; they differ only in how an attempt is sent and how
they sleep between attempts.
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import secrets
import string
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import httpx

from kms_facade.binding import BoundOperation
from kms_facade.exceptions import (
    ConnectTimeout,
    InvalidResponse,
    RequestException,
    ServiceError,
    TransientServiceError,
)
from kms_facade.response import RequestInfo, Response
from kms_facade.retry import RetryStrategy, effective_strategy
from kms_facade.version import __version__

log = logging.getLogger("kms_facade")

_TOKEN_ALPHABET = string.ascii_letters + string.digits


def new_retry_token() -> str:
    """A 30-character ``opc-retry-token`` from ``[A-Za-z0-9]``, as the OCI SDK makes them."""
    return "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(30))


def new_request_id() -> str:
    """A fresh ``opc-request-id``: 32 upper-case hex characters (128 random bits)."""
    return os.urandom(16).hex().upper()


@dataclass(slots=True)
class CallContext:
    """What the httpx hooks need to know about the call in flight (carried in a context variable)."""

    operation_name: str
    extra_headers: dict[str, str]
    response: httpx.Response | None = None
    # Set by the client: which failures its circuit breaker counts (raised as TransientServiceError).
    transient: Callable[[int, str | None], bool] | None = None
    allow_control_chars: bool | None = None  # parse a 2xx body leniently (raw control characters in strings)
    target_service: str = "kms_management"  # ServiceError.target_service: the API the operation belongs to
    reference_link: str | None = None  # ServiceError.api_reference_link


CURRENT_CALL: ContextVar[CallContext | None] = ContextVar("kms_facade_current_call", default=None)


class FacadeAuth(httpx.Auth):
    """Adds the call's extra headers, then signs with the configured signer (fresh on every attempt)."""

    requires_request_body = True

    def __init__(self, signer: httpx.Auth) -> None:
        self.signer = signer

    @staticmethod
    def _add_call_headers(request: httpx.Request) -> None:
        context = CURRENT_CALL.get()
        if context is not None and context.extra_headers:
            request.headers.update(context.extra_headers)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add per-call headers, then delegate to the signer."""
        self._add_call_headers(request)
        yield from self.signer.auth_flow(request)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """As :meth:`auth_flow`, through the signer's own sync flow."""
        self._add_call_headers(request)
        yield from self.signer.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Through the signer's own async flow (a token signer refreshes off the event loop)."""
        self._add_call_headers(request)
        flow = self.signer.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            response = yield outgoing
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return


def api_reference_link(operation: BoundOperation[Any, Any]) -> str:
    """The API reference page of an operation, as the OCI SDK links it: ``<Resource>/<OperationId>``, where the
    resource is the model the operation returns (a list's item model), or for an operation that returns
    nothing the resource its first positional parameter names (``key_id`` → ``Key``)."""
    operation_id = "".join(part.title() for part in operation.name.split("_"))
    returned = str(operation.returns).replace("'", "")
    resource = returned.removeprefix("list[").removesuffix("]")
    if resource in ("None", "NoneType", str(inspect.Signature.empty)):
        first = operation.positional_names[0] if operation.positional_names else operation.name
        resource = "".join(part.title() for part in first.removesuffix("_id").split("_"))
    return f"https://docs.oracle.com/iaas/api/#/en/key/release/{resource}/{operation_id}"


def service_error_from(response: httpx.Response, context: CallContext | None) -> ServiceError:
    """Build a ServiceError (a TransientServiceError when the circuit breaker counts it) from a non-2xx response
    whose body has been read."""
    code: str | None = None
    message = response.text
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    if isinstance(body, dict):
        raw_code = body.get("code")
        code = raw_code if isinstance(raw_code, str) else None
        raw_message = body.get("message")
        if isinstance(raw_message, str):
            message = raw_message
    request = response.request
    operation_name = context.operation_name if context else None
    transient = context is not None and context.transient is not None and context.transient(response.status_code, code)
    return (TransientServiceError if transient else ServiceError)(
        response.status_code,
        code,
        response.headers,
        message,
        operation_name=operation_name,
        request_endpoint=f"{request.method} {request.url}",
        request_id=request.headers.get("opc-request-id"),
        original_request=RequestInfo.from_httpx(request),
        api_reference_link=context.reference_link if context else None,
        client_version=f"kms-facade/{__version__}",
        deserialized_data=body if isinstance(body, dict) else None,
        target_service=context.target_service if context else "kms_management",
    )


def _lenient_json(response: httpx.Response) -> None:
    """Re-encode a JSON body that has raw control characters inside strings, so that strict parsing accepts it."""
    try:
        parsed = json.loads(response.content, strict=False)
    except ValueError:
        return
    response._content = json.dumps(parsed).encode()


def _record(response: httpx.Response) -> CallContext | None:
    context = CURRENT_CALL.get()
    if context is not None:
        context.response = response
    return context


def on_response(response: httpx.Response) -> None:
    """Sync response hook: judge the status on the raw response, before any generated parsing."""
    context = _record(response)
    if not response.is_success:
        response.read()
        raise service_error_from(response, context)
    if context is not None and context.allow_control_chars:
        response.read()
        _lenient_json(response)


async def on_response_async(response: httpx.Response) -> None:
    """Async twin of :func:`on_response` (httpx needs a coroutine hook on an AsyncClient)."""
    context = _record(response)
    if not response.is_success:
        await response.aread()
        raise service_error_from(response, context)
    if context is not None and context.allow_control_chars:
        await response.aread()
        _lenient_json(response)


def translate_transport_error(error: httpx.TransportError) -> RequestException:
    """Map an httpx transport failure onto the facade's own exceptions."""
    if isinstance(error, httpx.TimeoutException):
        return ConnectTimeout(f"{type(error).__name__}: {error}")
    return RequestException(f"{type(error).__name__}: {error}")


def _check_header(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"Parameter {name} must be a string")
    if "\r" in value or "\n" in value:
        raise ValueError(f"Parameter {name} must not contain CR or LF characters")
    return value


@dataclass(slots=True)
class CallPlan:
    """A validated call ready to be attempted; one plan serves every attempt of one logical call."""

    operation: BoundOperation[Any, Any]
    generated_kwargs: dict[str, Any]
    strategy: RetryStrategy
    context: CallContext
    caller_request_id: str | None
    attempts: int = 0
    attempt_request_id: str | None = None
    started: float = 0.0
    call_args: tuple[Any, ...] = ()
    call_kwargs: dict[str, Any] = field(default_factory=dict)

    def attempt_kwargs(self) -> dict[str, Any]:
        """Kwargs for the generated function for the next attempt (a new request id unless the caller set one)."""
        self.attempts += 1
        kwargs = dict(self.generated_kwargs)
        self.attempt_request_id = kwargs["opc_request_id"] = self.caller_request_id or new_request_id()
        return kwargs

    def invalid_response(self, error: Exception) -> InvalidResponse | None:
        """For an error raised while the generated code parsed a 2xx body, the InvalidResponse to raise."""
        raw = self.context.response
        if raw is None or not raw.is_success:
            return None
        request_id = raw.headers.get("opc-request-id")
        return InvalidResponse(
            f"{self.operation.name}: the {raw.status_code} response does not fit the spec's model "
            f"({type(error).__name__}: {error}) [opc-request-id={request_id}]",
            operation_name=self.operation.name,
            request_id=request_id,
        )

    def response(self, parsed: Any) -> Response[Any]:
        """Wrap the parsed data of the successful attempt."""
        raw = self.context.response
        assert raw is not None, "the response hook records every response"
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s attempt=%d status=%d opc-request-id=%s",
                self.operation.name,
                self.attempts,
                raw.status_code,
                raw.headers.get("opc-request-id"),
            )
        return Response(
            status=raw.status_code,
            headers=raw.headers,
            data=parsed,
            raw_request=raw.request,
            operation_name=self.operation.name,
            call_args=self.call_args,
            call_kwargs=self.call_kwargs,
        )

    def retry_delay(self, error: BaseException, elapsed: float) -> float | None:
        """Seconds to wait before the next attempt, or None to give up."""
        status = error.status if isinstance(error, ServiceError) else type(error).__name__
        delay = self.strategy.next_delay(self.attempts, elapsed, error)
        log.debug(
            "%s attempt=%d failed status=%s opc-request-id=%s retry_in=%s",
            self.operation.name,
            self.attempts,
            status,
            error.request_id if isinstance(error, ServiceError) else self.attempt_request_id,
            "no" if delay is None else f"{delay:.3f}s",
        )
        return delay


def _convert_body(operation: BoundOperation[Any, Any], value: Any) -> Any:
    body = operation.spec.body
    assert body is not None
    if value is None:
        if body.required:
            raise ValueError(f"Parameter {body.name} is required for {operation.name}")
        return operation.spec.unset
    if body.binary:
        # The generated client sends ``File.payload`` as the request content. Bytes (rather than the stream)
        # can be sent again on a retry and work with both the sync and the async httpx client.
        return body.model(payload=_binary_content(body.name, value))
    model = body.model
    if isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        try:
            parsed = model.from_dict(value)
            _reject_unlisted_enum_values(parsed)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise ValueError(f"Invalid {body.name} for {operation.name}: {type(error).__name__}: {error}") from None
        return parsed
    raise ValueError(f"Parameter {body.name} must be a {model.__name__} or a dict, not {type(value).__name__}")


def _binary_content(name: str, value: Any) -> bytes:
    """The bytes of a binary body given as bytes, str (UTF-8) or anything with ``read()`` (read to its end).

    Like the OCI SDK, a stream is read into memory so that it can be hashed for the signature and resent.
    """
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    read = getattr(value, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, str):
            return data.encode("utf-8")
        if isinstance(data, bytes | bytearray | memoryview):
            return bytes(data)
        raise TypeError(f"{name}.read() returned {type(data).__name__}, not bytes")
    raise TypeError(f"{name}: the body must be a string, bytes, or provide a read() method.")


def _header_value(name: str, value: object) -> str | int:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValueError(f"Parameter {name} must not be negative")
        return value
    return _check_header(name, value)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _reject_unlisted_enum_values(value: Any) -> None:
    """ValueError for an enum value the spec does not list, anywhere in a parsed request model.

    The generated ``from_dict`` keeps such values (the spec's enums are open, for responses); a request must use a
    listed value, so the facade refuses it before sending, as the SDK does for its request models.
    """
    if type(value) in _SCALARS:
        return  # most fields: the exact type test is cheaper than the isinstance tests below (Mapping is an ABC)
    if isinstance(value, Enum):
        if type(value)._value2member_map_.get(value.value) is not value:
            raise ValueError(f"{value.value!r} is not a valid {type(value).__name__}")
    elif hasattr(value, "__attrs_attrs__"):
        for attribute in value.__attrs_attrs__:
            _reject_unlisted_enum_values(getattr(value, attribute.name))
    elif isinstance(value, list):
        for item in value:
            _reject_unlisted_enum_values(item)
    elif isinstance(value, Mapping):
        for item in value.values():
            _reject_unlisted_enum_values(item)


def _convert_enum(name: str, enum: type[Enum], value: Any) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = [member.value for member in enum]
        raise ValueError(f"Invalid value for `{name}`, must be one of {allowed}") from None


def _check_content_length(operation_name: str, declared: Any, body: Any) -> None:
    """A caller's ``content_length`` must be the binary body's length (a wrong one would corrupt the request)."""
    payload = getattr(body, "payload", None)
    if declared is not None and isinstance(payload, bytes) and declared != len(payload):
        raise ValueError(f"{operation_name}: content_length is {declared} but the body has {len(payload)} bytes")


def plan_call(
    operation: BoundOperation[Any, Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    default_strategy: RetryStrategy | None,
    token_source: Callable[[], str] = new_retry_token,
) -> CallPlan:
    """Validate a call client-side (raising ValueError before anything is sent) and plan its attempts."""
    arguments = operation.bind(args, kwargs)
    spec = operation.spec
    generated: dict[str, Any] = {}
    for python_name, wire_name in spec.path_params:
        value = arguments.get(python_name)
        if value is None or not isinstance(value, str) or not value.strip():
            raise ValueError(f"Parameter {wire_name} cannot be None, whitespace or empty string")
        if value in (".", ".."):
            # A dot segment would be normalised away by the URL and address another resource.
            raise ValueError(f"Parameter {wire_name} cannot be '.' or '..'")
        generated[python_name] = value
    enums = spec.enums
    unset = spec.unset
    body_name = spec.body.name if spec.body else None
    strategy = effective_strategy(arguments.pop("retry_strategy", None), default_strategy)
    allow_control_chars = arguments.pop("allow_control_chars", None)
    arguments.pop("enable_strict_url_encoding", None)  # path parameters are always strictly encoded (see README)
    for name, value in arguments.items():
        if name in generated or name == body_name:
            continue
        if name in spec.headers:
            if value is not None:
                generated[name] = _header_value(name, value)
        elif value is None:
            if name in operation.positional_names:
                raise ValueError(f"Parameter {name} is required for {operation.name}")
        elif name in enums:
            generated[name] = _convert_enum(name, enums[name], value)
        else:
            generated[name] = value
    for name in operation.optional_query_names:
        generated.setdefault(name, unset)  # send nothing rather than the spec's default: the service applies it
    if body_name is not None:
        body = _convert_body(operation, arguments.get(body_name))
        if body is not unset:
            generated["body"] = body
            _check_content_length(operation.name, generated.get("content_length"), body)
    extra_headers: dict[str, str] = {}
    if strategy.retries_enabled:
        extra_headers["opc-client-retries"] = "true"
        if spec.auto_retry_token and "opc_retry_token" not in generated:
            generated["opc_retry_token"] = token_source()
    caller_request_id = generated.pop("opc_request_id", None)
    return CallPlan(
        operation=operation,
        generated_kwargs=generated,
        strategy=strategy,
        context=CallContext(
            operation.name,
            extra_headers,
            allow_control_chars=allow_control_chars,
            target_service=operation.api_tag,
            reference_link=operation.reference_link,
        ),
        caller_request_id=caller_request_id,
        call_args=args,
        call_kwargs=kwargs,
    )
