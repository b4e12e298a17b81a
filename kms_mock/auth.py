"""Request authentication: OCI signature verification (reference §4) against the trusted API keys."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey

from kms_facade.signing import SignatureError, fingerprint, load_private_key, load_public_key, verify_request
from kms_mock.clock import Clock
from kms_mock.errors import ApiError

__all__ = [
    "AUTH_HEADERS",
    "Authenticator",
    "SessionKeys",
    "TrustedKey",
    "load_trusted_keys",
    "request_headers",
    "trusted_key_from_oci_config",
]

TrustedKey = RSAPublicKey | RSAPrivateKey | str | bytes | os.PathLike[str]
"""A key to trust: a key object, PEM text/bytes (public or unencrypted private), or the path of a PEM file
(a ``str`` without ``-----BEGIN`` is taken as a path)."""

# Headers that take part in signing: a request holding one of them twice is ambiguous, so it is refused.
AUTH_HEADERS = frozenset(
    {"authorization", "date", "x-date", "host", "content-length", "content-type", "x-content-sha256"}
)


def load_trusted_keys(keys: Iterable[TrustedKey]) -> dict[str, RSAPublicKey]:
    """Fingerprint → public key for each of ``keys``; ValueError for one that is not an RSA key."""
    trusted: dict[str, RSAPublicKey] = {}
    for key in keys:
        public = _public_key(key)
        trusted[fingerprint(public)] = public
    return trusted


def trusted_key_from_oci_config(config: Mapping[str, Any]) -> RSAPublicKey:
    """The public half of the API key an OCI config profile signs with (key_content or key_file)."""
    pem = config.get("key_content")
    if not pem:
        if not config.get("key_file"):
            raise ValueError("the config profile names no key_file")
        with open(os.path.expanduser(str(config["key_file"])), "rb") as handle:
            pem = handle.read()
    return load_private_key(pem, config.get("pass_phrase")).public_key()


def _public_key(key: TrustedKey) -> RSAPublicKey:
    if isinstance(key, RSAPublicKey):
        return key
    if isinstance(key, RSAPrivateKey):
        return key.public_key()
    if isinstance(key, os.PathLike) or (isinstance(key, str) and "-----BEGIN" not in key):
        try:
            with open(key, "rb") as handle:
                return load_public_key(handle.read())
        except ValueError as exc:
            raise ValueError(f"{os.fspath(key)}: {exc}") from None
    return load_public_key(key)


class Authenticator:
    """Checks each request's signature; ``enabled=False`` accepts everything (``--auth off``)."""

    def __init__(
        self,
        trusted_keys: Mapping[str, RSAPublicKey],
        clock: Clock,
        *,
        enabled: bool = True,
        max_skew_seconds: float = 300,
        session_keys: SessionKeys | None = None,
    ) -> None:
        self.trusted_keys = dict(trusted_keys)
        self.enabled = enabled
        self._clock = clock
        self._max_skew = max_skew_seconds
        self.session_keys = session_keys

    def authenticate(
        self,
        method: str,
        raw_path: bytes,
        query_string: bytes,
        raw_headers: Sequence[tuple[bytes, bytes]],
        body: bytes,
    ) -> str | None:
        """The caller's keyId (None when verification is off); 401 NotAuthenticated when it fails."""
        if not self.enabled:
            return None
        headers = request_headers(raw_headers)
        if not self.trusted_keys and self.session_keys is None:
            raise ApiError.not_authenticated(
                "the mock server trusts no API key; start it with --trust-key PEM, --oci-config FILE, or --auth off"
            )
        target = raw_path.decode("latin-1")
        if query_string:
            target += "?" + query_string.decode("latin-1")
        resolve = self.session_keys.resolve_key if self.session_keys is not None else None
        try:
            key_id = verify_request(
                method, target, headers, body, self.trusted_keys, self._clock(), self._max_skew, resolve_key=resolve
            )
        except SignatureError as exc:
            raise ApiError.not_authenticated(exc.reason) from None
        if self.session_keys is not None and key_id.startswith("ST$") and self.session_keys.refuse_once(target):
            raise ApiError.not_authenticated("the security token was refused once for this path (injected fault)")
        return key_id


class SessionKeys(Protocol):
    """Where the keys of ``ST$<token>`` (and other non-API-key) key ids come from: the identity double."""

    def resolve_key(self, key_id: str) -> RSAPublicKey:
        """The key for ``key_id``; SignatureError when refused; KeyError for an API-key key id."""

    def refuse_once(self, path: str) -> bool:
        """True to refuse this token-signed request once (a fault switch)."""


def request_headers(raw_headers: Sequence[tuple[bytes, bytes]]) -> dict[str, str]:
    """Lower-case name → value; 401 for a request holding a signing header twice (it would be ambiguous)."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in raw_headers:
        name = raw_name.decode("latin-1").lower()
        if name in headers and name in AUTH_HEADERS:
            raise ApiError.not_authenticated(f"the request holds the {name!r} header more than once")
        headers.setdefault(name, raw_value.decode("latin-1"))
    return headers
