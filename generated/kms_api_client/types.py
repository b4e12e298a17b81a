"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


# --- Helpers for the models (rendered by generator/templates/model.py.jinja) -------------------------------------
import datetime as _datetime
import enum as _enum
import json as _json
from collections.abc import Callable as _Callable
from collections.abc import Iterable as _Iterable
from typing import Any as _Any
from typing import cast as _cast

import attrs as _attrs

_E = TypeVar("_E", bound=_enum.Enum)


def closed_enum(enum_class: type[_E], name: str, allowed: list[str]) -> _Callable[[_Any], _E | None]:
    """A converter for a field whose enum is closed in the spec (request-only): the member for a plain string,
    ``ValueError`` with the OCI SDK's message for a value outside the list, on construction and on assignment."""

    def convert(value: _Any) -> _E | None:
        if value is None or isinstance(value, enum_class):
            return value
        try:
            return enum_class(value)
        except ValueError:
            raise ValueError(f"Invalid value for `{name}`, must be None or one of {allowed}") from None

    return convert


def open_enum(enum_class: type[_E]) -> _Callable[[_Any], _E | None]:
    """A converter for a field of a model that responses carry too: the member for a listed string, and for any
    other string a member-like instance that keeps it (the enum's ``from_value``; the service may add values)."""

    def convert(value: _Any) -> _E | None:
        if value is None or isinstance(value, enum_class):
            return value
        return _cast(_E, enum_class.from_value(value))  # type: ignore[attr-defined]

    return convert


def wire_datetime(value: _datetime.datetime | str) -> str:
    """A date-time as the OCI SDK sends it: UTC with a ``Z``; a naive datetime is taken as UTC, a string is sent
    as given (an ISO-8601 text)."""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=_datetime.UTC)
    return value.astimezone(_datetime.UTC).isoformat().replace("+00:00", "Z")


def to_python(obj: _Any) -> _Any:
    """What ``oci.util.to_dict`` gives: models as dicts keyed by their Python (snake_case) field names, recursively
    through lists and dicts; enum members as their value; date-times as ISO-8601 text (naive ones as UTC)."""
    if isinstance(obj, _enum.Enum):
        return obj.value
    if isinstance(obj, str):
        return obj
    if isinstance(obj, (_datetime.datetime, _datetime.time)):
        if obj.tzinfo is None:
            obj = obj.replace(tzinfo=_datetime.UTC)
        return obj.isoformat()
    if isinstance(obj, _datetime.date):
        return obj.isoformat()
    if isinstance(obj, Mapping):
        return {key: to_python(value) for key, value in obj.items()}
    if _attrs.has(type(obj)):
        return {
            field.name: to_python(getattr(obj, field.name))
            for field in _attrs.fields(type(obj))
            if field.name != "additional_properties"
        }
    if isinstance(obj, _Iterable) and not isinstance(obj, (bytes, bytearray)):
        return [to_python(value) for value in obj]
    return obj


def model_str(obj: _Any, hidden: frozenset[str] = frozenset()) -> str:
    """``str()`` of a model as the OCI SDK prints it: the :func:`to_python` dict as sorted, indented JSON; the
    ``hidden`` fields (secrets: plaintext, data keys) show as :func:`hidden_repr` does."""
    shown = to_python(obj)
    for name in hidden:
        if shown.get(name) is not None:
            shown[name] = hidden_repr(shown[name])
    return _json.dumps(shown, indent=2, sort_keys=True, ensure_ascii=False, default=str)


def hidden_repr(value: _Any) -> str:
    """How a secret field shows in ``repr()`` and ``str()``: its size, never its value."""
    return "None" if value is None else f"<hidden: {len(value)} characters>"
