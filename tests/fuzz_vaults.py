"""The vault API's success paths for the contract fuzzer: vaults in the state each operation needs.

A random ``vaultId`` names no vault (404, the fuzzing phase's lot), and the vault operations have no links to
follow from a created vault, so for schema-valid cases :class:`VaultStaging` (used by
``tests.fuzz_campaign.SuccessPaths``) puts a real vault id in the path: an ACTIVE ``VIRTUAL_PRIVATE`` vault,
one ``PENDING_DELETION`` for ``CancelVaultDeletion``, one replicated to the body's region for
``DeleteVaultReplica``; it sends a real vault backup to ``RestoreVaultFromFile`` and puts one where
``RestoreVaultFromObjectStore`` looks. The vaults are made in-process, through the mock's registry.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, MutableMapping
from typing import Any

import schemathesis

from kms_mock import MockKmsServer
from kms_mock.object_store import object_path
from kms_mock.vault_backup import VaultBackup
from kms_mock.vaults import NewVault, new_vault_id

__all__ = ["VAULT_ID_OPERATIONS", "VaultStaging"]

AnyCase = schemathesis.Case[Any]
COMPARTMENT = "ocid1.compartment.oc1..fuzzvaults"

# Operations whose success needs an ACTIVE vault in the path.
VAULT_ID_OPERATIONS = frozenset(
    {
        "GetVault",
        "UpdateVault",
        "ScheduleVaultDeletion",
        "BackupVault",
        "ChangeVaultCompartment",
        "CreateVaultReplica",
        "ListVaultReplicas",
        "GetVaultUsage",
        "UpdateRegisteredVaultForMtls",
    }
)


class VaultStaging:
    """Vaults and vault backups of the mock under test (in-process only)."""

    def __init__(self, mock: MockKmsServer) -> None:
        self._app = mock.app

    def active_vault(self) -> str:
        """The id of a new ACTIVE VIRTUAL_PRIVATE vault."""
        return self._app.vaults.create(NewVault(COMPARTMENT, "fuzz", "VIRTUAL_PRIVATE")).id

    def pending_vault(self) -> str:
        """The id of a new vault whose deletion is scheduled."""
        registry = self._app.vaults
        record = registry.get(self.active_vault())
        registry.schedule_deletion(record, None, None)
        return record.id

    def replicated_vault(self, region: str) -> str:
        """The id of a new vault replicated to ``region``."""
        registry = self._app.vaults
        record = registry.get(self.active_vault())
        registry.create_replica(record, region, None)
        return record.id

    def backup(self) -> bytes:
        """A vault backup this mock opens, of a vault it does not hold."""
        backup = VaultBackup(new_vault_id(), COMPARTMENT, "fuzz-restored", "DEFAULT", {}, {}, ())
        return self._app.vault_api.sealer.seal(backup)

    def stage(self, operation_id: str, case: AnyCase) -> None:
        """Steer one schema-valid case of a vault operation to its success path."""
        path = dict(case.path_parameters or {})
        body = case.body if isinstance(case.body, dict) else {}
        vault_id = None
        if operation_id in VAULT_ID_OPERATIONS:
            vault_id = self.active_vault()
        elif operation_id == "CancelVaultDeletion":
            vault_id = self.pending_vault()
        elif operation_id == "DeleteVaultReplica" and isinstance(body.get("replicaRegion"), str):
            vault_id = self.replicated_vault(body["replicaRegion"])
        if vault_id is not None:
            case.path_parameters = {**path, "vaultId": vault_id}
            # The retry token derived from the generated data would now name a different request (409).
            _drop_headers(case, {"opc-retry-token"})
        elif operation_id == "RestoreVaultFromFile":
            case.body = self.backup()
            _drop_headers(case, {"content-md5", "content-length", "opc-retry-token"})
        elif operation_id == "RestoreVaultFromObjectStore":
            location = body.get("backupLocation")
            if isinstance(location, Mapping):
                with contextlib.suppress(Exception):  # an invalid name: the mock's 400 is the answer under test
                    self._app.vault_api.store.put(object_path(location, ""), self.backup())


def _drop_headers(case: AnyCase, names: set[str]) -> None:
    if isinstance(case.headers, MutableMapping):
        for name in [name for name in case.headers if name.lower() in names]:
            del case.headers[name]
