"""Faults and idempotency, over a real socket: the mock injects faults at rate 0.3 (throttling, 5xx, dropped
connections, and lost responses: faults that strike after the operation was applied), and the facade's
``DEFAULT_RETRY_STRATEGY`` with one ``opc-retry-token`` per logical call makes every call count exactly once.

Figures (faults by kind, requests sent, operations applied) are printed; run with ``-s`` to see them.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support import (
    CountingTransport,
    ServerProbe,
    aes_key_details,
    signer_for,
    vault_snapshot,
)

from kms_facade import KmsManagementClient, Response
from kms_facade.exceptions import RequestException, ServiceError
from kms_facade.models import Key, KeyVersion
from kms_facade.pagination import list_call_get_all_results
from kms_facade.retry import DEFAULT_RETRY_STRATEGY, RetryStrategy
from kms_mock import ManualClock, MockKmsServer
from kms_mock.crypto import WrappingKeyPair

FAULT_RATE = 0.3
SEED = 20260101
CREATES = 300
COMPARTMENT = "ocid1.compartment.oc1..faults"
TRANSIENT_CODES = {429: "TooManyRequests", 500: "InternalServerError", 503: "ServiceUnavailable"}


@dataclass
class Harness:
    """A mock (with a probe on it) and a facade client that counts its requests and sleeps."""

    server: MockKmsServer
    client: KmsManagementClient
    transport: CountingTransport
    probe: ServerProbe
    sleeps: list[float]
    clock: ManualClock


@pytest.fixture
def harness_factory(
    api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Harness]]:
    """Start mocks and clients on demand; everything is stopped at the end of the test."""
    started: list[Harness] = []

    def make(*, fault_rate: float, seed: int = SEED, retry_strategy: RetryStrategy | None = None) -> Harness:
        clock = ManualClock()
        server = MockKmsServer(
            trust_keys=[api_key.public_key()],
            wrapping_key=wrapping_key,
            clock=clock,
            fault_rate=fault_rate,
            seed=seed,
        ).start()
        probe = ServerProbe.attach(server, monkeypatch)
        transport = CountingTransport()
        sleeps: list[float] = []
        client = KmsManagementClient(
            {},
            server.endpoint,
            signer=signer_for(api_key, clock),
            retry_strategy=retry_strategy,
            sleep=sleeps.append,
            transport=transport,
            timeout=10.0,
        )
        harness = Harness(server, client, transport, probe, sleeps, clock)
        started.append(harness)
        return harness

    yield make
    for harness in started:
        harness.client.close()
        harness.server.stop()


def report(title: str, harness: Harness, calls: int) -> None:
    log = harness.transport.log
    print(
        f"\n[{title}] calls={calls} requests sent={log.requests} retries slept={len(harness.sleeps)} "
        f"outcomes={dict(log.outcomes)}\n[{title}] server: {harness.probe.summary()}"
    )


# ---------------------------------------------------------------------- create_key x 300


def test_300_create_key_calls_under_faults_make_exactly_300_keys(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(fault_rate=FAULT_RATE, retry_strategy=DEFAULT_RETRY_STRATEGY)
    created: list[Key] = []
    for i in range(CREATES):
        response = h.client.create_key(aes_key_details(COMPARTMENT, f"key-{i:03d}"))
        assert response.status == 200
        assert isinstance(response.data, Key)
        assert response.data.display_name == f"key-{i:03d}"
        assert response.data.lifecycle_state == "ENABLED"
        created.append(response.data)
    requests_for_creates = h.transport.log.requests
    report("create_key x300", h, CREATES)

    ids = [key.id for key in created]
    assert len(set(ids)) == CREATES
    # Server side: exactly 300 keys, each applied once (a replayed retry does not run the operation again).
    assert h.server.state.key_count() == CREATES
    assert h.probe.applied["CreateKey"] == CREATES
    snapshot = vault_snapshot(h.server, [COMPARTMENT])
    assert sorted(key.id for key in snapshot.keys) == sorted(ids)
    assert sorted(key.display_name for key in snapshot.keys) == [f"key-{i:03d}" for i in range(CREATES)]
    # The faults really happened, lost responses and both kinds of dropped connection included.
    kinds = h.probe.by_kind()
    assert set(kinds) == {"429", "500", "503", "drop-before-response", "drop-after-status-line"}, kinds
    assert h.probe.lost_responses >= 20
    # Each lost response was followed by exactly one retry answered from the retry-token cache.
    assert h.probe.replays == h.probe.lost_responses
    assert 0.2 < h.probe.injected / h.probe.draws < 0.4
    # Every attempt reached the server (all requests are valid), and every failed attempt was slept on once.
    assert h.probe.draws == requests_for_creates
    assert len(h.sleeps) == requests_for_creates - CREATES == h.probe.injected

    # Seen through the API too (list_keys under the same faults, retried): each key exactly once.
    listed = list_call_get_all_results(h.client.list_keys, COMPARTMENT, limit=37).data
    assert sorted(item.id for item in listed) == sorted(ids)


# ---------------------------------------------------------------------- lifecycle sequences


def _etag(response: Response[Any]) -> str:
    value = response.headers.get("etag")
    assert value
    return str(value)


def lifecycle_run(client: KmsManagementClient, clock: ManualClock) -> list[tuple[str, ...]]:
    """A fixed sequence of state-changing calls; returns what each call answered (ids left out)."""
    seen: list[tuple[str, ...]] = []

    def key_seen(label: str, response: Response[Key]) -> Key:
        key = response.data
        assert isinstance(key, Key)
        when = key.time_of_deletion
        deletion = when.isoformat() if isinstance(when, datetime.datetime) else ""
        seen.append((label, str(key.lifecycle_state), deletion))
        return key

    # Alternating disable/enable guarded by if-match: 20 calls end ENABLED, 21 end DISABLED.
    for count in (20, 21):
        response = client.create_key(aes_key_details(COMPARTMENT, f"toggle-{count}"))
        key = key_seen("create", response)
        etag = _etag(response)
        for i in range(count):
            if i % 2 == 0:
                response = client.disable_key(key.id, if_match=etag)
                key_seen("disable", response)
            else:
                response = client.enable_key(key.id, if_match=etag)
                key_seen("enable", response)
            etag = _etag(response)

    # Schedule/cancel deletion, 10 rounds each on an ENABLED and a DISABLED key.
    for start_disabled in (False, True):
        key = key_seen("create", client.create_key(aes_key_details(COMPARTMENT, f"deletion-{start_disabled}")))
        if start_disabled:
            key_seen("disable", client.disable_key(key.id))
        for i in range(10):
            when = datetime.datetime.fromtimestamp(clock() + (7 + i) * 86_400, datetime.UTC)
            details: dict[str, Any] = {"timeOfDeletion": when.isoformat()} if i % 2 else {}
            key_seen("schedule", client.schedule_key_deletion(key.id, details))
            key_seen("cancel", client.cancel_key_deletion(key.id))

    # Rotation: 15 new versions, then schedule/cancel the deletion of an old version 5 times.
    response = client.create_key(aes_key_details(COMPARTMENT, "rotating"))
    key = key_seen("create", response)
    first_version = key.current_key_version
    for _ in range(15):
        version = client.create_key_version(key.id).data
        assert isinstance(version, KeyVersion)
        seen.append(("rotate", str(version.lifecycle_state)))
    for _ in range(5):
        scheduled = client.schedule_key_version_deletion(key.id, first_version, {}).data
        cancelled = client.cancel_key_version_deletion(key.id, first_version).data
        seen.append(("version deletion", str(scheduled.lifecycle_state), str(cancelled.lifecycle_state)))
    return seen


@dataclass(frozen=True)
class FinalKey:
    """A key's final state without its ids, etags or times: what must match between a clean and a faulty run."""

    display_name: str
    state: str
    time_of_deletion: float | None
    versions: tuple[str, ...]
    current_is_newest: bool


