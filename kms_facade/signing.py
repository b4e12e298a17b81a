"""The OCI request signature, version 1 (draft-cavage-http-signatures-08): sign and verify.

This module is the one home of the protocol. The facade signs with :class:`Signer` (an ``httpx.Auth``);
the mock server checks requests with :func:`verify_request`. Both build the signing string with
:func:`signing_string`, so they cannot drift apart.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import email.utils
import hashlib
import os
import re
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING

import httpx

from kms_facade.exceptions import InvalidKeyFilePath, InvalidPrivateKey, MissingPrivateKeyPassphrase

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.padding import AsymmetricPadding
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
    from cryptography.hazmat.primitives.hashes import HashAlgorithm

# cryptography is imported where keys are loaded or used, not at module import: importing the facade stays
# cheap, and every code path that signs or verifies has loaded a key first.

__all__ = [
    "ALGORITHM",
    "EMPTY_BODY_SHA256",
    "SIGNATURE_VERSION",
    "RequestSigner",
    "SignatureError",
    "Signer",
    "body_sha256",
    "build_authorization",
    "fingerprint",
    "format_http_date",
    "headers_to_sign",
    "load_private_key",
    "load_public_key",
    "parse_authorization",
    "signing_string",
    "verify_request",
]

ALGORITHM = "rsa-sha256"
SIGNATURE_VERSION = "1"
REQUEST_TARGET = "(request-target)"
DEFAULT_CONTENT_TYPE = "application/json"
EMPTY_BODY_SHA256 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="

_BASIC_HEADERS: tuple[str, ...] = ("date", REQUEST_TARGET, "host")
_BODY_HEADERS: tuple[str, ...] = (*_BASIC_HEADERS, "content-length", "content-type", "x-content-sha256")
_HEADERS_BY_METHOD: dict[str, tuple[str, ...]] = {
    "GET": _BASIC_HEADERS,
    "HEAD": _BASIC_HEADERS,
    "DELETE": _BASIC_HEADERS,
    "POST": _BODY_HEADERS,
    "PUT": _BODY_HEADERS,
    "PATCH": _BODY_HEADERS,
}
_BODY_METHODS = frozenset(m for m, h in _HEADERS_BY_METHOD.items() if h is _BODY_HEADERS)


def _pkcs1v15_sha256() -> tuple[AsymmetricPadding, HashAlgorithm]:
    """The signature scheme: RSA PKCS#1 v1.5 with SHA-256."""
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric import padding  # noqa: PLC0415

    return padding.PKCS1v15(), hashes.SHA256()


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class SignatureError(Exception):
    """A request's signature is missing, malformed or wrong; ``reason`` says which (never a secret)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


# --------------------------------------------------------------------------- protocol helpers


def headers_to_sign(method: str) -> tuple[str, ...]:
    """The headers OCI signs for ``method``; any verb but GET/HEAD/DELETE/POST/PUT/PATCH is a ValueError."""
    try:
        return _HEADERS_BY_METHOD[method.upper()]
    except KeyError:
        raise ValueError(f"OCI signing does not support the HTTP method {method!r}") from None


def body_sha256(body: bytes) -> str:
    """Base64 of the SHA-256 of ``body``: the value of ``x-content-sha256``."""
    return base64.b64encode(hashlib.sha256(body).digest()).decode("ascii")


def format_http_date(epoch_seconds: float) -> str:
    """``epoch_seconds`` as an RFC 7231 IMF-fixdate in GMT, e.g. ``Thu, 01 Jan 2026 00:00:00 GMT``."""
    t = time.gmtime(int(epoch_seconds))
    return (
        f"{_DAY_NAMES[t.tm_wday]}, {t.tm_mday:02d} {_MONTH_NAMES[t.tm_mon]} {t.tm_year:04d} "
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} GMT"
    )


def signing_string(method: str, request_target: str, headers: Mapping[str, str], signed_headers: Sequence[str]) -> str:
    """The text that is signed: one ``name: value`` line per signed header, in order, no final newline.

    ``request_target`` is the path plus ``?query`` exactly as sent; ``headers`` is looked up by the
    lower-case names of ``signed_headers``. A signed header that is absent, or a value holding CR/LF, is a
    ValueError.
    """
    lines = []
    for name in signed_headers:
        if name == REQUEST_TARGET:
            value = f"{method.lower()} {request_target}"
        else:
            try:
                value = headers[name]
            except KeyError:
                raise ValueError(f"signed header {name!r} is absent from the request") from None
        if "\n" in value or "\r" in value:
            raise ValueError(f"the value of {name!r} holds a line break and cannot be signed")
        lines.append(f"{name}: {value}")
    return "\n".join(lines)


_AUTH_SUFFIX = f'",version="{SIGNATURE_VERSION}"'


def _authorization_prefix(key_id: str, signed_headers: Sequence[str]) -> str:
    return f'Signature algorithm="{ALGORITHM}",headers="{" ".join(signed_headers)}",keyId="{key_id}",signature="'


def build_authorization(key_id: str, signed_headers: Sequence[str], signature_b64: str) -> str:
    """The ``authorization`` header value, with OCI's parameter order."""
    return _authorization_prefix(key_id, signed_headers) + signature_b64 + _AUTH_SUFFIX


