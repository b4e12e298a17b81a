"""The ``opc-retry-token`` cache: a repeated request with the same token gets the original answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from kms_mock.errors import ApiError

__all__ = ["TOKEN_LIFETIME_SECONDS", "RetryTokenCache"]

TOKEN_LIFETIME_SECONDS = 24 * 3600.0

R = TypeVar("R")


@dataclass(frozen=True)
class _Entry(Generic[R]):
    request_fingerprint: str
    response: R
    stored_at: float


class RetryTokenCache(Generic[R]):
    """Responses of successful requests by retry token, for 24 hours of the mock's clock.

    Not thread safe by itself: the caller holds the vault's lock across ``lookup``, the operation and
    ``remember``, so two concurrent requests with one token cannot both apply.
    """

    def __init__(self, lifetime_seconds: float = TOKEN_LIFETIME_SECONDS) -> None:
        self._lifetime = lifetime_seconds
        self._entries: dict[str, _Entry[R]] = {}

    def lookup(self, token: str, request_fingerprint: str, now: float) -> R | None:
        """The stored response for ``token``, None if unknown or expired; 409 if it was for another request."""
        self._expire(now)
        entry = self._entries.get(token)
        if entry is None:
            return None
        if entry.request_fingerprint != request_fingerprint:
            raise ApiError.invalidated_retry_token()
        return entry.response

    def remember(self, token: str, request_fingerprint: str, response: R, now: float) -> None:
        """Store the response of a request that succeeded."""
        self._entries[token] = _Entry(request_fingerprint, response, now)

    def __len__(self) -> int:
        return len(self._entries)

    def _expire(self, now: float) -> None:
        # Entries are in insertion (= clock) order: drop from the oldest until a fresh one.
        while self._entries:
            token, entry = next(iter(self._entries.items()))
            if now - entry.stored_at < self._lifetime:
                return
            del self._entries[token]
