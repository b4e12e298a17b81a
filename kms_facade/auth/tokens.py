"""A security token with its claims and the SDK's expiry arithmetic (reference §1.4)."""

from __future__ import annotations

from typing import Any

from kms_facade.auth.jwt import InvalidSecurityToken, decode_claims

__all__ = ["DEFAULT_EXPIRY_JITTER_SECONDS", "SecurityToken"]

DEFAULT_EXPIRY_JITTER_SECONDS = 60


class SecurityToken:
    """A JWT security token; ``text`` is the bearer credential itself and never appears in a repr."""

    __slots__ = ("claims", "expires_at", "issued_at", "text")

    def __init__(self, text: str) -> None:
        claims = decode_claims(text)
        exp, iat = claims.get("exp"), claims.get("iat", 0)
        if not isinstance(exp, int | float) or isinstance(exp, bool):
            raise InvalidSecurityToken("the security token has no numeric 'exp' claim")
        self.text = text
        self.claims: dict[str, Any] = claims
        self.expires_at = float(exp)
        self.issued_at = float(iat) if isinstance(iat, int | float) else 0.0

    def valid(self, now: float) -> bool:
        """Not expired: ``now <= exp``."""
        return now <= self.expires_at

    def valid_with_jitter(self, now: float, jitter: float = DEFAULT_EXPIRY_JITTER_SECONDS) -> bool:
        """More than ``jitter`` seconds of life left: ``now <= exp - jitter``."""
        return now <= self.expires_at - jitter

    def valid_with_half_expiration_time(self, now: float) -> bool:
        """Less than half of its lifetime spent."""
        return now <= self.expires_at - (self.expires_at - self.issued_at) / 2

    def __repr__(self) -> str:
        return f"SecurityToken(expires_at={self.expires_at:.0f})"
