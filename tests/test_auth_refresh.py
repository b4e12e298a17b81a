"""Refresh under concurrency (threads and asyncio): one federation per expiry, never an expired token on the
wire; a 401 once per path recovers without the caller seeing it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from identity_support import FakeClock
from support import CountingTransport, new_rsa_key

from kms_facade import AsyncKmsManagementClient, KmsManagementClient
from kms_facade.auth.signers import InstancePrincipalsSecurityTokenSigner, SecurityTokenSigner
from kms_facade.exceptions import ServiceError
from kms_facade.retry import NoneRetryStrategy
from kms_mock import MockKmsServer

CALLS = 64
COMPARTMENT = "ocid1.compartment.oc1..refresh"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[MockKmsServer]:
    with MockKmsServer(identity=True, wrapping_key_bits=2048, clock=clock, identity_token_ttl_seconds=600) as server:
        monkeypatch.setenv("OCI_METADATA_BASE_URL", server.endpoint + "/opc/v2")
        yield server


@pytest.fixture
def signer(mock: MockKmsServer, clock: FakeClock) -> InstancePrincipalsSecurityTokenSigner:
    return InstancePrincipalsSecurityTokenSigner(
        federation_endpoint=mock.endpoint + "/v1/x509", clock=clock, sleep=lambda _: None
    )


def refused(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The mock's request-log lines of requests it answered 401 (an expired token would be one)."""
    return [
        record.getMessage() for record in caplog.records if record.name == "kms_mock" and " 401 " in record.getMessage()
    ]


def test_64_threads_during_an_expiry_federate_once(
    mock: MockKmsServer,
    clock: FakeClock,
    signer: InstancePrincipalsSecurityTokenSigner,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="kms_mock")
    old = signer.get_security_token()
    with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
        clock.advance(600)  # the token is now expired
        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(lambda _: client.list_keys(compartment_id=COMPARTMENT).status, range(CALLS)))
    assert statuses == [200] * CALLS
    assert refused(caplog) == []  # no call went out with the expired token (a 401 retry would hide it)
    assert len(mock.identity.federation_requests) == 2  # construction, then one refresh for all 64
    assert signer.refresh_count == 1
    assert signer.get_security_token() != old


def test_64_coroutines_during_an_expiry_federate_once(
    mock: MockKmsServer,
    clock: FakeClock,
    signer: InstancePrincipalsSecurityTokenSigner,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="kms_mock")

    async def main() -> list[int]:
        async with AsyncKmsManagementClient({}, mock.endpoint, signer=signer) as client:
            clock.advance(600)
            responses = await asyncio.gather(*(client.list_keys(compartment_id=COMPARTMENT) for _ in range(CALLS)))
            return [response.status for response in responses]

    assert asyncio.run(main()) == [200] * CALLS
    assert refused(caplog) == []
    assert len(mock.identity.federation_requests) == 2
    assert signer.refresh_count == 1


def test_no_request_is_signed_with_an_expired_token(
    mock: MockKmsServer, clock: FakeClock, signer: InstancePrincipalsSecurityTokenSigner
) -> None:
    # The identity service fails while the token expires: the call fails before anything reaches the vault.
    with KmsManagementClient({}, mock.endpoint, signer=signer, retry_strategy=NoneRetryStrategy()) as client:
        mock.identity.faults.federation_status = 401
        clock.advance(600)
        with pytest.raises(ServiceError) as raised:
            client.create_key(
                {"compartmentId": COMPARTMENT, "displayName": "k", "keyShape": {"algorithm": "AES", "length": 32}}
            )
        assert raised.value.operation_name == "federation POST /v1/x509"
        mock.identity.faults.federation_status = None
        assert client.list_keys(compartment_id=COMPARTMENT).data == []  # the create never reached the vault


def test_a_401_once_per_path_is_recovered_by_one_refresh(
    mock: MockKmsServer, signer: InstancePrincipalsSecurityTokenSigner
) -> None:
    mock.identity.faults.unauthorized_once_per_path = True
    with KmsManagementClient({}, mock.endpoint, signer=signer, retry_strategy=NoneRetryStrategy()) as client:
        assert client.list_keys(compartment_id=COMPARTMENT).status == 200
        assert signer.refresh_count == 1
        assert client.list_keys(compartment_id=COMPARTMENT).status == 200  # the path was refused once only
    assert signer.refresh_count == 1


def test_a_401_once_recovers_for_async_callers_with_one_refresh(
    mock: MockKmsServer, signer: InstancePrincipalsSecurityTokenSigner
) -> None:
    mock.identity.faults.unauthorized_once_per_path = True

    async def main() -> list[int]:
        async with AsyncKmsManagementClient({}, mock.endpoint, signer=signer) as client:
            first = await client.list_keys(compartment_id=COMPARTMENT)  # refused once, refreshed, retried
            rest = await asyncio.gather(*(client.list_keys(compartment_id=COMPARTMENT) for _ in range(8)))
            return [first.status] + [response.status for response in rest]

    assert asyncio.run(main()) == [200] * 9
    assert signer.refresh_count == 1


def test_a_persistent_401_is_raised_after_one_refresh_and_retry(
    mock: MockKmsServer, signer: InstancePrincipalsSecurityTokenSigner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mock.identity, "refuse_once", lambda path: True)
    transport = CountingTransport()  # counted on the client's side: the mock logs a request after answering it
    with (
        KmsManagementClient(
            {}, mock.endpoint, signer=signer, retry_strategy=NoneRetryStrategy(), transport=transport
        ) as client,
        pytest.raises(ServiceError) as raised,
    ):
        client.list_keys(compartment_id=COMPARTMENT)
    assert raised.value.status == 401
    assert signer.refresh_count == 1  # one refresh, one retry, no loop
    assert transport.log.outcomes == {401: 2}


def test_a_session_token_signer_does_not_retry_a_401(mock: MockKmsServer) -> None:
    key = new_rsa_key()
    signer = SecurityTokenSigner(mock.identity.issue_session_token(key.public_key()), key)
    mock.identity.faults.unauthorized_once_per_path = True
    with KmsManagementClient({}, mock.endpoint, signer=signer, retry_strategy=NoneRetryStrategy()) as client:
        with pytest.raises(ServiceError):
            client.list_keys(compartment_id=COMPARTMENT)
        assert client.list_keys(compartment_id=COMPARTMENT).status == 200
