"""The benchmark harness's pieces, run with tiny counts so they cannot rot (correctness only, no timing)."""

from __future__ import annotations

import asyncio
import json
import pathlib
from collections.abc import Iterator
from importlib import metadata

import httpx
import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from openapi_schema_validator import OAS30Validator

from bench import canned_server, concurrency, harness, install_size, oci_worker, sdk_rows, startup
from bench.bodies import KEY_ID, LIST_SIZE, encode, key_body, list_body
from bench.floor import ApiKey, Floor, RawGet
from bench.processes import ServerStartError, serving
from bench.scenarios import FacadeCalls, MockCalls
from bench.stats import Row, Target, alternate, compared, paired_spread, ratio_of_medians, render_table
from bench.threads import hammer
from bench.timing import run_concurrently, run_for
from bench.typed_floor import TypedFloor
from kms_facade.models import Key, KeySummary
from kms_mock import MockKmsServer

SPEC = pathlib.Path(__file__).resolve().parent.parent / "spec" / "kms.yaml"
TINY = harness.Settings(
    rounds=1, seconds=0.0, mock_rounds=1, mock_seconds=0.0, concurrency=4, process_rounds=1, rss_calls=1, warmup_calls=1
)


@pytest.fixture(scope="module")
def api_key() -> ApiKey:
    return ApiKey.generate()


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with serving(harness.CANNED_SERVER) as url:
        yield url


def schema_validator(name: str) -> OAS30Validator:
    spec = yaml.safe_load(SPEC.read_text("utf-8"))
    return OAS30Validator({"$ref": f"#/components/schemas/{name}", "components": spec["components"]})


# --------------------------------------------------------------------------- canned bodies and server


def test_canned_key_is_a_valid_key_the_facade_parses_fully() -> None:
    schema_validator("Key").validate(key_body())
    key = Key.from_dict(key_body())
    assert key.id == KEY_ID
    assert key.additional_properties == {}


def test_typed_floor_builds_what_the_generated_parser_builds_for_the_canned_page() -> None:
    built = TypedFloor(list_body).list_keys()
    assert built == [KeySummary.from_dict(item) for item in list_body()]
    assert {type(summary.time_created).__name__ for summary in built} == {"datetime"}


def test_canned_page_holds_valid_distinct_key_summaries() -> None:
    validator = schema_validator("KeySummary")
    page = list_body()
    for item in page:
        validator.validate(item)
        assert KeySummary.from_dict(item).additional_properties == {}
    assert len({item["id"] for item in page}) == LIST_SIZE


def test_render_answers_key_list_and_404_with_fresh_request_ids() -> None:
    key_head, key_payload = canned_server.render(b"GET", b"/20180608/keys/abc").split(b"\r\n\r\n", 1)
    list_head, list_payload = canned_server.render(b"GET", b"/20180608/keys?compartmentId=c&limit=100").split(
        b"\r\n\r\n", 1
    )
    created_head, created_payload = canned_server.render(b"POST", b"/20180608/keys").split(b"\r\n\r\n", 1)
    missing = canned_server.render(b"DELETE", b"/20180608/keys")
    assert key_head.startswith(b"HTTP/1.1 200 ") and b'etag: "' in key_head
    assert json.loads(key_payload) == key_body()
    assert f"content-length: {len(key_payload)}".encode() in key_head
    assert json.loads(list_payload) == list_body()
    assert created_head.startswith(b"HTTP/1.1 200 ") and json.loads(created_payload) == key_body()
    assert missing.startswith(b"HTTP/1.1 404 ")
    ids = [head.split(b"opc-request-id: ")[1][:32] for head in (key_head, list_head)]
    assert ids[0] != ids[1] and all(len(value) == 32 for value in ids)


def test_canned_protocol_answers_pipelined_requests_and_skips_bodies() -> None:
    written: list[bytes] = []

    class Transport(asyncio.Transport):
        def write(self, data: bytes | bytearray | memoryview) -> None:
            written.append(bytes(data))

    protocol = canned_server.CannedProtocol()
    protocol.connection_made(Transport())
    request = b"GET /20180608/keys/k HTTP/1.1\r\nhost: x\r\n\r\n"
    with_body = b"PUT /20180608/keys/k HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody"
    protocol.data_received(request + with_body[:20])
    protocol.data_received(with_body[20:] + request)
    responses = b"".join(written).count(b"HTTP/1.1 ")
    assert responses == 3
    assert protocol.buffer == bytearray()


# --------------------------------------------------------------------------- scenarios against the canned server


def test_floor_facade_and_raw_socket_agree_on_the_canned_server(endpoint: str, api_key: ApiKey) -> None:
    floor, facade, raw = Floor(endpoint, api_key), FacadeCalls(endpoint, api_key), RawGet(endpoint)
    typed = TypedFloor(floor.list_keys)
    try:
        harness.check_canned_calls(floor, typed, facade, raw)
        assert facade.list_key_ids() == typed.list_key_ids() == [item["id"] for item in list_body()]
        assert json.loads(raw.get()) == key_body()
    finally:
        floor.close()
        facade.close()
        raw.close()


