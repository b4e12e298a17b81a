"""Concurrency, over a real socket: 8 threads sharing one sync client, and an asyncio run with 64 calls in
flight, doing mixed operations against one mock. No 5xx, no lost update (of two writers holding the same
``if-match``, exactly one wins and the other gets 412), and paging by TIMECREATED while keys are being
created sees every key that existed when paging began exactly once.
"""

from __future__ import annotations

import asyncio
import collections
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support import (
    AsyncCountingTransport,
    CountingTransport,
    ServerProbe,
    aes_key_details,
    signer_for,
    vault_snapshot,
)

from kms_facade import AsyncKmsManagementClient, KmsManagementClient, Response
from kms_facade.exceptions import ServiceError
from kms_facade.models import Key
from kms_facade.pagination import list_call_get_all_results_generator
from kms_facade.retry import RetryStrategyBuilder
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair

THREADS = 8
IN_FLIGHT = 64
CREATED_PER_THREAD = 20


@pytest.fixture(scope="module")
def server(api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair) -> Iterator[MockKmsServer]:
    """One mock on the real clock (so creation times differ, as in the service)."""
    with MockKmsServer(trust_keys=[api_key.public_key()], wrapping_key=wrapping_key) as mock:
        yield mock


def sync_client(server: MockKmsServer, api_key: rsa.RSAPrivateKey) -> tuple[KmsManagementClient, CountingTransport]:
    transport = CountingTransport()
    client = KmsManagementClient(
        {}, server.endpoint, signer=signer_for(api_key, time.time), transport=transport, timeout=30.0
    )
    return client, transport


def async_client(
    server: MockKmsServer, api_key: rsa.RSAPrivateKey, **kwargs: Any
) -> tuple[AsyncKmsManagementClient, AsyncCountingTransport]:
    transport = AsyncCountingTransport()
    client = AsyncKmsManagementClient(
        {}, server.endpoint, signer=signer_for(api_key, time.time), transport=transport, timeout=30.0, **kwargs
    )
    return client, transport


def etag_of(response: Response[Any]) -> str:
    value = response.headers.get("etag")
    assert value
    return str(value)


def where(name: str) -> str:
    return f"ocid1.compartment.oc1..{name}{time.monotonic_ns()}"


# ---------------------------------------------------------------------- mixed operations


def workflow(client: KmsManagementClient, compartment: str, name: str) -> str:
    """Create, read, update (if-match), rotate, list, read, disable (if-match), enable (if-match), schedule and
    cancel deletion, list keys: 11 calls."""
    created = client.create_key(aes_key_details(compartment, name))
    key_id = created.data.id
    assert client.get_key(key_id).data.display_name == name
    updated = client.update_key(key_id, {"freeformTags": {"by": name}}, if_match=etag_of(created))
    assert updated.data.freeform_tags == {"by": name}
    version = client.create_key_version(key_id).data
    assert {v.id for v in client.list_key_versions(key_id).data} == {created.data.current_key_version, version.id}
    rotated = client.get_key(key_id)  # a rotation changes the key's etag
    assert rotated.data.current_key_version == version.id
    disabled = client.disable_key(key_id, if_match=etag_of(rotated))
    assert disabled.data.lifecycle_state == "DISABLED"
    assert client.enable_key(key_id, if_match=etag_of(disabled)).data.lifecycle_state == "ENABLED"
    assert client.schedule_key_deletion(key_id, {}).data.lifecycle_state == "PENDING_DELETION"
    assert client.cancel_key_deletion(key_id).data.lifecycle_state == "ENABLED"
    assert key_id in {k.id for k in client.list_keys(compartment, limit=1000).data}
    return key_id


WORKFLOW_CALLS = 11


def check_final_states(server: MockKmsServer, compartment: str, names: list[str]) -> None:
    snapshot = vault_snapshot(server, [compartment])
    assert sorted(key.display_name for key in snapshot.keys) == sorted(names)
    for key, versions in zip(snapshot.keys, snapshot.versions, strict=True):
        assert key.lifecycle_state == "ENABLED" and key.time_of_deletion is None
        assert key.freeform_tags == {"by": key.display_name}
        assert len(versions) == 2 and key.current_key_version == max(versions, key=lambda v: v.sequence).id


