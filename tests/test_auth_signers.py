"""Each token signer runs the whole key lifecycle against the identity double and the mock, which verifies
every ``ST$`` signature; session profiles work through ``config.from_file`` with no other code."""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from identity_support import EXPECTED_STATES, FakeClock, nested_environment, run_lifecycle, run_lifecycle_async
from support import new_rsa_key, private_pem

from kms_facade import AsyncKmsManagementClient, KmsManagementClient
from kms_facade import config as oci_config
from kms_facade.auth import http
from kms_facade.auth.errors import SecurityTokenExpired
from kms_facade.auth.jwt import decode_claims
from kms_facade.auth.signers import (
    EphemeralResourcePrincipalSigner,
    EphemeralResourcePrincipalV21Signer,
    InstancePrincipalsSecurityTokenSigner,
    NestedResourcePrincipals,
    SecurityTokenSigner,
    get_oke_workload_identity_resource_principal_signer,
    get_resource_principals_signer,
)
from kms_facade.exceptions import InvalidConfig, ServiceError
from kms_mock import MockKmsServer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[MockKmsServer]:
    with MockKmsServer(identity=True, wrapping_key_bits=2048, clock=clock) as server:
        monkeypatch.setenv("OCI_METADATA_BASE_URL", server.endpoint + "/opc/v2")
        yield server


def instance_signer(mock: MockKmsServer, clock: FakeClock) -> InstancePrincipalsSecurityTokenSigner:
    return InstancePrincipalsSecurityTokenSigner(
        federation_endpoint=mock.endpoint + "/v1/x509", clock=clock, sleep=lambda _: None
    )


# ---------------------------------------------------------------------- instance principals


def test_instance_principals_run_the_lifecycle_sync_and_async(mock: MockKmsServer, clock: FakeClock) -> None:
    signer = instance_signer(mock, clock)
    assert signer.tenancy_id == mock.identity.tenancy_id
    assert signer.region == "us-phoenix-1"  # the metadata service says "phx\n"
    assert signer.federation_endpoint == mock.endpoint + "/v1/x509"
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
        assert run_lifecycle(client, "ip-sync") == EXPECTED_STATES

    async def main() -> list[str]:
        async with AsyncKmsManagementClient({}, mock.endpoint, signer=signer) as client:
            return await run_lifecycle_async(client, "ip-async")

    assert asyncio.run(main()) == EXPECTED_STATES
    assert len(mock.identity.federation_requests) == 1  # one token served every call
    assert mock.identity.federation_requests[0]["intermediates"] == 1


