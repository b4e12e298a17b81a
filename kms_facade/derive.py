"""Derive how a facade operation maps onto the generated client, from the generated client itself.

Nothing here is per operation: path parameters, body model, enum classes, headers and the auto retry token all
come from what ``make generate`` made from the spec, so a spec change reaches the facade without a table to
edit, and a documented signature that no longer fits the spec fails on its first call (and in the tests)
instead of drifting.
"""

from __future__ import annotations

import importlib
import inspect
import types
import typing
from dataclasses import dataclass
from enum import Enum
from types import ModuleType
from typing import Any

_API_PACKAGE = "kms_api_client.api"
_FACTS_MODULE = "kms_api_client.operation_facts"

# Keyword arguments every operation accepts besides its own.
COMMON_KWARGS = frozenset({"retry_strategy", "allow_control_chars", "enable_strict_url_encoding"})

# Headers the engine sends on every attempt, the caller's value or a fresh one: a declaration may leave them
# out of its signature (the SDK's ``export_key`` takes no ``opc_request_id`` yet sends one).
ENGINE_HEADERS = frozenset({"opc_request_id"})


@dataclass(frozen=True, slots=True)
class BodySpec:
    """An operation's request body: the facade parameter that carries it and the generated type it becomes."""

    name: str
    model: type[Any]  # a generated model, or the generated ``File`` for a binary body
    required: bool
    binary: bool


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """How one facade operation maps onto the generated client, derived (never restated) on its first call.

    Everything comes from the generated client, which ``make generate`` makes from the spec: the generated
    function's signature gives the path parameters (positional), the body and its model (``body``), the
    enum classes of query parameters (annotations); ``kms_api_client.operation_facts`` says which keyword is
    a header and which a query parameter, with the wire names. The facade contributes only the documented
    signature (a method of an operations class such as :class:`KmsOperations`); :func:`derive_operation`
    refuses one that does not match.
    """

    name: str
    module: ModuleType
    path_params: tuple[tuple[str, str], ...]  # (python name, wire name)
    query_params: frozenset[str]
    headers: frozenset[str]
    body: BodySpec | None
    enums: dict[str, type[Enum]]
    auto_retry_token: bool
    unset: Any  # the generated client's UNSET marker


def _without_unset(annotation: Any, unset_type: type[Any]) -> Any:
    """``X`` from ``X | Unset`` (or ``X`` itself)."""
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        members = [member for member in typing.get_args(annotation) if member is not unset_type]
        if len(members) == 1:
            return members[0]
    return annotation


def derive_operation(name: str, facade: inspect.Signature, api_tag: str = "kms_management") -> OperationSpec:
    """Derive the operation ``name`` of the API ``api_tag`` (the spec's tag in snake case) from the generated
    client; TypeError if ``facade`` does not fit the spec."""
    module = importlib.import_module(f"{_API_PACKAGE}.{api_tag}.{name}")
    facts: dict[str, list[list[str]]] = importlib.import_module(_FACTS_MODULE).PARAMETERS[name]
    generated_types = importlib.import_module("kms_api_client.types")
    unset_type: type[Any] = generated_types.Unset
    generated = inspect.signature(module._get_kwargs).parameters
    facade_params = {n: p for n, p in facade.parameters.items() if n not in COMMON_KWARGS and n != "self"}
    spec_names = [python for location in ("path", "query", "header") for python, _ in facts[location]]
    extra = [n for n in facade_params if n not in spec_names]
    missing = [n for n in spec_names if n not in facade_params and n not in ENGINE_HEADERS]
    body: BodySpec | None = None
    if "body" in generated:
        if len(extra) != 1:
            raise TypeError(f"{name}: the spec has a request body; the facade must name exactly one parameter for it")
        declared = generated["body"]
        model = _without_unset(declared.annotation, unset_type)
        required = declared.default is inspect.Parameter.empty
        if required != (facade_params[extra[0]].default is inspect.Parameter.empty):
            raise TypeError(f"{name}: the body is {'required' if required else 'optional'} in the spec")
        body = BodySpec(extra[0], model, required, model is generated_types.File)
        extra = []
    if extra or missing:
        raise TypeError(f"{name}: the facade signature does not match the spec (extra {extra}, missing {missing})")
    path = [python for python, _ in facts["path"]]
    positional = [n for n, p in facade_params.items() if p.kind is not p.KEYWORD_ONLY]
    if positional[: len(path)] != path:
        raise TypeError(f"{name}: the path parameters {path} must come first, in the spec's order")
    query = frozenset(python for python, _ in facts["query"])
    enums = {}
    for python in query:
        annotation = _without_unset(generated[python].annotation, unset_type)
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            enums[python] = annotation
    headers = frozenset(python for python, _ in facts["header"])
    return OperationSpec(
        name=name,
        module=module,
        path_params=tuple((python, wire) for python, wire in facts["path"]),
        query_params=query,
        headers=headers,
        body=body,
        enums=enums,
        auto_retry_token="opc_retry_token" in headers,
        unset=generated_types.UNSET,
    )
