"""The benchmark run: start the servers, measure every scenario in alternating rounds, build the report rows."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import platform
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bench import startup
from bench.bodies import KEY_ID, LIST_SIZE
from bench.concurrency import concurrency_phase
from bench.envelope import MIB, envelope_phase
from bench.floor import ApiKey, Floor, RawGet
from bench.processes import ServerStartError, serving
from bench.scenarios import FacadeCalls, MockCalls
from bench.sdk import SDK_REQUIREMENT, SdkWorker, sdk_venv
from bench.sdk_rows import sdk_canned_rows, sdk_canned_runners, sdk_process_rows
from bench.stats import Row, Target, alternate, compared, median
from bench.timing import run_concurrently, run_for
from bench.typed_floor import TypedFloor

CANNED_SERVER = ("bench.canned_server", "--host", "127.0.0.1", "--port", "0")


@dataclass(frozen=True)
class Settings:
    """How long and how often to measure."""

    rounds: int = 15
    seconds: float = 0.2
    mock_rounds: int = 7
    mock_seconds: float = 1.0
    concurrency: int = 64
    latency_ms: int = 20
    process_rounds: int = 7
    rss_calls: int = 300
    warmup_calls: int = 20
    envelope_mib: int = 32


QUICK = Settings(
    rounds=2,
    seconds=0.1,
    mock_rounds=1,
    mock_seconds=0.4,
    process_rounds=1,
    rss_calls=10,
    warmup_calls=3,
    envelope_mib=2,
)


def mock_command(latency_ms: int) -> tuple[str, ...]:
    """``python -m`` arguments of the kms_mock server the async scenario runs against."""
    return (
        "kms_mock",
        *("--host", "127.0.0.1", "--port", "0", "--auth", "off"),
        *("--latency-ms", str(latency_ms), "--log-level", "WARNING"),
    )


def log(message: str) -> None:
    """Progress, on stderr so that the report on stdout stays clean."""
    print(message, file=sys.stderr, flush=True)


def check_canned_calls(floor: Floor, typed: TypedFloor, facade: FacadeCalls, raw: RawGet) -> None:
    """Every scenario gets the answer it should, before any of them is timed."""
    key = facade.get_key()
    if key.id != KEY_ID or key.additional_properties:
        raise AssertionError(f"facade get_key parsed an unexpected Key: {key!r}")
    summaries = facade.list_keys()
    if len(summaries) != LIST_SIZE or type(summaries[0]).__name__ != "KeySummary":
        raise AssertionError(f"facade list_keys did not return {LIST_SIZE} KeySummary")
    if floor.get_key()["id"] != KEY_ID or floor.list_key_ids() != facade.list_key_ids():
        raise AssertionError("the floor and the facade disagree about the canned bodies")
    if [summary.to_dict() for summary in typed.list_keys()] != [summary.to_dict() for summary in summaries]:
        raise AssertionError("the typed floor and the facade built different KeySummary")
    if floor.bare_get() != raw.get():
        raise AssertionError("the raw-socket client and httpx got different bodies")


def canned_calls(floor: Floor, typed: TypedFloor, facade: FacadeCalls, raw: RawGet) -> dict[str, Callable[[], object]]:
    """One call of each scenario against the canned server, by name."""
    return {
        "raw": raw.get,
        "bare": floor.bare_get,
        "floor_get": floor.get_key,
        "facade_get": facade.get_key,
        "floor_list": floor.list_key_ids,
        "typed_list": typed.list_key_ids,
        "facade_list": facade.list_key_ids,
    }


def canned_phase(endpoint: str, api_key: ApiKey, settings: Settings, sdk: SdkWorker | None = None) -> list[Row]:
    """Scenarios 1-3 and the server check, alternating rounds against the canned server (and the SDK's rounds)."""
    floor, facade, raw = Floor(endpoint, api_key), FacadeCalls(endpoint, api_key), RawGet(endpoint)
    typed = TypedFloor(floor.list_keys)
    try:
        check_canned_calls(floor, typed, facade, raw)
        calls = canned_calls(floor, typed, facade, raw)
        if sdk is not None:
            calls["facade_create"] = facade.create_key
        for call in calls.values():  # warm up: connections, caches, lazily imported modules
            for _ in range(settings.warmup_calls):
                call()
        runners: dict[str, Callable[[], float]] = {
            name: functools.partial(run_for, call, settings.seconds) for name, call in calls.items()
        }
        if sdk is not None:
            runners.update(sdk_canned_runners(sdk, endpoint, settings.seconds))
        log(f"canned server: {settings.rounds} rounds x {len(runners)} scenarios x {settings.seconds:g} s")
        s = alternate(runners, settings.rounds)
    finally:
        floor.close()
        facade.close()
        raw.close()
    return [
        compared(
            "server: bare GET, raw socket",
            s["raw"],
            s["floor_get"],
            "calls/s",
            Target(3.0),
            "the canned server's own rate (keep-alive GET over a plain socket, no httpx); ratio vs row 1",
        ),
        compared(
            "server: bare GET through httpx",
            s["bare"],
            s["floor_get"],
            "calls/s",
            note=(
                "httpx GET, no signing, no parsing; ratio vs row 1. Its cost is mostly httpx's client side, which"
                " the floor pays too, so it cannot reach 3x: at most 1 + (sign time / GET time)"
            ),
        ),
        Row(
            "1. floor get (GET+sign+json.loads)",
            median(s["floor_get"]),
            "calls/s",
            note="keep-alive httpx.Client GET + one RSA-2048 PKCS#1 v1.5 SHA-256 signature + json.loads, per call",
        ),
        compared(
            "2. facade get_key (sync)", s["facade_get"], s["floor_get"], "calls/s", Target(0.95), "ratio vs row 1"
        ),
        Row(
            f"3a. floor list ({LIST_SIZE} items)",
            median(s["floor_list"]),
            "calls/s",
            note="both list rows read the id of every item after the call",
        ),
        compared(
            f"3b. facade list_keys ({LIST_SIZE} KeySummary)", s["facade_list"], s["floor_list"], "calls/s", Target(0.85)
        ),
        compared(
            f"3c. typed floor ({LIST_SIZE} KeySummary)",
            s["typed_list"],
            s["floor_list"],
            "calls/s",
            note=(
                "3a, then KeySummary(...) per item built by hand: a datetime, the tag-map classes and the required"
                " lifecycle state's enum, other enum values left as strings, nothing checked. Ratio vs 3a: about the"
                " most a client returning these models reaches"
            ),
        ),
        compared(
            "3d. facade list_keys vs typed floor",
            s["facade_list"],
            s["typed_list"],
            "calls/s",
            Target(0.95),
            "ratio vs 3c",
        ),
        *(sdk_canned_rows(s) if sdk is not None else []),
    ]


def mock_phase(api_key: ApiKey, settings: Settings) -> list[Row]:
    """Scenario 4: async with many calls in flight vs sync sequential, against kms_mock with latency."""
    sync_name = f"4a. sync facade get_key, kms_mock {settings.latency_ms} ms"
    async_name = f"4b. async facade, {settings.concurrency} in flight"
    try:
        with serving(mock_command(settings.latency_ms)) as endpoint, asyncio.Runner() as runner:
            calls = MockCalls(endpoint, api_key)
            try:
                runners: dict[str, Callable[[], float]] = {
                    "sync": functools.partial(run_for, calls.sync_get_key, settings.mock_seconds),
                    "async": lambda: runner.run(
                        run_concurrently(calls.async_get_key, settings.concurrency, settings.mock_seconds)
                    ),
                }
                calls.sync_get_key()
                runner.run(run_concurrently(calls.async_get_key, settings.concurrency, 0.0))
                log(f"kms_mock: {settings.mock_rounds} rounds x 2 scenarios x {settings.mock_seconds:g} s")
                s = alternate(runners, settings.mock_rounds)
            finally:
                runner.run(calls.aclose())
    except (ServerStartError, OSError, RuntimeError) as error:
        reason = f"kms_mock scenario not run: {type(error).__name__}: {error}"
        log(reason)
        return [Row(sync_name, None, "calls/s", note=reason), Row(async_name, None, "calls/s", target=Target(10.0))]
    sync_rate = median(s["sync"])
    round_trip_ms = 1000.0 / sync_rate
    note = f"one sequential call takes {round_trip_ms:.1f} ms for {settings.latency_ms} ms of server latency"
    if round_trip_ms > 1.5 * settings.latency_ms + 5:
        note += (
            f"; the other {round_trip_ms - settings.latency_ms:.0f} ms are not the facade's: they inflate 4b's ratio"
            " (a server that leaves Nagle on waits ~40 ms for the client's delayed ACK on every kept-alive response)"
        )
    return [
        Row(sync_name, sync_rate, "calls/s", note=note),
        compared(async_name, s["async"], s["sync"], "calls/s", Target(10.0), "ratio vs 4a"),
    ]


def process_phase(endpoint: str, pem_path: str, settings: Settings, sdk_python: Path | None = None) -> list[Row]:
    """Scenario 5: import time, time to the first call and peak RSS, each in fresh processes (and the SDK's)."""
    rounds = settings.process_rounds
    startup.compile_sources()
    log(f"fresh processes: {rounds} rounds x (imports + 2 first calls), then peak-RSS runs")
    importers = {name: functools.partial(startup.import_ms, name) for name in ("httpx", "kms_facade")}
    if sdk_python is not None:
        importers["oci"] = functools.partial(startup.import_ms, "oci", str(sdk_python))
    imports = alternate(importers, rounds)
    cpu: dict[str, list[float]] = {"floor": [], "facade": []}
    first = alternate(
        {
            mode: functools.partial(startup.first_call_ms, mode, endpoint, pem_path, cpu[mode])
            for mode in ("floor", "facade")
        },
        rounds,
    )
    floor_rss = startup.peak_rss_mib("floor", endpoint, settings.rss_calls)
    facade_rss = startup.peak_rss_mib("facade", endpoint, settings.rss_calls)
    rows = [
        Row(
            "5a. import httpx",
            median(imports["httpx"]),
            "ms",
            note="in a fresh interpreter, the import statement alone",
        ),
        compared("5b. import kms_facade", imports["kms_facade"], imports["httpx"], "ms", Target(1.5, at_least=False)),
        Row(
            "5c. first get: floor process",
            median(first["floor"]),
            "ms",
            note="fresh process: imports, API key from its PEM file, client, one signed get_key, parsed",
        ),
        compared(
            "5d. first get_key: facade process", first["facade"], first["floor"], "ms", Target(1.15, at_least=False)
        ),
        compared(
            "5g. first get_key, CPU time: facade vs floor",
            cpu["facade"],
            cpu["floor"],
            "ms",
            note=(
                "the CPU time of the same processes over the same span (5c, 5d), which the scheduler of a loaded"
                " machine does not inflate; value: the facade's"
            ),
        ),
        Row(
            "5e. peak RSS, floor process",
            floor_rss,
            "MiB",
            note=(
                f"VmHWM after {settings.rss_calls} get_key + {settings.rss_calls} list_keys calls (getrusage's"
                " ru_maxrss would include the parent's peak: Linux carries it across execve)"
            ),
        ),
        Row("5f. peak RSS, facade process", facade_rss, "MiB", facade_rss / floor_rss),
    ]
    if sdk_python is not None:
        rows += sdk_process_rows(sdk_python, endpoint, pem_path, settings.rss_calls, imports, facade_rss)
    return rows


@contextlib.contextmanager
def pem_file(api_key: ApiKey) -> Iterator[str]:
    """The API key's PEM in a private temporary file, for processes that load it the way users do."""
    with tempfile.TemporaryDirectory() as directory:
        pem_path = Path(directory) / "bench_api_key.pem"
        pem_path.write_text(api_key.pem, "ascii")
        pem_path.chmod(0o600)
        yield str(pem_path)


def describe_machine() -> str:
    """One line saying where the numbers come from."""
    return (
        f"python {platform.python_version()} on {platform.machine()} {platform.system()}, "
        f"{os.cpu_count()} CPUs; the servers run in their own processes"
    )


def run(settings: Settings, against_oci: bool = False) -> list[Row]:
    """Measure everything once (with the official SDK's rows when asked); return the report rows."""
    api_key = ApiKey.generate()
    with contextlib.ExitStack() as stack:
        pem_path = stack.enter_context(pem_file(api_key))
        sdk_python, sdk = None, None
        if against_oci:
            log(f"installing {SDK_REQUIREMENT} into a throw-away venv")
            sdk_python = stack.enter_context(sdk_venv())
            sdk = stack.enter_context(SdkWorker(sdk_python, pem_path))
        with serving(CANNED_SERVER) as endpoint:
            log(f"canned server at {endpoint}")
            rows = canned_phase(endpoint, api_key, settings, sdk)
            process_rows = process_phase(endpoint, pem_path, settings, sdk_python)
        log(f"64 in flight: {settings.mock_rounds} rounds x {settings.mock_seconds:g} s per scenario")
        rows += mock_phase(api_key, settings) + process_rows
        rows += concurrency_phase(api_key, settings.mock_rounds, settings.mock_seconds, settings.concurrency, sdk)
        log(f"envelope: {settings.mock_rounds} rounds x 2 scenarios x {settings.envelope_mib} MiB")
        rows += envelope_phase(settings.mock_rounds, settings.envelope_mib * MIB)
    return sorted(rows, key=lambda row: row.scenario.startswith("7."))  # the SDK's rows last, together
