"""64 threads sharing one sync client, for a few seconds each against the canned keep-alive server and the mock:
zero transport errors (no ``ReadTimeout``, no ``Bad file descriptor``) and no hung call — with a 2 s read timeout a
hang fails the test instead of stalling it. ``make soak`` runs the same for 10 minutes (``bench/soak.py``)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support import aes_key_details, signer_for

from bench.bodies import KEY_ID
from bench.processes import serving
from bench.soak import server_connections
from bench.threads import hammer
from kms_facade import KmsManagementClient
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair

THREADS = 64
SECONDS = 3.0
READ_TIMEOUT = 2.0


@pytest.fixture(scope="module")
def canned() -> Iterator[str]:
    with serving(("bench.canned_server", "--port", "0", "--latency-ms", "2")) as endpoint:
        yield endpoint


def client_for(endpoint: str, api_key: rsa.RSAPrivateKey) -> KmsManagementClient:
    return KmsManagementClient({}, endpoint, signer=signer_for(api_key, time.time), timeout=(2.0, READ_TIMEOUT))


def test_64_threads_sharing_one_client_against_the_canned_server(canned: str, api_key: rsa.RSAPrivateKey) -> None:
    before = server_connections(canned)
    with client_for(canned, api_key) as client:
        result = hammer(lambda: client.get_key(KEY_ID), THREADS, SECONDS)
    opened = server_connections(canned) - before
    print(f"\n[canned, {THREADS} threads] calls={result.calls} connections={opened} slowest={result.slowest:.2f}s")
    assert dict(result.errors) == {}
    assert result.calls > THREADS
    assert result.slowest < READ_TIMEOUT
    assert opened <= THREADS  # one connection per thread at most, each reused for every later call


def test_64_threads_sharing_one_client_against_the_mock(
    api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair
) -> None:
    with (
        MockKmsServer(trust_keys=[api_key.public_key()], wrapping_key=wrapping_key) as mock,
        client_for(mock.endpoint, api_key) as client,
    ):
        key_id = client.create_key(aes_key_details("ocid1.compartment.oc1..reliability", "r")).data.id
        result = hammer(lambda: client.get_key(key_id), THREADS, SECONDS)
    print(f"\n[mock, {THREADS} threads] calls={result.calls} slowest={result.slowest:.2f}s")
    assert dict(result.errors) == {}
    assert result.calls > THREADS
    assert result.slowest < READ_TIMEOUT
