"""Retry strategies: which failures to retry, and how long to wait before the next attempt.

The facade's retry loop asks its strategy, after each failed attempt, for the delay before the next one::

    delay = strategy.next_delay(attempts_made, elapsed_seconds, error)  # None: give up, re-raise

``NoneRetryStrategy`` never retries. ``ExponentialBackoffRetryStrategy`` (``DEFAULT_RETRY_STRATEGY`` is one
with the defaults) retries transport failures and the retryable service errors, with the backoff of
reference §5.
``RetryStrategyBuilder`` builds one from OCI's option names.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import os
import random
import re
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Final, Protocol, Self, runtime_checkable

from kms_facade.circuit_breaker import is_open_circuit
from kms_facade.exceptions import RequestException, ServiceError

__all__ = [
    "BACKOFF_TYPES",
    "DEFAULT_RETRY_STRATEGY",
    "DEFAULT_SERVICE_ERROR_RETRY_CONFIG",
    "GLOBAL_RETRY_STRATEGY",
    "ExponentialBackoffRetryStrategy",
    "NoneRetryStrategy",
    "RetryStrategy",
    "RetryStrategyBuilder",
    "parse_retry_after",
]

BACKOFF_TYPES: Final = frozenset(
    {"decorrelated_jitter", "full_jitter", "equal_jitter", "full_jitter_with_equal_on_throttle"}
)

#: Service errors retried by default, besides any 5xx other than 501: status → codes (empty = any code).
DEFAULT_SERVICE_ERROR_RETRY_CONFIG: Final[Mapping[int, frozenset[str]]] = MappingProxyType(
    {409: frozenset({"IncorrectState", "LockConflict"}), 429: frozenset()}
)

_THROTTLED = 429
_NOT_IMPLEMENTED = 501
_DELAY_SECONDS = re.compile(r"\s*(\d+(?:\.\d+)?)\s*")


@runtime_checkable
class RetryStrategy(Protocol):
    """What the facade's retry loop needs from a strategy."""

    @property
    def retries_enabled(self) -> bool:
        """False only for a strategy that never retries (then no retry token or ``opc-client-retries``)."""
        ...

    def next_delay(self, attempts_made: int, elapsed_seconds: float, error: BaseException) -> float | None:
        """Seconds to sleep before the next attempt, or None to give up and re-raise ``error``."""
        ...


class NoneRetryStrategy:
    """Calls once and never retries."""

    @property
    def retries_enabled(self) -> bool:
        """Always False."""
        return False

    def next_delay(self, attempts_made: int, elapsed_seconds: float, error: BaseException) -> float | None:
        """Always None: give up."""
        return None

    def __repr__(self) -> str:
        return "NoneRetryStrategy()"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NoneRetryStrategy)

    def __hash__(self) -> int:
        return hash(NoneRetryStrategy)