def final_states(server: MockKmsServer) -> dict[str, FinalKey]:
    snapshot = vault_snapshot(server, [COMPARTMENT])
    states: dict[str, FinalKey] = {}
    for key, versions in zip(snapshot.keys, snapshot.versions, strict=True):
        newest = max(versions, key=lambda v: v.sequence)
        states[key.display_name] = FinalKey(
            display_name=key.display_name,
            state=key.lifecycle_state,
            time_of_deletion=key.time_of_deletion,
            versions=tuple(f"{v.lifecycle_state}:{v.time_of_deletion}" for v in versions),
            current_is_newest=key.current_key_version == newest.id,
        )
    return states


def test_lifecycle_sequences_under_faults_end_as_one_clean_run(harness_factory: Callable[..., Harness]) -> None:
    clean = harness_factory(fault_rate=0.0)
    faulty = harness_factory(fault_rate=FAULT_RATE, retry_strategy=DEFAULT_RETRY_STRATEGY)

    clean_answers = lifecycle_run(clean.client, clean.clock)
    faulty_answers = lifecycle_run(faulty.client, faulty.clock)
    calls = clean.transport.log.requests  # no faults: one request per call
    report("lifecycle sequences", faulty, calls)

    # Every call answered what it answers in a clean run, and the vaults end in the same state...
    assert faulty_answers == clean_answers
    expected = final_states(clean.server)
    assert final_states(faulty.server) == expected
    # ...which is the one the calls describe.
    assert expected["toggle-20"].state == "ENABLED"
    assert expected["toggle-21"].state == "DISABLED"
    assert expected["deletion-False"].state == "ENABLED"
    assert expected["deletion-True"].state == "DISABLED"
    for name in ("deletion-False", "deletion-True"):
        assert expected[name].time_of_deletion is None
    rotating = expected["rotating"]
    assert len(rotating.versions) == 16 and rotating.current_is_newest
    assert set(rotating.versions) == {"ENABLED:None"}
    # Server side: each operation ran exactly as often as in the clean run (no double application) and
    # never answered 409 (a lost response is replayed from the retry token, not retried into a wrong state).
    assert faulty.probe.applied == clean.probe.applied
    assert sum(faulty.probe.applied.values()) == calls
    assert not faulty.probe.refused
    assert faulty.probe.lost_responses >= 10
    assert faulty.probe.replays == faulty.probe.lost_responses
    assert faulty.transport.log.requests == calls + faulty.probe.injected


