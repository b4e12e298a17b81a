"""The vault: keys and key versions, their lifecycles, etags and listings. Pure Python, no HTTP.

Lifecycle rules (reference §3; the rows it marks as inferred are this mock's choices), as
"operation: allowed when → phases":

- create_key / import_key: always → CREATING, ENABLED.
- update_key: key ENABLED or CREATING → UPDATING, ENABLED (while CREATING: no new phase).
- disable_key: key ENABLED → DISABLING, DISABLED.
- enable_key: key DISABLED → ENABLING, ENABLED.
- schedule_key_deletion: key ENABLED or DISABLED → SCHEDULING_DELETION, PENDING_DELETION, and at
  timeOfDeletion DELETING, DELETED. Its versions show the key's deletion state meanwhile.
- cancel_key_deletion: key PENDING_DELETION → CANCELLING_DELETION, then the state before scheduling.
- change_key_compartment: key not being deleted → immediate; moves the key and all its versions.
- create_key_version / import_key_version: key ENABLED → version CREATING, ENABLED; the key's
  currentKeyVersion moves to it once it is ENABLED.
- schedule_key_version_deletion: key ENABLED or DISABLED, version ENABLED and not the key's current
  version (nor the one about to become current) → as for keys.
- cancel_key_version_deletion: version PENDING_DELETION, key not being deleted → CANCELLING_DELETION,
  ENABLED.

Anything else is 409 ``IncorrectState``. A deletion time must be 7 to 30 days after the request (default
30 days), else 400 ``InvalidParameter``. Each phase lasts ``transition_seconds`` of the vault's clock and is
computed when read (see :mod:`kms_mock.lifecycle`). The etag changes on every change, including a phase
that starts as the clock moves. A version not scheduled for deletion on its own shows its key's deletion
state and time while the key is being deleted (and its own state again if the key's deletion is cancelled).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from kms_mock.clock import Clock
from kms_mock.errors import ApiError
from kms_mock.lifecycle import DEFAULT_DELETION_DAYS, MAX_DELETION_DAYS, MIN_DELETION_DAYS, Timeline, deletion_time
from kms_mock.pagination import Paginator, SortKey, listing_fingerprint

__all__ = [
    "DEFAULT_DELETION_DAYS",
    "MAX_DELETION_DAYS",
    "MIN_DELETION_DAYS",
    "KeyShape",
    "KeySnapshot",
    "KeyUpdate",
    "KeyVersionSnapshot",
    "ListQuery",
    "NewKey",
    "NewKeyVersion",
    "Vault",
    "check_shape",
]


_DELETION_STATES = frozenset({"SCHEDULING_DELETION", "PENDING_DELETION", "DELETING", "DELETED"})


@dataclass(frozen=True)
class KeyShape:
    """A key's algorithm, length in bytes and (ECDSA) curve."""

    algorithm: str
    length: int
    curve_id: str | None = None


@dataclass(frozen=True)
class NewKey:
    """What create_key / import_key asks for."""

    compartment_id: str
    display_name: str
    shape: KeyShape
    protection_mode: str = "HSM"
    freeform_tags: dict[str, str] | None = None
    defined_tags: dict[str, dict[str, Any]] | None = None
    is_auto_rotation_enabled: bool | None = None
    auto_key_rotation_details: dict[str, Any] | None = None
    external_key_id: str | None = None
    origin: str = "INTERNAL"
    public_key: str | None = None


@dataclass(frozen=True)
class NewKeyVersion:
    """What create_key_version / import_key_version asks for."""

    origin: str = "INTERNAL"
    public_key: str | None = None
    external_key_version_id: str | None = None


_UNSET: Any = object()


@dataclass(frozen=True)
class KeyUpdate:
    """The fields update_key sets; a field left at its default is not changed."""

    display_name: str | None = _UNSET
    freeform_tags: dict[str, str] | None = _UNSET
    defined_tags: dict[str, dict[str, Any]] | None = _UNSET
    is_auto_rotation_enabled: bool | None = _UNSET
    auto_key_rotation_details: dict[str, Any] | None = _UNSET

    def changes(self) -> dict[str, Any]:
        """The fields given, by attribute name."""
        return {name: value for name, value in vars(self).items() if value is not _UNSET}


