"""Keyset pagination with opaque, tamper-evident ``opc-next-page`` tokens.

A token holds the sort key of the last item returned (its sort value and a unique tie-breaker, the item's
creation sequence number, so equal times or names still have one order) and a fingerprint of the
listing (operation, scope, filters, sort), signed with the server's secret. The next page starts strictly
after that key, so items inserted meanwhile are never repeated and never push others off a page; a token
used with other filters or another sort, or altered, is a 400.

Tokens must fit the spec's ``page`` limit (1024 characters). A sort key that would not (a long non-ASCII
display name) is kept on the server instead, and the token names it; the last ``MEMO_CAPACITY`` such keys
are remembered.
"""

from __future__ import annotations

import base64
import binascii
import collections
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from kms_mock.errors import ApiError

__all__ = ["MAX_TOKEN_LENGTH", "MEMO_CAPACITY", "Paginator", "listing_fingerprint"]

MAX_TOKEN_LENGTH = 1024
MEMO_CAPACITY = 10_000
_MEMO_PREFIX = "~"

T = TypeVar("T")
SortKey = tuple[float | str, int]


def listing_fingerprint(operation: str, scope: str, criteria: Mapping[str, Any]) -> str:
    """A short digest of what a listing selects and how it sorts (``limit`` excluded: it may vary)."""
    text = json.dumps([operation, scope, sorted(criteria.items())], separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class Paginator:
    """Cuts sorted listings into pages and issues/reads the tokens between them."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret
        self._memo: collections.OrderedDict[str, bytes] = collections.OrderedDict()

    def page(
        self,
        items: Sequence[T],
        sort_key: Callable[[T], SortKey],
        *,
        descending: bool,
        limit: int,
        token: str | None,
        fingerprint: str,
    ) -> tuple[list[T], str | None]:
        """The page of ``items`` after ``token`` (or the first), and the token of the next page if any."""
        ordered = sorted(items, key=sort_key, reverse=descending)
        if token is not None:
            after = self._read(token, fingerprint)
            ordered = [
                item
                for item in ordered
                if (_less(after, sort_key(item)) if not descending else _less(sort_key(item), after))
            ]
        chosen = ordered[:limit]
        if len(ordered) > limit and chosen:
            return chosen, self._issue(sort_key(chosen[-1]), fingerprint)
        return chosen, None

    def _issue(self, key: SortKey, fingerprint: str) -> str:
        payload = json.dumps({"k": list(key), "f": fingerprint}, separators=(",", ":")).encode("utf-8")
        body = base64.urlsafe_b64encode(payload).decode("ascii").rstrip("=")
        token = f"{body}.{self._mac(body)}"
        if len(token) <= MAX_TOKEN_LENGTH:
            return token
        body = _MEMO_PREFIX + secrets.token_urlsafe(18)
        self._memo[body] = payload
        while len(self._memo) > MEMO_CAPACITY:
            self._memo.popitem(last=False)
        return f"{body}.{self._mac(body)}"

    def _read(self, token: str, fingerprint: str) -> SortKey:
        bad = ApiError.invalid_parameter("page: the page token is not valid (it was altered or not issued here)")
        body, dot, mac = token.partition(".")
        expected = self._mac(body).encode("ascii")
        if not dot or not hmac.compare_digest(mac.encode("utf-8", "replace"), expected):
            raise bad
        if body.startswith(_MEMO_PREFIX):
            raw = self._memo.get(body)
            if raw is None:
                raise ApiError.invalid_parameter("page: the page token has expired; list again from the first page")
        else:
            raw = None
        try:
            if raw is None:
                raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            payload = json.loads(raw)
            value, sequence = payload["k"]
            issued_for = payload["f"]
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise bad from None
        if issued_for != fingerprint:
            raise ApiError.invalid_parameter(
                "page: the page token belongs to a listing with other filters or another sort order"
            )
        if not isinstance(value, float | int | str) or not isinstance(sequence, int):
            raise bad
        return value, sequence

    def _mac(self, body: str) -> str:
        digest = hmac.new(self._secret, body.encode("ascii", "replace"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:18]).decode("ascii")


def _less(a: SortKey, b: SortKey) -> bool:
    """``a < b`` for sort keys of the same listing (values of one type, then sequence numbers)."""
    if a[0] != b[0]:
        return a[0] < b[0]  # type: ignore[operator]
    return a[1] < b[1]
