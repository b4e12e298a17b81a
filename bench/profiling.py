"""``python -m bench --profile``: where the facade's time goes (cProfile of each scenario, and component costs)."""

from __future__ import annotations

import asyncio
import cProfile
import io
import json
import pstats
import timeit
from collections.abc import Callable
from pathlib import Path

import httpx

from bench.bodies import encode, key_body, list_body
from bench.floor import ApiKey, Floor
from bench.harness import CANNED_SERVER, QUICK, Settings, mock_command
from bench.processes import REPO_ROOT, ServerStartError, serving
from bench.scenarios import FacadeCalls, MockCalls
from bench.timing import run_concurrently
from kms_facade.models import Key, KeySummary

_TOP = 18
_PREFIXES = (str(REPO_ROOT) + "/", str(Path(httpx.__file__).parent.parent) + "/")


def _stats_text(profile: cProfile.Profile, sort: str, restriction: str | None = None) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats(sort)
    stats.print_stats(*([restriction, _TOP] if restriction else [_TOP]))
    text = out.getvalue()
    for prefix in _PREFIXES:
        text = text.replace(prefix, "")
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith(("Ordered", "List"))]
    return "\n".join(lines)


def profile_calls(title: str, call: Callable[[], object], calls: int) -> str:
    """cProfile ``calls`` calls of ``call``: the top functions by own time, and the facade's own cumulative times."""
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(calls):
        call()
    profile.disable()
    return "\n".join(
        (
            f"== {title}: {calls} calls, top {_TOP} by own time",
            _stats_text(profile, "tottime"),
            f"-- {title}: kms_facade and generated code, by cumulative time",
            _stats_text(profile, "cumulative", "kms_facade|kms_api_client"),
        )
    )


def component_costs() -> str:
    """Microseconds per piece of work, outside any HTTP exchange (best of 5)."""
    page, key = list_body(), key_body()
    page_bytes = encode(page)
    signer = ApiKey.generate().signer()
    request = httpx.Request("GET", "http://127.0.0.1:1/20180608/keys/k", headers={"opc-request-id": "A" * 32})
    pieces: list[tuple[str, Callable[[], object], int]] = [
        ("json.loads of the 100-item page", lambda: json.loads(page_bytes), 300),
        ("KeySummary.from_dict x 100 (one page)", lambda: [KeySummary.from_dict(item) for item in page], 100),
        ("KeySummary.from_dict, one item", lambda: KeySummary.from_dict(page[0]), 5000),
        ("Key.from_dict", lambda: Key.from_dict(key), 5000),
        ("Signer.auth_flow on a GET (RSA-2048 sign included)", lambda: list(signer.auth_flow(request)), 300),
    ]
    lines = ["== component costs (microseconds per operation, best of 5)"]
    for label, work, number in pieces:
        best = min(timeit.repeat(work, number=number, repeat=5)) / number * 1e6
        lines.append(f"{best:10.1f} us  {label}")
    return "\n".join(lines)


def profile_async(api_key: ApiKey, settings: Settings) -> str:
    """cProfile the async facade with many calls in flight against kms_mock."""
    try:
        with serving(mock_command(settings.latency_ms)) as endpoint, asyncio.Runner() as runner:
            calls = MockCalls(endpoint, api_key)
            try:
                runner.run(run_concurrently(calls.async_get_key, settings.concurrency, 0.2))
                profile = cProfile.Profile()
                profile.enable()
                rate = runner.run(run_concurrently(calls.async_get_key, settings.concurrency, settings.mock_seconds))
                profile.disable()
            finally:
                runner.run(calls.aclose())
    except (ServerStartError, OSError, RuntimeError) as error:
        return f"== async facade: not profiled ({type(error).__name__}: {error})"
    return "\n".join(
        (
            f"== async facade, {settings.concurrency} in flight against kms_mock: {rate:.0f} calls/s; top by own time",
            _stats_text(profile, "tottime"),
        )
    )


def profile_report(quick: bool = False) -> str:
    """Every profile, as one text."""
    settings = QUICK if quick else Settings(mock_seconds=2.0)
    scale = 10 if quick else 1
    api_key = ApiKey.generate()
    parts = [component_costs()]
    with serving(CANNED_SERVER) as endpoint:
        floor, facade = Floor(endpoint, api_key), FacadeCalls(endpoint, api_key)
        try:
            for _ in range(settings.warmup_calls):
                facade.get_key()
                facade.list_keys()
            parts.append(profile_calls("facade get_key", facade.get_key, 2000 // scale))
            parts.append(profile_calls("facade list_keys (100 items)", facade.list_key_ids, 300 // scale))
            parts.append(profile_calls("floor list (100 items), for comparison", floor.list_key_ids, 300 // scale))
        finally:
            floor.close()
            facade.close()
    parts.append(profile_async(api_key, settings))
    return "\n\n".join(parts)