@dataclass(frozen=True)
class ListQuery:
    """Paging and sorting of a listing. ``sort_order`` None means the default for ``sort_by``."""

    limit: int = 100
    page: str | None = None
    sort_by: str = "TIMECREATED"
    sort_order: str | None = None

    @property
    def descending(self) -> bool:
        """TIMECREATED defaults to descending, DISPLAYNAME to ascending."""
        if self.sort_order is None:
            return self.sort_by == "TIMECREATED"
        return self.sort_order == "DESC"


@dataclass(frozen=True)
class KeySnapshot:
    """A key as seen at one instant."""

    id: str
    compartment_id: str
    vault_id: str
    display_name: str
    shape: KeyShape
    protection_mode: str
    lifecycle_state: str
    time_created: float
    time_of_deletion: float | None
    current_key_version: str
    freeform_tags: dict[str, str]
    defined_tags: dict[str, dict[str, Any]]
    is_auto_rotation_enabled: bool | None
    auto_key_rotation_details: dict[str, Any] | None
    external_key_reference: dict[str, str] | None
    etag: str
    sequence: int
    """Creation order within the vault (the tie-breaker of listings)."""


@dataclass(frozen=True)
class KeyVersionSnapshot:
    """A key version as seen at one instant."""

    id: str
    key_id: str
    compartment_id: str
    vault_id: str
    lifecycle_state: str
    origin: str
    time_created: float
    time_of_deletion: float | None
    public_key: str | None
    external_key_reference: dict[str, str] | None
    etag: str
    sequence: int
    """Creation order within the vault (the tie-breaker of listings)."""


@dataclass
class _Version:
    id: str
    sequence: int
    key_id: str
    compartment_id: str
    origin: str
    time_created: float
    timeline: Timeline
    public_key: str | None = None
    external_key_version_id: str | None = None
    time_of_deletion: float | None = None
    state_before_deletion: str | None = None
    revision: int = 0


@dataclass
class _Key:
    id: str
    sequence: int
    new: NewKey
    time_created: float
    timeline: Timeline
    # (version id, time it becomes current), in time order; the first is the key's first version.
    rotations: list[tuple[str, float]]
    versions: list[str] = field(default_factory=list)
    compartment_id: str = ""
    time_of_deletion: float | None = None
    state_before_deletion: str | None = None
    revision: int = 0


