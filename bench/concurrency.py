"""Scenario 6: 64 calls in flight against the canned server holding each response 20 ms — the facade's sync client
shared by 64 threads, its async client, each also over httpx's own transport (httpcore's pool), and the official
SDK on 64 threads when it is measured — with new TCP connections per request counted on the server's side."""

from __future__ import annotations

import asyncio
import collections
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.bodies import KEY_ID
from bench.floor import ApiKey
from bench.processes import serving
from bench.sdk import SdkWorker
from bench.stats import Row, Target, alternate, compared, median
from bench.threads import hammer
from bench.timing import run_concurrently
from kms_facade import AsyncKmsManagementClient, KmsManagementClient

LATENCY_MS = 20


def slow_canned_command(latency_ms: int = LATENCY_MS) -> tuple[str, ...]:
    """``python -m`` arguments of a canned server that holds every response ``latency_ms``."""
    return ("bench.canned_server", "--host", "127.0.0.1", "--port", "0", "--latency-ms", str(latency_ms))


def server_stats(endpoint: str) -> tuple[int, int]:
    """``(connections, requests)`` the canned server has seen so far (its stats request not counted)."""
    stats = httpx.get(f"{endpoint}/bench/stats").json()
    return int(stats["connections"]), int(stats["requests"])


@dataclass
class Tally:
    """Server-side counts and client-side errors of one scenario over all its rounds."""

    connections: int = 0
    requests: int = 0
    cpu_seconds: float = 0.0
    errors: collections.Counter[str] = field(default_factory=collections.Counter)
    remote_cpu: bool = False

    @property
    def cpu_per_request_ms(self) -> float:
        """Client CPU time per request (ms): what a round costs the client, whatever share of the cores the
        scheduler gave it on a shared machine."""
        return 1000.0 * self.cpu_seconds / self.requests if self.requests else float("nan")

    @property
    def per_request(self) -> float:
        """New TCP connections per request."""
        return self.connections / self.requests if self.requests else float("nan")

    def describe(self) -> str:
        """The counts, for a note."""
        errors = sum(self.errors.values())
        detail = f" ({', '.join(f'{n}x {e}' for e, n in self.errors.most_common(2))})" if errors else ""
        return (
            f"{self.per_request:.3f} new TCP connections/request, {self.cpu_per_request_ms:.2f} ms client CPU/request,"
            f" {errors} transport errors{detail}"
        )


def counted(endpoint: str, tally: Tally, runner: Callable[[], float]) -> Callable[[], float]:
    """``runner``, counting on the server what each round did."""

    def run() -> float:
        connections, requests = server_stats(endpoint)
        cpu = time.process_time()
        rate = runner()
        if not tally.remote_cpu:
            tally.cpu_seconds += time.process_time() - cpu
        after_connections, after_requests = server_stats(endpoint)
        tally.connections += after_connections - connections
        tally.requests += after_requests - requests
        return rate

    return run


def _threads(call: Callable[[], object], threads: int, seconds: float, tally: Tally) -> float:
    result = hammer(call, threads, seconds)
    tally.errors.update(result.errors)
    return result.rate


def _sdk_threads(sdk: SdkWorker, endpoint: str, threads: int, seconds: float, tally: Tally) -> float:
    rate, errors, cpu = sdk.threads(endpoint, threads, seconds)
    tally.remote_cpu = True
    tally.cpu_seconds += cpu
    if errors:
        tally.errors["SDK errors"] += errors
    return rate


