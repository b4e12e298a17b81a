"""``kms_facade.circuit_breaker`` as ``oci.circuit_breaker``: a circuit breaker on by default, per strategy name.

The breaker itself is the ``circuitbreaker`` package, the one the OCI SDK uses, so
``circuitbreaker.CircuitBreakerError`` is what an open circuit raises here too, and ``CircuitBreakerMonitor``
sees the same breakers. This module adds what the SDK adds on top: which failures count
(``TransientServiceError``), the default strategy shared by every client of the process, the environment
switch, and an injectable clock.
"""

from __future__ import annotations

import math
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any

from kms_facade.exceptions import TransientServiceError

__all__ = [
    "DEFAULT_CIRCUIT_BREAKER_FAILURE_STATUSES_AND_CODES",
    "DEFAULT_CIRCUIT_BREAKER_STRATEGY",
    "GLOBAL_CIRCUIT_BREAKER_STRATEGY",
    "CircuitBreakerStrategy",
    "NoCircuitBreakerStrategy",
]

DEFAULT_CIRCUIT_BREAKER_FAILURE_STATUSES_AND_CODES: dict[int, list[str]] = {
    409: ["IncorrectState", "LockConflict"],
    429: [],
    500: [],
    502: [],
    503: [],
    504: [],
}
"""The failures a breaker counts: status → service codes (an empty list: any code)."""

_REGISTERING = threading.Lock()


