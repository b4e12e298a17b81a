"""One vault's keys and what serves them: its state, key material, wrapping key, backups and operations.

The mock's app (:mod:`kms_mock.app`) routes each request to one ``VaultService`` and runs the operation under
that vault's lock; everything a vault owns lives here, so vaults share nothing but the app's plumbing
(signature checks, validation, rate limits, faults, retry-token replay).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Sequence

from kms_mock.backup import BackupSealer
from kms_mock.backup_operations import BackupOperations, IdSource
from kms_mock.crypto import WrappingKeyPair
from kms_mock.crypto_operations import CryptoOperations
from kms_mock.handlers import Handlers, Reply
from kms_mock.key_material import KeyMaterialStore
from kms_mock.object_store import ObjectStore
from kms_mock.options import MockOptions
from kms_mock.render import Renderer
from kms_mock.replication import ReplicationLog
from kms_mock.state import Vault
from kms_mock.validation import ValidRequest

__all__ = ["VaultService"]


class VaultService:
    """The keys of one vault and the operations on them: management, and the crypto endpoint's on the same keys
    and key material."""

    def __init__(
        self,
        options: MockOptions,
        renderer: Renderer,
        wrapping_key: WrappingKeyPair,
        *,
        vault_id: str | None = None,
        started_at: float,
        store: ObjectStore | None = None,
        wrapping_key_id: str | None = None,
        replica_regions: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        vault_id = vault_id or f"ocid1.vault.oc1.mock.{secrets.token_hex(16)}"
        parts = vault_id.split(".")
        ids = IdSource(f"{parts[3]}.{parts[4]}" if len(parts) > 5 else "mock")
        self.vault = Vault(
            vault_id=vault_id,
            clock=options.clock,
            transition_seconds=options.transition_seconds,
            new_id=ids,
        )
        self.wrapping_key = wrapping_key
        self.material = KeyMaterialStore()
        regions = options.replica_regions if replica_regions is None else replica_regions
        self.replication = ReplicationLog(regions, options.transition_seconds)
        self.backups = BackupOperations(
            self.vault,
            ids,
            renderer,
            sealer=BackupSealer(self.vault.vault_id, options.backup_key),
            store=store if store is not None else ObjectStore(options.object_store_dir),
            replication=self.replication,
            material=self.material,
        )
        self.handlers = Handlers(
            self.vault,
            wrapping_key,
            renderer,
            self.backups,
            compartment_id=options.compartment_id,
            started_at=started_at,
            wrapping_key_id=wrapping_key_id,
        )
        self.crypto = CryptoOperations(self.vault, self.material)
        self._table: dict[str, Callable[[ValidRequest], Reply]] = {
            operation_id: self.handlers.dispatch_function(operation_id) for operation_id in self.handlers.operation_ids
        }
        self._table.update(self.crypto.table)

    @property
    def vault_id(self) -> str:
        """The vault's OCID."""
        return self.vault.vault_id

    @property
    def operation_ids(self) -> frozenset[str]:
        """The operations a vault serves."""
        return frozenset(self._table)

    @property
    def lock(self) -> threading.RLock:
        """The vault's lock: the app runs each operation under it."""
        return self.vault.lock

    def now(self) -> float:
        """The vault's clock."""
        return self.vault.clock()

    def work_request_id(self, now: float) -> str:
        """A new work-request (and replication) id for a write made at ``now``."""
        return self.replication.start(now)

    def dispatch(self, operation_id: str, request: ValidRequest) -> Reply:
        """Run one operation on this vault's keys (call it under ``self.vault.lock``)."""
        return self._table[operation_id](request)
