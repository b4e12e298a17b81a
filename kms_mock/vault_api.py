"""The vault API's operations (tag ``KmsVault``): validated request in, reply out, over :mod:`kms_mock.vaults`.

Endpoints are built from the URL the client reached the mock at (``base_url``: the request's scheme and
``Host``), so a vault's ``managementEndpoint`` is ``<base_url>/<prefix>-management`` and its ``cryptoEndpoint``
``<base_url>/<prefix>-crypto``; a replica's are ``<base_url>/<prefix>-<region>-management`` / ``-crypto``
(see :mod:`kms_mock.vault_routing`). Vault backups (:mod:`kms_mock.vault_backup`) go to the same object store as
key backups; without a ``backupLocation`` to ``kmsmock/backups/<vault id>.backup``.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from kms_api_client.models import Vault, VaultMtlsUpdateResponse, VaultReplicaSummary, VaultSummary, VaultUsage

from kms_mock.backup import BackupError
from kms_mock.backup_operations import checked_content_md5
from kms_mock.errors import ApiError
from kms_mock.handlers import Reply
from kms_mock.object_store import ObjectStore, object_path
from kms_mock.render import format_time
from kms_mock.replication import ReplicationLog
from kms_mock.state import ListQuery
from kms_mock.validation import ValidRequest, parse_rfc3339
from kms_mock.vault_backup import VaultBackup, VaultBackupSealer
from kms_mock.vaults import DELETION_STATES, NewVault, VaultRecord, VaultRegistry

__all__ = ["VaultApi", "VaultApiCall", "wrapping_key_id"]

Handler = Callable[[ValidRequest, str], Reply]


def wrapping_key_id(vault_id: str) -> str:
    """The OCID of a vault's wrapping key (``wrappingkeyId``; the same one ``GetWrappingKey`` answers)."""
    parts = vault_id.split(".")
    digest = hashlib.sha256(vault_id.encode("utf-8")).hexdigest()[:24]
    return f"ocid1.key.oc1.{parts[3]}.{parts[4]}.wrapping{digest}"


