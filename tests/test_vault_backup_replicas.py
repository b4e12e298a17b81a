"""A vault's backup and restore (with its keys), replicas and their endpoints, and the mTLS registration."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade.exceptions import ServiceError
from kms_mock.crypto import WrappingKeyPair
from kms_mock.lifecycle import DAY
from kms_mock.object_store import object_path
from tests.support import aes_key_details
from tests.vault_support import COMPARTMENT, Vaults, running_vaults
from tests.vault_support import error_of as _error


@pytest.fixture
def vaults(api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair) -> Iterator[Vaults]:
    with running_vaults(api_key, wrapping_key) as harness:
        yield harness


BUCKET = {"destination": "BUCKET", "namespace": "ns", "bucketName": "vaults", "objectName": "v.backup"}
RESTORED_INTO = "ocid1.compartment.oc1..aaaaaaaarestored"


def _delete(vaults: Vaults, vault_id: str) -> None:
    vaults.client.schedule_vault_deletion(vault_id, {"timeOfDeletion": vaults.at(7.5)})
    vaults.clock.advance(8 * DAY)
    assert vaults.client.get_vault(vault_id).data.lifecycle_state == "DELETED"


def test_a_vault_backup_with_its_keys_restores_the_vault_and_keys_with_their_ocids(vaults: Vaults) -> None:
    vault = vaults.create("backed-up")
    management = vaults.management(vault.management_endpoint)
    key = management.create_key(aes_key_details(COMPARTMENT, "k")).data
    version = management.create_key_version(key.id).data
    backed_up = vaults.client.backup_vault(
        vault.id, backup_vault_details={"backupLocation": BUCKET, "isIncludeKeys": True}
    )
    assert backed_up.headers["opc-work-request-id"]
    blob = vaults.server.app.vault_api.store.get(object_path(BUCKET, ""))
    assert key.id.encode() not in blob and b"backed-up" not in blob  # sealed: nothing readable
    assert _error(vaults.client.restore_vault_from_file, RESTORED_INTO, blob) == (
        409,
        "NotAuthorizedOrResourceAlreadyExists",
    )
    _delete(vaults, vault.id)

    restored = vaults.client.restore_vault_from_object_store(
        RESTORED_INTO, restore_vault_from_object_store_details={"backupLocation": BUCKET}
    ).data
    assert (restored.id, restored.restored_from_vault_id, restored.compartment_id) == (
        vault.id,
        vault.id,
        RESTORED_INTO,
    )
    assert restored.lifecycle_state == "ACTIVE" and restored.display_name == "backed-up"
    management = vaults.management(restored.management_endpoint)
    again = management.get_key(key.id).data
    assert (again.lifecycle_state, again.current_key_version) == ("ENABLED", version.id)


def test_restore_from_file_checks_the_md5_and_the_seal(vaults: Vaults) -> None:
    vault = vaults.create()
    vaults.client.backup_vault(vault.id)  # no location: the mock's default object
    blob = vaults.server.app.vault_api.store.get(object_path(None, vault.id))
    _delete(vaults, vault.id)
    assert (
        _error(vaults.client.restore_vault_from_file, RESTORED_INTO, blob, content_md5="AAAAAAAAAAAAAAAAAAAAAA==")[0]
        == 400
    )
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    assert _error(vaults.client.restore_vault_from_file, RESTORED_INTO, tampered) == (400, "InvalidParameter")
    md5 = base64.b64encode(hashlib.md5(blob, usedforsecurity=False).digest()).decode("ascii")
    response = vaults.client.restore_vault_from_file(RESTORED_INTO, blob, content_md5=md5)
    assert response.headers["opc-content-md5"] == md5
    assert response.data.id == vault.id and response.data.lifecycle_state == "ACTIVE"
    assert vaults.client.list_vaults(RESTORED_INTO).data[0].id == vault.id


def test_one_replica_region_whose_endpoints_serve_reads(vaults: Vaults) -> None:
    default = vaults.create("default", "DEFAULT")
    assert vaults.client.get_vault(default.id).data.is_vault_replicable is False
    replica = {"replicaRegion": "us-phoenix-1"}
    assert _error(vaults.client.create_vault_replica, default.id, replica) == (409, "Conflict")

    vault = vaults.create("private")
    management = vaults.management(vault.management_endpoint)
    created = management.create_key(aes_key_details(COMPARTMENT, "k"))
    key = created.data
    replication = created.headers["opc-work-request-id"]
    assert management.get_replication_status(replication).data.replica_details == []  # no replica yet
    assert vaults.client.create_vault_replica(vault.id, replica).status == 202
    assert vaults.client.create_vault_replica(vault.id, replica).status == 202  # the same region: a no-op
    other = {"replicaRegion": "eu-frankfurt-1"}
    assert _error(vaults.client.create_vault_replica, vault.id, other) == (409, "Conflict")
    statuses = management.get_replication_status(replication).data.replica_details
    assert [(s.region, s.status) for s in statuses] == [("us-phoenix-1", "REPLICATED")]
    (summary,) = vaults.client.list_vault_replicas(vault.id).data
    assert (summary.region, summary.status) == ("us-phoenix-1", "CREATED")
    prefix = vault.id.split(".")[4]
    assert summary.management_endpoint == f"{vaults.server.endpoint}/{prefix}-us-phoenix-1-management"
    assert summary.crypto_endpoint == f"{vaults.server.endpoint}/{prefix}-us-phoenix-1-crypto"
    on_replica = vaults.management(summary.management_endpoint)
    assert on_replica.get_key(key.id).data.id == key.id  # same OCIDs in the replica
    assert _error(on_replica.disable_key, key.id) == (409, "IncorrectState")  # managed through the primary

    assert _error(vaults.client.delete_vault_replica, vault.id, other) == (404, "NotAuthorizedOrNotFound")
    assert vaults.client.delete_vault_replica(vault.id, replica).status == 202
    assert [r.status for r in vaults.client.list_vault_replicas(vault.id).data] == ["DELETED"]
    assert _error(on_replica.get_key, key.id) == (404, "NotAuthorizedOrNotFound")
    assert vaults.client.create_vault_replica(vault.id, other).status == 202  # elsewhere, once deleted


def test_mtls_registration(vaults: Vaults) -> None:
    vault = vaults.create()
    registration = vaults.client.update_registered_vault_for_mtls(vault.id, {"fleetId": "ocid1.fleet.oc1..f"}).data
    assert (registration.fleet_id, registration.status) == ("ocid1.fleet.oc1..f", "CREATED")
    assert registration.mtls_crypto_dns.startswith(vault.id.split(".")[4] + "-crypto-mtls.")
    vaults.client.schedule_vault_deletion(vault.id, {})
    try:
        vaults.client.update_registered_vault_for_mtls(vault.id, {"fleetId": "other"})
    except ServiceError as error:
        assert (error.status, error.code) == (409, "IncorrectState")
    else:
        raise AssertionError("a vault being deleted cannot be registered for mTLS")
