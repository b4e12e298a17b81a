"""The official SDK (oci 2.189.0) drives all 15 vault operations against the mock with signatures verified,
and the facade sends the same requests for the same calls (reference §1.2-§1.5).

As in ``tests/test_sdk_compatibility.py``: two mocks with the same backup key serve the two clients (so the
same sealed vault backup restores on both), every request is captured as the mock received it, and OCIDs the
mocks made up are compared by order of first appearance.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import hashlib
import io
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import oci
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from oci.key_management import models as sdk_models

from kms_facade import KmsVaultClient
from kms_facade import models as facade_models
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from kms_mock.object_store import object_path
from kms_mock.vault_backup import VaultBackup, VaultBackupSealer
from tests.test_sdk_compatibility import Seen, _comparable, differences
from tests.vault_support import sdk_config

COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaavaultcompat"
OTHER_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaavaultcompatother"
BACKUP_KEY = bytes(range(32, 64))
STAGED = {"destination": "BUCKET", "namespace": "compat", "bucketName": "vaults", "objectName": "staged.backup"}
WHEN = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(days=10)
OPERATIONS = 15


def _backup(vault_id: str) -> bytes:
    return VaultBackupSealer(BACKUP_KEY).seal(VaultBackup(vault_id, COMPARTMENT, "restored", "DEFAULT", {}, {}, ()))


FILE_BACKUP = _backup("ocid1.vault.oc1.mock.filebackup0001.0123456789abcdef0123456789abcdef")
STORE_BACKUP = _backup("ocid1.vault.oc1.mock.storebackup001.0123456789abcdef0123456789abcdee")


@pytest.fixture
def serve(
    api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair
) -> Callable[[], AbstractContextManager[tuple[MockKmsServer, list[Seen]]]]:
    """A factory of signature-checking mocks that record every request they receive."""

    @contextlib.contextmanager
    def start() -> Iterator[tuple[MockKmsServer, list[Seen]]]:
        with MockKmsServer(
            trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, backup_key=BACKUP_KEY
        ) as server:
            server.app.vault_api.store.put(object_path(STAGED, ""), STORE_BACKUP)
            seen: list[Seen] = []
            process = server.app._process

            def recording(scope: Any, body: bytes) -> Any:
                outcome = process(scope, body)
                headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
                raw_path = scope.get("raw_path") or scope["path"].encode()
                query = scope.get("query_string", b"").decode("latin-1")
                seen.append(Seen(scope["method"], raw_path.decode(), query, headers, body, outcome.status))
                return outcome

            server.app._process = recording  # type: ignore[method-assign]
            yield server, seen

    return start


def run_15_calls(client: Any, models: Any) -> dict[str, Any]:
    """The same 15 calls, written once for either client (``models`` is the SDK's or the facade's module)."""
    results: dict[str, Any] = {}

    def call(name: str, *args: Any, **kwargs: Any) -> Any:
        response = getattr(client, name)(*args, **kwargs)
        assert 200 <= response.status < 300, (name, response.status)
        results[name] = response
        return response

    details = models.CreateVaultDetails(
        compartment_id=COMPARTMENT,
        display_name="compat",
        vault_type="VIRTUAL_PRIVATE",
        freeform_tags={"a": "b"},
        defined_tags={"ns": {"k": "v"}},
    )
    vault = call("create_vault", details, opc_retry_token="create-vault-compat-0001").data
    etag = call("get_vault", vault.id).headers["etag"]
    call("list_vaults", COMPARTMENT, limit=10, sort_by="DISPLAYNAME", sort_order="ASC")
    call("update_vault", vault.id, models.UpdateVaultDetails(display_name="compat-renamed"), if_match=etag)
    call("change_vault_compartment", vault.id, models.ChangeVaultCompartmentDetails(compartment_id=OTHER_COMPARTMENT))
    call("create_vault_replica", vault.id, models.CreateVaultReplicaDetails(replica_region="us-phoenix-1"))
    call("list_vault_replicas", vault.id, limit=5, sort_by="TIMECREATED", sort_order="DESC")
    call("delete_vault_replica", vault.id, models.DeleteVaultReplicaDetails(replica_region="us-phoenix-1"))
    call("get_vault_usage", vault.id)
    call("update_registered_vault_for_mtls", vault.id, models.UpdateRegisteredVaultForMtlsDetails(fleet_id="f1"))
    location = models.BackupLocationBucket(namespace="compat", bucket_name="vaults", object_name="vault.backup")
    call(
        "backup_vault",
        vault.id,
        backup_vault_details=models.BackupVaultDetails(backup_location=location, is_include_keys=True),
        opc_retry_token="backup-vault-compat-0001",
    )
    call("schedule_vault_deletion", vault.id, models.ScheduleVaultDeletionDetails(time_of_deletion=WHEN))
    call("cancel_vault_deletion", vault.id)
    md5 = base64.b64encode(hashlib.md5(FILE_BACKUP, usedforsecurity=False).digest()).decode("ascii")
    call("restore_vault_from_file", COMPARTMENT, io.BytesIO(FILE_BACKUP), content_md5=md5)
    staged = models.BackupLocationBucket(namespace="compat", bucket_name="vaults", object_name="staged.backup")
    call(
        "restore_vault_from_object_store",
        COMPARTMENT,
        restore_vault_from_object_store_details=models.RestoreVaultFromObjectStoreDetails(backup_location=staged),
    )
    return results


def test_the_official_sdk_drives_all_15_vault_operations_and_accepts_every_answer(
    serve: Callable[[], AbstractContextManager[tuple[MockKmsServer, list[Seen]]]], api_key: rsa.RSAPrivateKey
) -> None:
    with serve() as (server, seen):
        client = oci.key_management.KmsVaultClient(
            sdk_config(api_key),
            service_endpoint=server.endpoint,
            circuit_breaker_strategy=oci.circuit_breaker.NoCircuitBreakerStrategy(),
        )
        results = run_15_calls(client, sdk_models)
        assert len(results) == OPERATIONS
        assert len(seen) == OPERATIONS and all(s.headers["authorization"].startswith("Signature ") for s in seen)
        vault = results["create_vault"].data
        assert isinstance(vault, sdk_models.Vault) and vault.lifecycle_state == "ACTIVE"
        assert vault.wrappingkey_id and vault.is_primary is True and vault.freeform_tags == {"a": "b"}
        listed = results["list_vaults"].data
        assert isinstance(listed[0], sdk_models.VaultSummary) and listed[0].id == vault.id
        assert results["update_vault"].data.display_name == "compat-renamed"
        assert results["change_vault_compartment"].data is None
        assert results["create_vault_replica"].status == 202 and results["create_vault_replica"].data is None
        (replica,) = results["list_vault_replicas"].data
        assert isinstance(replica, sdk_models.VaultReplicaSummary) and replica.status == "CREATED"
        assert isinstance(results["get_vault_usage"].data, sdk_models.VaultUsage)
        mtls = results["update_registered_vault_for_mtls"].data
        assert isinstance(mtls, sdk_models.VaultMtlsUpdateResponse) and mtls.fleet_id == "f1"
        assert results["backup_vault"].headers["opc-work-request-id"]
        scheduled = results["schedule_vault_deletion"].data
        assert scheduled.lifecycle_state == "PENDING_DELETION" and scheduled.time_of_deletion == WHEN
        assert results["cancel_vault_deletion"].data.lifecycle_state == "ACTIVE"
        from_file = results["restore_vault_from_file"]
        assert from_file.data.restored_from_vault_id == from_file.data.id and from_file.headers["opc-content-md5"]
        assert isinstance(results["restore_vault_from_object_store"].data, sdk_models.Vault)
        assert server.app.vault_api.store.get(object_path(STAGED, "")) == STORE_BACKUP
        # Given bytes (not a stream), the SDK labels the body application/json; the mock takes it all the same.
        blob = _backup("ocid1.vault.oc1.mock.bytesbackup001.0123456789abcdef0123456789abcded")
        from_bytes = client.restore_vault_from_file(COMPARTMENT, blob)
        assert seen[-1].headers["content-type"] == "application/json" and seen[-1].body == blob
        assert isinstance(from_bytes.data, sdk_models.Vault) and from_bytes.data.lifecycle_state == "ACTIVE"


def test_the_facade_and_the_sdk_send_the_same_requests_for_the_same_15_calls(
    serve: Callable[[], AbstractContextManager[tuple[MockKmsServer, list[Seen]]]], api_key: rsa.RSAPrivateKey
) -> None:
    with serve() as (server, sdk_seen):
        sdk_client = oci.key_management.KmsVaultClient(
            sdk_config(api_key),
            service_endpoint=server.endpoint,
            circuit_breaker_strategy=oci.circuit_breaker.NoCircuitBreakerStrategy(),
        )
        run_15_calls(sdk_client, sdk_models)
    with (
        serve() as (server, facade_seen),
        KmsVaultClient(sdk_config(api_key), service_endpoint=server.endpoint) as client,
    ):
        run_15_calls(client, facade_models)  # the SDK's model code, unchanged
    sdk, facade = _comparable(sdk_seen), _comparable(facade_seen)
    assert len(sdk) == len(facade) == OPERATIONS
    found = differences(sdk, facade)
    assert found == [], "\n".join(found)
    listing = next(r for r in facade if r["method"] == "GET" and r["path"].endswith("/listReplicas"))
    assert listing["query"] == [("limit", "5"), ("sortBy", "TIMECREATED"), ("sortOrder", "DESC")]
    restore = next(r for r in facade if r["path"].endswith("/restoreFromFile"))
    assert restore["headers"]["content-type"] == "application/octet-stream" and restore["body"] == FILE_BACKUP
