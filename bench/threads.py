"""Many threads calling one callable for a while, every failure counted (stdlib only: the SDK's worker uses it)."""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class HammerResult:
    """What :func:`hammer` saw: successful calls, errors by type and message, the slowest call."""

    calls: int = 0
    errors: collections.Counter[str] = field(default_factory=collections.Counter)
    slowest: float = 0.0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Successful calls per second."""
        return self.calls / self.seconds if self.seconds else 0.0


def hammer(call: Callable[[], object], threads: int, seconds: float) -> HammerResult:
    """Run ``call`` in a loop on ``threads`` threads for ``seconds`` (each at least once); every exception is
    counted, none escapes."""
    result = HammerResult()
    lock = threading.Lock()
    start = threading.Barrier(threads + 1)
    clock = time.perf_counter

    def worker() -> None:
        calls, slowest = 0, 0.0
        errors: collections.Counter[str] = collections.Counter()
        start.wait()
        deadline = clock() + seconds
        while calls + sum(errors.values()) == 0 or clock() < deadline:
            began = clock()
            try:
                call()
                calls += 1
            except Exception as error:
                errors[f"{type(error).__name__}: {str(error)[:100]}"] += 1
            slowest = max(slowest, clock() - began)
        with lock:
            result.calls += calls
            result.errors.update(errors)
            result.slowest = max(result.slowest, slowest)

    workers = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in workers:
        thread.start()
    start.wait()
    began = clock()
    for thread in workers:
        thread.join()
    result.seconds = clock() - began
    return result