class VaultApi:
    """Runs the vault operations by operationId against the registry."""

    def __init__(self, registry: VaultRegistry, store: ObjectStore, sealer: VaultBackupSealer) -> None:
        self.registry = registry
        self.store = store
        self.sealer = sealer
        self.work_requests = ReplicationLog(())
        self._table: dict[str, Handler] = {
            "ListVaults": self.list_vaults,
            "CreateVault": self.create_vault,
            "GetVault": self.get_vault,
            "UpdateVault": self.update_vault,
            "ScheduleVaultDeletion": self.schedule_vault_deletion,
            "CancelVaultDeletion": self.cancel_vault_deletion,
            "ChangeVaultCompartment": self.change_vault_compartment,
            "BackupVault": self.backup_vault,
            "RestoreVaultFromFile": self.restore_vault_from_file,
            "RestoreVaultFromObjectStore": self.restore_vault_from_object_store,
            "CreateVaultReplica": self.create_vault_replica,
            "DeleteVaultReplica": self.delete_vault_replica,
            "ListVaultReplicas": self.list_vault_replicas,
            "GetVaultUsage": self.get_vault_usage,
            "UpdateRegisteredVaultForMtls": self.update_registered_vault_for_mtls,
        }

    @property
    def operation_ids(self) -> frozenset[str]:
        """The operations of the vault API."""
        return frozenset(self._table)

    def dispatch(self, operation_id: str, request: ValidRequest, base_url: str) -> Reply:
        """Run one operation (under ``registry.lock``); ApiError for the service's error answers."""
        return self._table[operation_id](request, base_url)

    # ------------------------------------------------------------------ vaults

    def list_vaults(self, request: ValidRequest, base_url: str) -> Reply:
        """ListVaults."""
        q = request.query
        query = ListQuery(
            limit=q.get("limit", 100),
            page=q.get("page"),
            sort_by=q.get("sortBy") or "TIMECREATED",
            sort_order=q.get("sortOrder"),
        )
        records, next_page = self.registry.list_vaults(q["compartmentId"], query)
        now = self.registry.clock()
        items = [self._summary(record, now, base_url) for record in records]
        return Reply(200, items, {"opc-next-page": next_page} if next_page else {})

    def create_vault(self, request: ValidRequest, base_url: str) -> Reply:
        """CreateVault."""
        body = request.body
        vault_type = body["vaultType"]
        external = body.get("externalKeyManagerMetadata")
        if vault_type == "EXTERNAL" and external is None:
            raise ApiError.missing_parameter("externalKeyManagerMetadata is required for EXTERNAL vaults")
        if vault_type != "EXTERNAL" and external is not None:
            raise ApiError.invalid_parameter("externalKeyManagerMetadata is only allowed for EXTERNAL vaults")
        new = NewVault(
            compartment_id=body["compartmentId"],
            display_name=body["displayName"],
            vault_type=vault_type,
            freeform_tags=dict(body.get("freeformTags") or {}),
            defined_tags={ns: dict(tags) for ns, tags in (body.get("definedTags") or {}).items()},
            external=external,
        )
        return self._vault_reply(self.registry.create(new), base_url)

    def get_vault(self, request: ValidRequest, base_url: str) -> Reply:
        """GetVault."""
        return self._vault_reply(self._record(request), base_url)

    def update_vault(self, request: ValidRequest, base_url: str) -> Reply:
        """UpdateVault: display name and tags only."""
        names = {"displayName": "display_name", "freeformTags": "freeform_tags", "definedTags": "defined_tags"}
        changes = {attr: request.body[wire] for wire, attr in names.items() if wire in request.body}
        record = self.registry.update(self._record(request), changes, _if_match(request))
        return self._vault_reply(record, base_url)

    def schedule_vault_deletion(self, request: ValidRequest, base_url: str) -> Reply:
        """ScheduleVaultDeletion."""
        text = (request.body or {}).get("timeOfDeletion")
        when = None if text is None else parse_rfc3339(text).timestamp()
        record = self.registry.schedule_deletion(self._record(request), when, _if_match(request))
        return self._vault_reply(record, base_url)

    def cancel_vault_deletion(self, request: ValidRequest, base_url: str) -> Reply:
        """CancelVaultDeletion."""
        return self._vault_reply(self.registry.cancel_deletion(self._record(request), _if_match(request)), base_url)

    def change_vault_compartment(self, request: ValidRequest, base_url: str) -> Reply:
        """ChangeVaultCompartment: no body in the answer."""
        record = self._record(request)
        self.registry.change_compartment(record, request.body["compartmentId"], _if_match(request))
        return Reply(200, None, {"etag": record.etag(self.registry.clock())})

    # ------------------------------------------------------------------ backup and restore

    def backup_vault(self, request: ValidRequest, base_url: str) -> Reply:
        """BackupVault: seal the vault (and, with isIncludeKeys, its keys) into the object store."""
        record = self._record(request)
        body = request.body or {}
        self.registry.begin_backup(record, _if_match(request))
        keys = []
        service = record.existing_service()
        if body.get("isIncludeKeys") and service is not None:
            with service.vault.lock:
                for key in service.vault.all_keys():
                    view = service.backups.key_view(key)
                    if view.protection_mode != "EXTERNAL" and view.lifecycle_state in {"ENABLED", "DISABLED"}:
                        keys.append(service.backups.backup_of(view))
        new = record.new
        backup = VaultBackup(
            id=record.id,
            compartment_id=record.compartment_id,
            display_name=new.display_name,
            vault_type=new.vault_type,
            freeform_tags=new.freeform_tags,
            defined_tags=new.defined_tags,
            keys=tuple(keys),
        )
        self.store.put(object_path(body.get("backupLocation"), record.id), self.sealer.seal(backup))
        return self._vault_reply(record, base_url)

    def restore_vault_from_file(self, request: ValidRequest, base_url: str) -> Reply:
        """RestoreVaultFromFile: the body (any content-type) is the backup."""
        blob = request.raw_body
        digest = checked_content_md5(blob, request.headers.get("content-md5"))
        reply = self._restore(blob, request.query["compartmentId"], base_url)
        return Reply(reply.status, reply.body, {**reply.headers, "opc-content-md5": digest})

    def restore_vault_from_object_store(self, request: ValidRequest, base_url: str) -> Reply:
        """RestoreVaultFromObjectStore."""
        location = (request.body or {}).get("backupLocation")
        if location is None:
            raise ApiError.missing_parameter("backupLocation is required")
        return self._restore(self.store.get(object_path(location, "")), request.query["compartmentId"], base_url)

    def _restore(self, blob: bytes, compartment_id: str, base_url: str) -> Reply:
        try:
            backup = self.sealer.open(blob)
        except BackupError as exc:
            raise ApiError.invalid_parameter(str(exc)) from None
        self.registry.require_absent(backup.id)
        new = NewVault(
            compartment_id=compartment_id,
            display_name=backup.display_name,
            vault_type=backup.vault_type,
            freeform_tags=backup.freeform_tags,
            defined_tags=backup.defined_tags,
        )
        record = self.registry.create(new, vault_id=backup.id, restored=True)
        if backup.keys:
            service = record.service()
            for key in backup.keys:
                service.backups.restore_backup(key)
        return self._vault_reply(record, base_url)

    # ------------------------------------------------------------------ replicas, usage, mTLS

    def create_vault_replica(self, request: ValidRequest, base_url: str) -> Reply:
        """CreateVaultReplica: 202, no body."""
        self.registry.create_replica(self._record(request), request.body["replicaRegion"], _if_match(request))
        return Reply(202, None, {})

    def delete_vault_replica(self, request: ValidRequest, base_url: str) -> Reply:
        """DeleteVaultReplica: 202, no body."""
        self.registry.delete_replica(self._record(request), request.body["replicaRegion"], _if_match(request))
        return Reply(202, None, {})

    def list_vault_replicas(self, request: ValidRequest, base_url: str) -> Reply:
        """ListVaultReplicas: at most one replica, so there is never a next page."""
        record = self._record(request)
        now = self.registry.clock()
        if request.query.get("page") is not None:
            raise ApiError.invalid_parameter("page: the page token is not valid (this listing has a single page)")
        items = []
        replica = record.replica
        if replica is not None:
            base = f"{base_url}/{record.prefix}-{replica.region}"
            summary = {
                "cryptoEndpoint": f"{base}-crypto",
                "managementEndpoint": f"{base}-management",
                "region": replica.region,
                "status": replica.status(now, self.registry.transition_seconds),
            }
            items.append(_checked(summary, VaultReplicaSummary))
        return Reply(200, items, {"etag": record.etag(now)})

    def get_vault_usage(self, request: ValidRequest, base_url: str) -> Reply:
        """GetVaultUsage: keys and versions not DELETED, HSM (and EXTERNAL) apart from SOFTWARE."""
        record = self._record(request)
        counts = {"keyCount": 0, "keyVersionCount": 0, "softwareKeyCount": 0, "softwareKeyVersionCount": 0}
        service = record.existing_service()
        if service is not None:
            everything = ListQuery(limit=1_000_000)
            with service.vault.lock:
                for key in service.vault.all_keys():
                    if key.lifecycle_state == "DELETED":
                        continue
                    versions = service.vault.list_key_versions(key.id, everything)[0]
                    live = sum(1 for version in versions if version.lifecycle_state != "DELETED")
                    software = key.protection_mode == "SOFTWARE"
                    counts["softwareKeyCount" if software else "keyCount"] += 1
                    counts["softwareKeyVersionCount" if software else "keyVersionCount"] += live
        return Reply(200, _checked(counts, VaultUsage), {})

    def update_registered_vault_for_mtls(self, request: ValidRequest, base_url: str) -> Reply:
        """UpdateRegisteredVaultForMtls."""
        record = self._record(request)
        fleet_id, since = self.registry.register_mtls(record, request.body["fleetId"], _if_match(request))
        now = self.registry.clock()
        host = base_url.split("://", 1)[-1].split(":", 1)[0].strip("[]")
        body = {
            "mtlsCryptoDns": f"{record.prefix}-crypto-mtls.{host}",
            "fleetId": fleet_id,
            "status": "CREATED" if now >= since + self.registry.transition_seconds else "CREATING",
        }
        return Reply(200, _checked(body, VaultMtlsUpdateResponse), {"etag": record.etag(now)})

    # ------------------------------------------------------------------ rendering

    def _record(self, request: ValidRequest) -> VaultRecord:
        return self.registry.get(request.path["vaultId"])

    def _vault_reply(self, record: VaultRecord, base_url: str) -> Reply:
        now = self.registry.clock()
        return Reply(200, self.vault_body(record, now, base_url), {"etag": record.etag(now)})

    def vault_body(self, record: VaultRecord, now: float, base_url: str) -> dict[str, Any]:
        """The ``Vault`` of ``record`` at ``now`` (optional fields present as ``null``, as the service sends)."""
        state = record.state(now)
        replica = record.replica
        wire = {
            **self._summary(record, now, base_url),
            "timeOfDeletion": format_time(record.time_of_deletion)
            if record.time_of_deletion is not None and state in DELETION_STATES
            else None,
            "restoredFromVaultId": record.restored_from,
            "wrappingkeyId": wrapping_key_id(record.id),
            "replicaDetails": None
            if replica is None
            else {"replicationId": f"ocid1.kmsreplication.oc1.mock.{record.prefix}{int(replica.created_at)}"},
            "isPrimary": True,
            "isVaultReplicable": record.new.vault_type != "DEFAULT",
        }
        return _checked(wire, Vault)

    @staticmethod
    def _summary(record: VaultRecord, now: float, base_url: str) -> dict[str, Any]:
        new = record.new
        external = new.external
        summary = None
        if external is not None:
            oauth = external["oauthMetadata"]
            summary = {
                "vendor": None,
                "externalVaultEndpointUrl": external["externalVaultEndpointUrl"],
                "privateEndpointId": external["privateEndpointId"],
                "oauthMetadataSummary": {
                    "idcsAccountNameUrl": oauth["idcsAccountNameUrl"],
                    "clientAppId": oauth["clientAppId"],
                },
            }
        wire = {
            "compartmentId": record.compartment_id,
            "cryptoEndpoint": f"{base_url}/{record.prefix}-crypto",
            "definedTags": new.defined_tags,
            "displayName": new.display_name,
            "freeformTags": new.freeform_tags,
            "id": record.id,
            "lifecycleState": record.state(now),
            "managementEndpoint": f"{base_url}/{record.prefix}-management",
            "timeCreated": format_time(record.time_created),
            "vaultType": new.vault_type,
            "externalKeyManagerMetadataSummary": summary,
        }
        return _checked(wire, VaultSummary)


class VaultApiCall:
    """One vault API request, as the app runs operations: a lock, a clock, dispatch and work-request ids."""

    def __init__(self, api: VaultApi, base_url: str) -> None:
        self._api = api
        self._base_url = base_url

    @property
    def lock(self) -> AbstractContextManager[Any]:
        """The registry's lock (a vault's own lock is taken inside it, never the other way round)."""
        lock: threading.RLock = self._api.registry.lock
        return lock

    def now(self) -> float:
        """The registry's clock."""
        return self._api.registry.clock()

    def dispatch(self, operation_id: str, request: ValidRequest) -> Reply:
        """Run the operation."""
        return self._api.dispatch(operation_id, request, self._base_url)

    def work_request_id(self, now: float) -> str:
        """A new work-request id for a write."""
        return self._api.work_requests.start(now)


def _checked(wire: dict[str, Any], model: Any) -> dict[str, Any]:
    """``wire`` after the generated model accepted it (a missing required field fails here, not in a client)."""
    model.from_dict(wire)
    return wire


def _if_match(request: ValidRequest) -> str | None:
    return request.headers.get("if-match")
