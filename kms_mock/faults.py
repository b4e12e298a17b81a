"""Fault injection: with probability ``rate`` a request gets one fault, drawn from a seeded generator.

The kinds are 429 TooManyRequests, 503 ServiceUnavailable, 500 InternalServerError and a dropped
connection (either before any byte of the response, or right after its status line). For a mutating
operation a 500, 503 or drop may come *after* the operation was applied: the client sees a failure although
the change happened (the lost-response case). A 429 always comes before: a throttled request is never applied.
"""

from __future__ import annotations

import enum
import random
import threading
from dataclasses import dataclass

__all__ = ["Fault", "FaultInjector", "FaultKind"]


class FaultKind(enum.Enum):
    """What goes wrong."""

    TOO_MANY_REQUESTS = "429"
    SERVICE_UNAVAILABLE = "503"
    INTERNAL_SERVER_ERROR = "500"
    DROP_BEFORE_RESPONSE = "drop-before-response"
    DROP_AFTER_STATUS_LINE = "drop-after-status-line"

    @property
    def is_drop(self) -> bool:
        """True for the two dropped-connection kinds."""
        return self in {FaultKind.DROP_BEFORE_RESPONSE, FaultKind.DROP_AFTER_STATUS_LINE}


@dataclass(frozen=True)
class Fault:
    """One injected fault; ``after_apply`` means the operation was applied before it struck."""

    kind: FaultKind
    after_apply: bool = False


class FaultInjector:
    """Draws faults; the same seed and the same sequence of requests give the same faults."""

    def __init__(self, rate: float = 0.0, seed: int | None = None) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("the fault rate must be between 0 and 1")
        self.rate = rate
        self._random = random.Random(seed)  # noqa: S311 - reproducible faults, not cryptography
        self._lock = threading.Lock()

    def draw(self, mutating: bool) -> Fault | None:
        """The fault for the next request, or None; ``mutating`` allows faults after the operation."""
        if self.rate <= 0.0:
            return None
        with self._lock:
            if self._random.random() >= self.rate:
                return None
            family = self._random.choice(("429", "503", "500", "drop"))
            if family == "drop":
                kind = self._random.choice((FaultKind.DROP_BEFORE_RESPONSE, FaultKind.DROP_AFTER_STATUS_LINE))
            else:
                kind = FaultKind(family)
            after = mutating and kind is not FaultKind.TOO_MANY_REQUESTS and self._random.random() < 0.5
            return Fault(kind, after_apply=after)
