"""BackupKey, RestoreKeyFromFile, RestoreKeyFromObjectStore and GetReplicationStatus, over the vault's public API.

- BackupKey: the key must be ENABLED or DISABLED (not EXTERNAL: its material is outside the vault). Its
  configuration and every version not DELETED, with their material, are sealed (:mod:`kms_mock.backup`) and
  written to the object store (:mod:`kms_mock.object_store`). The key shows ``BACKUP_IN_PROGRESS`` for the
  vault's transition time, then its state before.
- RestoreKeyFromFile / RestoreKeyFromObjectStore: the backup must authenticate (400 ``InvalidParameter``),
  ``content-md5`` must match the body (400 "Unmatched Content MD5"), and no key with its OCID may exist but
  a DELETED one (409 ``NotAuthorizedOrResourceAlreadyExists``). The key comes back with the same OCIDs, its
  versions in their order (the backed-up current version current again), all ENABLED, and their material;
  it shows ``RESTORING`` for the transition time, then ``ENABLED``, and ``restoredFromKeyId`` names itself.
  The vault recreates the records through ``create_key``/``create_key_version`` with the backed-up OCIDs fed
  to its id source, so a restored key is an ordinary key from then on (its ``timeCreated`` is the restore's).
- GetReplicationStatus: see :mod:`kms_mock.replication`.

While a key is ``BACKUP_IN_PROGRESS`` or ``RESTORING``, every other write on it is 409 ``IncorrectState``.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import secrets
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from kms_mock.backup import BackupError, BackupSealer, KeyBackup, VersionBackup
from kms_mock.errors import ApiError
from kms_mock.key_material import KeyMaterialStore
from kms_mock.object_store import ObjectStore, object_path
from kms_mock.render import Renderer
from kms_mock.replication import ReplicationLog
from kms_mock.state import KeySnapshot, KeyVersionSnapshot, ListQuery, NewKey, NewKeyVersion, Vault
from kms_mock.validation import ValidRequest

__all__ = ["BackupOperations", "IdSource", "KeyPhases", "checked_content_md5"]

_BACKUP_STATES = frozenset({"ENABLED", "DISABLED"})
_READS = frozenset({"GetKey", "GetKeyVersion", "ListKeys", "ListKeyVersions", "GetWrappingKey", "GetReplicationStatus"})


class IdSource:
    """The vault's OCIDs (``ocid1.<kind>.oc1.<scope>.<random>``): random ones, except those a restore queued to
    be handed out again. ``scope`` is ``mock``, or ``mock.<prefix>`` for a vault of the vault API, whose keys'
    OCIDs carry its endpoint prefix as the service's do."""

    def __init__(self, scope: str = "mock") -> None:
        self._scope = scope
        self._queued: dict[str, deque[str]] = {}

    def __call__(self, kind: str) -> str:
        queued = self._queued.get(kind)
        if queued:
            return queued.popleft()
        return f"ocid1.{kind}.oc1.{self._scope}.{secrets.token_hex(16)}"

    def queue(self, kind: str, resource_id: str) -> None:
        """Hand out ``resource_id`` for the next OCID of ``kind``."""
        self._queued.setdefault(kind, deque()).append(resource_id)

    def clear(self) -> None:
        """Forget queued ids (after a restore, whatever happened)."""
        self._queued.clear()


class KeyPhases:
    """The backup and restore phases a key shows over its vault state, and where restored keys came from."""

    def __init__(self) -> None:
        self._phases: dict[str, tuple[str, float]] = {}  # key id -> (state, until)
        self.restored_from: dict[str, str] = {}
        self._lock = threading.Lock()

    def begin(self, key_id: str, state: str, now: float, seconds: float) -> None:
        """Show ``state`` for ``seconds`` from ``now`` (nothing when ``seconds`` is 0, as for the vault)."""
        with self._lock:
            self._phases[key_id] = (state, now + seconds)

    def state(self, key_id: str, now: float) -> str | None:
        """The phase in force for ``key_id`` at ``now``, if any."""
        with self._lock:
            phase = self._phases.get(key_id)
        return phase[0] if phase is not None and now < phase[1] else None

    def apply(self, key: KeySnapshot, now: float) -> KeySnapshot:
        """``key`` as seen at ``now``: in its phase (with its own etag) while one is in force."""
        state = self.state(key.id, now)
        if state is None:
            return key
        etag = hashlib.sha256(f"{key.etag}|{state}".encode()).hexdigest()[:32]
        return dataclasses.replace(key, lifecycle_state=state, etag=etag)


