"""Session profiles (``oci session authenticate``): the ``SecurityTokenSigner`` a profile describes (§2)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from kms_facade.auth.signers.security_token_signer import SecurityTokenSigner
from kms_facade.exceptions import InvalidConfig
from kms_facade.signing import load_private_key

__all__ = ["session_token_signer"]


def session_token_signer(config: Mapping[str, Any]) -> SecurityTokenSigner:
    """``SecurityTokenSigner(<security_token_file>, <key_file key>)``, as the CLI builds it.

    The token file is read whole; surrounding whitespace (a final newline an editor added) is dropped.
    InvalidConfig names a missing key; the token and key never appear in an error.
    """
    errors = {key: "missing" for key in ("security_token_file", "key_file") if not config.get(key)}
    if errors:
        raise InvalidConfig(errors)
    token_path = os.path.expanduser(str(config["security_token_file"]))
    try:
        with open(token_path, encoding="ascii") as handle:
            token = handle.read().strip()
    except (OSError, UnicodeDecodeError):
        raise InvalidConfig({"security_token_file": f"not a readable token file: {token_path}"}) from None
    with open(os.path.expanduser(str(config["key_file"])), "rb") as handle:
        key = load_private_key(handle.read(), config.get("pass_phrase"))
    return SecurityTokenSigner(token, key)