def test_canned_phase_reports_every_scenario(endpoint: str, api_key: ApiKey) -> None:
    rows = harness.canned_phase(endpoint, api_key, TINY)
    names = [row.scenario for row in rows]
    assert names[0] == "server: bare GET, raw socket"
    assert any(name.startswith("2. facade get_key") for name in names)
    assert any(name.startswith("3b. facade list_keys") for name in names)
    assert any(name.startswith("3c. typed floor") for name in names)
    assert all(row.value is not None and row.value > 0 for row in rows)
    assert {row.verdict for row in rows} <= {"PASS", "FAIL", "-"}


def test_process_phase_measures_imports_first_calls_and_rss(endpoint: str, api_key: ApiKey) -> None:
    with harness.pem_file(api_key) as pem_path:
        rows = {row.scenario: row for row in harness.process_phase(endpoint, pem_path, TINY)}
    assert rows["5b. import kms_facade"].target == Target(1.5, at_least=False)
    assert all(row.value is not None and row.value > 0 for row in rows.values())
    assert rows["5f. peak RSS, facade process"].ratio is not None


def test_rss_probe_floor_process_never_imports_the_facade(endpoint: str) -> None:
    code = (
        "import sys; from bench import rss_probe; "
        f"rss_probe.run('floor', {endpoint!r}, 1); print(any(m.startswith('kms_') for m in sys.modules))"
    )
    assert startup._probe("-c", code) == "False"


# --------------------------------------------------------------------------- scenario 4 pieces


def test_mock_calls_sync_and_async_get_the_created_key(api_key: ApiKey) -> None:
    wrapping = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with MockKmsServer(auth=False, wrapping_key=wrapping) as mock, asyncio.Runner() as runner:
        calls = MockCalls(mock.endpoint, api_key)
        try:
            assert calls.sync_get_key().id == calls.key_id
            assert runner.run(calls.async_get_key()).id == calls.key_id
            assert runner.run(run_concurrently(calls.async_get_key, 3, 0.0)) > 0
        finally:
            runner.run(calls.aclose())


def test_mock_phase_reports_skip_when_the_mock_cannot_start(api_key: ApiKey, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "mock_command", lambda latency_ms: ("bench.no_such_module",))
    rows = harness.mock_phase(api_key, TINY)
    assert [row.verdict for row in rows] == ["SKIP", "SKIP"]
    assert "kms_mock scenario not run" in rows[0].note


def test_serving_raises_when_the_child_exits_without_serving() -> None:
    with pytest.raises(ServerStartError, match="exited before serving"), serving(["bench.no_such_module"]):
        pass


def test_mock_command_matches_the_documented_cli() -> None:
    assert harness.mock_command(20) == (
        "kms_mock",
        *("--host", "127.0.0.1", "--port", "0", "--auth", "off", "--latency-ms", "20", "--log-level", "WARNING"),
    )


# --------------------------------------------------------------------------- arithmetic and report


def test_alternate_reverses_the_order_on_odd_rounds() -> None:
    order: list[str] = []

    def runner(name: str) -> float:
        order.append(name)
        return float(len(order))

    samples = alternate({"a": lambda: runner("a"), "b": lambda: runner("b")}, 3)
    assert order == ["a", "b", "b", "a", "a", "b"]
    assert samples == {"a": [1.0, 4.0, 5.0], "b": [2.0, 3.0, 6.0]}


def test_ratios_spread_and_targets() -> None:
    assert ratio_of_medians([9.0, 10.0, 11.0], [4.0, 5.0, 100.0]) == 2.0
    assert paired_spread([2.0, 6.0], [1.0, 2.0]) == (2.0, 3.0)
    assert Target(0.9).met(0.9) and not Target(0.9).met(0.89)
    assert Target(1.5, at_least=False).met(1.2) and not Target(1.5, at_least=False).met(1.6)
    assert str(Target(1.5, at_least=False)) == "<= 1.5"


def test_row_verdicts_and_table() -> None:
    passing = compared("fast", [10.0, 10.0], [10.0, 10.0], "calls/s", Target(0.9), note="a note")
    failing = compared("slow", [5.0], [10.0], "calls/s", Target(0.9))
    skipped = Row("absent", None, "calls/s", target=Target(10.0))
    assert (passing.verdict, failing.verdict, skipped.verdict, Row("info", 3.0, "ms").verdict) == (
        "PASS",
        "FAIL",
        "SKIP",
        "-",
    )
    table = render_table([passing, failing, skipped])
    assert "fast [1]" in table and "[1] a note" in table
    assert "0.50x" in table and "FAIL" in table and "n/a" in table


