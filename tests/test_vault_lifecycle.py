"""Many vaults in one mock: isolation, the vault lifecycle, deletion honoured by keys, usage, listings.

The facade's clients drive a signature-checking mock whose clock (shared with the signer) the tests move.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade import KmsManagementClient, KmsVaultClient
from kms_mock import ManualClock, MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from kms_mock.lifecycle import DAY
from tests.support import aes_key_details, signer_for
from tests.vault_support import COMPARTMENT, Vaults, running_vaults
from tests.vault_support import error_of as _error


@pytest.fixture
def vaults(api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair) -> Iterator[Vaults]:
    with running_vaults(api_key, wrapping_key) as harness:
        yield harness


def test_keys_are_isolated_per_vault(vaults: Vaults) -> None:
    a, b = vaults.create("a"), vaults.create("b")
    on_a, on_b = vaults.management(a.management_endpoint), vaults.management(b.management_endpoint)
    key = on_a.create_key(aes_key_details(COMPARTMENT, "ka")).data
    version = on_a.create_key_version(key.id).data
    assert on_a.get_key(key.id).data.vault_id == a.id
    for call, args in [
        (on_b.get_key, (key.id,)),
        (on_b.get_key_version, (key.id, version.id)),
        (on_b.disable_key, (key.id,)),
        (on_b.list_key_versions, (key.id,)),
    ]:
        assert _error(call, *args) == (404, "NotAuthorizedOrNotFound")
    assert on_b.list_keys(COMPARTMENT).data == []
    root = vaults.management(vaults.server.endpoint)  # the default vault, today's single vault
    assert _error(root.get_key, key.id) == (404, "NotAuthorizedOrNotFound")
    # Each vault has a wrapping key of its own, named by the vault's wrappingkeyId.
    wrapping_a, wrapping_b = on_a.get_wrapping_key().data, on_b.get_wrapping_key().data
    assert wrapping_a.public_key != wrapping_b.public_key
    assert (wrapping_a.id, wrapping_a.vault_id) == (vaults.client.get_vault(a.id).data.wrappingkey_id, a.id)


def test_each_endpoint_serves_the_operations_of_its_tag_only(vaults: Vaults) -> None:
    vault = vaults.create()
    wrong_endpoints = [
        KmsVaultClient({}, service_endpoint=vault.management_endpoint, signer=vaults.client.signer),
        KmsVaultClient({}, service_endpoint=vault.crypto_endpoint, signer=vaults.client.signer),
    ]
    for client in wrong_endpoints:
        assert _error(client.get_vault, vault.id) == (404, "NotFound")
    crypto_as_management = vaults.management(vault.crypto_endpoint)
    assert _error(crypto_as_management.list_keys, COMPARTMENT) == (404, "NotFound")
    unknown = vaults.management(f"{vaults.server.endpoint}/nosuchvault1234-management")
    assert _error(unknown.list_keys, COMPARTMENT) == (404, "NotFound")


def test_a_vault_is_creating_then_active_and_its_endpoints_wait_for_it(
    api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair
) -> None:
    clock = ManualClock()
    with MockKmsServer(
        trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, clock=clock, transition_seconds=5
    ) as server:
        client = KmsVaultClient({}, service_endpoint=server.endpoint, signer=signer_for(api_key, clock))
        vault = client.create_vault({"compartmentId": COMPARTMENT, "displayName": "v", "vaultType": "DEFAULT"}).data
        assert vault.lifecycle_state == "CREATING"
        management = KmsManagementClient({}, vault.management_endpoint, signer=signer_for(api_key, clock))
        assert _error(management.list_keys, COMPARTMENT) == (409, "IncorrectState")
        clock.advance(5)
        assert client.get_vault(vault.id).data.lifecycle_state == "ACTIVE"
        assert management.list_keys(COMPARTMENT).data == []
        assert client.update_vault(vault.id, {"displayName": "w"}).data.lifecycle_state == "UPDATING"
        clock.advance(5)
        assert client.get_vault(vault.id).data.lifecycle_state == "ACTIVE"


def test_scheduling_a_vaults_deletion_schedules_its_keys_and_cancelling_restores_them(vaults: Vaults) -> None:
    vault = vaults.create()
    management = vaults.management(vault.management_endpoint)
    enabled = management.create_key(aes_key_details(COMPARTMENT, "enabled")).data
    disabled = management.create_key(aes_key_details(COMPARTMENT, "disabled")).data
    management.disable_key(disabled.id)
    own = management.create_key(aes_key_details(COMPARTMENT, "own")).data
    own_time = management.schedule_key_deletion(own.id, {"timeOfDeletion": vaults.at(10)}).data.time_of_deletion

    scheduled = vaults.client.schedule_vault_deletion(vault.id, {"timeOfDeletion": vaults.at(20)}).data
    assert scheduled.lifecycle_state == "PENDING_DELETION"
    for key_id in (enabled.id, disabled.id):
        key = management.get_key(key_id).data
        assert (key.lifecycle_state, key.time_of_deletion) == ("PENDING_DELETION", scheduled.time_of_deletion)
    assert management.get_key(own.id).data.time_of_deletion == own_time
    # While the vault is being deleted its keys cannot be changed, nor new ones made.
    assert _error(management.create_key, aes_key_details(COMPARTMENT, "late")) == (409, "IncorrectState")
    assert _error(management.cancel_key_deletion, enabled.id) == (409, "IncorrectState")

    assert vaults.client.cancel_vault_deletion(vault.id).data.lifecycle_state == "ACTIVE"
    assert management.get_key(enabled.id).data.lifecycle_state == "ENABLED"
    assert management.get_key(disabled.id).data.lifecycle_state == "DISABLED"
    kept = management.get_key(own.id).data
    assert (kept.lifecycle_state, kept.time_of_deletion) == ("PENDING_DELETION", own_time)


def test_a_key_due_after_the_vault_refuses_the_vaults_deletion(vaults: Vaults) -> None:
    vault = vaults.create()
    management = vaults.management(vault.management_endpoint)
    late = management.create_key(aes_key_details(COMPARTMENT, "late")).data
    other = management.create_key(aes_key_details(COMPARTMENT, "other")).data
    management.schedule_key_deletion(late.id, {"timeOfDeletion": vaults.at(25)})
    details = {"timeOfDeletion": vaults.at(20)}
    assert _error(vaults.client.schedule_vault_deletion, vault.id, details) == (409, "Conflict")
    assert vaults.client.get_vault(vault.id).data.lifecycle_state == "ACTIVE"
    assert management.get_key(other.id).data.lifecycle_state == "ENABLED"  # nothing was half done


@pytest.mark.parametrize("days", [6.9, 30.1])
def test_a_deletion_time_outside_7_to_30_days_is_400(vaults: Vaults, days: float) -> None:
    vault = vaults.create()
    status, code = _error(vaults.client.schedule_vault_deletion, vault.id, {"timeOfDeletion": vaults.at(days)})
    assert (status, code) == (400, "InvalidParameter")
    assert vaults.client.get_vault(vault.id).data.lifecycle_state == "ACTIVE"


def test_the_default_deletion_is_30_days_and_at_that_time_the_vault_and_its_keys_are_gone(vaults: Vaults) -> None:
    vault = vaults.create()
    management = vaults.management(vault.management_endpoint)
    key = management.create_key(aes_key_details(COMPARTMENT, "k")).data
    scheduled = vaults.client.schedule_vault_deletion(vault.id, {}).data
    expected = datetime.datetime.fromtimestamp(vaults.clock() + 30 * DAY, datetime.UTC)
    assert abs((scheduled.time_of_deletion - expected).total_seconds()) < 1
    vaults.clock.advance(30 * DAY + 1)
    assert vaults.client.get_vault(vault.id).data.lifecycle_state == "DELETED"
    assert _error(management.get_key, key.id) == (404, "NotAuthorizedOrNotFound")
    assert [v.lifecycle_state for v in vaults.client.list_vaults(COMPARTMENT).data] == ["DELETED"]


def test_lifecycle_preconditions_are_409(vaults: Vaults) -> None:
    vault = vaults.create()
    client = vaults.client
    assert _error(client.cancel_vault_deletion, vault.id) == (409, "IncorrectState")
    client.schedule_vault_deletion(vault.id, {})
    assert _error(client.schedule_vault_deletion, vault.id, {}) == (409, "IncorrectState")
    assert _error(client.update_vault, vault.id, {"displayName": "x"}) == (409, "IncorrectState")
    assert _error(client.change_vault_compartment, vault.id, {"compartmentId": "c"}) == (409, "IncorrectState")
    assert _error(client.backup_vault, vault.id) == (409, "IncorrectState")
    assert _error(client.get_vault, "ocid1.vault.oc1.mock.nosuch.vault") == (404, "NotAuthorizedOrNotFound")
    etag = client.get_vault(vault.id).headers["etag"]
    client.cancel_vault_deletion(vault.id)
    assert _error(client.update_vault, vault.id, {"displayName": "x"}, if_match=etag) == (412, "NoEtagMatch")


def test_usage_counts_hsm_and_software_keys_and_versions_but_not_deleted_ones(vaults: Vaults) -> None:
    vault = vaults.create()
    management = vaults.management(vault.management_endpoint)
    hsm = management.create_key(aes_key_details(COMPARTMENT, "hsm")).data
    management.create_key_version(hsm.id)
    software = management.create_key({**aes_key_details(COMPARTMENT, "sw"), "protectionMode": "SOFTWARE"}).data
    doomed = management.create_key(aes_key_details("ocid1.compartment.oc1..elsewhere", "doomed")).data
    usage = vaults.client.get_vault_usage(vault.id).data
    assert (usage.key_count, usage.key_version_count) == (2, 3)
    assert (usage.software_key_count, usage.software_key_version_count) == (1, 1)
    management.schedule_key_deletion(doomed.id, {"timeOfDeletion": vaults.at(7.5)})
    vaults.clock.advance(8 * DAY)
    assert management.get_key(doomed.id).data.lifecycle_state == "DELETED"
    usage = vaults.client.get_vault_usage(vault.id).data
    assert (usage.key_count, usage.key_version_count, usage.software_key_count) == (1, 2, 1)
    assert software.id != hsm.id


def test_listing_pages_and_sorts(vaults: Vaults) -> None:
    made = [vaults.create(name) for name in ("c", "a", "e", "b", "d")]
    vaults.create("elsewhere")
    first = vaults.client.list_vaults(COMPARTMENT, limit=2, sort_by="DISPLAYNAME")
    names = [v.display_name for v in first.data]
    page = first.headers.get("opc-next-page")
    while page:
        more = vaults.client.list_vaults(COMPARTMENT, limit=2, sort_by="DISPLAYNAME", page=page)
        names += [v.display_name for v in more.data]
        page = more.headers.get("opc-next-page")
    assert names == ["a", "b", "c", "d", "e", "elsewhere"]
    newest_first = [v.id for v in vaults.client.list_vaults(COMPARTMENT).data]
    assert newest_first[1:] == [v.id for v in reversed(made)]
    assert vaults.client.list_vaults("ocid1.compartment.oc1..none").data == []


def test_the_signature_covers_the_vaults_path_prefix(vaults: Vaults) -> None:
    vault = vaults.create()
    signer = signer_for(vaults.api_key, vaults.clock)
    root = httpx.Request("GET", f"{vaults.server.endpoint}/20180608/keys?compartmentId={COMPARTMENT}")
    signed = next(signer.auth_flow(root))
    moved = httpx.Request("GET", f"{vault.management_endpoint}/20180608/keys?compartmentId={COMPARTMENT}")
    moved.headers.update({k: v for k, v in signed.headers.items() if k.lower() in {"date", "authorization"}})
    with httpx.Client() as http:
        assert http.send(signed).status_code == 200  # the default vault, as signed
        refused = http.send(moved)  # the same signature on another vault's path
    assert (refused.status_code, refused.json()["code"]) == (401, "NotAuthenticated")
    key = vaults.management(vault.management_endpoint).create_key(aes_key_details(COMPARTMENT, "k")).data
    assert key.id.split(".")[3:5] == vault.id.split(".")[3:5]  # its keys' OCIDs carry the vault's prefix


def test_vault_operations_have_the_provisioning_rate_classes(
    api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair
) -> None:
    clock = ManualClock()
    with MockKmsServer(
        trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, clock=clock, rate_limit=1, monotonic=lambda: 0.0
    ) as server:
        client = KmsVaultClient({}, service_endpoint=server.endpoint, signer=signer_for(api_key, clock))
        vault = client.create_vault({"compartmentId": COMPARTMENT, "displayName": "v", "vaultType": "DEFAULT"}).data
        assert client.get_vault(vault.id).status == 200  # provisioning read: its own budget
        assert _error(client.list_vaults, COMPARTMENT) == (429, "TooManyRequests")  # the same class
        assert _error(client.schedule_vault_deletion, vault.id, {}) == (429, "TooManyRequests")  # write, spent
        management = KmsManagementClient({}, vault.management_endpoint, signer=signer_for(api_key, clock))
        assert management.list_keys(COMPARTMENT).data == []  # management read: another class