def test_eight_threads_sharing_one_client_lose_nothing(
    server: MockKmsServer, api_key: rsa.RSAPrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    probe = ServerProbe.attach(server, monkeypatch)
    client, transport = sync_client(server, api_key)
    compartment = where("threads")
    shared = client.create_key(aes_key_details(where("shared"), "shared")).data.id
    per_thread = 4

    def run(thread: int) -> list[str]:
        names = []
        for i in range(per_thread):
            names.append(f"t{thread}-{i}")
            workflow(client, compartment, names[-1])
            # Contention on one key: unconditional writes and reads from every thread.
            client.update_key(shared, {"freeformTags": {"by": "shared"}})
            assert client.get_key(shared).data.id == shared
        return names

    with client, ThreadPoolExecutor(THREADS) as pool:
        names = [name for batch in pool.map(run, range(THREADS)) for name in batch]
    calls = 1 + THREADS * per_thread * (WORKFLOW_CALLS + 2)
    print(f"\n[8 threads] calls={calls} requests={transport.log.requests} outcomes={dict(transport.log.outcomes)}")
    assert transport.log.requests == calls
    assert transport.log.outcomes == {200: calls}
    assert not probe.refused
    check_final_states(server, compartment, names)


async def async_workflow(client: AsyncKmsManagementClient, compartment: str, name: str) -> str:
    """The async twin of :func:`workflow`."""
    created = await client.create_key(aes_key_details(compartment, name))
    key_id = created.data.id
    assert (await client.get_key(key_id)).data.display_name == name
    updated = await client.update_key(key_id, {"freeformTags": {"by": name}}, if_match=etag_of(created))
    assert updated.data.freeform_tags == {"by": name}
    version = (await client.create_key_version(key_id)).data
    listed = (await client.list_key_versions(key_id)).data
    assert {v.id for v in listed} == {created.data.current_key_version, version.id}
    rotated = await client.get_key(key_id)  # a rotation changes the key's etag
    assert rotated.data.current_key_version == version.id
    disabled = await client.disable_key(key_id, if_match=etag_of(rotated))
    assert disabled.data.lifecycle_state == "DISABLED"
    assert (await client.enable_key(key_id, if_match=etag_of(disabled))).data.lifecycle_state == "ENABLED"
    assert (await client.schedule_key_deletion(key_id, {})).data.lifecycle_state == "PENDING_DELETION"
    assert (await client.cancel_key_deletion(key_id)).data.lifecycle_state == "ENABLED"
    assert key_id in {k.id for k in (await client.list_keys(compartment, limit=1000)).data}
    return key_id


def test_async_run_with_64_calls_in_flight(
    server: MockKmsServer, api_key: rsa.RSAPrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    probe = ServerProbe.attach(server, monkeypatch)
    compartment = where("async")
    names = [f"a{i}" for i in range(IN_FLIGHT)]

    async def main() -> AsyncCountingTransport:
        client, transport = async_client(server, api_key)
        async with client:
            await asyncio.gather(*(async_workflow(client, compartment, name) for name in names))
        return transport

    transport = asyncio.run(main())
    calls = IN_FLIGHT * WORKFLOW_CALLS
    print(
        f"\n[async] calls={calls} requests={transport.log.requests} most in flight={transport.log.max_in_flight} "
        f"outcomes={dict(transport.log.outcomes)}"
    )
    assert transport.log.requests == calls
    assert transport.log.outcomes == {200: calls}
    assert transport.log.max_in_flight == IN_FLIGHT
    assert not probe.refused
    check_final_states(server, compartment, names)


def test_async_creates_under_faults_with_64_in_flight_count_once(
    api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retries of concurrent calls keep their own retry tokens: 128 calls, 128 keys, each applied once."""
    calls = 2 * IN_FLIGHT
    compartment = where("async-faults")
    # More attempts than the default 8, so that no call of a concurrent (hence unordered) run can run out.
    strategy = RetryStrategyBuilder(max_attempts=20).get_retry_strategy()

    async def no_sleep(seconds: float) -> None:
        await asyncio.sleep(0)

    with MockKmsServer(trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, fault_rate=0.3, seed=7) as faulty:
        probe = ServerProbe.attach(faulty, monkeypatch)

        async def main() -> tuple[list[Key], AsyncCountingTransport]:
            client, transport = async_client(faulty, api_key, retry_strategy=strategy, sleep=no_sleep)
            limit = asyncio.Semaphore(IN_FLIGHT)

            async def create(i: int) -> Key:
                async with limit:
                    response = await client.create_key(aes_key_details(compartment, f"f{i}"))
                    return response.data

            async with client:
                keys = await asyncio.gather(*(create(i) for i in range(calls)))
            return keys, transport

        keys, transport = asyncio.run(main())
        print(f"\n[async faults] calls={calls} requests={transport.log.requests} server: {probe.summary()}")
        assert sorted(key.display_name for key in keys) == sorted(f"f{i}" for i in range(calls))
        assert faulty.state.key_count() == calls == probe.applied["CreateKey"]
        assert probe.lost_responses > 0
        assert probe.replays == probe.lost_responses
        assert transport.log.requests == calls + probe.injected


# ---------------------------------------------------------------------- lost updates


def race_pair(
    client: KmsManagementClient, pool: ThreadPoolExecutor, key_id: str, round_: int, operation: str
) -> tuple[list[Response[Key]], list[ServiceError]]:
    """Two writers with the same (soon stale) etag, released together."""
    etag = etag_of(client.get_key(key_id))
    barrier = threading.Barrier(2)

    def write(writer: int) -> Response[Key] | ServiceError:
        barrier.wait()
        try:
            if operation == "update":
                return client.update_key(key_id, {"displayName": f"r{round_}-w{writer}"}, if_match=etag)
            return client.disable_key(key_id, if_match=etag)
        except ServiceError as error:
            return error

    outcomes = list(pool.map(write, range(2)))
    wins = [o for o in outcomes if not isinstance(o, ServiceError)]
    losses = [o for o in outcomes if isinstance(o, ServiceError)]
    return wins, losses


def test_two_writers_with_the_same_if_match_one_wins_one_gets_412(
    server: MockKmsServer, api_key: rsa.RSAPrivateKey
) -> None:
    client, transport = sync_client(server, api_key)
    rounds = 25
    with client, ThreadPoolExecutor(2) as pool:
        key_id = client.create_key(aes_key_details(where("race"), "race")).data.id
        for round_ in range(rounds):
            wins, losses = race_pair(client, pool, key_id, round_, "update")
            assert len(wins) == 1 and len(losses) == 1, (wins, losses)
            assert (losses[0].status, losses[0].code) == (412, "NoEtagMatch")
            stored = server.state.get_key(key_id)
            assert stored.display_name == wins[0].data.display_name  # the winner's write is the one kept
            assert stored.etag == etag_of(wins[0])
        # A stale etag also guards state changes: of two disables, one wins, the other gets 412 (not 409).
        for round_ in range(5):
            wins, losses = race_pair(client, pool, key_id, round_, "disable")
            assert len(wins) == 1 and (losses[0].status, losses[0].code) == (412, "NoEtagMatch")
            assert server.state.get_key(key_id).lifecycle_state == "DISABLED"
            client.enable_key(key_id)
    assert transport.log.server_errors == 0


def test_async_writers_with_the_same_if_match_one_wins_one_gets_412(
    server: MockKmsServer, api_key: rsa.RSAPrivateKey
) -> None:
    compartment = where("async-race")

    async def main() -> list[tuple[str, Response[Key], ServiceError]]:
        client, _ = async_client(server, api_key)

        async def race(i: int) -> tuple[str, Response[Key], ServiceError]:
            created = await client.create_key(aes_key_details(compartment, f"k{i}"))
            etag = etag_of(created)
            outcomes = await asyncio.gather(
                *(client.update_key(created.data.id, {"displayName": f"k{i}-w{w}"}, if_match=etag) for w in (0, 1)),
                return_exceptions=True,
            )
            wins = [o for o in outcomes if isinstance(o, Response)]
            losses = [o for o in outcomes if isinstance(o, ServiceError)]
            assert len(wins) == 1 and len(losses) == 1, outcomes
            return created.data.id, wins[0], losses[0]

        async with client:
            return await asyncio.gather(*(race(i) for i in range(IN_FLIGHT // 2)))

    for key_id, win, loss in asyncio.run(main()):
        assert (loss.status, loss.code) == (412, "NoEtagMatch")
        assert server.state.get_key(key_id).display_name == win.data.display_name


# ---------------------------------------------------------------------- paging while creating


@pytest.mark.parametrize("sort_order", [None, "ASC", "DESC"])
def test_paging_by_time_created_while_keys_are_created_sees_each_existing_key_once(
    server: MockKmsServer, api_key: rsa.RSAPrivateKey, sort_order: str | None
) -> None:
    client, _ = sync_client(server, api_key)
    compartment = where("paging")
    with client:
        existing = {client.create_key(aes_key_details(compartment, f"old-{i}")).data.id for i in range(60)}
        stop = threading.Event()
        made_meanwhile: list[str] = []

        def keep_creating(worker: int) -> None:
            # Bounded: in ascending order new keys land after the cursor, and an endless stream of them
            # would keep the listing going forever (as it would against the service).
            for i in range(CREATED_PER_THREAD):
                if stop.is_set():
                    return
                made_meanwhile.append(client.create_key(aes_key_details(compartment, f"new-{worker}-{i}")).data.id)

        seen: collections.Counter[str] = collections.Counter()
        pages = 0
        with ThreadPoolExecutor(THREADS) as pool:
            creators = [pool.submit(keep_creating, n) for n in range(THREADS - 1)]
            kwargs: dict[str, Any] = {"sort_by": "TIMECREATED", "limit": 7}
            if sort_order:
                kwargs["sort_order"] = sort_order
            for page in list_call_get_all_results_generator(client.list_keys, "response", compartment, **kwargs):
                pages += 1
                seen.update(item.id for item in page.data)
                if pages <= len(existing) // 7:
                    # Keys appear between every two pages of the existing ones, whatever the threads' timing.
                    made_meanwhile.append(client.create_key(aes_key_details(compartment, f"between-{pages}")).data.id)
            stop.set()
            for creator in creators:
                creator.result()
    print(f"\n[paging {sort_order}] pages={pages} existing={len(existing)} created meanwhile={len(made_meanwhile)}")
    assert pages >= len(existing) // 7
    assert len(made_meanwhile) >= len(existing) // 7
    missing = existing - set(seen)
    assert not missing
    assert {key_id: n for key_id, n in seen.items() if n > 1} == {}
    assert set(seen) <= existing | set(made_meanwhile)