def parse_retry_after(value: str, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or an HTTP-date); None when malformed.

    ``now`` is the current POSIX time, used for an HTTP-date; a date in the past gives 0.
    """
    match = _DELAY_SECONDS.fullmatch(value)
    if match:
        return float(match.group(1))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - now)


def _retry_after(error: ServiceError, now: float) -> float | None:
    headers = error.headers
    value = headers.get("retry-after")
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    return None if value is None else parse_retry_after(value, now)


def _normalise_config(config: object) -> Mapping[int, frozenset[str]]:
    if not isinstance(config, Mapping):
        raise ValueError("service_error_retry_config must be a dict of HTTP status to a list of error codes")
    normalised: dict[int, frozenset[str]] = {}
    for status, codes in config.items():
        if isinstance(status, bool) or not isinstance(status, int):
            raise ValueError(f"service_error_retry_config keys must be HTTP status integers, got {status!r}")
        if isinstance(codes, str) or not isinstance(codes, Collection):
            raise ValueError(f"service_error_retry_config[{status}] must be a list of error codes (empty = any code)")
        if not all(isinstance(code, str) for code in codes):
            raise ValueError(f"service_error_retry_config[{status}] must hold only strings")
        normalised[status] = frozenset(codes)
    return MappingProxyType(normalised)


def _check_number(name: str, value: object, *, minimum: float, inclusive: bool) -> None:
    ok = (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and (value >= minimum if inclusive else value > minimum)
    )
    if not ok:
        bound = f">= {minimum:g}" if inclusive else f"> {minimum:g}"
        raise ValueError(f"{name} must be a finite number {bound}, got {value!r}")


@dataclass(frozen=True, kw_only=True)
class ExponentialBackoffRetryStrategy:
    """Retries transport failures and retryable service errors, with exponential backoff and jitter.

    Retryable: ``RequestException`` (``ConnectTimeout`` included) and, when ``service_error_check`` is on, a
    ``ServiceError`` whose status is a key of ``service_error_retry_config`` with its code in the listed codes
    (an empty list matches any code), or any 5xx except 501 when ``service_error_retry_on_any_5xx``. With
    ``service_error_check`` off no service error is retried. Anything else is never retried.

    After the n-th failed attempt (n = ``attempts_made`` ≥ 1), with ``exp = base · factor^(n-1)`` and
    ``cap = retry_max_wait_between_calls_seconds``, the delay is:

    - ``decorrelated_jitter``: ``min(exp + U(0, decorrelated_jitter), cap)``
    - ``full_jitter``: ``U(0, min(exp, cap))``
    - ``equal_jitter``: ``t/2 + U(0, t/2)`` with ``t = min(exp, cap)``
    - ``full_jitter_with_equal_on_throttle``: equal jitter for a 429, full jitter otherwise.

    A ``Retry-After`` header on the service error (seconds or an HTTP-date) raises the delay to at least its
    value, within the cap: ``min(max(delay, retry_after), cap)``.

    It gives up (returns None) when the error is not retryable; when ``max_attempts_check`` is on and
    ``attempts_made >= max_attempts``; or when ``total_elapsed_time_check`` is on and
    ``elapsed_seconds + delay > total_elapsed_time_seconds`` (the next attempt would start past the budget).
    """

    max_attempts_check: bool = True
    max_attempts: int = 8
    total_elapsed_time_check: bool = True
    total_elapsed_time_seconds: float = 600.0
    service_error_check: bool = True
    service_error_retry_config: Mapping[int, Collection[str]] = field(
        default_factory=lambda: DEFAULT_SERVICE_ERROR_RETRY_CONFIG, hash=False
    )
    service_error_retry_on_any_5xx: bool = True
    retry_base_sleep_time_seconds: float = 1.0
    retry_exponential_growth_factor: float = 2.0
    retry_max_wait_between_calls_seconds: float = 30.0
    decorrelated_jitter: float = 1.0
    backoff_type: str = "decorrelated_jitter"
    rng: random.Random | None = field(default=None, repr=False, compare=False)
    """Source of jitter; None uses ``random.SystemRandom`` (no shared state)."""
    wall_clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    """Current POSIX time, used to read a ``Retry-After`` HTTP-date."""

    def __post_init__(self) -> None:
        for name in (
            "max_attempts_check",
            "total_elapsed_time_check",
            "service_error_check",
            "service_error_retry_on_any_5xx",
        ):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be True or False, got {getattr(self, name)!r}")
        attempts = self.max_attempts
        if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
            raise ValueError(f"max_attempts must be a positive integer, got {attempts!r}")
        _check_number("total_elapsed_time_seconds", self.total_elapsed_time_seconds, minimum=0, inclusive=False)
        _check_number("retry_base_sleep_time_seconds", self.retry_base_sleep_time_seconds, minimum=0, inclusive=True)
        _check_number(
            "retry_exponential_growth_factor", self.retry_exponential_growth_factor, minimum=1, inclusive=True
        )
        _check_number(
            "retry_max_wait_between_calls_seconds",
            self.retry_max_wait_between_calls_seconds,
            minimum=0,
            inclusive=True,
        )
        _check_number("decorrelated_jitter", self.decorrelated_jitter, minimum=0, inclusive=True)
        if self.backoff_type not in BACKOFF_TYPES:
            raise ValueError(f"backoff_type must be one of {sorted(BACKOFF_TYPES)}, got {self.backoff_type!r}")
        object.__setattr__(self, "service_error_retry_config", _normalise_config(self.service_error_retry_config))
        if self.rng is None:
            object.__setattr__(self, "rng", random.SystemRandom())

    @property
    def retries_enabled(self) -> bool:
        """Always True."""
        return True

    def is_retryable(self, error: BaseException) -> bool:
        """Whether ``error`` is worth another attempt (ignoring the attempt and time budgets)."""
        if isinstance(error, ServiceError):
            if not self.service_error_check:
                return False
            codes = self.service_error_retry_config.get(error.status)
            if codes is not None and (not codes or error.code in codes):
                return True
            return (
                self.service_error_retry_on_any_5xx and 500 <= error.status <= 599 and error.status != _NOT_IMPLEMENTED
            )
        return isinstance(error, RequestException) or is_open_circuit(error)  # an open circuit, as in OCI

    def compute_delay(self, attempts_made: int, error: BaseException) -> float:
        """The backoff after ``attempts_made`` failed attempts, ``Retry-After`` included, in seconds."""
        rng = self.rng if self.rng is not None else random.SystemRandom()
        cap = self.retry_max_wait_between_calls_seconds
        base = float(self.retry_base_sleep_time_seconds)
        try:
            exp = base * float(self.retry_exponential_growth_factor) ** (attempts_made - 1)
        except OverflowError:
            exp = math.inf if base > 0 else 0.0
        capped = min(exp, cap)
        backoff = self.backoff_type
        if backoff == "full_jitter_with_equal_on_throttle":
            throttled = isinstance(error, ServiceError) and error.status == _THROTTLED
            backoff = "equal_jitter" if throttled else "full_jitter"
        if backoff == "decorrelated_jitter":
            delay = min(exp + rng.uniform(0, self.decorrelated_jitter), cap)
        elif backoff == "full_jitter":
            delay = rng.uniform(0, capped)
        else:
            delay = capped / 2 + rng.uniform(0, capped / 2)
        if isinstance(error, ServiceError):
            retry_after = _retry_after(error, self.wall_clock())
            if retry_after is not None:
                delay = min(max(delay, retry_after), cap)
        return delay

    def next_delay(self, attempts_made: int, elapsed_seconds: float, error: BaseException) -> float | None:
        """Seconds to sleep before the next attempt, or None to give up (see the class docstring)."""
        if attempts_made < 1:
            raise ValueError(f"attempts_made must be at least 1, got {attempts_made}")
        if not self.is_retryable(error):
            return None
        if self.max_attempts_check and attempts_made >= self.max_attempts:
            return None
        delay = self.compute_delay(attempts_made, error)
        if self.total_elapsed_time_check and elapsed_seconds + delay > self.total_elapsed_time_seconds:
            return None
        return delay


DEFAULT_RETRY_STRATEGY: Final = ExponentialBackoffRetryStrategy()
"""8 attempts, 600 s in total, decorrelated jitter capped at 30 s, the default retryable set."""


def _global_from_environment() -> RetryStrategy | None:
    """``OCI_SDK_DEFAULT_RETRY_ENABLED``: ``true`` → DEFAULT_RETRY_STRATEGY, any other value → no retries."""
    value = os.environ.get("OCI_SDK_DEFAULT_RETRY_ENABLED")
    if value is None:
        return None
    return DEFAULT_RETRY_STRATEGY if value.strip().lower() == "true" else NoneRetryStrategy()


GLOBAL_RETRY_STRATEGY: RetryStrategy | None = _global_from_environment()
"""Used by clients and calls that set no strategy of their own (assign to change it process-wide)."""


def effective_strategy(*candidates: RetryStrategy | None) -> RetryStrategy:
    """The first strategy given (per call, then client), else GLOBAL_RETRY_STRATEGY, else no retries."""
    for candidate in (*candidates, GLOBAL_RETRY_STRATEGY):
        if candidate is not None:
            return candidate
    return NoneRetryStrategy()


_OPTION_DEFAULTS: Final[Mapping[str, Any]] = MappingProxyType(
    {
        option.name: option.default_factory() if callable(option.default_factory) else option.default
        for option in fields(ExponentialBackoffRetryStrategy)
    }
)


class RetryStrategyBuilder:
    """Builds a retry strategy from OCI's option names; every ``add_*``/``no_*`` method returns the builder.

    Options (defaults): ``max_attempts_check`` (True), ``max_attempts`` (8), ``total_elapsed_time_check``
    (True), ``total_elapsed_time_seconds`` (600), ``service_error_check`` (True),
    ``service_error_retry_config`` ({409: ["IncorrectState", "LockConflict"], 429: []}),
    ``service_error_retry_on_any_5xx`` (True), ``retry_base_sleep_time_seconds`` (1),
    ``retry_exponential_growth_factor`` (2),
    ``retry_max_wait_between_calls_seconds`` (30), ``decorrelated_jitter`` (1), ``backoff_type``
    ("decorrelated_jitter"), and for tests ``rng`` and ``wall_clock``. A bad option raises ValueError.
    Unlike OCI's builder, nothing here changes module-level defaults.
    """

    def __init__(self, **options: Any) -> None:
        unknown = sorted(set(options) - set(_OPTION_DEFAULTS))
        if unknown:
            raise ValueError(f"unknown retry option(s) {unknown}; expected some of {sorted(_OPTION_DEFAULTS)}")
        self._options: dict[str, Any] = {**_OPTION_DEFAULTS, **options}
        self._options["service_error_retry_config"] = _normalise_config(self._options["service_error_retry_config"])
        self._build()

    def _build(self) -> ExponentialBackoffRetryStrategy:
        return ExponentialBackoffRetryStrategy(**self._options)

    def _set(self, **changes: Any) -> Self:
        candidate = {**self._options, **changes}
        ExponentialBackoffRetryStrategy(**candidate)  # validates before anything changes
        self._options = candidate
        return self

    def add_max_attempts(self, max_attempts: int | None = None) -> Self:
        """Turn the attempt limit on, optionally with a new limit."""
        if max_attempts is None:
            return self._set(max_attempts_check=True)
        return self._set(max_attempts_check=True, max_attempts=max_attempts)

    def no_max_attempts(self) -> Self:
        """Turn the attempt limit off."""
        return self._set(max_attempts_check=False)

    def add_total_elapsed_time(self, total_elapsed_time_seconds: float | None = None) -> Self:
        """Turn the total-time budget on, optionally with a new budget in seconds."""
        if total_elapsed_time_seconds is None:
            return self._set(total_elapsed_time_check=True)
        return self._set(total_elapsed_time_check=True, total_elapsed_time_seconds=total_elapsed_time_seconds)

    def no_total_elapsed_time(self) -> Self:
        """Turn the total-time budget off."""
        return self._set(total_elapsed_time_check=False)

    def add_service_error_check(
        self,
        *,
        service_error_retry_config: Mapping[int, Collection[str]] | None = None,
        service_error_retry_on_any_5xx: bool | None = None,
        service_error_status: int | None = None,
        service_error_codes: Collection[str] | None = None,
    ) -> Self:
        """Turn service-error retries on; optionally replace the config, or add one status (with codes).

        ``service_error_status`` with ``service_error_codes`` adds or replaces that status's entry (no codes =
        any code) in this builder's own copy of the config.
        """
        changes: dict[str, Any] = {"service_error_check": True}
        config: dict[int, Collection[str]] = dict(self._options["service_error_retry_config"])
        if service_error_retry_config is not None:
            config = dict(_normalise_config(service_error_retry_config))
        if service_error_status is not None:
            config[service_error_status] = () if service_error_codes is None else service_error_codes
        elif service_error_codes is not None:
            raise ValueError("service_error_codes needs service_error_status")
        changes["service_error_retry_config"] = _normalise_config(config)
        if service_error_retry_on_any_5xx is not None:
            changes["service_error_retry_on_any_5xx"] = service_error_retry_on_any_5xx
        return self._set(**changes)

    def no_service_error_check(self) -> Self:
        """Never retry a service error (transport failures still are)."""
        return self._set(service_error_check=False)

    def get_retry_strategy(self) -> RetryStrategy:
        """The configured strategy; ``NoneRetryStrategy`` when every check is off."""
        options = self._options
        if not (options["max_attempts_check"] or options["total_elapsed_time_check"] or options["service_error_check"]):
            return NoneRetryStrategy()
        return self._build()
