"""The vault registry: the vaults made through the vault API, their lifecycles, replicas and mTLS registrations.
Pure Python, no HTTP (the handlers are :mod:`kms_mock.vault_api`).

Lifecycle (reference §3; the rows it marks as inferred are this mock's choices), as "operation: allowed when →
phases", each phase lasting the mock's ``transition_seconds``:

- create_vault / restore: always → CREATING (RESTORING), ACTIVE.
- update_vault: ACTIVE or CREATING → UPDATING, ACTIVE (while CREATING: no new phase).
- schedule_vault_deletion: ACTIVE → SCHEDULING_DELETION, PENDING_DELETION, and at ``timeOfDeletion`` DELETING,
  DELETED. 7 to 30 days from the request (default 30), else 400. The vault's keys follow (see
  :meth:`VaultRegistry.schedule_deletion`).
- cancel_vault_deletion: PENDING_DELETION → CANCELLING_DELETION, ACTIVE.
- backup_vault: ACTIVE → BACKUP_IN_PROGRESS, ACTIVE. change_vault_compartment, replicas, mTLS: ACTIVE.

Anything else is 409 ``IncorrectState``. Each vault's keys live in its own :class:`VaultService`, made on first
use (its wrapping key is an RSA key of ``wrapping_key_bits``: generating a 4096-bit key takes about a second,
so a vault whose endpoints are never used never pays for it).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kms_mock.clock import Clock
from kms_mock.errors import ApiError
from kms_mock.lifecycle import Timeline, deletion_time
from kms_mock.pagination import Paginator, listing_fingerprint
from kms_mock.state import ListQuery
from kms_mock.vault_service import VaultService

__all__ = [
    "DELETION_STATES",
    "NewVault",
    "Replica",
    "VaultRecord",
    "VaultRegistry",
    "new_vault_id",
    "vault_prefix",
]

DELETION_STATES = frozenset({"SCHEDULING_DELETION", "PENDING_DELETION", "DELETING", "DELETED"})
_KEY_DELETION_STATES = frozenset({"SCHEDULING_DELETION", "PENDING_DELETION"})


def vault_prefix(vault_id: str) -> str:
    """The endpoint prefix of a vault: its OCID's segment after the region (``ocid1.vault.oc1.<region>.<prefix>.…``)."""
    parts = vault_id.split(".")
    return parts[4] if len(parts) > 5 else ""


def new_vault_id(region: str = "mock") -> str:
    """``ocid1.vault.oc1.<region>.<prefix>.<unique>``, with a 13-character lower-case prefix as the service's."""
    prefix = base64.b32encode(secrets.token_bytes(10)).decode("ascii").lower()[:13]
    return f"ocid1.vault.oc1.{region}.{prefix}.{secrets.token_hex(16)}"


@dataclass(frozen=True)
class NewVault:
    """What create_vault asks for."""

    compartment_id: str
    display_name: str
    vault_type: str
    freeform_tags: dict[str, str] = field(default_factory=dict)
    defined_tags: dict[str, dict[str, Any]] = field(default_factory=dict)
    external: dict[str, Any] | None = None


@dataclass
class Replica:
    """The vault's one replica region; ``deleted_at`` set once its deletion started."""

    region: str
    created_at: float
    deleted_at: float | None = None

    def status(self, now: float, seconds: float) -> str:
        """CREATING, CREATED, DELETING or DELETED at ``now``."""
        if self.deleted_at is not None:
            return "DELETED" if now >= self.deleted_at + seconds else "DELETING"
        return "CREATED" if now >= self.created_at + seconds else "CREATING"


