"""OCI error responses: the exception the mock raises internally and the ``{"code", "message"}`` body."""

from __future__ import annotations

import json
from collections.abc import Mapping

__all__ = ["ApiError", "clip", "error_body"]

_CLIP_AT = 80


class ApiError(Exception):
    """An error answer: HTTP ``status``, OCI ``code``, a ``message`` (never a secret), extra ``headers``."""

    def __init__(self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        super().__init__(f"{status} {code}: {message}")

    def body(self) -> bytes:
        """The JSON error body."""
        return error_body(self.code, self.message)

    # ------------------------------------------------------------------ the codes the mock uses

    @classmethod
    def invalid_parameter(cls, message: str) -> ApiError:
        """400 InvalidParameter."""
        return cls(400, "InvalidParameter", message)

    @classmethod
    def missing_parameter(cls, message: str) -> ApiError:
        """400 MissingParameter."""
        return cls(400, "MissingParameter", message)

    @classmethod
    def cannot_parse(cls, message: str) -> ApiError:
        """400 CannotParseRequest."""
        return cls(400, "CannotParseRequest", message)

    @classmethod
    def not_authenticated(cls, reason: str) -> ApiError:
        """401 NotAuthenticated."""
        return cls(401, "NotAuthenticated", f"The request is not authenticated: {reason}")

    @classmethod
    def resource_not_found(cls, kind: str, resource_id: str) -> ApiError:
        """404 NotAuthorizedOrNotFound for an unknown (or foreign) resource id."""
        return cls(
            404,
            "NotAuthorizedOrNotFound",
            f"{kind} {clip(resource_id)} does not exist or you are not authorized to access it",
        )

    @classmethod
    def route_not_found(cls) -> ApiError:
        """404 NotFound for a path no operation serves."""
        return cls(404, "NotFound", "No such resource path")

    @classmethod
    def method_not_allowed(cls, method: str, allowed: list[str]) -> ApiError:
        """405 MethodNotAllowed with the ``Allow`` header."""
        return cls(
            405,
            "MethodNotAllowed",
            f"The method {clip(method)} is not allowed on this path; allowed: {', '.join(allowed)}",
            {"allow": ", ".join(allowed)},
        )

    @classmethod
    def incorrect_state(cls, message: str) -> ApiError:
        """409 IncorrectState: the resource's lifecycle state does not allow the operation."""
        return cls(409, "IncorrectState", message)

    @classmethod
    def invalidated_retry_token(cls) -> ApiError:
        """409 InvalidatedRetryToken: the token was already used for a different request."""
        return cls(
            409,
            "InvalidatedRetryToken",
            "The opc-retry-token was already used for a different request; use a new token",
        )

    @classmethod
    def no_etag_match(cls) -> ApiError:
        """412 NoEtagMatch."""
        return cls(412, "NoEtagMatch", "The if-match header does not match the resource's current etag")

    @classmethod
    def payload_too_large(cls, limit: int) -> ApiError:
        """413 PayloadTooLarge."""
        return cls(413, "PayloadTooLarge", f"The request body exceeds the limit of {limit} bytes")

    @classmethod
    def unsupported_media_type(cls, content_type: str | None) -> ApiError:
        """415 UnsupportedMediaType."""
        given = "no content-type" if content_type is None else f"content-type {clip(content_type)}"
        return cls(415, "UnsupportedMediaType", f"The request body must be application/json, not {given}")

    @classmethod
    def too_many_requests(cls, message: str = "Too many requests; slow down and retry") -> ApiError:
        """429 TooManyRequests."""
        return cls(429, "TooManyRequests", message)

    @classmethod
    def internal(cls, message: str = "Internal server error") -> ApiError:
        """500 InternalServerError."""
        return cls(500, "InternalServerError", message)

    @classmethod
    def service_unavailable(cls, message: str = "The service is temporarily unavailable") -> ApiError:
        """503 ServiceUnavailable."""
        return cls(503, "ServiceUnavailable", message)


def error_body(code: str, message: str) -> bytes:
    """``{"code": ..., "message": ...}`` as JSON bytes."""
    return json.dumps({"code": code, "message": message}).encode("utf-8")


def clip(value: str, limit: int = _CLIP_AT) -> str:
    """``value`` made safe to quote in a message: control characters escaped, at most ``limit`` chars."""
    shown = value.encode("unicode_escape").decode("ascii") if not value.isprintable() else value
    if len(shown) > limit:
        shown = shown[:limit] + f"...({len(value)} chars)"
    return repr(shown)
