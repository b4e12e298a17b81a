"""The double's token issuer: RS256 JWTs signed with its own key, each bound to a session public key."""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from kms_facade.auth.jwt import b64url_decode, b64url_encode
from kms_facade.signing import SignatureError

__all__ = ["IssuedToken", "TokenIssuer"]

_EXPIRED_AGO = 60.0


@dataclass(frozen=True)
class IssuedToken:
    """What the double remembers of a token it issued."""

    kind: str
    session_key: rsa.RSAPublicKey | None
    expires_at: float
    claims: Mapping[str, Any]


class TokenIssuer:
    """Issues JWTs and answers, for a ``ST$<token>`` key id, the session key to verify the signature with."""

    def __init__(self, clock: Callable[[], float], ttl_seconds: float, expired: Callable[[], bool]) -> None:
        self._clock = clock
        self.ttl_seconds = ttl_seconds
        self._expired = expired
        self._signing_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self._key_id = secrets.token_hex(8)
        self._issued: dict[str, IssuedToken] = {}
        self._lock = threading.Lock()
        self.issued_count: dict[str, int] = {}

    def issue(self, kind: str, session_key: rsa.RSAPublicKey | None, claims: Mapping[str, Any]) -> str:
        """A new token of ``kind`` (``instance``, ``rpst``, ``upst``, ...) bound to ``session_key``.

        A token without a session key (a service account token) is a bearer token, never a ``ST$`` key id.
        """
        now = int(self._clock())
        expires_at = now - _EXPIRED_AGO if self._expired() else now + self.ttl_seconds
        exp = int(expires_at)
        body: dict[str, Any] = {"iss": "kms_mock", "ptype": kind, "jti": secrets.token_hex(16), "iat": now, "exp": exp}
        body.update(claims)
        header = {"alg": "RS256", "typ": "JWT", "kid": self._key_id}
        signing_input = f"{_segment(header)}.{_segment(body)}"
        signature = self._signing_key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
        token = f"{signing_input}.{b64url_encode(signature)}"
        with self._lock:
            self._issued[token] = IssuedToken(kind, session_key, exp, body)
            self.issued_count[kind] = self.issued_count.get(kind, 0) + 1
        return token

    @property
    def verification_key(self) -> rsa.RSAPublicKey:
        """The public key the double's JWTs verify with (RS256)."""
        return self._signing_key.public_key()

    def tokens(self) -> list[str]:
        """Every token issued so far (for tests that check none leaks)."""
        with self._lock:
            return list(self._issued)

    def lookup(self, token: str) -> IssuedToken | None:
        """The record of ``token`` if the double issued it and its signature is the double's."""
        with self._lock:
            issued = self._issued.get(token)
        if issued is None:
            return None
        signing_input, _, signature = token.rpartition(".")
        try:
            self._signing_key.public_key().verify(
                b64url_decode(signature), signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256()
            )
        except (InvalidSignature, ValueError):
            return None
        return issued

    def session_key(self, token: str) -> rsa.RSAPublicKey:
        """The session key of an issued, unexpired token; SignatureError (→ 401) otherwise."""
        issued = self.lookup(token)
        if issued is None or issued.session_key is None:
            raise SignatureError("the security token in keyId was not issued by this identity service")
        if self._clock() > issued.expires_at:
            raise SignatureError("the security token in keyId has expired; get a new one")
        return issued.session_key


def _segment(value: Mapping[str, Any]) -> str:
    return b64url_encode(json.dumps(value, separators=(",", ":")).encode("utf-8"))
