"""The many-vaults harness: a signature-checking mock on a manual clock and the facade's vault client on it."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade import KmsManagementClient, KmsVaultClient
from kms_facade.exceptions import ServiceError
from kms_facade.signing import fingerprint
from kms_mock import ManualClock, MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from kms_mock.lifecycle import DAY
from tests.support import TENANCY, USER, private_pem, signer_for

__all__ = ["COMPARTMENT", "Vaults", "error_of", "running_vaults", "sdk_config"]

COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaavaults"


@dataclass
class Vaults:
    """A mock, its clock and a facade vault client on it; ``management(vault)`` opens a vault's endpoint."""

    server: MockKmsServer
    clock: ManualClock
    client: KmsVaultClient
    api_key: rsa.RSAPrivateKey

    def create(self, name: str = "v", vault_type: str = "VIRTUAL_PRIVATE") -> Any:
        details = {"compartmentId": COMPARTMENT, "displayName": name, "vaultType": vault_type}
        return self.client.create_vault(details).data

    def management(self, endpoint: str) -> KmsManagementClient:
        return KmsManagementClient({}, endpoint, signer=signer_for(self.api_key, self.clock))

    def at(self, days: float) -> str:
        moment = datetime.datetime.fromtimestamp(self.clock() + days * DAY, datetime.UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@contextlib.contextmanager
def running_vaults(api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair) -> Iterator[Vaults]:
    """A mock trusting ``api_key`` on a manual clock, with the facade's vault client on it."""
    clock = ManualClock()
    with MockKmsServer(
        trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, vault_wrapping_key_bits=2048, clock=clock
    ) as server:
        client = KmsVaultClient({}, service_endpoint=server.endpoint, signer=signer_for(api_key, clock))
        yield Vaults(server, clock, client, api_key)


def error_of(call: Any, *args: Any, **kwargs: Any) -> tuple[int, str | None]:
    with pytest.raises(ServiceError) as caught:
        call(*args, **kwargs)
    return caught.value.status, caught.value.code


def sdk_config(api_key: rsa.RSAPrivateKey) -> dict[str, str]:
    """An OCI config dict for ``api_key`` (``key_content``), usable by the SDK and the facade alike."""
    return {
        "user": USER,
        "tenancy": TENANCY,
        "fingerprint": fingerprint(api_key.public_key()),
        "key_content": private_pem(api_key),
        "region": "us-ashburn-1",
    }