_AUTH_PARAM = re.compile(r'\s*([A-Za-z]+)="([^"]*)"\s*(,|$)')


def parse_authorization(value: str) -> dict[str, str]:
    """The parameters of a ``Signature ...`` header, in any order; SignatureError when malformed."""
    scheme, sep, rest = value.strip().partition(" ")
    if scheme.lower() != "signature" or not sep or not rest.strip():
        raise SignatureError("authorization header is not of the form 'Signature name=\"value\",...'")
    params: dict[str, str] = {}
    pos = 0
    rest = rest.strip()
    while pos < len(rest):
        match = _AUTH_PARAM.match(rest, pos)
        if match is None:
            raise SignatureError(f"authorization header is malformed at character {pos}")
        name, param_value, separator = match.groups()
        if name in params:
            raise SignatureError(f"authorization header repeats the parameter {name!r}")
        params[name] = param_value
        pos = match.end()
        if separator == "," and pos >= len(rest):
            raise SignatureError("authorization header ends with a trailing comma")
    return params


# --------------------------------------------------------------------------- keys


def load_private_key(pem: bytes | str, pass_phrase: str | bytes | None = None) -> RSAPrivateKey:
    """An RSA private key from PEM (optionally encrypted); a pass phrase for a clear key is ignored.

    Raises MissingPrivateKeyPassphrase (encrypted, no pass phrase) or InvalidPrivateKey (a public key,
    not a key at all, not RSA, or a wrong pass phrase). Messages never include the key or pass phrase.
    """
    from cryptography.exceptions import UnsupportedAlgorithm  # noqa: PLC0415
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey  # noqa: PLC0415

    data = pem.encode("utf-8") if isinstance(pem, str) else bytes(pem)
    password = pass_phrase.encode("utf-8") if isinstance(pass_phrase, str) else pass_phrase
    try:
        try:
            key = serialization.load_pem_private_key(data, password=password)
        except TypeError:
            if password is None:
                raise MissingPrivateKeyPassphrase(
                    "the private key is encrypted: give its pass phrase (pass_phrase in the config)"
                ) from None
            # A pass phrase was given for a key that is not encrypted: ignore it.
            key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, UnsupportedAlgorithm, TypeError):
        if b"PUBLIC KEY-----" in data:
            reason = "a public key was given where the private key is needed"
        elif password is not None and b"ENCRYPTED" in data:
            reason = "the pass phrase is wrong, or the encrypted key is damaged"
        else:
            reason = "the data is not a PEM private key"
        raise InvalidPrivateKey(f"cannot load the private key: {reason}") from None
    if not isinstance(key, RSAPrivateKey):
        raise InvalidPrivateKey("cannot load the private key: OCI API keys must be RSA keys")
    return key


