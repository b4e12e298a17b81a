"""Request validation against the spec: parameters and JSON bodies, with OAS 3.0 schema semantics.

Failures are 400s whose message names the field: ``MissingParameter`` for an absent required parameter,
body or property; ``InvalidParameter`` for a wrong type, enum value, bound or format;
``CannotParseRequest`` for a body that is not JSON; 415 ``UnsupportedMediaType`` for a body that is not
``application/json``. Messages never repeat long or binary input.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

# jsonschema ships no type information (and types-jsonschema is not a dependency).
from jsonschema import FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, relevance  # type: ignore[import-untyped]
from jsonschema.protocols import Validator  # type: ignore[import-untyped]
from openapi_schema_validator import OAS30WriteValidator, oas30_format_checker

from kms_mock.errors import ApiError, clip
from kms_mock.spec import ApiSpec, Operation, Parameter

__all__ = ["RequestValidator", "ValidRequest", "parse_rfc3339"]

_INTEGER = re.compile(r"[+-]?\d{1,18}")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})",
)


def parse_rfc3339(value: str) -> datetime.datetime:
    """An RFC 3339 date-time (with a zone) as an aware datetime; ValueError otherwise."""
    if not _RFC3339.fullmatch(value):
        raise ValueError("not an RFC 3339 date-time")
    return datetime.datetime.fromisoformat(value.upper())


def _is_rfc3339(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parse_rfc3339(value)
    return True


def _is_base64(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not value.isascii():
        return False
    try:
        base64.b64decode(value, validate=True)
    except binascii.Error:
        return False
    return True


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checkers = dict(oas30_format_checker.checkers)
    # Our own date-time check, so validation does not depend on an optional package being installed.
    checker.checks("date-time", raises=ValueError)(_is_rfc3339)
    # Our own byte check: openapi-schema-validator's raises UnicodeEncodeError (uncaught: a 500) for a string
    # with non-ASCII characters, e.g. a keyMaterial the contract fuzzer sent.
    checker.checks("byte")(_is_base64)
    return checker


_FORMAT_CHECKER = _format_checker()


@dataclass(frozen=True)
class ValidRequest:
    """A request that passed validation: typed parameters by name, and the parsed body (None if none)."""

    path: Mapping[str, str]
    query: Mapping[str, Any]
    headers: Mapping[str, str]
    body: Any
    raw_body: bytes = b""
    """The body's bytes as received (the body itself for an ``application/octet-stream`` operation)."""


