"""Key backups: what a backup holds, and how it is sealed (AES-256-GCM under the vault's backup key).

A backup is ``MAGIC || nonce (12 bytes) || AES-256-GCM(backup key, nonce, payload, aad=MAGIC || vault id)``.
The payload (JSON) is the key's configuration and every version with its material; only the vault that made
the backup (same backup key and vault id) can open it, and any change to the bytes fails authentication.
Nothing in the blob is readable without the backup key: not the material, not even the key's OCID.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kms_mock.state import KeyShape

__all__ = ["BackupError", "BackupSealer", "KeyBackup", "SealedBlobs", "VersionBackup"]

MAGIC = b"KMSMOCK-KEY-BACKUP-1\n"
_NONCE_BYTES = 12


class BackupError(Exception):
    """The bytes are not a backup this vault made, or were altered."""


@dataclass(frozen=True)
class VersionBackup:
    """One key version in a backup."""

    id: str
    origin: str
    public_key: str | None
    external_key_version_id: str | None
    material: bytes


@dataclass(frozen=True)
class KeyBackup:
    """A key as backed up: its configuration and its versions, oldest first (the last one is current)."""

    id: str
    compartment_id: str
    display_name: str
    shape: KeyShape
    protection_mode: str
    freeform_tags: dict[str, str]
    defined_tags: dict[str, dict[str, Any]]
    is_auto_rotation_enabled: bool | None
    auto_key_rotation_details: dict[str, Any] | None
    external_key_id: str | None
    versions: tuple[VersionBackup, ...]

    def to_json(self) -> bytes:
        """The payload, with material base64-encoded."""
        document = asdict(self)
        for version in document["versions"]:
            version["material"] = base64.b64encode(version["material"]).decode("ascii")
        return json.dumps(document, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> KeyBackup:
        """The inverse of :meth:`to_json`."""
        document = json.loads(data)
        document["shape"] = KeyShape(**document["shape"])
        document["versions"] = tuple(
            VersionBackup(**{**v, "material": base64.b64decode(v["material"])}) for v in document["versions"]
        )
        return cls(**document)


class SealedBlobs:
    """``magic || nonce || AES-256-GCM(backup key, nonce, payload, aad)``: the seal of key and vault backups."""

    def __init__(self, magic: bytes, aad: bytes, backup_key: bytes | None = None) -> None:
        key = backup_key if backup_key is not None else AESGCM.generate_key(bit_length=256)
        if len(key) != 32:
            raise ValueError("the backup key must be 32 bytes (AES-256)")
        self._aead = AESGCM(key)
        self._magic = magic
        self._aad = aad

    def __repr__(self) -> str:
        return "SealedBlobs(<backup key hidden>)"

    def seal(self, payload: bytes) -> bytes:
        """``payload``, encrypted and authenticated."""
        nonce = os.urandom(_NONCE_BYTES)
        return self._magic + nonce + self._aead.encrypt(nonce, payload, self._aad)

    def open(self, blob: bytes, kind: str) -> bytes:
        """The payload in ``blob``; BackupError if it is not a ``kind`` backup sealed here, or was altered."""
        start = len(self._magic) + _NONCE_BYTES
        if not blob.startswith(self._magic) or len(blob) < start + 16:
            raise BackupError(f"the body is not a {kind} backup")
        try:
            return self._aead.decrypt(blob[len(self._magic) : start], blob[start:], self._aad)
        except InvalidTag:
            raise BackupError(f"the backup does not authenticate: it was altered or made by another {kind}") from None


class BackupSealer:
    """Seals and opens the backups of one vault."""

    def __init__(self, vault_id: str, backup_key: bytes | None = None) -> None:
        self._blobs = SealedBlobs(MAGIC, MAGIC + vault_id.encode("utf-8"), backup_key)

    def __repr__(self) -> str:
        return "BackupSealer(<backup key hidden>)"

    def seal(self, backup: KeyBackup) -> bytes:
        """The encrypted backup."""
        return self._blobs.seal(backup.to_json())

    def open(self, blob: bytes) -> KeyBackup:
        """The backup in ``blob``; BackupError if it is not one of this vault's, or was altered."""
        return KeyBackup.from_json(self._blobs.open(blob, "key"))