def test_run_for_makes_at_least_min_calls() -> None:
    calls: list[int] = []
    assert run_for(lambda: calls.append(1), 0.0, min_calls=5) > 0
    assert len(calls) == 5


def test_run_concurrently_runs_every_worker() -> None:
    started: list[int] = []

    async def call() -> None:
        started.append(1)
        await asyncio.sleep(0)

    assert asyncio.run(run_concurrently(call, 7, 0.0, min_calls_each=2)) > 0
    assert len(started) == 14


def test_payload_encoding_is_compact() -> None:
    assert encode({"a": [1, 2]}) == b'{"a":[1,2]}'


def test_a_row_without_a_ratio_is_judged_on_its_value() -> None:
    few = Row("new connections per request", 0.004, "", target=Target(0.1, at_least=False))
    many = Row("new connections per request", 0.9, "", target=Target(0.1, at_least=False))
    assert (few.verdict, many.verdict) == ("PASS", "FAIL")
    assert "0.004" in render_table([few])


# --------------------------------------------------------------------------- 64 in flight, the SDK's side


def test_canned_server_counts_connections_and_requests_but_not_its_stats_probe(endpoint: str) -> None:
    before = concurrency.server_stats(endpoint)
    assert concurrency.server_stats(endpoint) == before  # asking does not change the answer
    with httpx.Client(base_url=endpoint) as client:
        for _ in range(3):
            client.get("/20180608/keys/k")
    assert concurrency.server_stats(endpoint) == (before[0] + 1, before[1] + 3)


def test_concurrency_phase_reports_every_scenario(api_key: ApiKey) -> None:
    rows = {row.scenario.split(".")[0]: row for row in concurrency.concurrency_phase(api_key, 1, 0.0, 4, None)}
    assert sorted(rows) == ["6a", "6b", "6c", "6d", "6e", "6f", "6g", "6h"]
    assert rows["6e"].value == 0
    assert all(row.value is not None and row.value >= 0 for row in rows.values())
    assert rows["6c"].value is not None and rows["6c"].value <= 1.0


def test_hammer_counts_calls_and_every_error_without_raising() -> None:
    outcomes = iter([None, ValueError("boom")] * 1000)

    def call() -> None:
        error = next(outcomes)
        if error is not None:
            raise error

    result = hammer(call, 2, 0.0)
    assert result.calls >= 1 and sum(result.errors.values()) >= 1
    assert set(result.errors) == {"ValueError: boom"}


def test_install_size_covers_the_run_time_closure_only() -> None:
    names = {dist.metadata["Name"].lower() for dist in install_size.runtime_closure("kms-facade")}
    assert {"kms-facade", "httpx", "httpcore", "httpx-aiohttp", "aiohttp", "cryptography", "attrs"} <= names
    assert not names & {"pytest", "starlette", "uvicorn", "oci"}  # dev and mock extras left out
    assert install_size.dist_bytes(metadata.distribution("httpx")) > 100_000


def test_oci_worker_answers_its_commands_with_the_sdk(endpoint: str, api_key: ApiKey, tmp_path: pathlib.Path) -> None:
    pem = tmp_path / "key.pem"
    pem.write_text(api_key.pem, "ascii")
    worker = oci_worker.Worker(str(pem))
    assert float(worker.answer(f"rate get_key {endpoint} 0")) > 0
    assert float(worker.answer(f"rate create_key {endpoint} 0")) > 0
    assert float(worker.answer(f"rate list_keys {endpoint} 0")) > 0
    rate, errors, cpu = worker.answer(f"threads {endpoint} 4 0").split()
    assert float(rate) > 0 and errors == "0" and float(cpu) > 0
    with pytest.raises(ValueError, match="unknown command"):
        worker.answer("dance")


def test_sdk_rows_compare_the_facade_with_the_sdk() -> None:
    s = {name: [2.0] for name in ("facade_get", "facade_create", "facade_list")}
    s |= {name: [1.0] for name in ("sdk_get_key", "sdk_create_key", "sdk_list_keys")}
    rows = {row.scenario: row for row in sdk_rows.sdk_canned_rows(s)}
    assert rows["7e. facade get_key vs the SDK"].verdict == "PASS"
    assert rows["7i. facade list_keys vs the SDK"].verdict == "FAIL"  # 2x, the target is 2.5x


def test_envelope_rows_and_the_stream_run_check_their_data() -> None:
    from bench import envelope  # noqa: PLC0415

    rows = envelope.envelope_phase(1, size=64 * 1024)
    assert [row.scenario[:3] for row in rows] == ["8a.", "8b."]
    assert rows[1].ratio is not None and rows[1].ratio > 0
    figures = envelope.stream_through_a_pipe(2)
    assert figures["mib"] == 2 and figures["peak_rss_mib"] > 0
