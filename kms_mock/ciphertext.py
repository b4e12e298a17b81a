"""The mock's AES ciphertext: self-describing, so ``Decrypt`` finds the key version without being told.

Layout (all of it opaque to clients, as the service's is; reference §4.5)::

    0x41 'A' | 0x01 format version | u8 n | n bytes: key version OCID (ASCII) | 12-byte nonce | AES-GCM ct || tag

AES-GCM runs with the version's own material; its associated data is the header (everything before the
nonce) followed by the canonical JSON of ``associatedData`` (sorted keys, no spaces; absent = ``{}``), so a
changed header, a changed body, another key's material or other associated data all fail the tag check.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = ["CiphertextError", "canonical_aad", "key_version_of", "open_ciphertext", "seal"]

_MAGIC: Final = 0x41
_FORMAT: Final = 0x01
_NONCE_BYTES: Final = 12
_TAG_BYTES: Final = 16


class CiphertextError(Exception):
    """The ciphertext is not one of this service's, or it does not authenticate (the mock answers 400)."""


def canonical_aad(associated_data: Mapping[str, str] | None) -> bytes:
    """The canonical JSON bytes of ``associatedData`` (``{}`` when absent)."""
    return json.dumps(dict(associated_data or {}), sort_keys=True, separators=(",", ":")).encode("utf-8")


def _header(version_id: str) -> bytes:
    encoded = version_id.encode("ascii")
    if len(encoded) > 255:
        raise ValueError("a key version OCID longer than 255 bytes does not fit the ciphertext header")
    return bytes((_MAGIC, _FORMAT, len(encoded))) + encoded


def seal(key: bytes, version_id: str, plaintext: bytes, associated_data: Mapping[str, str] | None) -> bytes:
    """Encrypt ``plaintext`` with the AES ``key`` of ``version_id``."""
    header = _header(version_id)
    nonce = os.urandom(_NONCE_BYTES)
    return header + nonce + AESGCM(key).encrypt(nonce, plaintext, header + canonical_aad(associated_data))


def key_version_of(blob: bytes) -> str:
    """The key version OCID a ciphertext names; CiphertextError when it is not one of the mock's."""
    if len(blob) < 3 or blob[0] != _MAGIC or blob[1] != _FORMAT:
        raise CiphertextError("the ciphertext was not produced by this service's Encrypt")
    end = 3 + blob[2]
    if len(blob) < end + _NONCE_BYTES + _TAG_BYTES:
        raise CiphertextError("the ciphertext is truncated")
    try:
        return blob[3:end].decode("ascii")
    except UnicodeDecodeError:
        raise CiphertextError("the ciphertext was not produced by this service's Encrypt") from None


def open_ciphertext(key: bytes, blob: bytes, associated_data: Mapping[str, str] | None) -> bytes:
    """The plaintext of ``blob``; CiphertextError when it does not authenticate with ``key`` and the data."""
    end = 3 + len(key_version_of(blob))
    header, nonce, body = blob[:end], blob[end : end + _NONCE_BYTES], blob[end + _NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, header + canonical_aad(associated_data))
    except InvalidTag:
        raise CiphertextError(
            "the ciphertext does not authenticate: it was altered, or the associatedData differs from encrypt's"
        ) from None
