"""``SecurityTokenSigner``: sign with ``keyId="ST$<token>"`` and the session private key (reference §1.1).

The base of every token signer. It holds the current token and a :class:`~kms_facade.signing.RequestSigner`
for it; subclasses that can get a new token (instance and resource principals, OKE) override
:meth:`SecurityTokenSigner._fetch` and :meth:`SecurityTokenSigner._fresh_enough`. Refresh is single-flight
across threads (a lock, re-checked inside) and event loops (async callers refresh in a worker thread), so 64
concurrent calls during an expiry make one token request. No request is signed with an expired token.
"""

from __future__ import annotations

import asyncio
import datetime
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from kms_facade.auth.errors import SecurityTokenExpired
from kms_facade.auth.tokens import SecurityToken
from kms_facade.signing import RequestSigner

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["SECURITY_TOKEN_FORMAT_STRING", "RefreshableSecurityTokenSigner", "SecurityTokenSigner"]

SECURITY_TOKEN_FORMAT_STRING = "ST${}"  # noqa: S105 - a format, not a secret
_GENERIC_HEADERS = ("date", "(request-target)", "host")
_BODY_HEADERS = ("content-length", "content-type", "x-content-sha256")


@dataclass(frozen=True, slots=True)
class _Credentials:
    token: SecurityToken
    signer: RequestSigner
    private_key: RSAPrivateKey


class SecurityTokenSigner(httpx.Auth):
    """Signs with a security token and the private key whose public half was sent to obtain it.

    ``SecurityTokenSigner(token, private_key)`` is what a session profile (``oci session authenticate``)
    needs; an expired token raises :class:`SecurityTokenExpired` before anything is sent.
    """

    requires_request_body = True
    _expired_hint = "run `oci session refresh` (or `oci session authenticate`) and retry"

    def __init__(
        self,
        token: str,
        private_key: RSAPrivateKey,
        generic_headers: Sequence[str] | None = None,
        body_headers: Sequence[str] | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._init_signing(generic_headers, body_headers, clock)
        self._install(token, private_key)

    # ------------------------------------------------------------------ for subclasses

    def _init_signing(
        self, generic_headers: Sequence[str] | None, body_headers: Sequence[str] | None, clock: Callable[[], float]
    ) -> None:
        self._generic_headers = tuple(generic_headers or _GENERIC_HEADERS)
        self._body_headers = tuple(_BODY_HEADERS if body_headers is None else body_headers)
        self._clock = clock
        self._lock = threading.Lock()
        self._credentials: _Credentials | None = None
        self.refresh_count = 0
        """How many times a new token was obtained after the first (for tests and monitoring)."""

    def _install(self, token: str, private_key: RSAPrivateKey) -> _Credentials:
        signer = RequestSigner(
            SECURITY_TOKEN_FORMAT_STRING.format(token),
            private_key,
            clock=self._clock,
            generic_headers=self._generic_headers,
            body_headers=self._body_headers,
        )
        credentials = _Credentials(SecurityToken(token), signer, private_key)
        self._credentials = credentials
        return credentials

    def _fetch(self) -> tuple[str, RSAPrivateKey] | None:
        """A new token and its session key, or None when this signer cannot get one (the default)."""
        return None

    def _fresh_enough(self, token: SecurityToken, now: float) -> bool:
        """Whether ``token`` may sign at ``now`` without a refresh first (default: until it expires)."""
        return token.valid(now)

    def _refresh_locked(self) -> _Credentials:
        fetched = self._fetch()
        if fetched is None:
            assert self._credentials is not None
            return self._credentials
        credentials = self._install(*fetched)
        self.refresh_count += 1
        return credentials

    # ------------------------------------------------------------------ the current token

    def _current(self) -> _Credentials:
        credentials = self._credentials
        if credentials is None or not self._fresh_enough(credentials.token, self._clock()):
            with self._lock:
                credentials = self._credentials
                if credentials is None or not self._fresh_enough(credentials.token, self._clock()):
                    credentials = self._refresh_locked()
        if not credentials.token.valid(self._clock()):
            when = datetime.datetime.fromtimestamp(credentials.token.expires_at, datetime.UTC)
            raise SecurityTokenExpired(
                f"the security token expired at {when:%Y-%m-%d %H:%M:%S} UTC; {self._expired_hint}"
            )
        return credentials

    def get_security_token(self) -> str:
        """The current token (refreshed first when it is due)."""
        return self._current().token.text

    def session_private_key(self) -> RSAPrivateKey:
        """The private key the current token is bound to (a nested resource principal shares it)."""
        return self._current().private_key

    @property
    def security_token(self) -> SecurityToken:
        """The current token with its claims (its repr hides the token)."""
        return self._current().token

    def refresh_after_rejection(self, rejected_key_id: str | None) -> bool:
        """After a 401: get a new token unless another caller already replaced the rejected one.

        Returns whether the request is worth retrying (the signer can refresh). Used by the clients' call
        loop, which retries once.
        """
        with self._lock:
            credentials = self._credentials
            if credentials is not None and rejected_key_id not in (None, credentials.signer.key_id):
                return True
            before = self.refresh_count
            self._refresh_locked()
            return self.refresh_count > before

    # ------------------------------------------------------------------ httpx.Auth

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` with the current token (refreshing it first when due)."""
        self._current().signer.sign_request(request)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """As :meth:`auth_flow`; a refresh runs in a worker thread so the event loop is never blocked."""
        await request.aread()
        credentials = self._credentials
        if credentials is None or not self._fresh_enough(credentials.token, self._clock()):
            credentials = await asyncio.to_thread(self._current)
        else:
            credentials = self._current()
        credentials.signer.sign_request(request)
        yield request

    def __repr__(self) -> str:
        credentials = self._credentials
        expiry = f"{credentials.token.expires_at:.0f}" if credentials is not None else "none"
        return f"{type(self).__name__}(key_id='ST$<token>', expires_at={expiry})"


class RefreshableSecurityTokenSigner(SecurityTokenSigner):
    """A token signer that can get a new token: the SDK's ``refresh_security_token()``. By default a token
    with 60 s or less to live is replaced before the next request."""

    def _fresh_enough(self, token: SecurityToken, now: float) -> bool:
        return token.valid_with_jitter(now)

    def refresh_security_token(self) -> str:
        """Get a new token now; the new token."""
        with self._lock:
            return self._refresh_locked().token.text