def load_public_key(pem: bytes | str) -> RSAPublicKey:
    """An RSA public key from a public PEM, or from an unencrypted private PEM; ValueError otherwise."""
    from cryptography.exceptions import UnsupportedAlgorithm  # noqa: PLC0415
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey  # noqa: PLC0415

    data = pem.encode("utf-8") if isinstance(pem, str) else bytes(pem)
    public_key: object
    try:
        public_key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        try:
            public_key = serialization.load_pem_private_key(data, password=None).public_key()
        except (ValueError, UnsupportedAlgorithm, TypeError):
            raise ValueError("not a PEM RSA public key, nor an unencrypted PEM RSA private key") from None
    if not isinstance(public_key, RSAPublicKey):
        raise ValueError("the PEM key is not an RSA key")
    return public_key


def fingerprint(public_key: RSAPublicKey) -> str:
    """OCI's key fingerprint: MD5 of the DER SubjectPublicKeyInfo as 16 lower-case hex pairs joined by ':'."""
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415

    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.md5(der, usedforsecurity=False).digest().hex(":")


# --------------------------------------------------------------------------- signer


class RequestSigner(httpx.Auth):
    """Signs requests with one key id and RSA private key; the signed-header lists are configurable.

    The common core of every signer: API keys (:class:`Signer`), security tokens (``ST$<token>`` key ids,
    :mod:`kms_facade.auth.signers`) and the federation request (no ``host`` signed). Immutable: a signer
    whose credentials change builds a new one.
    """

    requires_request_body = True

    def __init__(
        self,
        key_id: str,
        private_key: RSAPrivateKey,
        *,
        clock: Callable[[], float] = time.time,
        generic_headers: Sequence[str] = _BASIC_HEADERS,
        body_headers: Sequence[str] = _BODY_HEADERS[len(_BASIC_HEADERS) :],
    ) -> None:
        self._key_id = key_id
        self._private_key = private_key
        self._scheme = _pkcs1v15_sha256()
        self._clock = clock
        self._cached_date: tuple[int, str] = (-1, "")
        generic = tuple(generic_headers)
        with_body = (*generic, *body_headers)
        self._headers = {method: with_body if method in _BODY_METHODS else generic for method in _HEADERS_BY_METHOD}
        # The authorization header is a fixed prefix (per signed-header list) + signature + fixed suffix.
        self._auth_prefix = {names: _authorization_prefix(key_id, names) for names in (generic, with_body)}

    @property
    def key_id(self) -> str:
        """The ``keyId`` parameter sent."""
        return self._key_id

    def __repr__(self) -> str:
        # A security token is a bearer credential: show only what kind of key id this is.
        shown = "ST$<token>" if self._key_id.startswith("ST$") else self._key_id
        return f"RequestSigner(key_id={shown!r})"

    def _date(self) -> str:
        second = int(self._clock())
        cached = self._cached_date
        if cached[0] == second:
            return cached[1]
        value = format_http_date(second)
        self._cached_date = (second, value)
        return value

    def headers_to_add(
        self, method: str, request_target: str, host: str, headers: Mapping[str, str], body: bytes
    ) -> dict[str, str]:
        """The headers a request needs for its signature; ``headers`` has lower-case names."""
        method = method.upper()
        headers_to_sign(method)  # refuses a verb OCI does not sign
        names = self._headers[method]
        added = {"date": self._date()}
        if "host" not in headers:
            added["host"] = host
        if method in _BODY_METHODS:
            added["content-length"] = str(len(body))
            if "content-type" not in headers:
                added["content-type"] = DEFAULT_CONTENT_TYPE
            if "x-content-sha256" not in headers:
                added["x-content-sha256"] = body_sha256(body) if body else EMPTY_BODY_SHA256
        merged = _Overlay(added, headers)
        text = signing_string(method, request_target, merged, names)
        signature = self._private_key.sign(text.encode("utf-8"), *self._scheme)
        added["authorization"] = self._auth_prefix[names] + base64.b64encode(signature).decode("ascii") + _AUTH_SUFFIX
        return added

    def sign_request(self, request: httpx.Request) -> None:
        """Sign ``request`` in place (its body must have been read)."""
        request.headers.update(
            self.headers_to_add(
                request.method,
                request.url.raw_path.decode("ascii"),
                request.url.netloc.decode("ascii"),
                request.headers,
                request.content,
            )
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` in place, then send it."""
        self.sign_request(request)
        yield request


class Signer(httpx.Auth):
    """Signs requests with an OCI API key (keyId ``tenancy/user/fingerprint``).

    As an ``httpx.Auth`` it signs every attempt afresh (new ``date``, new signature). The key comes from
    ``private_key_content`` (a PEM string, which wins) or ``private_key_file_location``; it is loaded once.
    """

    requires_request_body = True

    def __init__(
        self,
        tenancy: str,
        user: str,
        fingerprint: str,
        private_key_file_location: str | None = None,
        pass_phrase: str | bytes | None = None,
        private_key_content: str | bytes | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if private_key_content:
            pem: bytes | str = private_key_content
        elif private_key_file_location:
            pem = _read_key_file(private_key_file_location)
        else:
            raise ValueError("Signer needs private_key_content or private_key_file_location")
        self._core = RequestSigner(f"{tenancy}/{user}/{fingerprint}", load_private_key(pem, pass_phrase), clock=clock)

    @property
    def key_id(self) -> str:
        """``tenancy/user/fingerprint``, as sent in the ``keyId`` parameter."""
        return self._core.key_id

    def __repr__(self) -> str:
        return f"Signer(key_id={self.key_id!r})"

    def sign(self, method: str, url: str | httpx.URL, headers: Mapping[str, str], body: bytes) -> dict[str, str]:
        """The headers to add to a request so it is signed (for callers that do not go through httpx)."""
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        lower = {name.lower(): value for name, value in headers.items()}
        return self._core.headers_to_add(
            method, parsed.raw_path.decode("ascii"), parsed.netloc.decode("ascii"), lower, body
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` in place (httpx calls this once per attempt), then send it."""
        self._core.sign_request(request)
        yield request


class _Overlay(Mapping[str, str]):
    """Read ``first`` then ``second`` without copying either."""

    __slots__ = ("_first", "_second")

    def __init__(self, first: Mapping[str, str], second: Mapping[str, str]) -> None:
        self._first = first
        self._second = second

    def __getitem__(self, name: str) -> str:
        if name in self._first:
            return self._first[name]
        return self._second[name]

    def __iter__(self) -> Generator[str, None, None]:
        yield from self._first
        yield from (name for name in self._second if name not in self._first)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _read_key_file(location: str) -> bytes:
    path = os.path.expanduser(location)
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InvalidKeyFilePath(
            f"cannot read the private key file {path!r} ({exc.strerror}); fix key_file or the file's permissions"
        ) from None


# --------------------------------------------------------------------------- verifier


def verify_request(
    method: str,
    request_target: str,
    headers: Mapping[str, str],
    body: bytes,
    trusted_keys: Mapping[str, RSAPublicKey],
    now: float,
    max_skew_seconds: float = 300,
    *,
    resolve_key: Callable[[str], RSAPublicKey] | None = None,
    required_headers: Sequence[str] | None = None,
) -> str:
    """Check a request's OCI signature and return its keyId; raise SignatureError saying what is wrong.

    ``headers`` has lower-case names; ``request_target`` is the raw path plus ``?query`` as received;
    ``trusted_keys`` maps fingerprints to public keys of ``tenancy/user/fingerprint`` key ids.
    ``resolve_key``, when given, is asked first for a key id of another form (e.g. ``ST$<token>``): it returns
    the key, raises SignatureError, or raises KeyError to fall back to ``trusted_keys``. ``required_headers``
    replaces the headers OCI requires for the method (the federation request does not sign ``host``).
    """
    value = headers.get("authorization")
    if not value:
        raise SignatureError("the request has no authorization header")
    params = parse_authorization(value)
    for required in ("algorithm", "headers", "keyId", "signature", "version"):
        if required not in params:
            raise SignatureError(f"the authorization header lacks the {required!r} parameter")
    if params["algorithm"] != ALGORITHM:
        raise SignatureError(f"unsupported signature algorithm {params['algorithm']!r}; use {ALGORITHM!r}")
    if params["version"] != SIGNATURE_VERSION:
        raise SignatureError(f"unsupported signature version {params['version']!r}; use {SIGNATURE_VERSION!r}")

    key_id = params["keyId"]
    public_key = _public_key_for(key_id, trusted_keys, resolve_key)
    try:
        required_names = headers_to_sign(method) if required_headers is None else tuple(required_headers)
    except ValueError as exc:
        raise SignatureError(str(exc)) from None
    signed = params["headers"].split(" ")
    if len(set(signed)) != len(signed) or "" in signed:
        raise SignatureError("the signed header list is malformed (empty or repeated names)")
    for name in required_names:
        if name not in signed:
            raise SignatureError(f"the header {name!r} must be signed for {method.upper()} requests")
    for name in signed:
        if name != REQUEST_TARGET and name not in headers:
            raise SignatureError(f"the signed header {name!r} is absent from the request")

    _check_date(headers["date"], now, max_skew_seconds)
    if "x-content-sha256" in headers and headers["x-content-sha256"] != body_sha256(body):
        raise SignatureError("x-content-sha256 does not match the request body")
    if "content-length" in headers and headers["content-length"].strip() != str(len(body)):
        raise SignatureError("content-length does not match the request body")

    try:
        signature = base64.b64decode(params["signature"], validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("the signature is not valid base64") from None
    try:
        text = signing_string(method, request_target, headers, signed)
    except ValueError as exc:
        raise SignatureError(str(exc)) from None
    from cryptography.exceptions import InvalidSignature  # noqa: PLC0415

    try:
        public_key.verify(signature, text.encode("utf-8"), *_pkcs1v15_sha256())
    except InvalidSignature:
        raise SignatureError("the signature does not match the request") from None
    return key_id


def _public_key_for(
    key_id: str, trusted_keys: Mapping[str, RSAPublicKey], resolve_key: Callable[[str], RSAPublicKey] | None
) -> RSAPublicKey:
    if resolve_key is not None:
        try:
            return resolve_key(key_id)
        except KeyError:
            pass
    segments = key_id.split("/")
    if len(segments) != 3 or not all(segments):
        raise SignatureError("keyId is not of the form tenancy/user/fingerprint")
    public_key = trusted_keys.get(segments[2])
    if public_key is None:
        raise SignatureError(f"keyId names a key fingerprint that is not trusted: {segments[2]!r}")
    return public_key


def _check_date(value: str, now: float, max_skew_seconds: float) -> None:
    try:
        parsed = email.utils.parsedate_tz(value)
        when = None if parsed is None else calendar.timegm(parsed[:9]) - (parsed[9] or 0)
    except (TypeError, ValueError, IndexError, OverflowError):
        when = None
    if when is None:
        raise SignatureError("the date header is not an HTTP date")
    if abs(when - now) > max_skew_seconds:
        raise SignatureError(
            f"the date header is {abs(when - now):.0f} s away from the server's clock "
            f"(more than {max_skew_seconds:g} s); fix the client's clock"
        )