class BackupOperations:
    """The four operations, and the view of keys they change (phases, provenance) for the other handlers."""

    def __init__(
        self,
        vault: Vault,
        ids: IdSource,
        renderer: Renderer,
        *,
        sealer: BackupSealer,
        store: ObjectStore,
        replication: ReplicationLog,
        material: KeyMaterialStore,
    ) -> None:
        self.vault = vault
        self.ids = ids
        self.sealer = sealer
        self.store = store
        self.replication = replication
        self.material = material
        self.phases = KeyPhases()
        self._render = renderer

    @property
    def table(self) -> dict[str, Callable[[ValidRequest], tuple[int, Any, dict[str, str]]]]:
        """operationId → handler giving (status, body, headers)."""
        return {
            "BackupKey": self.backup_key,
            "RestoreKeyFromFile": self.restore_key_from_file,
            "RestoreKeyFromObjectStore": self.restore_key_from_object_store,
            "GetReplicationStatus": self.get_replication_status,
        }

    # ------------------------------------------------------------------ the view of keys

    def key_view(self, key: KeySnapshot) -> KeySnapshot:
        """``key`` with the phase it shows now."""
        return self.phases.apply(key, self.vault.clock())

    def key_body(self, key: KeySnapshot) -> dict[str, Any]:
        """The ``Key`` body of ``key`` as seen now."""
        body = self._render.key(self.key_view(key))
        restored_from = self.phases.restored_from.get(key.id)
        if restored_from is not None:
            body["restoredFromKeyId"] = restored_from
        return body

    def guard(self, operation_id: str, request: ValidRequest) -> None:
        """409 for a write on a key that is in a backup or restore phase."""
        key_id = request.path.get("keyId")
        if key_id is None or operation_id in _READS:
            return
        state = self.phases.state(key_id, self.vault.clock())
        if state is not None:
            raise ApiError.incorrect_state(f"{operation_id} is not allowed while the key is {state}")

    # ------------------------------------------------------------------ operations

    def backup_key(self, request: ValidRequest) -> tuple[int, Any, dict[str, str]]:
        """BackupKey."""
        key_id = request.path["keyId"]
        with self.vault.lock:
            now = self.vault.clock()
            key = self.key_view(self.vault.get_key(key_id))
            _check_if_match(key.etag, request.headers.get("if-match"))
            if key.lifecycle_state not in _BACKUP_STATES:
                raise ApiError.incorrect_state(
                    f"backup_key is not allowed while the key is {key.lifecycle_state} (it must be DISABLED or ENABLED)"
                )
            if key.protection_mode == "EXTERNAL":
                raise ApiError.invalid_parameter(
                    "EXTERNAL keys cannot be backed up: their material is outside the vault"
                )
            backup = self.backup_of(key)
            location = (request.body or {}).get("backupLocation")
            self.store.put(object_path(location, key_id), self.sealer.seal(backup))
            self.phases.begin(key_id, "BACKUP_IN_PROGRESS", now, self.vault.transition_seconds)
            return self._key_answer(self.vault.get_key(key_id))

    def restore_key_from_file(self, request: ValidRequest) -> tuple[int, Any, dict[str, str]]:
        """RestoreKeyFromFile: the body is the backup."""
        blob = request.raw_body
        digest = checked_content_md5(blob, request.headers.get("content-md5"))
        status, body, headers = self._restore(blob)
        return status, body, {**headers, "opc-content-md5": digest}

    def restore_key_from_object_store(self, request: ValidRequest) -> tuple[int, Any, dict[str, str]]:
        """RestoreKeyFromObjectStore."""
        location = (request.body or {}).get("backupLocation")
        if location is None:
            raise ApiError.missing_parameter("backupLocation is required")
        return self._restore(self.store.get(object_path(location, "")))

    def get_replication_status(self, request: ValidRequest) -> tuple[int, Any, dict[str, str]]:
        """GetReplicationStatus."""
        replication_id = request.path["replicationId"]
        now = self.vault.clock()
        body = self.replication.status(replication_id, now)
        return 200, body, {"etag": self.replication.etag(replication_id, now)}

    # ------------------------------------------------------------------ helpers

    def _key_answer(self, key: KeySnapshot) -> tuple[int, Any, dict[str, str]]:
        view = self.key_view(key)
        return 200, self.key_body(key), {"etag": view.etag}

    def backup_of(self, key: KeySnapshot) -> KeyBackup:
        """The backup of ``key`` and its versions not DELETED, current last (also for vault backups)."""
        versions = [v for v in self._versions(key.id) if v.lifecycle_state != "DELETED"]
        versions.sort(key=lambda v: v.id == key.current_key_version)  # stable: the current version last
        return KeyBackup(
            id=key.id,
            compartment_id=key.compartment_id,
            display_name=key.display_name,
            shape=key.shape,
            protection_mode=key.protection_mode,
            freeform_tags=key.freeform_tags,
            defined_tags=key.defined_tags,
            is_auto_rotation_enabled=key.is_auto_rotation_enabled,
            auto_key_rotation_details=key.auto_key_rotation_details,
            external_key_id=None,
            versions=tuple(
                VersionBackup(v.id, v.origin, v.public_key, None, self.material.material(v.id, key.shape))
                for v in versions
            ),
        )

    def _versions(self, key_id: str) -> list[KeyVersionSnapshot]:
        found: list[KeyVersionSnapshot] = []
        page: str | None = None
        while True:
            batch, page = self.vault.list_key_versions(
                key_id, ListQuery(limit=1000, page=page, sort_by="TIMECREATED", sort_order="ASC")
            )
            found.extend(batch)
            if page is None:
                return found

    def _restore(self, blob: bytes) -> tuple[int, Any, dict[str, str]]:
        try:
            backup = self.sealer.open(blob)
        except BackupError as exc:
            raise ApiError.invalid_parameter(str(exc)) from None
        return self._key_answer(self.restore_backup(backup))

    def restore_backup(self, backup: KeyBackup) -> KeySnapshot:
        """Recreate the key of ``backup`` with its OCIDs and material (also for vault restores); 400 for a backup
        without versions, 409 while a key with its OCID exists."""
        if not backup.versions:
            raise ApiError.invalid_parameter("the backup holds no key version")
        with self.vault.lock:
            now = self.vault.clock()
            self._require_absent(backup.id)
            transition = self.vault.transition_seconds
            self.vault.transition_seconds = 0.0  # the records are made settled; RESTORING is shown on top
            try:
                self._recreate(backup)
            finally:
                self.vault.transition_seconds = transition
                self.ids.clear()
            for version in backup.versions:
                self.material.record(version.id, version.material)
            self.phases.restored_from[backup.id] = backup.id
            self.phases.begin(backup.id, "RESTORING", now, transition)
            return self.vault.get_key(backup.id)

    def _require_absent(self, key_id: str) -> None:
        try:
            existing = self.vault.get_key(key_id)
        except ApiError as exc:
            if exc.status == 404:
                return
            raise
        if existing.lifecycle_state != "DELETED":
            raise ApiError(
                409,
                "NotAuthorizedOrResourceAlreadyExists",
                f"Key {key_id} still exists ({existing.lifecycle_state}); only a deleted key can be restored",
            )

    def _recreate(self, backup: KeyBackup) -> None:
        first, *rest = backup.versions
        self.ids.queue("key", backup.id)
        self.ids.queue("keyversion", first.id)
        self.vault.create_key(
            NewKey(
                compartment_id=backup.compartment_id,
                display_name=backup.display_name,
                shape=backup.shape,
                protection_mode=backup.protection_mode,
                freeform_tags=backup.freeform_tags,
                defined_tags=backup.defined_tags,
                is_auto_rotation_enabled=backup.is_auto_rotation_enabled,
                auto_key_rotation_details=backup.auto_key_rotation_details,
                origin=first.origin,
                public_key=first.public_key,
            )
        )
        for version in rest:
            self.ids.queue("keyversion", version.id)
            self.vault.create_key_version(
                backup.id, NewKeyVersion(origin=version.origin, public_key=version.public_key)
            )


def checked_content_md5(blob: bytes, expected: str | None) -> str:
    """The base64 MD5 of a restore's body; 400 "Unmatched Content MD5" when ``content-md5`` names another."""
    digest = base64.b64encode(hashlib.md5(blob, usedforsecurity=False).digest()).decode("ascii")
    if expected is not None and expected.strip() != digest:
        raise ApiError.invalid_parameter("Unmatched Content MD5")
    return digest


def _check_if_match(etag: str, if_match: str | None) -> None:
    if if_match is not None and if_match.strip() not in {"*", etag, f'"{etag}"'}:
        raise ApiError.no_etag_match()