# ---------------------------------------------------------------------- no retry strategy


def test_without_retries_faults_surface_as_errors_never_as_wrong_results(
    harness_factory: Callable[..., Harness],
) -> None:
    h = harness_factory(fault_rate=FAULT_RATE)
    calls = 150
    created: dict[str, Key] = {}
    failures: dict[str, int] = {}
    for i in range(calls):
        name = f"plain-{i:03d}"
        try:
            response = h.client.create_key(aes_key_details(COMPARTMENT, name))
        except ServiceError as error:
            assert TRANSIENT_CODES.get(error.status) == error.code, error
            assert error.request_id and error.message and error.operation_name == "create_key"
            failures[str(error.status)] = failures.get(str(error.status), 0) + 1
        except RequestException as error:
            assert isinstance(error.__cause__, httpx.TransportError)  # a dropped connection, translated
            failures[type(error).__name__] = failures.get(type(error).__name__, 0) + 1
        else:
            assert response.status == 200 and isinstance(response.data, Key)
            created[name] = response.data
    report("create_key without retries", h, calls)
    print(f"[create_key without retries] succeeded={len(created)} failed={failures}")

    assert h.transport.log.requests == calls and not h.sleeps
    assert h.probe.replays == 0  # no retry strategy: no retry token, nothing to replay
    assert len(created) + sum(failures.values()) == calls
    assert sum(failures.values()) == h.probe.injected
    assert failures.get("RequestException", 0) > 0 and failures.get("503", 0) > 0
    # Whatever succeeded is exactly what the vault holds; the others were either not applied, or applied
    # with the response lost (then the key exists although the call failed: that is what retry tokens fix).
    assert h.server.state.key_count() == len(created) + h.probe.lost_responses == h.probe.applied["CreateKey"]
    for name, key in created.items():
        stored = h.server.state.get_key(key.id)
        assert (stored.display_name, stored.lifecycle_state, stored.current_key_version) == (
            name,
            key.lifecycle_state,
            key.current_key_version,
        )

    # Reads too: a get_key either returns exactly the stored key or raises.
    reads = 0
    for key in list(created.values())[:60]:
        reads += 1
        try:
            got = h.client.get_key(key.id).data
        except (ServiceError, RequestException):
            continue
        assert got.to_dict() == key.to_dict()
    assert reads == 60


# ---------------------------------------------------------------------- the crypto endpoint under faults


def test_crypto_calls_under_faults_with_retries_give_only_right_answers(
    harness_factory: Callable[..., Harness],
) -> None:
    import base64  # noqa: PLC0415
    import os  # noqa: PLC0415
    import zlib  # noqa: PLC0415

    from kms_facade import KmsCryptoClient  # noqa: PLC0415

    h = harness_factory(fault_rate=FAULT_RATE, retry_strategy=DEFAULT_RETRY_STRATEGY)
    key = h.client.create_key(aes_key_details(COMPARTMENT, "crypto")).data
    transport = CountingTransport()
    rounds = 60
    with KmsCryptoClient(
        {},
        h.server.endpoint,
        signer=h.client.signer,
        retry_strategy=DEFAULT_RETRY_STRATEGY,
        sleep=h.sleeps.append,
        transport=transport,
    ) as crypto:
        for i in range(rounds):
            plaintext = os.urandom(16 + i)
            context = {"round": str(i)}
            details = {"keyId": key.id, "plaintext": base64.b64encode(plaintext).decode(), "associatedData": context}
            ciphertext = crypto.encrypt(details).data.ciphertext
            decrypted = crypto.decrypt({"keyId": key.id, "ciphertext": ciphertext, "associatedData": context}).data
            assert base64.b64decode(decrypted.plaintext) == plaintext
            assert decrypted.plaintext_checksum == str(zlib.crc32(plaintext))
    report("encrypt/decrypt with retries", h, 2 * rounds)
    print(
        f"[encrypt/decrypt with retries] crypto client: requests sent={transport.log.requests} "
        f"outcomes={dict(transport.log.outcomes)}"
    )
    crypto_faults = transport.log.requests - 2 * rounds
    assert crypto_faults > 0 and transport.log.server_errors > 0  # faults struck, and were retried away
    assert h.probe.applied["Encrypt"] >= rounds and h.probe.applied["Decrypt"] >= rounds
    # The crypto endpoint changes nothing, so no fault strikes after it ran (no lost write to make up for):
    # every lost response was one of the management client's create_key requests.
    assert h.probe.lost_responses <= h.transport.log.requests < transport.log.requests
