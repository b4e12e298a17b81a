"""Pagination helpers, waiters and composite operations over a scripted transport (time injected)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from kms_facade import (
    WAIT_RESOURCE_NOT_FOUND,
    AsyncKmsManagementClient,
    KmsManagementClient,
    KmsManagementClientCompositeOperations,
    async_wait_until,
    wait_until,
)
from kms_facade.exceptions import CompositeOperationError, MaximumWaitTimeExceeded, ServiceError, WaitUntilNotSupported
from kms_facade.pagination import (
    async_list_call_get_all_results,
    async_list_call_get_all_results_generator,
    list_call_get_all_results,
    list_call_get_all_results_generator,
    list_call_get_up_to_limit,
    list_call_get_up_to_limit_generator,
)
from tests.test_facade_client import COMPARTMENT, ENDPOINT, KEY_ID, key_json, signer

SUMMARIES = [
    {
        "compartmentId": COMPARTMENT,
        "displayName": f"k{i}",
        "id": f"key-{i}",
        "lifecycleState": "ENABLED",
        "timeCreated": "2026-01-01T00:00:00Z",
        "vaultId": "ocid1.vault.oc1..v",
    }
    for i in range(7)
]


def paged_handler(seen: list[httpx.Request]) -> Any:
    """Serve SUMMARIES in pages of ``limit`` (default 3), the page token being the next offset."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        offset = int(request.url.params.get("page", "0"))
        limit = int(request.url.params.get("limit", "3"))
        chunk = SUMMARIES[offset : offset + limit]
        headers = {"opc-next-page": str(offset + limit)} if offset + limit < len(SUMMARIES) else {}
        return httpx.Response(200, json=chunk, headers=headers)

    return handler


def paged_client(seen: list[httpx.Request]) -> KmsManagementClient:
    return KmsManagementClient({}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(paged_handler(seen)))


def test_get_all_results_follows_every_page() -> None:
    seen: list[httpx.Request] = []
    response = list_call_get_all_results(paged_client(seen).list_keys, COMPARTMENT)
    assert [k.id for k in response.data] == [s["id"] for s in SUMMARIES]
    assert [r.url.params.get("page") for r in seen] == [None, "3", "6"]
    assert response.next_page is None
    # Each page call runs under the default retry strategy, as OCI's helpers do.
    assert all(r.headers["opc-client-retries"] == "true" for r in seen)


def test_generators_are_lazy() -> None:
    seen: list[httpx.Request] = []
    records = list_call_get_all_results_generator(paged_client(seen).list_keys, "record", COMPARTMENT)
    assert next(records).id == "key-0"
    assert len(seen) == 1
    pages = list(list_call_get_all_results_generator(paged_client(seen).list_keys, "response", COMPARTMENT))
    assert [len(p.data) for p in pages] == [3, 3, 1]
    with pytest.raises(ValueError, match="record"):
        next(list_call_get_all_results_generator(paged_client(seen).list_keys, "rows", COMPARTMENT))


def test_up_to_limit_stops_early_and_sizes_pages() -> None:
    seen: list[httpx.Request] = []
    response = list_call_get_up_to_limit(paged_client(seen).list_keys, 5, 2, COMPARTMENT)
    assert [k.id for k in response.data] == ["key-0", "key-1", "key-2", "key-3", "key-4"]
    assert [r.url.params["limit"] for r in seen] == ["2", "2", "1"]
    seen.clear()
    one_call = list(list_call_get_up_to_limit_generator(paged_client(seen).list_keys, None, 2, "record", COMPARTMENT))
    assert len(one_call) == 2 and len(seen) == 1