def test_the_federation_endpoint_defaults_to_the_regions_auth_service(
    mock: MockKmsServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without federation_endpoint= the signer dials https://auth.us-phoenix-1.oraclecloud.com: stop it there.
    attempted: list[str] = []

    def refuse(self: object, method: str, url: str, **kwargs: object) -> object:
        if "/opc/v2/" not in url:
            attempted.append(url)
            raise RuntimeError("no network in tests")
        return original(self, method, url, **kwargs)

    original = http.IdentityHttp.request
    monkeypatch.setattr(http.IdentityHttp, "request", refuse)
    with pytest.raises(RuntimeError, match="no network"):
        InstancePrincipalsSecurityTokenSigner(clock=clock)
    assert attempted == ["https://auth.us-phoenix-1.oraclecloud.com/v1/x509"]


def test_a_token_near_expiry_is_replaced_before_the_request(mock: MockKmsServer, clock: FakeClock) -> None:
    signer = instance_signer(mock, clock)
    first = signer.get_security_token()
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
        client.list_keys(compartment_id="ocid1.compartment.oc1..x")
        clock.advance(3600 - 61)  # 61 s left: still used
        client.list_keys(compartment_id="ocid1.compartment.oc1..x")
        assert signer.get_security_token() == first
        clock.advance(2)  # 59 s left: replaced, with a new session key
        client.list_keys(compartment_id="ocid1.compartment.oc1..x")
    assert signer.get_security_token() != first
    assert signer.refresh_count == 1
    assert len(mock.identity.federation_requests) == 2


def test_a_rotated_leaf_certificate_is_picked_up_at_the_next_refresh(mock: MockKmsServer, clock: FakeClock) -> None:
    signer = instance_signer(mock, clock)
    mock.identity.rotate_leaf()
    signer.refresh_security_token()
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
        assert client.list_keys(compartment_id="ocid1.compartment.oc1..x").status == 200


def test_a_leaf_for_another_tenancy_is_refused_at_refresh(mock: MockKmsServer, clock: FakeClock) -> None:
    signer = instance_signer(mock, clock)
    mock.identity.rotate_leaf("ocid1.tenancy.oc1..someoneelse")
    with pytest.raises(RuntimeError, match="Unexpected update of tenancy OCID"):
        signer.refresh_security_token()


@pytest.mark.parametrize(
    ("switch", "value", "error", "match"),
    [
        ("federation_status", 401, ServiceError, "federation refused"),
        ("federation_status", 500, ServiceError, "federation refused"),
        ("federation_not_json", True, RuntimeError, "not a JSON object"),
        ("federation_without_token", True, RuntimeError, "Could not find token"),
        ("malformed_pem", True, ValueError, "not a PEM certificate"),
    ],
)
def test_federation_faults_give_clear_errors(
    mock: MockKmsServer, clock: FakeClock, switch: str, value: object, error: type[Exception], match: str
) -> None:
    setattr(mock.identity.faults, switch, value)
    sleeps: list[float] = []
    with pytest.raises(error, match=match):
        InstancePrincipalsSecurityTokenSigner(
            federation_endpoint=mock.endpoint + "/v1/x509", clock=clock, sleep=sleeps.append
        )
    # 500 is retried (3 attempts, two back-offs), 401 is not.
    assert sleeps == ([1.0, 2.0] if value == 500 else [])


def test_the_metadata_service_requires_bearer_oracle(mock: MockKmsServer) -> None:
    base = mock.endpoint + "/opc/v2"
    assert httpx.get(base + "/identity/cert.pem").status_code == 401
    answer = httpx.get(base + "/instance/region", headers={"Authorization": "Bearer Oracle"})
    assert (answer.status_code, answer.text) == (200, "phx\n")
    info = httpx.get(base + "/instance/regionInfo", headers={"Authorization": "Bearer Oracle"}).json()
    assert info["regionIdentifier"] == "us-phoenix-1"


# ---------------------------------------------------------------------- session profiles


def write_session_profile(mock: MockKmsServer, tmp_path: Path, key: rsa.RSAPrivateKey) -> Path:
    """What ``oci session authenticate`` writes: a key, a token file, and a profile without ``user``."""
    session = tmp_path / "sessions" / "MYSESSION"
    session.mkdir(parents=True)
    (session / "oci_api_key.pem").write_text(private_pem(key))
    (session / "token").write_text(mock.identity.issue_session_token(key.public_key()))
    config = tmp_path / "config"
    config.write_text(
        "[MYSESSION]\n"
        "fingerprint=73:86:53:7b:00:00:00:00:00:00:00:00:00:00:00:00\n"
        f"key_file={session / 'oci_api_key.pem'}\n"
        f"tenancy={mock.identity.tenancy_id}\n"
        "region=us-phoenix-1\n"
        f"security_token_file={session / 'token'}\n"
    )
    return config


def test_a_session_profile_gives_a_working_client_with_no_other_code(mock: MockKmsServer, tmp_path: Path) -> None:
    config = oci_config.from_file(str(write_session_profile(mock, tmp_path, new_rsa_key())), "MYSESSION")
    with KmsManagementClient(config, mock.endpoint) as client:
        assert isinstance(client.signer, SecurityTokenSigner)
        assert run_lifecycle(client, "session") == EXPECTED_STATES


def test_validate_config_treats_session_profiles_as_the_sdk_does(mock: MockKmsServer, tmp_path: Path) -> None:
    key = new_rsa_key()
    config = oci_config.from_file(str(write_session_profile(mock, tmp_path, key)), "MYSESSION")
    with pytest.raises(InvalidConfig) as raised:
        oci_config.validate_config(config)
    assert raised.value.errors == {"user": "missing"}
    oci_config.validate_config({}, signer=SecurityTokenSigner(mock.identity.issue_session_token(key.public_key()), key))


def test_an_expired_session_token_says_to_run_oci_session_refresh(
    mock: MockKmsServer, clock: FakeClock, tmp_path: Path
) -> None:
    key = new_rsa_key()
    signer = SecurityTokenSigner(mock.identity.issue_session_token(key.public_key()), key, clock=clock)
    clock.advance(3601)
    with (
        KmsManagementClient({}, mock.endpoint, signer=signer) as client,
        pytest.raises(SecurityTokenExpired, match="oci session refresh"),
    ):
        client.list_keys(compartment_id="ocid1.compartment.oc1..x")


def test_the_mock_refuses_tokens_it_did_not_issue_or_that_expired(mock: MockKmsServer, clock: FakeClock) -> None:
    key = new_rsa_key()
    forged = mock.identity.issue_session_token(key.public_key())[:-4] + "AAAA"
    with (
        KmsManagementClient({}, mock.endpoint, signer=SecurityTokenSigner(forged, key, clock=clock)) as client,
        pytest.raises(ServiceError) as raised,
    ):
        client.list_keys(compartment_id="ocid1.compartment.oc1..x")
    assert (raised.value.status, raised.value.code) == (401, "NotAuthenticated")
    assert "not issued by this identity service" in raised.value.message
    # A token the signer still trusts (its clock lags) but the service sees expired.
    lagging = FakeClock()
    lagging.now = clock.now
    signer = SecurityTokenSigner(mock.identity.issue_session_token(key.public_key()), key, clock=lagging)
    clock.advance(3601)
    lagging.advance(3601 - 250)  # within the mock's date skew, before the token's exp on the signer's clock
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client, pytest.raises(ServiceError) as raised:
        client.list_keys(compartment_id="ocid1.compartment.oc1..x")
    assert raised.value.status == 401 and "expired" in raised.value.message
    # Signed with another key than the token's session key.
    other = SecurityTokenSigner(mock.identity.issue_session_token(key.public_key()), new_rsa_key(), clock=clock)
    with (
        KmsManagementClient({}, mock.endpoint, signer=other) as client,
        pytest.raises(ServiceError, match="signature does not match"),
    ):
        client.list_keys(compartment_id="ocid1.compartment.oc1..x")


# ---------------------------------------------------------------------- resource principals


def test_resource_principals_2_2_literal_and_file_mode(
    mock: MockKmsServer, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = new_rsa_key()
    token = mock.identity.issue_resource_principal_session_token(key.public_key(), "ocid1.fnfunc.oc1..f")
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_VERSION", "2.2")
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_RPST", token)
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM", private_pem(key))
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_REGION", "fra")
    signer = get_resource_principals_signer(clock=clock)
    assert isinstance(signer, EphemeralResourcePrincipalSigner)
    assert (signer.region, signer.tenancy_id) == ("eu-frankfurt-1", mock.identity.tenancy_id)
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
        assert run_lifecycle(client, "rp22") == EXPECTED_STATES

    # File mode: a token rewritten by the provider is read again once the old one is due.
    token_file, key_file = tmp_path / "rpst", tmp_path / "key.pem"
    token_file.write_text(token)
    key_file.write_text(private_pem(key))
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_RPST", str(token_file))
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM", str(key_file))
    signer = get_resource_principals_signer(clock=clock)
    clock.advance(3600 - 30)
    renewed = mock.identity.issue_resource_principal_session_token(key.public_key(), "ocid1.fnfunc.oc1..f")
    token_file.write_text(renewed)
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
        client.list_keys(compartment_id="ocid1.compartment.oc1..x")
    assert signer.get_security_token() == renewed


def test_resource_principals_2_2_literal_token_expired_is_a_clear_error(mock: MockKmsServer, clock: FakeClock) -> None:
    key = new_rsa_key()
    token = mock.identity.issue_resource_principal_session_token(key.public_key(), "ocid1.fnfunc.oc1..f")
    signer = EphemeralResourcePrincipalSigner(token, private_pem(key), clock=clock)
    clock.advance(3601)
    with pytest.raises(SecurityTokenExpired, match="OCI_RESOURCE_PRINCIPAL_RPST"):
        signer.get_security_token()


@pytest.mark.parametrize("version", ["2.1", "2.1.1", "2.1.2"])
def test_resource_principals_2_1_x_exchange_then_lifecycle(
    mock: MockKmsServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, version: str
) -> None:
    key = new_rsa_key()
    mock.identity.register_resource("ocid1.datasciencenotebook.oc1..n", key.public_key())
    for name, value in {
        "VERSION": version,
        "RPT_ENDPOINT": mock.endpoint,
        "RPST_ENDPOINT": mock.endpoint,
        "RESOURCE_ID": "ocid1.datasciencenotebook.oc1..n",
        "TENANCY_ID": mock.identity.tenancy_id,
        "PRIVATE_PEM": private_pem(key),
        "SECURITY_CONTEXT": "ctx",
    }.items():
        monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_" + name, value)
    signer = get_resource_principals_signer(clock=clock)
    assert isinstance(signer, EphemeralResourcePrincipalV21Signer)
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
        assert run_lifecycle(client, "rp21") == EXPECTED_STATES


def test_resource_principals_version_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OCI_RESOURCE_PRINCIPAL_VERSION", raising=False)
    with pytest.raises(OSError, match="is not defined"):
        get_resource_principals_signer()
    monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_VERSION", "9.9")
    with pytest.raises(OSError, match="Unsupported"):
        get_resource_principals_signer()


# ---------------------------------------------------------------------- OKE workload identity


def test_oke_workload_identity_over_tls(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    with MockKmsServer(identity=True, tls=True, wrapping_key_bits=2048, clock=clock) as mock:
        port = int(mock.endpoint.rsplit(":", 1)[1])
        assert mock.identity.ca_bundle_path is not None and os.path.isfile(mock.identity.ca_bundle_path)
        monkeypatch.setenv("KUBERNETES_SERVICE_HOST", "127.0.0.1")
        monkeypatch.setenv("OCI_KUBERNETES_SERVICE_ACCOUNT_CERT_PATH", mock.identity.ca_bundle_path)
        monkeypatch.setenv("OCI_RESOURCE_PRINCIPAL_REGION", "iad")
        signer = get_oke_workload_identity_resource_principal_signer(
            service_account_token=mock.identity.issue_service_account_token(), service_port=port, clock=clock
        )
        assert signer.region == "us-ashburn-1"
        with KmsManagementClient(
            {}, mock.endpoint, signer=signer, verify=ssl.create_default_context(cafile=mock.identity.ca_bundle_path)
        ) as client:
            assert run_lifecycle(client, "oke") == EXPECTED_STATES
        mock.identity.faults.oke_status = 403
        with pytest.raises(ServiceError, match="enhanced"):
            signer.refresh_security_token()


def rp30_environment(mock: MockKmsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in nested_environment(mock.identity, new_rsa_key(), mock.endpoint).items():
        monkeypatch.setenv(name, value)


def test_resource_principals_3_0_nested_then_lifecycle(
    mock: MockKmsServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    rp30_environment(mock, monkeypatch)
    signer = get_resource_principals_signer(clock=clock)
    assert isinstance(signer, NestedResourcePrincipals)
    assert signer.region == "us-phoenix-1" and signer.current_parent_depth == 0
    assert decode_claims(signer.get_security_token())["res_id"] == "parent-of:ocid1.fnfunc.oc1..leaf"
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
        assert run_lifecycle(client, "rp30") == EXPECTED_STATES


def test_resource_principals_3_0_refuses_a_parent_cycle(
    mock: MockKmsServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    rp30_environment(mock, monkeypatch)
    mock.identity.parent_rpt_url = mock.endpoint  # the parent names itself as its parent
    with pytest.raises(AttributeError, match="cycle"):
        get_resource_principals_signer(clock=clock)
