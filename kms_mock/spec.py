"""The OpenAPI document the mock serves: loaded once, turned into one :class:`Operation` per path and method."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = ["ApiSpec", "Operation", "Parameter", "default_spec_path", "load_spec"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_SPEC_NAME = "kms.yaml"


@dataclass(frozen=True)
class Parameter:
    """One path, query or header parameter of an operation (header names lower-cased)."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: how it is reached and what its request must look like."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_schema: Mapping[str, Any] | None
    body_required: bool
    body_media_types: tuple[str, ...]
    tag: str = "KmsManagement"
    """The operation's spec tag: which endpoint serves it (``KmsManagement``, ``KmsCrypto`` or ``KmsVault``)."""

    @property
    def mutating(self) -> bool:
        """True for operations that change state: everything but GET/HEAD and the crypto endpoint's (POSTs
        that compute and change nothing)."""
        return self.method not in {"GET", "HEAD"} and self.tag != "KmsCrypto"

    @property
    def accepts_retry_token(self) -> bool:
        """True if the operation declares the ``opc-retry-token`` header."""
        return any(p.location == "header" and p.name == "opc-retry-token" for p in self.parameters)

    def parameters_in(self, location: str) -> tuple[Parameter, ...]:
        """The parameters in ``location`` (path, query or header)."""
        return tuple(p for p in self.parameters if p.location == location)


class ApiSpec:
    """A parsed OpenAPI 3.0 document: its operations and a resolver for its local ``$ref`` pointers."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.components: Mapping[str, Any] = document.get("components", {})
        self.operations = tuple(self._operations())
        self._by_id = {op.operation_id: op for op in self.operations}

    def operation(self, operation_id: str) -> Operation:
        """The operation with ``operation_id``; KeyError if the spec has none."""
        return self._by_id[operation_id]

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref`` (local pointers only) until a node without one."""
        seen: set[str] = set()
        while "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise ValueError(f"unsupported or circular $ref {ref!r} in the spec")
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def response_schema(self, operation_id: str, status: str = "200") -> Mapping[str, Any] | None:
        """The JSON schema of an operation's response body, or None when it has no body."""
        op = self.operation(operation_id)
        item = self.document["paths"][op.path][op.method.lower()]
        response = self.resolve(item["responses"][status])
        content = response.get("content", {}).get("application/json")
        return None if content is None else content.get("schema")

    def _operations(self) -> list[Operation]:
        found = []
        for path, path_item in self.document.get("paths", {}).items():
            shared = path_item.get("parameters", [])
            for method in _METHODS:
                item = path_item.get(method)
                if item is None:
                    continue
                found.append(self._operation(path, method, shared, item))
        return found

    def _operation(self, path: str, method: str, shared: list[Mapping[str, Any]], item: Mapping[str, Any]) -> Operation:
        params: dict[tuple[str, str], Parameter] = {}
        for raw in [*shared, *item.get("parameters", [])]:
            node = self.resolve(raw)
            location = node["in"]
            name = node["name"].lower() if location == "header" else node["name"]
            params[(location, name)] = Parameter(
                name=name,
                location=location,
                required=bool(node.get("required", location == "path")),
                schema=node.get("schema", {}),
            )
        body_schema = None
        body_required = False
        media_types: tuple[str, ...] = ()
        if "requestBody" in item:
            body = self.resolve(item["requestBody"])
            content = body.get("content", {})
            media_types = tuple(content)
            body_required = bool(body.get("required", False))
            json_content = content.get("application/json")
            if json_content is not None:
                body_schema = json_content.get("schema", {})
        return Operation(
            operation_id=item["operationId"],
            method=method.upper(),
            path=path,
            parameters=tuple(params.values()),
            body_schema=body_schema,
            body_required=body_required,
            body_media_types=media_types,
            tag=(item.get("tags") or ["KmsManagement"])[0],
        )


def default_spec_path() -> Path:
    """The spec shipped inside the package (wheel), else the repository's ``spec/`` next to the package."""
    packaged = resources.files("kms_mock") / "spec" / _SPEC_NAME
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "spec" / _SPEC_NAME


@functools.lru_cache(maxsize=4)
def _load(path: str) -> ApiSpec:
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3.0"):
        raise ValueError(f"{path} is not an OpenAPI 3.0 document")
    return ApiSpec(document)


def load_spec(path: str | os.PathLike[str] | None = None) -> ApiSpec:
    """Load (once per path) and parse the spec at ``path``, or the default one."""
    return _load(os.fspath(path) if path is not None else str(default_spec_path()))
