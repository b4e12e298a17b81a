"""The official SDK's own way of starting with a vault (reference §5.2, ``examples/kms_example.py`` with its
bugs fixed) runs against the mock unchanged, and with only its imports swapped runs on the facade.

One function holds the code as a user writes it for ``oci``; it is given either ``oci.key_management`` or
``kms_facade.key_management`` and nothing else changes. The mock verifies every signature (the SDK signs the
full request target, the vault's path prefix included).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import oci
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

import kms_facade.key_management
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from tests.vault_support import sdk_config

COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaavaultexample"
OTHER_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaavaultexampleother"


@pytest.fixture
def mock(api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair) -> Iterator[MockKmsServer]:
    with MockKmsServer(trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, vault_wrapping_key_bits=2048) as m:
        yield m


def vault_story(key_management: ModuleType, config: dict[str, str], regional_endpoint: str) -> dict[str, Any]:
    """The SDK example's flow, as written for ``oci.key_management`` (``key_management`` is that package or
    the facade's). ``regional_endpoint`` stands for the region's endpoint: the mock's root."""
    models = key_management.models
    vault_client = key_management.KmsVaultClient(config, service_endpoint=regional_endpoint)
    vault_composite = key_management.KmsVaultClientCompositeOperations(vault_client)
    details = models.CreateVaultDetails(compartment_id=COMPARTMENT, vault_type="VIRTUAL_PRIVATE", display_name="v1")
    vault = vault_composite.create_vault_and_wait_for_state(
        details, wait_for_states=[models.Vault.LIFECYCLE_STATE_ACTIVE]
    ).data

    management = key_management.KmsManagementClient(config, service_endpoint=vault.management_endpoint)
    management_composite = key_management.KmsManagementClientCompositeOperations(management)
    shape = models.KeyShape(algorithm="AES", length=32)
    key = management_composite.create_key_and_wait_for_state(
        models.CreateKeyDetails(compartment_id=COMPARTMENT, display_name="k1", key_shape=shape),
        wait_for_states=[models.Key.LIFECYCLE_STATE_ENABLED],
    ).data
    rotated = management_composite.create_key_version_and_wait_for_state(
        key.id, wait_for_states=[models.KeyVersion.LIFECYCLE_STATE_ENABLED]
    ).data
    management_composite.disable_key_and_wait_for_state(key.id, wait_for_states=[models.Key.LIFECYCLE_STATE_DISABLED])
    management_composite.enable_key_and_wait_for_state(key.id, wait_for_states=[models.Key.LIFECYCLE_STATE_ENABLED])

    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=15)
    pending = vault_composite.schedule_vault_deletion_and_wait_for_state(
        vault.id,
        models.ScheduleVaultDeletionDetails(time_of_deletion=when),
        wait_for_states=[models.Vault.LIFECYCLE_STATE_PENDING_DELETION],
    ).data
    key_while_pending = management.get_key(key.id).data
    active = vault_composite.cancel_vault_deletion_and_wait_for_state(
        vault.id, wait_for_states=[models.Vault.LIFECYCLE_STATE_ACTIVE]
    ).data
    vault_client.change_vault_compartment(
        vault.id, models.ChangeVaultCompartmentDetails(compartment_id=OTHER_COMPARTMENT)
    )
    renamed = vault_composite.update_vault_and_wait_for_state(
        vault.id, models.UpdateVaultDetails(display_name="v1-renamed"), wait_for_states=["ACTIVE"]
    ).data
    return {
        "vault": vault,
        "key": key,
        "rotated": rotated,
        "key_after": management.get_key(key.id).data,
        "pending": pending,
        "key_while_pending": key_while_pending,
        "active": active,
        "renamed": renamed,
        "listed": vault_client.list_vaults(OTHER_COMPARTMENT).data,
        "usage": vault_client.get_vault_usage(vault.id).data,
    }


def check_story(result: dict[str, Any], mock: MockKmsServer) -> None:
    vault, key = result["vault"], result["key"]
    assert vault.lifecycle_state == "ACTIVE"
    prefix = vault.id.split(".")[4]
    assert vault.management_endpoint == f"{mock.endpoint}/{prefix}-management"
    assert vault.crypto_endpoint == f"{mock.endpoint}/{prefix}-crypto"
    assert key.vault_id == vault.id and key.lifecycle_state == "ENABLED"
    assert result["key_after"].current_key_version == result["rotated"].id
    assert result["pending"].lifecycle_state == "PENDING_DELETION" and result["pending"].time_of_deletion
    assert result["key_while_pending"].lifecycle_state == "PENDING_DELETION"
    assert result["active"].lifecycle_state == "ACTIVE" and result["key_after"].lifecycle_state == "ENABLED"
    assert result["renamed"].display_name == "v1-renamed"
    assert [v.id for v in result["listed"]] == [vault.id]
    assert (result["usage"].key_count, result["usage"].key_version_count) == (1, 2)
    # The key lives in the new vault only: the default vault (the root) holds none.
    assert mock.state.key_count() == 0
    assert mock.app.vaults.get(vault.id).service().vault.key_count() == 1


def test_the_sdk_example_runs_unchanged_against_the_mock(mock: MockKmsServer, api_key: rsa.RSAPrivateKey) -> None:
    result = vault_story(oci.key_management, sdk_config(api_key), mock.endpoint)
    assert isinstance(result["vault"], oci.key_management.models.Vault)
    check_story(result, mock)


def test_the_same_code_runs_on_the_facade_with_only_its_imports_swapped(
    mock: MockKmsServer, api_key: rsa.RSAPrivateKey
) -> None:
    result = vault_story(kms_facade.key_management, sdk_config(api_key), mock.endpoint)
    assert type(result["vault"]).__module__.startswith("kms_api_client.")
    check_story(result, mock)
