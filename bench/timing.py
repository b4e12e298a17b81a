"""Calls per second of a sync callable, or of many concurrent awaitables."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


def run_for(call: Callable[[], object], seconds: float, min_calls: int = 1) -> float:
    """Call ``call`` repeatedly for ``seconds`` (and at least ``min_calls`` times); return calls per second."""
    clock = time.perf_counter
    calls = 0
    start = clock()
    deadline = start + seconds
    while calls < min_calls or clock() < deadline:
        call()
        calls += 1
    return calls / (clock() - start)


async def run_concurrently(
    call: Callable[[], Awaitable[object]], concurrency: int, seconds: float, min_calls_each: int = 1
) -> float:
    """Run ``concurrency`` workers awaiting ``call()`` in a loop for ``seconds``; return calls per second."""
    clock = time.perf_counter
    start = clock()
    deadline = start + seconds

    async def worker() -> int:
        calls = 0
        while calls < min_calls_each or clock() < deadline:
            await call()
            calls += 1
        return calls

    counts = await asyncio.gather(*(worker() for _ in range(concurrency)))
    return sum(counts) / (clock() - start)