def _etag(resource_id: str, *parts: int) -> str:
    text = resource_id + "|" + "|".join(str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class Vault:
    """One vault's keys and versions. Every public method is atomic (one re-entrant lock, ``lock``)."""

    def __init__(
        self,
        *,
        vault_id: str,
        clock: Clock,
        transition_seconds: float = 0.0,
        new_id: Callable[[str], str] | None = None,
    ) -> None:
        if transition_seconds < 0:
            raise ValueError("transition_seconds must not be negative")
        self.vault_id = vault_id
        self.clock = clock
        self.transition_seconds = float(transition_seconds)
        self.lock = threading.RLock()
        self._new_id = new_id or _random_ocid
        self._keys: dict[str, _Key] = {}
        self._versions: dict[str, _Version] = {}
        self._paginator = Paginator(secrets.token_bytes(32))
        self._sequence = 0

    # ------------------------------------------------------------------ reads

    def get_key(self, key_id: str) -> KeySnapshot:
        """The key, or 404."""
        with self.lock:
            return self._key_snapshot(self._key(key_id), self.clock())

    def get_key_version(self, key_id: str, version_id: str) -> KeyVersionSnapshot:
        """The key version, or 404 (also when ``key_id`` does not own it)."""
        with self.lock:
            return self._version_snapshot(self._version(key_id, version_id), self.clock())

    def list_keys(
        self,
        compartment_id: str,
        query: ListQuery,
        *,
        protection_mode: str | None = None,
        algorithm: str | None = None,
        length: int | None = None,
        curve_id: str | None = None,
    ) -> tuple[list[KeySnapshot], str | None]:
        """One page of the compartment's keys matching the filters, and the next page's token."""
        filters = {"protectionMode": protection_mode, "algorithm": algorithm, "length": length, "curveId": curve_id}
        with self.lock:
            now = self.clock()
            found = [
                self._key_snapshot(key, now)
                for key in self._keys.values()
                if key.compartment_id == compartment_id
                and (protection_mode is None or key.new.protection_mode == protection_mode)
                and (algorithm is None or key.new.shape.algorithm == algorithm)
                and (length is None or key.new.shape.length == length)
                and (curve_id is None or key.new.shape.curve_id == curve_id)
            ]
            return self._page(found, query, "listKeys", compartment_id, filters)

    def list_key_versions(self, key_id: str, query: ListQuery) -> tuple[list[KeyVersionSnapshot], str | None]:
        """One page of the key's versions, and the next page's token; 404 for an unknown key."""
        with self.lock:
            now = self.clock()
            key = self._key(key_id)
            found = [self._version_snapshot(self._versions[vid], now) for vid in key.versions]
            return self._page(found, query, "listKeyVersions", key_id, {})

    def all_keys(self) -> list[KeySnapshot]:
        """Every key of the vault, in creation order (for the vault API: usage counts, vault deletion)."""
        with self.lock:
            now = self.clock()
            return [self._key_snapshot(key, now) for key in self._keys.values()]

    def key_count(self) -> int:
        """How many keys the vault holds (for tests)."""
        with self.lock:
            return len(self._keys)

    # ------------------------------------------------------------------ key writes

    def create_key(self, new: NewKey) -> KeySnapshot:
        """A new key with its first version, CREATING then ENABLED."""
        check_shape(new)
        with self.lock:
            now = self.clock()
            key_id = self._new_id("key")
            external_version = _external_version_id() if new.external_key_id is not None else None
            version = self._add_version(key_id, new.compartment_id, now, new.origin, new.public_key, external_version)
            key = _Key(
                id=key_id,
                sequence=self._next_sequence(),
                new=new,
                time_created=now,
                timeline=Timeline.start(now, ("CREATING", 0), ("ENABLED", self.transition_seconds)),
                rotations=[(version.id, now)],
                versions=[version.id],
                compartment_id=new.compartment_id,
            )
            self._keys[key_id] = key
            return self._key_snapshot(key, now)

    def update_key(self, key_id: str, update: KeyUpdate, if_match: str | None = None) -> KeySnapshot:
        """Change the display name, tags or auto-rotation settings (key ENABLED or CREATING)."""
        with self.lock:
            now = self.clock()
            key = self._key(key_id)
            self._check_etag(self._key_snapshot(key, now), if_match)
            state = self._require_state(key.timeline, now, "update_key", "key", {"ENABLED", "CREATING"})
            key.new = replace(key.new, **update.changes())
            if state == "ENABLED":
                key.timeline.replace(now, ("UPDATING", 0), ("ENABLED", self.transition_seconds))
            key.revision += 1
            return self._key_snapshot(key, now)

    def disable_key(self, key_id: str, if_match: str | None = None) -> KeySnapshot:
        """ENABLED → DISABLING → DISABLED."""
        return self._move_key(key_id, if_match, "disable_key", {"ENABLED"}, "DISABLING", "DISABLED")

    def enable_key(self, key_id: str, if_match: str | None = None) -> KeySnapshot:
        """DISABLED → ENABLING → ENABLED."""
        return self._move_key(key_id, if_match, "enable_key", {"DISABLED"}, "ENABLING", "ENABLED")

    def schedule_key_deletion(
        self, key_id: str, time_of_deletion: float | None = None, if_match: str | None = None
    ) -> KeySnapshot:
        """ENABLED/DISABLED → SCHEDULING_DELETION → PENDING_DELETION; DELETING → DELETED when due."""
        with self.lock:
            now = self.clock()
            when = self._deletion_time(time_of_deletion, now)
            key = self._key(key_id)
            self._check_etag(self._key_snapshot(key, now), if_match)
            state = self._require_state(key.timeline, now, "schedule_key_deletion", "key", {"ENABLED", "DISABLED"})
            self._schedule(key.timeline, now, when)
            key.time_of_deletion = when
            key.state_before_deletion = state
            key.revision += 1
            return self._key_snapshot(key, now)

    def cancel_key_deletion(self, key_id: str, if_match: str | None = None) -> KeySnapshot:
        """PENDING_DELETION → CANCELLING_DELETION → the state before the deletion was scheduled."""
        with self.lock:
            now = self.clock()
            key = self._key(key_id)
            self._check_etag(self._key_snapshot(key, now), if_match)
            self._require_state(key.timeline, now, "cancel_key_deletion", "key", {"PENDING_DELETION"})
            back_to = key.state_before_deletion or "ENABLED"
            key.timeline.replace(now, ("CANCELLING_DELETION", 0), (back_to, self.transition_seconds))
            key.time_of_deletion = None
            key.state_before_deletion = None
            key.revision += 1
            return self._key_snapshot(key, now)

    def change_key_compartment(self, key_id: str, compartment_id: str, if_match: str | None = None) -> KeySnapshot:
        """Move the key and all its versions to ``compartment_id`` (not while it is being deleted)."""
        with self.lock:
            now = self.clock()
            key = self._key(key_id)
            self._check_etag(self._key_snapshot(key, now), if_match)
            state = key.timeline.state_at(now)
            if state in _DELETION_STATES:
                raise ApiError.incorrect_state(
                    f"change_key_compartment is not allowed while the key is {state} (a key being deleted "
                    "cannot be moved)"
                )
            if key.compartment_id != compartment_id:
                key.compartment_id = compartment_id
                key.revision += 1
                for version_id in key.versions:
                    version = self._versions[version_id]
                    version.compartment_id = compartment_id
                    version.revision += 1
            return self._key_snapshot(key, now)

    # ------------------------------------------------------------------ version writes

    def create_key_version(self, key_id: str, new: NewKeyVersion | None = None) -> KeyVersionSnapshot:
        """A new version (CREATING → ENABLED) that becomes the key's current version once ENABLED."""
        new = new or NewKeyVersion()
        with self.lock:
            now = self.clock()
            key = self._key(key_id)
            self._require_state(key.timeline, now, "create_key_version", "key", {"ENABLED"})
            external_version = new.external_key_version_id
            if key.new.external_key_id is None:
                if external_version is not None:
                    raise ApiError.invalid_parameter(
                        "externalKeyVersionId is only allowed for keys whose protectionMode is EXTERNAL"
                    )
            elif external_version is None:
                external_version = _external_version_id()
            version = self._add_version(key.id, key.compartment_id, now, new.origin, new.public_key, external_version)
            key.versions.append(version.id)
            key.rotations.append((version.id, now + self.transition_seconds))
            key.revision += 1
            return self._version_snapshot(version, now)

    def key_shape(self, key_id: str) -> KeyShape:
        """The shape of a key (for import_key_version's checks); 404 for an unknown key."""
        with self.lock:
            return self._key(key_id).new.shape

    def schedule_key_version_deletion(
        self, key_id: str, version_id: str, time_of_deletion: float | None = None, if_match: str | None = None
    ) -> KeyVersionSnapshot:
        """Schedule a version's deletion; never the key's current (or next current) version."""
        with self.lock:
            now = self.clock()
            when = self._deletion_time(time_of_deletion, now)
            version = self._version(key_id, version_id)
            self._check_etag(self._version_snapshot(version, now), if_match)
            key = self._keys[key_id]
            self._require_state(key.timeline, now, "schedule_key_version_deletion", "key", {"ENABLED", "DISABLED"})
            state = self._require_state(
                version.timeline, now, "schedule_key_version_deletion", "key version", {"ENABLED"}
            )
            if version.id in (self._current_version(key, now), key.rotations[-1][0]):
                raise ApiError.incorrect_state(
                    "schedule_key_version_deletion: the key's current version cannot be deleted; "
                    "rotate the key (create a new version) first"
                )
            self._schedule(version.timeline, now, when)
            version.time_of_deletion = when
            version.state_before_deletion = state
            version.revision += 1
            return self._version_snapshot(version, now)

    def cancel_key_version_deletion(
        self, key_id: str, version_id: str, if_match: str | None = None
    ) -> KeyVersionSnapshot:
        """PENDING_DELETION → CANCELLING_DELETION → the version's state before."""
        with self.lock:
            now = self.clock()
            version = self._version(key_id, version_id)
            self._check_etag(self._version_snapshot(version, now), if_match)
            key_state = self._keys[key_id].timeline.state_at(now)
            if key_state in _DELETION_STATES:
                raise ApiError.incorrect_state(
                    f"cancel_key_version_deletion is not allowed while the key is {key_state}; "
                    "cancel the key's deletion instead"
                )
            self._require_state(
                version.timeline, now, "cancel_key_version_deletion", "key version", {"PENDING_DELETION"}
            )
            back_to = version.state_before_deletion or "ENABLED"
            version.timeline.replace(now, ("CANCELLING_DELETION", 0), (back_to, self.transition_seconds))
            version.time_of_deletion = None
            version.state_before_deletion = None
            version.revision += 1
            return self._version_snapshot(version, now)

    # ------------------------------------------------------------------ helpers

    def _next_sequence(self) -> int:
        self._sequence += 1
        return self._sequence

    def _key(self, key_id: str) -> _Key:
        key = self._keys.get(key_id)
        if key is None:
            raise ApiError.resource_not_found("Key", key_id)
        return key

    def _version(self, key_id: str, version_id: str) -> _Version:
        self._key(key_id)
        version = self._versions.get(version_id)
        if version is None or version.key_id != key_id:
            raise ApiError.resource_not_found("KeyVersion", version_id)
        return version

    def _add_version(
        self,
        key_id: str,
        compartment_id: str,
        now: float,
        origin: str,
        public_key: str | None,
        external_key_version_id: str | None,
    ) -> _Version:
        version = _Version(
            id=self._new_id("keyversion"),
            sequence=self._next_sequence(),
            key_id=key_id,
            compartment_id=compartment_id,
            origin=origin,
            time_created=now,
            timeline=Timeline.start(now, ("CREATING", 0), ("ENABLED", self.transition_seconds)),
            public_key=public_key,
            external_key_version_id=external_key_version_id,
        )
        self._versions[version.id] = version
        return version

    def _move_key(
        self, key_id: str, if_match: str | None, operation: str, allowed: set[str], via: str, to: str
    ) -> KeySnapshot:
        with self.lock:
            now = self.clock()
            key = self._key(key_id)
            self._check_etag(self._key_snapshot(key, now), if_match)
            self._require_state(key.timeline, now, operation, "key", allowed)
            key.timeline.replace(now, (via, 0), (to, self.transition_seconds))
            key.revision += 1
            return self._key_snapshot(key, now)

    def _schedule(self, timeline: Timeline, now: float, when: float) -> None:
        pending = self.transition_seconds
        due = max(when - now, pending)
        timeline.replace(
            now,
            ("SCHEDULING_DELETION", 0),
            ("PENDING_DELETION", pending),
            ("DELETING", due),
            ("DELETED", due + self.transition_seconds),
        )

    @staticmethod
    def _deletion_time(requested: float | None, now: float) -> float:
        return deletion_time(requested, now)

    @staticmethod
    def _require_state(timeline: Timeline, now: float, operation: str, kind: str, allowed: set[str]) -> str:
        state = timeline.state_at(now)
        if state not in allowed:
            raise ApiError.incorrect_state(
                f"{operation} is not allowed while the {kind} is {state} (it must be {' or '.join(sorted(allowed))})"
            )
        return state

    @staticmethod
    def _check_etag(snapshot: KeySnapshot | KeyVersionSnapshot, if_match: str | None) -> None:
        if if_match is not None and if_match.strip() not in {"*", snapshot.etag, f'"{snapshot.etag}"'}:
            raise ApiError.no_etag_match()

    @staticmethod
    def _current_version(key: _Key, now: float) -> str:
        current = key.rotations[0][0]
        for version_id, since in key.rotations:
            if since <= now:
                current = version_id
        return current

    def _key_snapshot(self, key: _Key, now: float) -> KeySnapshot:
        phase = key.timeline.index_at(now)
        state = key.timeline.phases[phase][0]
        current = self._current_version(key, now)
        rotation = next(i for i, (vid, _) in enumerate(key.rotations) if vid == current)
        new = key.new
        external = None
        if new.external_key_id is not None:
            external = {
                "externalKeyId": new.external_key_id,
                "externalKeyVersionId": self._versions[current].external_key_version_id or current,
            }
        return KeySnapshot(
            id=key.id,
            compartment_id=key.compartment_id,
            vault_id=self.vault_id,
            display_name=new.display_name,
            shape=new.shape,
            protection_mode=new.protection_mode,
            lifecycle_state=state,
            time_created=key.time_created,
            time_of_deletion=key.time_of_deletion if state in _DELETION_STATES else None,
            current_key_version=current,
            freeform_tags=dict(new.freeform_tags or {}),
            defined_tags={ns: dict(tags) for ns, tags in (new.defined_tags or {}).items()},
            is_auto_rotation_enabled=new.is_auto_rotation_enabled,
            auto_key_rotation_details=dict(new.auto_key_rotation_details)
            if new.auto_key_rotation_details is not None
            else None,
            external_key_reference=external,
            etag=_etag(key.id, key.revision, phase, rotation),
            sequence=key.sequence,
        )

    def _version_snapshot(self, version: _Version, now: float) -> KeyVersionSnapshot:
        phase = version.timeline.index_at(now)
        state = version.timeline.phases[phase][0]
        time_of_deletion = version.time_of_deletion if state in _DELETION_STATES else None
        key = self._keys[version.key_id]
        etag_parts = [version.revision, phase]
        # Scheduling a key's deletion schedules its versions too: a version not already on its own way out
        # shows the key's deletion state and time.
        key_phase = key.timeline.index_at(now)
        key_state = key.timeline.phases[key_phase][0]
        if key_state in _DELETION_STATES and state not in _DELETION_STATES:
            state, time_of_deletion = key_state, key.time_of_deletion
            etag_parts.append(key_phase)
        external = None
        if key.new.external_key_id is not None:
            external = {
                "externalKeyId": key.new.external_key_id,
                "externalKeyVersionId": version.external_key_version_id or version.id,
            }
        return KeyVersionSnapshot(
            id=version.id,
            key_id=version.key_id,
            compartment_id=version.compartment_id,
            vault_id=self.vault_id,
            lifecycle_state=state,
            origin=version.origin,
            time_created=version.time_created,
            time_of_deletion=time_of_deletion,
            public_key=version.public_key,
            external_key_reference=external,
            etag=_etag(version.id, *etag_parts),
            sequence=version.sequence,
        )

    def _page(
        self,
        found: list[Any],
        query: ListQuery,
        operation: str,
        scope: str,
        filters: dict[str, Any],
    ) -> tuple[list[Any], str | None]:
        criteria = {**filters, "sortBy": query.sort_by, "descending": query.descending}
        fingerprint = listing_fingerprint(operation, scope, criteria)

        def sort_key(item: KeySnapshot | KeyVersionSnapshot) -> SortKey:
            if query.sort_by == "DISPLAYNAME" and isinstance(item, KeySnapshot):
                return item.display_name, item.sequence
            return item.time_created, item.sequence

        return self._paginator.page(
            found,
            sort_key,
            descending=query.descending,
            limit=query.limit,
            token=query.page,
            fingerprint=fingerprint,
        )


_SHAPES = {"AES": {16, 24, 32}, "RSA": {256, 384, 512}, "ECDSA": {32, 48, 66}}
_CURVES = {"NIST_P256": 32, "NIST_P384": 48, "NIST_P521": 66}


def check_shape(new: NewKey) -> None:
    """Reject shapes the service would not make (the schema checks types and enums, not combinations)."""
    shape = new.shape
    lengths = _SHAPES.get(shape.algorithm)
    if lengths is None:
        raise ApiError.invalid_parameter(f"keyShape.algorithm: unsupported algorithm {shape.algorithm!r}")
    if shape.length not in lengths:
        allowed = ", ".join(str(n) for n in sorted(lengths))
        raise ApiError.invalid_parameter(
            f"keyShape.length: {shape.algorithm} keys are {allowed} bytes long, not {shape.length}"
        )
    if shape.algorithm == "ECDSA":
        if shape.curve_id is None:
            raise ApiError.missing_parameter("keyShape.curveId is required for ECDSA keys")
        if _CURVES.get(shape.curve_id) != shape.length:
            raise ApiError.invalid_parameter(
                f"keyShape.curveId: {shape.curve_id} does not fit a key length of {shape.length} bytes"
            )
    elif shape.curve_id is not None:
        raise ApiError.invalid_parameter("keyShape.curveId is only allowed for ECDSA keys")
    if new.protection_mode == "EXTERNAL":
        if shape.algorithm != "AES":
            raise ApiError.invalid_parameter("keyShape.algorithm: EXTERNAL keys must be AES keys")
        if new.external_key_id is None:
            raise ApiError.missing_parameter("externalKeyReference is required for EXTERNAL keys")
    elif new.external_key_id is not None:
        raise ApiError.invalid_parameter("externalKeyReference is only allowed for EXTERNAL keys")


def _external_version_id() -> str:
    return f"mock-external-version-{secrets.token_hex(8)}"


def _random_ocid(kind: str) -> str:
    return f"ocid1.{kind}.oc1.mock.{secrets.token_hex(16)}"