class RequestValidator:
    """Validates requests for the operations of one spec; validators are compiled once per schema."""

    def __init__(self, spec: ApiSpec) -> None:
        self._spec = spec
        self._validators: dict[int, Validator] = {}
        self._components = _discriminators_spelled_out(_null_through_all_of(spec.components))

    def validate(
        self,
        operation: Operation,
        path_params: Mapping[str, str],
        query_string: bytes,
        raw_headers: Sequence[tuple[bytes, bytes]],
        body: bytes,
    ) -> ValidRequest:
        """Check everything the spec says about the request; ApiError (400/415) on the first problem."""
        path = {p.name: self._check_param(p, path_params.get(p.name)) for p in operation.parameters_in("path")}
        query = self._query(operation, query_string)
        headers = self._headers(operation, raw_headers)
        parsed_body = self._body(operation, body, _content_type(raw_headers))
        return ValidRequest(path=path, query=query, headers=headers, body=parsed_body, raw_body=body)

    # ------------------------------------------------------------------ parameters

    def _query(self, operation: Operation, query_string: bytes) -> dict[str, Any]:
        text = query_string.decode("latin-1")
        try:
            pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False, errors="replace")
        except ValueError:
            raise ApiError.invalid_parameter("the query string is malformed") from None
        values: dict[str, str] = {}
        for name, value in pairs:
            if name in values:
                raise ApiError.invalid_parameter(f"query parameter {clip(name)} is given more than once")
            values[name] = value
        result: dict[str, Any] = {}
        for param in operation.parameters_in("query"):
            checked = self._check_param(param, values.get(param.name))
            if checked is not None:
                result[param.name] = checked
        return result

    def _headers(self, operation: Operation, raw_headers: Sequence[tuple[bytes, bytes]]) -> dict[str, str]:
        wanted = {p.name: p for p in operation.parameters_in("header")}
        found: dict[str, str] = {}
        for raw_name, raw_value in raw_headers:
            name = raw_name.decode("latin-1").lower()
            if name not in wanted:
                continue
            if name in found:
                raise ApiError.invalid_parameter(f"header {name} is given more than once")
            found[name] = raw_value.decode("latin-1")
        result = {}
        for name, param in wanted.items():
            checked = self._check_param(param, found.get(name))
            if checked is not None:
                result[name] = checked
        return result

    def _check_param(self, param: Parameter, raw: str | None) -> Any:
        kind = "path parameter" if param.location == "path" else f"{param.location} parameter"
        if raw is None:
            if param.required:
                raise ApiError.missing_parameter(f"{param.name} is required ({kind})")
            default = self._spec.resolve(param.schema).get("default")
            return default
        value = self._coerce(param, raw, kind)
        error = _first_error(self._validator(param.schema), value)
        if error is not None:
            raise ApiError.invalid_parameter(f"{param.name} ({kind}) {_describe(error, raw)}")
        return value

    def _coerce(self, param: Parameter, raw: str, kind: str) -> Any:
        schema_type = self._spec.resolve(param.schema).get("type", "string")
        if schema_type == "integer":
            if not _INTEGER.fullmatch(raw.strip()):
                raise ApiError.invalid_parameter(f"{param.name} ({kind}) must be an integer")
            return int(raw)
        if schema_type == "number":
            if not _NUMBER.fullmatch(raw.strip()):
                raise ApiError.invalid_parameter(f"{param.name} ({kind}) must be a number")
            return float(raw)
        if schema_type == "boolean":
            if raw not in {"true", "false"}:
                raise ApiError.invalid_parameter(f"{param.name} ({kind}) must be true or false")
            return raw == "true"
        return raw

    # ------------------------------------------------------------------ body

    def _body(self, operation: Operation, body: bytes, content_type: str | None) -> Any:
        if operation.body_schema is None:
            if operation.body_required and not body:
                raise ApiError.missing_parameter("the request body is required")
            # No body, or a binary one (whatever its content-type: the OCI SDK labels a bytes body
            # application/json): the operation reads ValidRequest.raw_body.
            return None
        if not body:
            if operation.body_required:
                raise ApiError.missing_parameter("the request body is required")
            return None
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if media_type not in operation.body_media_types:
            raise ApiError.unsupported_media_type(content_type)
        document = _parse_json(body)
        error = _first_error(self._validator(operation.body_schema), document)
        if error is not None:
            raise _body_error(error)
        return document

    def _validator(self, schema: Mapping[str, Any]) -> Validator:
        found = self._validators.get(id(schema))
        if found is None:
            # Local "#/components/..." pointers resolve against the root: put the components beside the schema.
            root = {**_discriminators_spelled_out(_null_through_all_of(schema)), "components": self._components}
            found = OAS30WriteValidator(root, format_checker=_FORMAT_CHECKER)
            self._validators[id(schema)] = found
        return found


def _null_through_all_of(node: Any) -> Any:
    """``node`` with each nullable reference (``type`` + ``nullable: true`` + ``allOf``) also accepting ``null``.

    The spec's conventions make such a field nullable, as generators and schemathesis read it; the strict 3.0.3
    validator applies ``nullable`` to the ``type`` beside it only, and the referenced schema then rejects null.
    """
    if isinstance(node, Mapping):
        adjusted = {key: _null_through_all_of(value) for key, value in node.items()}
        if adjusted.get("nullable") is True and "allOf" in adjusted:
            return {"anyOf": [{"enum": [None]}, adjusted]}
        return adjusted
    if isinstance(node, list):
        return [_null_through_all_of(item) for item in node]
    return node