class CircuitBreakerStrategy:
    """How a client's breaker behaves: ``failure_threshold`` consecutive counted failures (10) open it for
    ``recovery_timeout`` seconds (30), then one trial call is let through (half-open): success closes it, failure
    opens it again. Clients given strategies with the same ``name`` share one breaker (as in OCI, where the default
    strategy is one object, so every client using it shares its breaker). ``clock`` (seconds, monotonic) is for tests.
    """

    def __init__(
        self,
        *,
        failure_threshold: int = 10,
        recovery_timeout: int = 30,
        failure_statuses_and_codes: Mapping[int, Sequence[str]] = DEFAULT_CIRCUIT_BREAKER_FAILURE_STATUSES_AND_CODES,
        name: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failure_threshold = failure_threshold
        self.recovery_timeout = recovery_timeout
        self.expected_exception = TransientServiceError
        self.failure_statuses_and_codes = failure_statuses_and_codes
        if name is None:
            import uuid  # noqa: PLC0415 - deferred: only unnamed strategies made by callers need it

            name = str(uuid.uuid4())
        self.name = name
        self.clock = clock

    def is_transient_error(self, status_code: int, service_code: str | None) -> bool:
        """Whether a failed response counts against the breaker (and is raised as ``TransientServiceError``)."""
        codes = self.failure_statuses_and_codes.get(status_code)
        if codes is None:
            return False
        return not codes or service_code in codes

    def get_circuit_breaker(self) -> Any:
        """The breaker registered under ``name`` (created and registered on first use)."""
        from circuitbreaker import CircuitBreakerMonitor  # noqa: PLC0415 - deferred: not needed to import kms_facade

        with _REGISTERING:  # clients failing at once on threads build one breaker, so no failure goes uncounted
            existing = CircuitBreakerMonitor.get(self.name)
            if existing is not None:
                return existing
            breaker = _clocked_breaker_class()(
                self.clock,
                failure_threshold=self.failure_threshold,
                recovery_timeout=self.recovery_timeout,
                expected_exception=self.expected_exception,
                name=self.name,
            )
            CircuitBreakerMonitor.register(breaker)
        return breaker


class NoCircuitBreakerStrategy:
    """No circuit breaker for the client."""


DEFAULT_CIRCUIT_BREAKER_STRATEGY = CircuitBreakerStrategy(name="kms_facade.DEFAULT_CIRCUIT_BREAKER_STRATEGY")
"""Threshold 10, recovery 30 s, the default failures; one object, so one breaker for every client using it."""


def _global_from_environment() -> CircuitBreakerStrategy | NoCircuitBreakerStrategy | None:
    value = os.environ.get("OCI_SDK_DEFAULT_CIRCUITBREAKER_ENABLED")
    if value is None:
        return None
    return DEFAULT_CIRCUIT_BREAKER_STRATEGY if value.lower() == "true" else NoCircuitBreakerStrategy()


GLOBAL_CIRCUIT_BREAKER_STRATEGY: CircuitBreakerStrategy | NoCircuitBreakerStrategy | None = _global_from_environment()
"""Set from ``OCI_SDK_DEFAULT_CIRCUITBREAKER_ENABLED`` (``true``: the default strategy; anything else: none); may
be assigned. Clients use it when not given ``circuit_breaker_strategy``, else the default strategy."""


def client_strategy(given: Any) -> CircuitBreakerStrategy | None:
    """The strategy a client uses: ``given``, else the global one, else the default; None for no breaker."""
    strategy = given if given is not None else GLOBAL_CIRCUIT_BREAKER_STRATEGY  # read now: it may be assigned
    if strategy is None:
        strategy = DEFAULT_CIRCUIT_BREAKER_STRATEGY
    if isinstance(strategy, NoCircuitBreakerStrategy):
        return None
    if not isinstance(strategy, CircuitBreakerStrategy):
        raise TypeError("Invalid Circuit Breaker Strategy!")
    return strategy


class Guard:
    """A client's breaker around each attempt, built at the first failure it counts (``circuitbreaker`` and the
    ``asyncio`` it imports are loaded then, not when a client is made).

    Until then the breaker would be closed with no failure counted, and a success leaves it so: nothing to do.
    Like the breaker itself: while the circuit is open an attempt raises ``CircuitBreakerError`` without sending;
    a ``TransientServiceError`` counts as a failure (the first one too: the breaker is built, then counts it);
    anything else is a success. Breakers are looked up by the strategy's name, so clients whose strategies share a
    name share one breaker, whichever of them built it.
    """

    __slots__ = ("_breaker", "strategy")

    def __init__(self, strategy: CircuitBreakerStrategy) -> None:
        self.strategy = strategy
        self._breaker: Any = None

    def _existing(self) -> Any:
        """The breaker registered under the strategy's name, or None (none can exist before the package loads)."""
        if self._breaker is None:
            module = sys.modules.get("circuitbreaker")
            if module is not None:
                self._breaker = module.CircuitBreakerMonitor.get(self.strategy.name)
        return self._breaker

    def __enter__(self) -> None:
        breaker = self._existing()
        if breaker is not None and breaker.opened:
            from circuitbreaker import CircuitBreakerError  # noqa: PLC0415 - loaded with the breaker already

            raise CircuitBreakerError(breaker)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        breaker = self._existing()
        if breaker is None:
            if exc_type is None or not issubclass(exc_type, self.strategy.expected_exception):
                return  # a success (or an uncounted error) on a breaker that has counted nothing changes nothing
            breaker = self._breaker = self.strategy.get_circuit_breaker()
        breaker.__exit__(exc_type, exc, tb)


def is_open_circuit(error: BaseException) -> bool:
    """Whether ``error`` is ``circuitbreaker.CircuitBreakerError`` (the package is loaded once a breaker exists)."""
    module = sys.modules.get("circuitbreaker")
    return module is not None and isinstance(error, module.CircuitBreakerError)


def open_circuit_errors() -> tuple[type[BaseException], ...]:
    """``(circuitbreaker.CircuitBreakerError,)`` once the package is loaded (nothing can raise it before), else ()."""
    module = sys.modules.get("circuitbreaker")
    return () if module is None else (module.CircuitBreakerError,)


_CLOCKED: type[Any] | None = None


def _clocked_breaker_class() -> type[Any]:
    """``circuitbreaker.CircuitBreaker`` reading time from an injected clock instead of ``time.monotonic``."""
    global _CLOCKED  # noqa: PLW0603 - built once, on first use, so that importing this module stays cheap
    if _CLOCKED is None:
        from circuitbreaker import STATE_OPEN, CircuitBreaker  # noqa: PLC0415

        class ClockedCircuitBreaker(CircuitBreaker):  # type: ignore[misc]
            def __init__(self, clock: Callable[[], float], **kwargs: Any) -> None:
                self._clock = clock
                super().__init__(**kwargs)
                self._opened = clock()

            def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> bool:
                result: bool = super().__exit__(exc_type, exc_value, traceback)
                if self._state == STATE_OPEN:  # a failure was just counted and (re)opened the circuit
                    self._opened = self._clock()  # the package stamped time.monotonic(); use the injected clock
                return result

            @property
            def open_remaining(self) -> int:
                remain = (self._opened + self._recovery_timeout) - self._clock()
                return int(math.ceil(remain) if remain > 0 else math.floor(remain))

        _CLOCKED = ClockedCircuitBreaker
    return _CLOCKED