def concurrency_phase(api_key: ApiKey, rounds: int, seconds: float, in_flight: int, sdk: SdkWorker | None) -> list[Row]:
    """Alternating rounds of every 64-in-flight scenario against one slow canned server."""
    with serving(slow_canned_command()) as endpoint, asyncio.Runner() as runner:
        clients: dict[str, Any] = {
            "sync": KmsManagementClient({}, endpoint, signer=api_key.signer()),
            "stock_sync": KmsManagementClient({}, endpoint, signer=api_key.signer(), transport=httpx.HTTPTransport()),
        }

        async def make_async() -> None:  # on the runner's loop, as an application would
            clients["async"] = AsyncKmsManagementClient({}, endpoint, signer=api_key.signer())
            clients["stock_async"] = AsyncKmsManagementClient(
                {}, endpoint, signer=api_key.signer(), transport=httpx.AsyncHTTPTransport()
            )

        runner.run(make_async())
        tallies: collections.defaultdict[str, Tally] = collections.defaultdict(Tally)

        def sync_runner(name: str) -> Callable[[], float]:
            return functools.partial(_threads, lambda: clients[name].get_key(KEY_ID), in_flight, seconds, tallies[name])

        def async_runner(name: str) -> Callable[[], float]:
            async def call() -> object:
                return await clients[name].get_key(KEY_ID)

            return lambda: runner.run(run_concurrently(call, in_flight, seconds))

        runners = {
            "sync": sync_runner("sync"),
            "async": async_runner("async"),
            "stock_sync": sync_runner("stock_sync"),
            "stock_async": async_runner("stock_async"),
        }
        if sdk is not None:
            runners["sdk"] = functools.partial(_sdk_threads, sdk, endpoint, in_flight, seconds, tallies["sdk"])
        try:
            alternate(runners, 1)  # warm up: connections, caches, the SDK worker's client (errors still count)
            measured = {name: counted(endpoint, tallies[name], run) for name, run in runners.items()}
            s = alternate(measured, rounds)
        finally:
            for name in ("sync", "stock_sync"):
                clients[name].close()
            for name in ("async", "stock_async"):
                runner.run(clients[name].close())
    return concurrency_rows(s, tallies, in_flight)


def concurrency_rows(s: dict[str, list[float]], tallies: dict[str, Tally], in_flight: int) -> list[Row]:
    """The report rows of :func:`concurrency_phase`."""
    sync, asynchronous = tallies["sync"], tallies["async"]
    rows = [
        Row(
            f"6a. sync facade, {in_flight} threads, one client",
            median(s["sync"]),
            "calls/s",
            note=f"canned server holding each response {LATENCY_MS} ms; {sync.describe()}",
        ),
        compared(
            f"6b. async facade, {in_flight} in flight",
            s["async"],
            s["sync"],
            "calls/s",
            Target(1.0),
            f"one event loop, ratio vs 6a; {asynchronous.describe()}",
        ),
        Row(
            "6h. client CPU per call: 6a, 6b",
            sync.cpu_per_request_ms,
            "ms",
            asynchronous.cpu_per_request_ms / sync.cpu_per_request_ms,
            note=(
                "value: 6a's CPU time per request; ratio: 6b's over 6a's. On a shared machine the scheduler gives a"
                " process with 64 runnable threads more CPU than one event loop, which the calls/s ratios show"
            ),
        ),
        Row("6c. new TCP connections per request, 6a", sync.per_request, "", target=Target(0.1, at_least=False)),
        Row(
            "6d. new TCP connections per request, 6b", asynchronous.per_request, "", target=Target(0.1, at_least=False)
        ),
        Row(
            "6e. transport errors in 6a and 6b",
            float(sum(sync.errors.values()) + sum(asynchronous.errors.values())),
            "",
            target=Target(0, at_least=False),
            note="every round, warm-up included; counted against the server's connections and requests",
        ),
        compared(
            "6f. 6a over httpx's own transport",
            s["stock_sync"],
            s["sync"],
            "calls/s",
            note=f"httpcore 1.0.9's pool (limits 100/20), ratio vs 6a; {tallies['stock_sync'].describe()}",
        ),
        compared(
            "6g. 6b over httpx's own transport",
            s["stock_async"],
            s["async"],
            "calls/s",
            note=f"ratio vs 6b; {tallies['stock_async'].describe()}",
        ),
    ]
    if "sdk" in s:
        rows += [
            Row(
                f"7a. official SDK, {in_flight} threads, one client",
                median(s["sdk"]),
                "calls/s",
                note=f"oci 2.189.0, circuit breaker off; {tallies['sdk'].describe()}",
            ),
            compared("7b. 6a vs the SDK on threads", s["sync"], s["sdk"], "calls/s", Target(1.1), "ratio vs 7a"),
            compared("7c. 6b vs the SDK on threads", s["async"], s["sdk"], "calls/s", Target(1.5), "ratio vs 7a"),
            Row(
                "7p. client CPU per call: SDK threads",
                tallies["sdk"].cpu_per_request_ms,
                "ms",
                note="the SDK worker's own CPU time over its 7a rounds, per request the server answered",
            ),
            Row(
                "7q. client CPU per call: 6b vs 7a",
                asynchronous.cpu_per_request_ms,
                "ms",
                asynchronous.cpu_per_request_ms / tallies["sdk"].cpu_per_request_ms,
                note="below 1: the event loop costs less CPU per call than the SDK's threads",
            ),
        ]
    return rows
