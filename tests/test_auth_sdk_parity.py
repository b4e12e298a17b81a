"""The official SDK's own signers (oci 2.189.0) against the same identity double and mock: the double is
faithful to the real protocol, not tailored to our client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import oci
import pytest
from identity_support import nested_environment
from support import new_rsa_key, private_pem

from kms_mock import MockKmsServer


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockKmsServer]:
    with MockKmsServer(identity=True, wrapping_key_bits=2048) as server:  # the SDK keeps real time
        monkeypatch.setenv("OCI_METADATA_BASE_URL", server.endpoint + "/opc/v2")
        yield server


def sdk_lifecycle(signer: Any, endpoint: str) -> list[str]:
    client = oci.key_management.KmsManagementClient(
        {}, service_endpoint=endpoint, signer=signer, retry_strategy=oci.retry.NoneRetryStrategy()
    )
    models = oci.key_management.models
    details = models.CreateKeyDetails(
        compartment_id="ocid1.compartment.oc1..sdk",
        display_name="sdk",
        key_shape=models.KeyShape(algorithm="AES", length=32),
    )
    key = client.create_key(details).data
    states = [client.get_key(key.id).data.lifecycle_state]
    client.create_key_version(key.id)
    states.append(client.disable_key(key.id).data.lifecycle_state)
    states.append(client.enable_key(key.id).data.lifecycle_state)
    states.append(client.schedule_key_deletion(key.id, models.ScheduleKeyDeletionDetails()).data.lifecycle_state)
    states.append(client.cancel_key_deletion(key.id).data.lifecycle_state)
    return states


EXPECTED = ["ENABLED", "DISABLED", "ENABLED", "PENDING_DELETION", "ENABLED"]


def sdk_instance_signer(mock: MockKmsServer) -> Any:
    return oci.auth.signers.InstancePrincipalsSecurityTokenSigner(
        federation_endpoint=mock.endpoint + "/v1/x509",
        federation_client_retry_strategy=oci.retry.NoneRetryStrategy(),
        federation_client_circuit_breaker_strategy=oci.circuit_breaker.NoCircuitBreakerStrategy(),
        retry_strategy=oci.retry.NoneRetryStrategy(),
    )


def test_the_sdks_instance_principals_signer_runs_the_lifecycle(mock: MockKmsServer) -> None:
    signer = sdk_instance_signer(mock)
    assert signer.tenancy_id == mock.identity.tenancy_id
    assert signer.region == "us-phoenix-1"
    assert sdk_lifecycle(signer, mock.endpoint) == EXPECTED
    assert len(mock.identity.federation_requests) == 1


def test_the_sdk_recovers_from_a_401_once_with_the_double(mock: MockKmsServer) -> None:
    signer = sdk_instance_signer(mock)
    mock.identity.faults.unauthorized_once_per_path = True
    client = oci.key_management.KmsManagementClient(
        {}, service_endpoint=mock.endpoint, signer=signer, retry_strategy=oci.retry.NoneRetryStrategy()
    )
    assert client.list_keys("ocid1.compartment.oc1..sdk").status == 200
    assert len(mock.identity.federation_requests) == 2  # the SDK re-federated after the 401


def test_the_sdk_refuses_a_leaf_for_another_tenancy(mock: MockKmsServer) -> None:
    signer = sdk_instance_signer(mock)
    mock.identity.rotate_leaf("ocid1.tenancy.oc1..someoneelse")
    with pytest.raises(RuntimeError, match="Unexpected update of tenancy OCID"):
        signer.refresh_security_token()


def test_the_sdks_security_token_signer_runs_the_lifecycle(mock: MockKmsServer) -> None:
    key = new_rsa_key()
    token = mock.identity.issue_session_token(key.public_key())
    signer = oci.auth.signers.SecurityTokenSigner(token, oci.signer.load_private_key(private_pem(key), None))
    assert sdk_lifecycle(signer, mock.endpoint) == EXPECTED


def test_the_sdks_resource_principals_2_2_signer_runs_the_lifecycle(
    mock: MockKmsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = new_rsa_key()
    token = mock.identity.issue_resource_principal_session_token(key.public_key(), "ocid1.fnfunc.oc1..sdk")
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_VERSION", "2.2")
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_RPST", token)
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM", private_pem(key))
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_REGION", "phx")
    signer = oci.auth.signers.get_resource_principals_signer()
    assert signer.tenancy_id == mock.identity.tenancy_id
    assert sdk_lifecycle(signer, mock.endpoint) == EXPECTED


def test_the_sdks_resource_principals_2_1_signer_runs_the_lifecycle(
    mock: MockKmsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = new_rsa_key()
    mock.identity.register_resource("ocid1.datasciencenotebook.oc1..sdk", key.public_key())
    signer = oci.auth.signers.EphemeralResourcePrincipalV21Signer(
        resource_principal_token_endpoint=mock.endpoint,
        resource_principal_session_token_endpoint=mock.endpoint,
        resource_id="ocid1.datasciencenotebook.oc1..sdk",
        private_key=private_pem(key),
        rp_version="2.1",
        retry_strategy=oci.retry.NoneRetryStrategy(),
    )
    assert sdk_lifecycle(signer, mock.endpoint) == EXPECTED


def test_the_sdks_resource_principals_3_0_signer_runs_the_lifecycle(
    mock: MockKmsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in nested_environment(mock.identity, new_rsa_key(), mock.endpoint).items():
        monkeypatch.setenv(name, value)
    signer = oci.auth.signers.get_resource_principals_signer()
    assert sdk_lifecycle(signer, mock.endpoint) == EXPECTED
