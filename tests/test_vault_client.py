"""``KmsVaultClient``: its regional endpoint as the SDK builds it, its client-side checks, the async twin, and
``KmsVaultClientCompositeOperations`` waiting with an injected sleep."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import oci
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade import AsyncKmsVaultClient, KmsVaultClient, KmsVaultClientCompositeOperations
from kms_facade.exceptions import CompositeOperationError, ServiceError
from kms_facade.regions import endpoint_for_region
from kms_facade.signing import fingerprint
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from tests.support import private_pem, signer_for

COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaavaultclient"
REGIONS = [
    "us-ashburn-1",
    "iad",
    "PHX",
    "fra",
    "us-langley-1",
    "us-gov-phoenix-1",
    "uk-gov-london-1",
    "eu-madrid-2",
    "ap-chiyoda-1",
    "xx-foo-1",
]


def _config(region: str) -> dict[str, str]:
    return {"user": "ocid1.user.oc1..u", "tenancy": "ocid1.tenancy.oc1..t", "fingerprint": "aa", "region": region}


@pytest.mark.parametrize("region", REGIONS)
def test_the_regional_endpoint_is_the_sdks(region: str, api_key: rsa.RSAPrivateKey) -> None:
    config = {
        **_config(region),
        "fingerprint": fingerprint(api_key.public_key()),
        "key_content": private_pem(api_key),
    }
    expected = oci.key_management.KmsVaultClient(config).base_client.endpoint
    client = KmsVaultClient(config)
    assert client.endpoint == expected == endpoint_for_region("kms", region)


def test_service_endpoint_overrides_the_region_and_a_missing_region_is_refused(api_key: rsa.RSAPrivateKey) -> None:
    signer = signer_for(api_key, time.time)
    client = KmsVaultClient(_config("iad"), service_endpoint="http://127.0.0.1:9/", signer=signer)
    assert client.endpoint == "http://127.0.0.1:9"
    with pytest.raises(ValueError, match="region"):
        KmsVaultClient({}, signer=signer)
    with pytest.raises(ValueError, match="region"):
        KmsVaultClient(_config("not a region"), signer=signer)


def test_client_side_checks_raise_before_sending(api_key: rsa.RSAPrivateKey) -> None:
    client = KmsVaultClient(
        _config("iad"), service_endpoint="http://127.0.0.1:9", signer=signer_for(api_key, time.time)
    )
    with pytest.raises(ValueError, match="vaultId cannot be None, whitespace or empty string"):
        client.get_vault("  ")
    with pytest.raises(ValueError, match="unknown kwargs"):
        client.get_vault("ocid1.vault.oc1..v", timeout=3)
    with pytest.raises(ValueError):
        client.list_vaults(COMPARTMENT, sort_by="NAME")
    with pytest.raises(ValueError):
        client.create_vault({"compartmentId": COMPARTMENT, "displayName": "v", "vaultType": "SHARED"})


@pytest.fixture
def slow_mock(api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair) -> Iterator[tuple[MockKmsServer, list[float]]]:
    """A mock whose vaults take 5 s per transition, on a clock that only the injected sleeps move."""
    slept: list[float] = []

    def clock() -> float:
        return time.time() + sum(slept)

    with MockKmsServer(
        trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, clock=clock, transition_seconds=5
    ) as server:
        yield server, slept


def test_composites_wait_with_the_injected_sleep(
    slow_mock: tuple[MockKmsServer, list[float]], api_key: rsa.RSAPrivateKey
) -> None:
    server, slept = slow_mock
    client = KmsVaultClient({}, service_endpoint=server.endpoint, signer=signer_for(api_key, time.time))
    composite = KmsVaultClientCompositeOperations(client)
    waiter = {"sleep": slept.append}
    details = {"compartmentId": COMPARTMENT, "displayName": "v", "vaultType": "DEFAULT"}
    assert composite.create_vault_and_wait_for_state(details).data.lifecycle_state == "CREATING"  # no states: at once
    vault = composite.create_vault_and_wait_for_state(details, ["active"], waiter_kwargs=waiter).data
    assert vault.lifecycle_state == "ACTIVE" and slept == [1, 2, 4]
    pending = composite.schedule_vault_deletion_and_wait_for_state(
        vault.id, {}, ["PENDING_DELETION"], waiter_kwargs=waiter
    ).data
    assert pending.lifecycle_state == "PENDING_DELETION" and slept[3:] == [1, 2, 4]
    cancelled = composite.cancel_vault_deletion_and_wait_for_state(vault.id, ["ACTIVE"], waiter_kwargs=waiter)
    assert cancelled.data.lifecycle_state == "ACTIVE"
    updated = composite.update_vault_and_wait_for_state(
        vault.id, {"displayName": "w"}, ["ACTIVE"], waiter_kwargs=waiter
    )
    assert updated.data.display_name == "w"
    backed_up = composite.backup_vault_and_wait_for_state(vault.id, ["ACTIVE"], waiter_kwargs=waiter)
    assert backed_up.data.lifecycle_state == "ACTIVE"
    with pytest.raises(CompositeOperationError) as caught:
        composite.update_vault_and_wait_for_state(
            vault.id, {"displayName": "x"}, ["DELETED"], waiter_kwargs={**waiter, "max_wait_seconds": 0}
        )
    assert caught.value.partial_results[0].data.display_name == "x"


def test_the_async_client_runs_the_same_operations(
    slow_mock: tuple[MockKmsServer, list[float]], api_key: rsa.RSAPrivateKey
) -> None:
    server, _ = slow_mock

    async def run() -> Any:
        async with AsyncKmsVaultClient(
            {}, service_endpoint=server.endpoint, signer=signer_for(api_key, time.time)
        ) as client:
            created = await client.create_vault(
                {"compartmentId": COMPARTMENT, "displayName": "a", "vaultType": "DEFAULT"}
            )
            listed = await client.list_vaults(COMPARTMENT)
            try:
                await client.cancel_vault_deletion(created.data.id)
            except ServiceError as error:
                return created.data, listed.data, error.status, error.target_service
            raise AssertionError("a CREATING vault's deletion cannot be cancelled")

    vault, listed, status, service = asyncio.run(run())
    assert vault.lifecycle_state == "CREATING" and [v.id for v in listed] == [vault.id]
    assert (status, service) == (409, "kms_vault")