def test_async_pagination() -> None:
    seen: list[httpx.Request] = []

    async def main() -> tuple[list[str], list[str]]:
        async with AsyncKmsManagementClient(
            {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(paged_handler(seen))
        ) as client:
            everything = await async_list_call_get_all_results(client.list_keys, COMPARTMENT)
            lazily = [
                k.id async for k in async_list_call_get_all_results_generator(client.list_keys, "record", COMPARTMENT)
            ]
            return [k.id for k in everything.data], lazily

    eager, lazy = asyncio.run(main())
    assert eager == lazy == [s["id"] for s in SUMMARIES]


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def states_handler(states: list[str], seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return httpx.Response(200, json=key_json(lifecycleState="CREATING"), headers={"etag": "e"})
        state = states.pop(0) if len(states) > 1 else states[0]
        if state == "404":
            return httpx.Response(404, json={"code": "NotAuthorizedOrNotFound", "message": "gone"})
        return httpx.Response(200, json=key_json(lifecycleState=state), headers={"etag": "e"})

    return handler


def test_wait_until_polls_with_growing_intervals_and_the_same_request_id() -> None:
    seen: list[httpx.Request] = []
    client = KmsManagementClient(
        {},
        ENDPOINT,
        signer=signer(),
        transport=httpx.MockTransport(states_handler(["CREATING"] * 4 + ["ENABLED"], seen)),
    )
    time = FakeTime()
    first = client.get_key(KEY_ID)
    done = wait_until(client, first, "lifecycle_state", "enabled", sleep=time.sleep, clock=time.clock)
    assert done.data.lifecycle_state == "ENABLED"
    # As oci.wait_until: the response passed in is checked first, then each poll waits 1, 2, 4, 8 s.
    assert time.sleeps == [1, 2, 4, 8]
    assert len(seen) == 5
    assert len({r.headers["opc-request-id"] for r in seen}) == 1


def test_wait_until_gives_up_after_the_maximum() -> None:
    seen: list[httpx.Request] = []
    client = KmsManagementClient(
        {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(states_handler(["CREATING"], seen))
    )
    time = FakeTime()
    with pytest.raises(MaximumWaitTimeExceeded):
        wait_until(
            client,
            client.get_key(KEY_ID),
            "lifecycle_state",
            "ENABLED",
            max_wait_seconds=20,
            max_interval_seconds=5,
            sleep=time.sleep,
            clock=time.clock,
        )
    assert time.sleeps == [1, 2, 4, 5, 5, 3]
    assert time.now == 20


def test_wait_until_not_found() -> None:
    seen: list[httpx.Request] = []
    client = KmsManagementClient(
        {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(states_handler(["DELETING", "404"], seen))
    )
    time = FakeTime()
    first = client.get_key(KEY_ID)
    result = wait_until(
        client, first, "lifecycle_state", "DELETED", succeed_on_not_found=True, sleep=time.sleep, clock=time.clock
    )
    assert result is WAIT_RESOURCE_NOT_FOUND
    with pytest.raises(ServiceError):
        wait_until(client, first, "lifecycle_state", "DELETED", sleep=time.sleep, clock=time.clock)


def test_wait_until_refuses_non_get_responses() -> None:
    seen: list[httpx.Request] = []
    client = KmsManagementClient(
        {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(states_handler(["ENABLED"], seen))
    )
    response = client.enable_key(KEY_ID)
    with pytest.raises(WaitUntilNotSupported, match="get operations"):
        wait_until(client, response, "lifecycle_state", "DISABLED")


def test_async_wait_until() -> None:
    seen: list[httpx.Request] = []
    time = FakeTime()

    async def sleep(seconds: float) -> None:
        time.sleep(seconds)

    async def main() -> str:
        async with AsyncKmsManagementClient(
            {},
            ENDPOINT,
            signer=signer(),
            transport=httpx.MockTransport(states_handler(["CREATING", "CREATING", "ENABLED"], seen)),
        ) as client:
            first = await client.get_key(KEY_ID)
            done = await async_wait_until(client, first, "lifecycle_state", "ENABLED", sleep=sleep, clock=time.clock)
            return str(done.data.lifecycle_state.value)

    assert asyncio.run(main()) == "ENABLED"
    assert time.sleeps == [1, 2]


def test_composite_create_and_wait() -> None:
    seen: list[httpx.Request] = []
    client = KmsManagementClient(
        {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(states_handler(["CREATING", "ENABLED"], seen))
    )
    time = FakeTime()
    composite = KmsManagementClientCompositeOperations(client)
    details = {"compartmentId": COMPARTMENT, "displayName": "k", "keyShape": {"algorithm": "AES", "length": 32}}
    result = composite.create_key_and_wait_for_state(
        details, wait_for_states=["ENABLED"], waiter_kwargs={"sleep": time.sleep, "clock": time.clock}
    )
    assert result.data.lifecycle_state == "ENABLED"
    assert [r.method for r in seen] == ["POST", "GET", "GET"]
    assert time.sleeps == [1]
    immediate = composite.create_key_and_wait_for_state(details)
    assert immediate.data.lifecycle_state == "CREATING"


def test_composite_wraps_failures_with_the_partial_result() -> None:
    seen: list[httpx.Request] = []
    client = KmsManagementClient(
        {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(states_handler(["404"], seen))
    )
    composite = KmsManagementClientCompositeOperations(client)
    with pytest.raises(CompositeOperationError) as caught:
        composite.enable_key_and_wait_for_state(KEY_ID, wait_for_states=["ENABLED"])
    assert caught.value.partial_results[0].status == 200
    assert isinstance(caught.value.cause, ServiceError)
