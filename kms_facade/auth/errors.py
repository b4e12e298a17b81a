"""Errors of the token signers (messages never hold a token or key)."""

from __future__ import annotations

from kms_facade.exceptions import ClientError

__all__ = ["SecurityTokenExpired"]


class SecurityTokenExpired(ClientError):
    """The security token has expired and the signer cannot get a new one; raised before anything is sent."""
