"""Vault backups: what a backup holds and how it is sealed, as key backups are (:mod:`kms_mock.backup`).

A backup is ``MAGIC || nonce (12 bytes) || AES-256-GCM(backup key, nonce, payload, aad=MAGIC)``; the payload
(JSON) is the vault's configuration and, when ``isIncludeKeys`` was asked for, every key with its versions and
their material. Only a mock with the same backup key (``--backup-key``-like ``MockOptions.backup_key``; random
per run otherwise) can open it, and any change to the bytes fails authentication.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from kms_mock.backup import KeyBackup, SealedBlobs

__all__ = ["VaultBackup", "VaultBackupSealer"]

MAGIC = b"KMSMOCK-VAULT-BACKUP-1\n"


@dataclass(frozen=True)
class VaultBackup:
    """A vault as backed up: its configuration and (optionally) its keys."""

    id: str
    compartment_id: str
    display_name: str
    vault_type: str
    freeform_tags: dict[str, str]
    defined_tags: dict[str, dict[str, Any]]
    keys: tuple[KeyBackup, ...]

    def to_json(self) -> bytes:
        """The payload (key material base64-encoded by :meth:`KeyBackup.to_json`)."""
        document = {name: value for name, value in asdict(self).items() if name != "keys"}
        document["keys"] = [json.loads(key.to_json()) for key in self.keys]
        return json.dumps(document, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> VaultBackup:
        """The inverse of :meth:`to_json`."""
        document = json.loads(data)
        keys = tuple(KeyBackup.from_json(json.dumps(key).encode("utf-8")) for key in document.pop("keys"))
        return cls(**document, keys=keys)


class VaultBackupSealer:
    """Seals and opens vault backups under one AES-256 key."""

    def __init__(self, backup_key: bytes | None = None) -> None:
        self._blobs = SealedBlobs(MAGIC, MAGIC, backup_key)

    def __repr__(self) -> str:
        return "VaultBackupSealer(<backup key hidden>)"

    def seal(self, backup: VaultBackup) -> bytes:
        """The encrypted backup."""
        return self._blobs.seal(backup.to_json())

    def open(self, blob: bytes) -> VaultBackup:
        """The backup in ``blob``; BackupError if it is not a vault backup of this mock, or was altered."""
        return VaultBackup.from_json(self._blobs.open(blob, "vault"))
