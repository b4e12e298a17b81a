"""Routing on the raw request path: each ``/``-separated segment is percent-decoded on its own, so an id
holding an encoded slash (``%2F``) or ``..`` stays one path parameter and never reaches another route."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import unquote_to_bytes

from kms_mock.errors import ApiError

__all__ = ["Router", "split_raw_path"]

T = TypeVar("T")


def split_raw_path(raw_path: bytes) -> list[str]:
    """The decoded segments of a raw path (``/a/b%2Fc`` → ``["a", "b/c"]``); bad UTF-8 becomes U+FFFD."""
    if not raw_path.startswith(b"/"):
        raise ApiError.route_not_found()
    return [unquote_to_bytes(segment).decode("utf-8", "replace") for segment in raw_path[1:].split(b"/")]


@dataclass(frozen=True)
class _Route(Generic[T]):
    method: str
    segments: tuple[str, ...]
    target: T

    @property
    def literal_count(self) -> int:
        return sum(1 for segment in self.segments if not _is_param(segment))

    def bind(self, segments: list[str]) -> dict[str, str] | None:
        """The path parameters if ``segments`` fit this route, else None (empty parameters never fit)."""
        if len(segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for pattern, segment in zip(self.segments, segments, strict=True):
            if _is_param(pattern):
                if not segment:
                    return None
                params[pattern[1:-1]] = segment
            elif pattern != segment:
                return None
        return params


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


class Router(Generic[T]):
    """Maps (method, raw path) to a target. Literal segments win over parameters (``/keys/import``
    before ``/keys/{keyId}``); a path served for other methods only is a 405 naming them in ``Allow``."""

    def __init__(self, routes: Iterable[tuple[str, str, T]]) -> None:
        self._routes = [
            _Route(method.upper(), tuple(template.strip("/").split("/")), target) for method, template, target in routes
        ]
        self._routes.sort(key=lambda route: route.literal_count, reverse=True)

    def match(self, method: str, raw_path: bytes) -> tuple[T, dict[str, str]]:
        """The target and path parameters; 404 NotFound or 405 MethodNotAllowed otherwise."""
        segments = split_raw_path(raw_path)
        allowed: set[str] = set()
        for route in self._routes:
            params = route.bind(segments)
            if params is None:
                continue
            if route.method == method.upper():
                return route.target, params
            allowed.add(route.method)
        if allowed:
            raise ApiError.method_not_allowed(method, sorted(allowed))
        raise ApiError.route_not_found()