def _discriminators_spelled_out(node: Any) -> Any:
    """``node`` with each ``discriminator`` spelled out as plain JSON Schema: every ``oneOf`` variant that the
    mapping names must also carry its own value in the discriminating property (``destination: BUCKET`` only
    for ``BackupLocationBucket``). openapi-schema-validator's discriminator support raised TypeError (a 500) on
    a non-string value, and maps an unknown value to any schema of that name (found by fuzzing)."""
    if isinstance(node, list):
        return [_discriminators_spelled_out(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    adjusted = {key: _discriminators_spelled_out(value) for key, value in node.items() if key != "discriminator"}
    discriminator = node.get("discriminator")
    if isinstance(discriminator, Mapping) and isinstance(adjusted.get("oneOf"), list):
        name = discriminator.get("propertyName")
        value_of = {ref: value for value, ref in dict(discriminator.get("mapping") or {}).items()}
        adjusted["oneOf"] = [
            {"allOf": [variant, {"required": [name], "properties": {name: {"enum": [value_of[variant["$ref"]]]}}}]}
            if isinstance(variant, Mapping) and variant.get("$ref") in value_of
            else variant
            for variant in adjusted["oneOf"]
        ]
    return adjusted


def _first_error(validator: Validator, instance: Any) -> ValidationError | None:
    """The most relevant error, without descending into anyOf branches (their messages mislead)."""
    errors = list(validator.iter_errors(instance))
    return max(errors, key=relevance) if errors else None


def _content_type(raw_headers: Iterable[tuple[bytes, bytes]]) -> str | None:
    for name, value in raw_headers:
        if name.lower() == b"content-type":
            return value.decode("latin-1")
    return None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _parse_json(body: bytes) -> Any:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError.cannot_parse(f"The request body is not UTF-8 (byte {exc.start})") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ApiError.cannot_parse(
            f"The request body is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except (ValueError, RecursionError) as exc:
        reason = "it nests too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise ApiError.cannot_parse(f"The request body is not valid JSON: {reason}") from None


def _field(path: Iterable[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _body_error(error: ValidationError) -> ApiError:
    where = _field(error.absolute_path)
    if error.validator == "required":
        instance = error.instance if isinstance(error.instance, dict) else {}
        missing = [name for name in error.validator_value if name not in instance]
        name = missing[0] if missing else "a property"
        return ApiError.missing_parameter(f"{_field([*error.absolute_path, name])} is required")
    subject = where or "the request body"
    return ApiError.invalid_parameter(f"{subject} {_describe(error, error.instance)}")


_FORMAT_NAMES = {"byte": "valid base64", "date-time": "an RFC 3339 date-time with a time zone"}


def _describe(error: ValidationError, value: Any) -> str:
    """A short description of a schema violation that does not echo long input."""
    rule = error.validator_value
    match error.validator:
        case "type":
            return f"must be of type {rule}" if value is not None else "must not be null"
        case "enum":
            return f"must be one of {', '.join(str(v) for v in rule)}"
        case "minLength":
            return f"must be at least {rule} characters long"
        case "maxLength":
            return f"must be at most {rule} characters long"
        case "minimum":
            return f"must be at least {rule}"
        case "maximum":
            return f"must be at most {rule}"
        case "multipleOf":
            return f"must be a multiple of {rule}"
        case "format":
            return f"must be {_FORMAT_NAMES.get(rule, f'a valid {rule}')}"
        case "pattern":
            return "has an invalid format"
        case "anyOf" | "oneOf":
            return "is not one of the allowed values"
        case "nullable":
            return "must not be null"
        case _:
            return f"violates the schema rule {error.validator!r}"
