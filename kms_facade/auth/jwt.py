"""The little of JWT (RFC 7519) that signers need: base64url, and reading a token's claims.

Clients never verify a security token's signature (the SDK does not either): they only read ``exp``, ``iat``
and a few identity claims, so the standard library is enough and PyJWT is not a dependency of ours.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

__all__ = ["InvalidSecurityToken", "b64url_decode", "b64url_encode", "decode_claims"]


class InvalidSecurityToken(ValueError):
    """The text is not a JWT with a JSON claim set; the message never holds the token."""


def b64url_encode(data: bytes) -> str:
    """Unpadded base64url, as JWTs use it."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """The bytes of unpadded (or padded) base64url; binascii.Error when it is not base64url."""
    if not text.isascii() or any(c.isspace() for c in text):
        raise binascii.Error("not base64url")
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)


def decode_claims(token: str) -> dict[str, Any]:
    """The claim set of ``token`` (``header.payload.signature``), unverified.

    Like the SDK, a token with surrounding whitespace (e.g. a trailing newline) is refused.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise InvalidSecurityToken("the security token is not a JWT (expected three dot-separated parts)")
    try:
        claims = json.loads(b64url_decode(parts[1]))
    except (binascii.Error, ValueError):
        raise InvalidSecurityToken("the security token is not a JWT (its claim set is not base64url JSON)") from None
    if not isinstance(claims, dict):
        raise InvalidSecurityToken("the security token is not a JWT (its claim set is not a JSON object)")
    return claims