@dataclass
class VaultRecord:
    """One vault of the registry; ``service`` (its keys) is made on first use."""

    id: str
    new: NewVault
    compartment_id: str
    time_created: float
    timeline: Timeline
    sequence: int
    make_service: Callable[[str], VaultService] = field(repr=False)
    time_of_deletion: float | None = None
    restored_from: str | None = None
    revision: int = 0
    replica: Replica | None = None
    mtls: tuple[str, float] | None = None
    scheduled_keys: list[str] = field(default_factory=list)
    _service: VaultService | None = field(default=None, repr=False)
    _service_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def prefix(self) -> str:
        """The endpoint prefix."""
        return vault_prefix(self.id)

    def service(self) -> VaultService:
        """The vault's keys and their operations (made now if not yet)."""
        with self._service_lock:
            if self._service is None:
                self._service = self.make_service(self.id)
            return self._service

    def existing_service(self) -> VaultService | None:
        """The vault's service if it was ever used, else None (no keys)."""
        return self._service

    def state(self, now: float) -> str:
        """The lifecycle state at ``now``."""
        return self.timeline.state_at(now)

    def etag(self, now: float) -> str:
        """Changes on every change, including a phase that starts as the clock moves."""
        text = f"{self.id}|{self.revision}|{self.timeline.index_at(now)}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class VaultRegistry:
    """Every vault of the vault API, by OCID and by endpoint prefix. Public methods are atomic (``lock``)."""

    def __init__(self, *, clock: Clock, transition_seconds: float, make_service: Callable[[str], VaultService]) -> None:
        self.clock = clock
        self.transition_seconds = transition_seconds
        self.lock = threading.RLock()
        self._make_service = make_service
        self._vaults: dict[str, VaultRecord] = {}
        self._by_prefix: dict[str, VaultRecord] = {}
        self._paginator = Paginator(secrets.token_bytes(32))
        self._sequence = 0

    # ------------------------------------------------------------------ reads

    def get(self, vault_id: str) -> VaultRecord:
        """The vault, or 404."""
        with self.lock:
            record = self._vaults.get(vault_id)
            if record is None:
                raise ApiError.resource_not_found("Vault", vault_id)
            return record

    def replica_regions(self, vault_id: str) -> list[str]:
        """The region the vault replicates to (none, or one whose replica is not being deleted)."""
        with self.lock:
            record = self._vaults.get(vault_id)
            replica = None if record is None else record.replica
            return [] if replica is None or replica.deleted_at is not None else [replica.region]

    def by_prefix(self, prefix: str) -> VaultRecord | None:
        """The vault whose endpoints carry ``prefix``, if any."""
        with self.lock:
            return self._by_prefix.get(prefix)

    def list_vaults(self, compartment_id: str, query: ListQuery) -> tuple[list[VaultRecord], str | None]:
        """One page of the compartment's vaults, and the next page's token."""
        with self.lock:
            found = [record for record in self._vaults.values() if record.compartment_id == compartment_id]
            criteria = {"sortBy": query.sort_by, "descending": query.descending}

            def sort_key(record: VaultRecord) -> tuple[Any, int]:
                if query.sort_by == "DISPLAYNAME":
                    return record.new.display_name, record.sequence
                return record.time_created, record.sequence

            return self._paginator.page(
                found,
                sort_key,
                descending=query.descending,
                limit=query.limit,
                token=query.page,
                fingerprint=listing_fingerprint("listVaults", compartment_id, criteria),
            )

    # ------------------------------------------------------------------ writes

    def create(self, new: NewVault, *, vault_id: str | None = None, restored: bool = False) -> VaultRecord:
        """A new vault (CREATING, or RESTORING for a restore, then ACTIVE)."""
        with self.lock:
            now = self.clock()
            vault_id = vault_id or new_vault_id()
            first = "RESTORING" if restored else "CREATING"
            self._sequence += 1
            record = VaultRecord(
                id=vault_id,
                new=new,
                compartment_id=new.compartment_id,
                time_created=now,
                timeline=Timeline.start(now, (first, 0), ("ACTIVE", self.transition_seconds)),
                sequence=self._sequence,
                make_service=self._make_service,
                restored_from=vault_id if restored else None,
            )
            self._vaults[vault_id] = record
            self._by_prefix[record.prefix] = record
            return record

    def require_absent(self, vault_id: str) -> None:
        """409 unless no vault has ``vault_id`` (or it is DELETED)."""
        with self.lock:
            existing = self._vaults.get(vault_id)
            if existing is not None and existing.state(self.clock()) != "DELETED":
                raise ApiError(
                    409,
                    "NotAuthorizedOrResourceAlreadyExists",
                    f"Vault {vault_id} still exists; only a deleted vault can be restored",
                )

    def update(self, record: VaultRecord, changes: dict[str, Any], if_match: str | None) -> VaultRecord:
        """New display name and tags (ACTIVE or CREATING)."""
        with self.lock:
            now = self.clock()
            self._check_etag(record, if_match, now)
            state = self._require(record, now, "update_vault", {"ACTIVE", "CREATING"})
            fields = vars(record.new) | changes
            record.new = NewVault(**fields)
            if state == "ACTIVE":
                record.timeline.replace(now, ("UPDATING", 0), ("ACTIVE", self.transition_seconds))
            record.revision += 1
            return record

    def change_compartment(self, record: VaultRecord, compartment_id: str, if_match: str | None) -> None:
        """Move the vault (ACTIVE)."""
        with self.lock:
            now = self.clock()
            self._check_etag(record, if_match, now)
            self._require(record, now, "change_vault_compartment", {"ACTIVE"})
            if record.compartment_id != compartment_id:
                record.compartment_id = compartment_id
                record.revision += 1

    def schedule_deletion(self, record: VaultRecord, requested: float | None, if_match: str | None) -> VaultRecord:
        """ACTIVE → SCHEDULING_DELETION → PENDING_DELETION (→ DELETING → DELETED when due); the vault's keys not
        yet scheduled follow with the vault's time; 409 if a key is due after the vault."""
        with self.lock:
            now = self.clock()
            when = deletion_time(requested, now)
            self._check_etag(record, if_match, now)
            self._require(record, now, "schedule_vault_deletion", {"ACTIVE"})
            service = record.existing_service()
            scheduled: list[str] = []
            if service is not None:
                with service.vault.lock:
                    to_schedule = self._keys_to_schedule(service, when)
                    for key_id in to_schedule:
                        service.vault.schedule_key_deletion(key_id, when)
                    scheduled = to_schedule
            due = max(when - now, self.transition_seconds)
            record.timeline.replace(
                now,
                ("SCHEDULING_DELETION", 0),
                ("PENDING_DELETION", self.transition_seconds),
                ("DELETING", due),
                ("DELETED", due + self.transition_seconds),
            )
            record.time_of_deletion = when
            record.scheduled_keys = scheduled
            record.revision += 1
            return record

    def cancel_deletion(self, record: VaultRecord, if_match: str | None) -> VaultRecord:
        """PENDING_DELETION → CANCELLING_DELETION → ACTIVE; the keys the scheduling moved go back."""
        with self.lock:
            now = self.clock()
            self._check_etag(record, if_match, now)
            self._require(record, now, "cancel_vault_deletion", {"PENDING_DELETION"})
            service = record.existing_service()
            if service is not None:
                with service.vault.lock:
                    for key_id in record.scheduled_keys:
                        if service.vault.get_key(key_id).lifecycle_state == "PENDING_DELETION":
                            service.vault.cancel_key_deletion(key_id)
            record.timeline.replace(now, ("CANCELLING_DELETION", 0), ("ACTIVE", self.transition_seconds))
            record.time_of_deletion = None
            record.scheduled_keys = []
            record.revision += 1
            return record

    def begin_backup(self, record: VaultRecord, if_match: str | None) -> None:
        """ACTIVE → BACKUP_IN_PROGRESS → ACTIVE."""
        with self.lock:
            now = self.clock()
            self._check_etag(record, if_match, now)
            self._require(record, now, "backup_vault", {"ACTIVE"})
            record.timeline.replace(now, ("BACKUP_IN_PROGRESS", 0), ("ACTIVE", self.transition_seconds))
            record.revision += 1

    def create_replica(self, record: VaultRecord, region: str, if_match: str | None) -> None:
        """Replicate to ``region``: a no-op for the region already replicated to, 409 for another one."""
        with self.lock:
            now = self.clock()
            self._check_etag(record, if_match, now)
            self._require(record, now, "create_vault_replica", {"ACTIVE"})
            if record.new.vault_type == "DEFAULT":
                raise ApiError(409, "Conflict", "Only VIRTUAL_PRIVATE and EXTERNAL vaults can be replicated")
            current = record.replica
            if current is not None and current.status(now, self.transition_seconds) != "DELETED":
                if current.region == region and current.deleted_at is None:
                    return
                raise ApiError(
                    409,
                    "Conflict",
                    f"The vault already has a replica in {current.region}; delete it before replicating elsewhere",
                )
            record.replica = Replica(region, now)
            record.revision += 1

    def delete_replica(self, record: VaultRecord, region: str, if_match: str | None) -> None:
        """Start deleting the replica in ``region``; 404 when the vault has none there."""
        with self.lock:
            now = self.clock()
            self._check_etag(record, if_match, now)
            current = record.replica
            if current is None or current.region != region or current.deleted_at is not None:
                raise ApiError.resource_not_found("VaultReplica", region)
            current.deleted_at = now
            record.revision += 1

    def register_mtls(self, record: VaultRecord, fleet_id: str, if_match: str | None) -> tuple[str, float]:
        """Register the vault for mTLS with ``fleet_id`` (ACTIVE); the registration and when it was made."""
        with self.lock:
            now = self.clock()
            self._check_etag(record, if_match, now)
            self._require(record, now, "update_registered_vault_for_mtls", {"ACTIVE"})
            if record.mtls is None or record.mtls[0] != fleet_id:
                record.mtls = (fleet_id, now)
                record.revision += 1
            return record.mtls

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _keys_to_schedule(service: VaultService, when: float) -> list[str]:
        """The keys a vault deletion at ``when`` schedules; 409 if one is due after the vault or unsettled."""
        chosen = []
        for key in service.vault.all_keys():
            state = service.backups.key_view(key).lifecycle_state
            if state in _KEY_DELETION_STATES:
                if key.time_of_deletion is not None and key.time_of_deletion > when:
                    raise ApiError(
                        409,
                        "Conflict",
                        f"Key {key.id} is scheduled to be deleted after the vault's timeOfDeletion; cancel its "
                        "deletion or choose a later time for the vault",
                    )
            elif state in {"ENABLED", "DISABLED"}:
                chosen.append(key.id)
            elif state not in {"DELETING", "DELETED"}:
                raise ApiError.incorrect_state(
                    f"Key {key.id} is {state}; schedule the vault's deletion once its keys have settled"
                )
        return chosen

    def _require(self, record: VaultRecord, now: float, operation: str, allowed: set[str]) -> str:
        state = record.state(now)
        if state not in allowed:
            raise ApiError.incorrect_state(
                f"{operation} is not allowed while the vault is {state} (it must be {' or '.join(sorted(allowed))})"
            )
        return state

    @staticmethod
    def _check_etag(record: VaultRecord, if_match: str | None, now: float) -> None:
        etag = record.etag(now)
        if if_match is not None and if_match.strip() not in {"*", etag, f'"{etag}"'}:
            raise ApiError.no_etag_match()
