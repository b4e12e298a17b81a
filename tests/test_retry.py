"""Retry strategies: what is retried, attempt and time budgets, backoff, Retry-After, the builder."""

from __future__ import annotations

import dataclasses
import email.utils
import random
from collections.abc import Callable

import pytest

from kms_facade.exceptions import ConnectTimeout, RequestException, ServiceError
from kms_facade.retry import (
    DEFAULT_RETRY_STRATEGY,
    DEFAULT_SERVICE_ERROR_RETRY_CONFIG,
    ExponentialBackoffRetryStrategy,
    NoneRetryStrategy,
    RetryStrategy,
    RetryStrategyBuilder,
    parse_retry_after,
)

NOW = 1_700_000_000.0


class FixedRandom(random.Random):
    """``uniform(a, b)`` always returns the point at ``fraction`` of the way from a to b."""

    def __init__(self, fraction: float) -> None:
        super().__init__(0)
        self.fraction = fraction

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.fraction


def service_error(status: int, code: str | None = None, headers: dict[str, str] | None = None) -> ServiceError:
    return ServiceError(status, code, headers or {}, "boom")


def strategy(**options: object) -> ExponentialBackoffRetryStrategy:
    options.setdefault("rng", FixedRandom(0.5))
    options.setdefault("wall_clock", lambda: NOW)
    return ExponentialBackoffRetryStrategy(**options)  # type: ignore[arg-type]


# --- what is retried -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (service_error(409, "IncorrectState"), True),
        (service_error(409, "LockConflict"), True),
        (service_error(409, "Conflict"), False),
        (service_error(409, None), False),
        (service_error(429, "TooManyRequests"), True),
        (service_error(429, None), True),
        (service_error(500, "InternalServerError"), True),
        (service_error(502, None), True),
        (service_error(503, "ServiceUnavailable"), True),
        (service_error(504, None), True),
        (service_error(599, None), True),
        (service_error(501, "MethodNotImplemented"), False),
        (service_error(400, "InvalidParameter"), False),
        (service_error(401, "NotAuthenticated"), False),
        (service_error(404, "NotAuthorizedOrNotFound"), False),
        (service_error(412, "NoEtagMatch"), False),
        (RequestException("connection reset"), True),
        (ConnectTimeout("read timed out"), True),
        (ValueError("bad"), False),
        (RuntimeError("bad"), False),
        (ConnectionError("builtin"), False),
        (KeyboardInterrupt(), False),
    ],
    ids=lambda value: repr(value) if not isinstance(value, bool) else str(value),
)
def test_default_strategy_retries_exactly_the_documented_errors(error: BaseException, retried: bool) -> None:
    assert DEFAULT_RETRY_STRATEGY.is_retryable(error) is retried
    delay = DEFAULT_RETRY_STRATEGY.next_delay(1, 0.0, error)
    assert (delay is not None) is retried


def test_none_strategy_never_retries_and_disables_retry_headers() -> None:
    none = NoneRetryStrategy()
    assert none.retries_enabled is False
    assert none.next_delay(1, 0.0, service_error(503)) is None
    assert none.next_delay(1, 0.0, ConnectTimeout("x")) is None
    assert DEFAULT_RETRY_STRATEGY.retries_enabled is True
    assert isinstance(none, RetryStrategy)
    assert isinstance(DEFAULT_RETRY_STRATEGY, RetryStrategy)


def test_non_retryable_error_does_not_consume_randomness() -> None:
    rng = random.Random(3)
    reference = random.Random(3)
    s = strategy(rng=rng)
    assert s.next_delay(1, 0.0, service_error(400)) is None
    assert rng.random() == reference.random()


# --- attempt and time budgets ----------------------------------------------------------------------------


def test_default_strategy_allows_eight_attempts() -> None:
    error = service_error(503)
    assert all(DEFAULT_RETRY_STRATEGY.next_delay(n, 0.0, error) is not None for n in range(1, 8))
    assert DEFAULT_RETRY_STRATEGY.next_delay(8, 0.0, error) is None


def test_max_attempts_cap() -> None:
    s = strategy(max_attempts=3)
    error = RequestException("reset")
    assert s.next_delay(1, 0.0, error) == 1.5
    assert s.next_delay(2, 0.0, error) == 2.5
    assert s.next_delay(3, 0.0, error) is None


def test_max_attempts_check_off_retries_indefinitely_within_the_cap() -> None:
    s = strategy(max_attempts_check=False, total_elapsed_time_check=False)
    assert s.next_delay(1000, 1e9, service_error(429)) == 30.0


def test_elapsed_budget_counts_the_coming_delay() -> None:
    s = strategy(total_elapsed_time_seconds=10, rng=FixedRandom(0.0))
    error = service_error(503)
    assert s.next_delay(1, 9.0, error) == 1.0  # 9 + 1 == 10: still within the budget
    assert s.next_delay(1, 9.01, error) is None
    assert s.next_delay(1, 10.0, error) is None


def test_elapsed_check_off_ignores_elapsed_time() -> None:
    s = strategy(total_elapsed_time_check=False)
    assert s.next_delay(1, 10_000.0, service_error(503)) == 1.5


def test_attempts_made_must_be_positive() -> None:
    with pytest.raises(ValueError, match="attempts_made"):
        DEFAULT_RETRY_STRATEGY.next_delay(0, 0.0, service_error(503))


# --- backoff formulas ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("backoff_type", "expected"),
    [
        # min(2^(n-1) + 0.5, 30)
        ("decorrelated_jitter", [1.5, 2.5, 4.5, 8.5, 16.5, 30.0, 30.0]),
        # 0.5 * min(2^(n-1), 30)
        ("full_jitter", [0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 15.0]),
        # t/2 + 0.5 * t/2 with t = min(2^(n-1), 30)
        ("equal_jitter", [0.75, 1.5, 3.0, 6.0, 12.0, 22.5, 22.5]),
    ],
)
def test_backoff_formulas_with_a_fixed_draw(backoff_type: str, expected: list[float]) -> None:
    s = strategy(backoff_type=backoff_type, total_elapsed_time_check=False)
    delays = [s.next_delay(n, 0.0, service_error(503)) for n in range(1, 8)]
    assert delays == pytest.approx(expected)


def test_full_jitter_with_equal_on_throttle_uses_equal_jitter_only_for_429() -> None:
    s = strategy(backoff_type="full_jitter_with_equal_on_throttle")
    assert s.next_delay(3, 0.0, service_error(429)) == pytest.approx(3.0)  # equal: 2 + 0.5 * 2
    assert s.next_delay(3, 0.0, service_error(503)) == pytest.approx(2.0)  # full: 0.5 * 4
    assert s.next_delay(3, 0.0, RequestException("x")) == pytest.approx(2.0)


def test_growth_factor_base_jitter_and_cap_are_used() -> None:
    s = strategy(
        retry_base_sleep_time_seconds=0.5,
        retry_exponential_growth_factor=3,
        decorrelated_jitter=2,
        retry_max_wait_between_calls_seconds=10,
    )
    error = service_error(503)
    # min(0.5 * 3^(n-1) + 0.5 * 2, 10)
    assert [s.next_delay(n, 0.0, error) for n in (1, 2, 3, 4)] == pytest.approx([1.5, 2.5, 5.5, 10.0])


@pytest.mark.parametrize("backoff_type", ["decorrelated_jitter", "full_jitter", "equal_jitter"])
def test_seeded_delays_stay_within_bounds(backoff_type: str) -> None:
    s = strategy(backoff_type=backoff_type, rng=random.Random(20240601), max_attempts=20)
    error = service_error(500)
    for _ in range(30):
        for n in range(1, 15):
            delay = s.compute_delay(n, error)
            exp = 2.0 ** (n - 1)
            t = min(exp, 30.0)
            if backoff_type == "decorrelated_jitter":
                assert min(exp, 30.0) <= delay <= min(exp + 1.0, 30.0)
            elif backoff_type == "full_jitter":
                assert 0.0 <= delay <= t
            else:
                assert t / 2 <= delay <= t


def test_same_seed_gives_the_same_delays() -> None:
    first = strategy(rng=random.Random(5), backoff_type="full_jitter")
    second = strategy(rng=random.Random(5), backoff_type="full_jitter")
    error = RequestException("x")
    assert [first.compute_delay(n, error) for n in range(1, 8)] == [second.compute_delay(n, error) for n in range(1, 8)]


def test_huge_attempt_numbers_do_not_overflow() -> None:
    s = strategy(max_attempts_check=False, total_elapsed_time_check=False, retry_exponential_growth_factor=2)
    assert s.next_delay(100_000, 0.0, service_error(503)) == 30.0
    no_base = strategy(max_attempts_check=False, total_elapsed_time_check=False, retry_base_sleep_time_seconds=0)
    assert no_base.next_delay(100_000, 0.0, service_error(503)) == 0.5  # 0 + U(0, 1) at the midpoint


def test_default_strategy_delays_are_in_the_documented_ranges() -> None:
    error = service_error(503)
    for n, (low, high) in enumerate([(1, 2), (2, 3), (4, 5), (8, 9), (16, 17), (30, 30), (30, 30)], start=1):
        delay = DEFAULT_RETRY_STRATEGY.next_delay(n, 0.0, error)
        assert delay is not None
        assert low <= delay <= high


# --- Retry-After -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("10", 10.0),  # longer than the computed 1.5 s: honoured
        ("100", 30.0),  # longer than the cap: capped
        ("0", 1.5),  # shorter than the computed delay: the computed delay wins
        ("1.25", 1.5),
        ("soon", 1.5),  # malformed: ignored
        ("-5", 1.5),
        (email.utils.formatdate(NOW + 20, usegmt=True), 20.0),
        (email.utils.formatdate(NOW + 3600, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 3600, usegmt=True), 1.5),
    ],
)
def test_retry_after_is_honoured_within_the_cap(header: str, expected: float) -> None:
    s = strategy()
    assert s.next_delay(1, 0.0, service_error(429, "TooManyRequests", {"retry-after": header})) == pytest.approx(
        expected
    )


def test_retry_after_header_name_is_case_insensitive() -> None:
    error = service_error(503, None, {"Retry-After": "12"})
    assert strategy().next_delay(1, 0.0, error) == 12.0


def test_retry_after_beyond_the_elapsed_budget_gives_up() -> None:
    s = strategy(total_elapsed_time_seconds=60)
    error = service_error(429, None, {"retry-after": "20"})
    assert s.next_delay(1, 30.0, error) == 20.0
    assert s.next_delay(1, 45.0, error) is None


def test_retry_after_does_not_make_a_non_retryable_error_retryable() -> None:
    assert strategy().next_delay(1, 0.0, service_error(400, None, {"retry-after": "1"})) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        (" 2.5 ", 2.5),
        ("-1", None),
        ("nan", None),
        ("inf", None),
        ("1e3", None),
        ("", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        (email.utils.formatdate(NOW + 7, usegmt=True), 7.0),
        ("Wed, 99 Foo 2015 07:28:00 GMT", None),
    ],
)
def test_parse_retry_after(value: str, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == (pytest.approx(expected) if expected is not None else None)


# --- the facade's loop, simulated ------------------------------------------------------------------------


def run_loop(
    retry_strategy: RetryStrategy, failures: list[BaseException]
) -> tuple[str | BaseException, list[float], int]:
    """The facade's retry loop with a fake clock that advances only when sleeping."""
    now = [0.0]
    sleeps: list[float] = []
    attempts = 0
    pending = list(failures)

    def send_one_attempt() -> str:
        if pending:
            raise pending.pop(0)
        return "ok"

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    clock: Callable[[], float] = lambda: now[0]  # noqa: E731
    start = clock()
    while True:
        attempts += 1
        try:
            return send_one_attempt(), sleeps, attempts
        except (ServiceError, RequestException) as error:
            delay = retry_strategy.next_delay(attempts, clock() - start, error)
            if delay is None:
                return error, sleeps, attempts
            sleep(delay)


def test_loop_recovers_after_transient_failures() -> None:
    result, sleeps, attempts = run_loop(
        strategy(), [service_error(503), ConnectTimeout("t"), service_error(409, "LockConflict")]
    )
    assert result == "ok"
    assert attempts == 4
    assert sleeps == pytest.approx([1.5, 2.5, 4.5])


def test_loop_gives_up_after_eight_attempts_with_the_default_strategy() -> None:
    result, sleeps, attempts = run_loop(DEFAULT_RETRY_STRATEGY, [service_error(503)] * 20)
    assert isinstance(result, ServiceError)
    assert attempts == 8
    assert len(sleeps) == 7
    assert sum(sleeps) < 600


def test_loop_stops_at_once_on_a_non_retryable_error() -> None:
    result, sleeps, attempts = run_loop(DEFAULT_RETRY_STRATEGY, [service_error(404), service_error(503)])
    assert isinstance(result, ServiceError)
    assert result.status == 404
    assert (attempts, sleeps) == (1, [])


def test_loop_stops_when_the_time_budget_runs_out() -> None:
    s = strategy(max_attempts_check=False, total_elapsed_time_seconds=20)
    result, sleeps, attempts = run_loop(s, [RequestException("x")] * 50)
    assert isinstance(result, RequestException)
    assert sleeps == pytest.approx([1.5, 2.5, 4.5, 8.5])  # 17 s; another 16.5 s would pass 20 s
    assert attempts == 5


# --- the builder -----------------------------------------------------------------------------------------


def test_builder_defaults_equal_the_default_strategy() -> None:
    assert RetryStrategyBuilder().get_retry_strategy() == DEFAULT_RETRY_STRATEGY


def test_builder_passes_options_through() -> None:
    built = RetryStrategyBuilder(
        max_attempts=3,
        total_elapsed_time_seconds=45,
        service_error_retry_config={400: ["InvalidParameter"]},
        service_error_retry_on_any_5xx=False,
        retry_base_sleep_time_seconds=2,
        retry_exponential_growth_factor=3,
        retry_max_wait_between_calls_seconds=20,
        decorrelated_jitter=0.5,
        backoff_type="equal_jitter",
    ).get_retry_strategy()
    assert isinstance(built, ExponentialBackoffRetryStrategy)
    assert built.max_attempts == 3
    assert built.total_elapsed_time_seconds == 45
    assert built.backoff_type == "equal_jitter"
    assert built.retry_max_wait_between_calls_seconds == 20
    assert built.is_retryable(service_error(400, "InvalidParameter"))
    assert not built.is_retryable(service_error(400, "Other"))
    assert not built.is_retryable(service_error(503))
    assert not built.is_retryable(service_error(429))


def test_builder_with_every_check_off_gives_none_strategy() -> None:
    off = RetryStrategyBuilder(
        max_attempts_check=False, total_elapsed_time_check=False, service_error_check=False
    ).get_retry_strategy()
    assert isinstance(off, NoneRetryStrategy)
    fluent = RetryStrategyBuilder().no_max_attempts().no_total_elapsed_time().no_service_error_check()
    assert isinstance(fluent.get_retry_strategy(), NoneRetryStrategy)


def test_builder_fluent_methods_toggle_settings() -> None:
    builder = RetryStrategyBuilder(max_attempts_check=False, total_elapsed_time_check=False)
    assert builder.add_max_attempts(4) is builder
    assert builder.add_total_elapsed_time(90) is builder
    built = builder.get_retry_strategy()
    assert isinstance(built, ExponentialBackoffRetryStrategy)
    assert (built.max_attempts_check, built.max_attempts) == (True, 4)
    assert (built.total_elapsed_time_check, built.total_elapsed_time_seconds) == (True, 90)
    built = builder.no_max_attempts().no_total_elapsed_time().get_retry_strategy()
    assert isinstance(built, ExponentialBackoffRetryStrategy)
    assert (built.max_attempts_check, built.total_elapsed_time_check) == (False, False)
    built = builder.add_max_attempts().get_retry_strategy()
    assert isinstance(built, ExponentialBackoffRetryStrategy)
    assert (built.max_attempts_check, built.max_attempts) == (True, 4)


def test_no_service_error_check_still_retries_transport_failures() -> None:
    built = RetryStrategyBuilder().no_service_error_check().get_retry_strategy()
    assert built.next_delay(1, 0.0, service_error(503)) is None
    assert built.next_delay(1, 0.0, RequestException("x")) is not None


def test_add_service_error_check_adds_a_status_without_touching_module_defaults() -> None:
    before = dict(DEFAULT_SERVICE_ERROR_RETRY_CONFIG)
    built = (
        RetryStrategyBuilder()
        .add_service_error_check(service_error_status=400, service_error_codes=["InvalidParameter"])
        .get_retry_strategy()
    )
    assert built.next_delay(1, 0.0, service_error(400, "InvalidParameter")) is not None
    assert built.next_delay(1, 0.0, service_error(400, "MissingParameter")) is None
    assert built.next_delay(1, 0.0, service_error(409, "IncorrectState")) is not None
    assert dict(DEFAULT_SERVICE_ERROR_RETRY_CONFIG) == before
    assert DEFAULT_RETRY_STRATEGY.next_delay(1, 0.0, service_error(400, "InvalidParameter")) is None
    assert (
        RetryStrategyBuilder().get_retry_strategy().next_delay(1, 0.0, service_error(400, "InvalidParameter")) is None
    )


def test_add_service_error_check_status_without_codes_matches_any_code() -> None:
    built = RetryStrategyBuilder().add_service_error_check(service_error_status=404).get_retry_strategy()
    assert built.next_delay(1, 0.0, service_error(404, "Anything")) is not None


def test_add_service_error_check_replaces_config_and_5xx_switch() -> None:
    built = (
        RetryStrategyBuilder()
        .no_service_error_check()
        .add_service_error_check(service_error_retry_config={500: []}, service_error_retry_on_any_5xx=False)
        .get_retry_strategy()
    )
    assert built.next_delay(1, 0.0, service_error(500)) is not None
    assert built.next_delay(1, 0.0, service_error(502)) is None
    assert built.next_delay(1, 0.0, service_error(429)) is None


def test_explicit_501_in_the_config_is_retried() -> None:
    built = RetryStrategyBuilder(service_error_retry_config={501: []}).get_retry_strategy()
    assert built.next_delay(1, 0.0, service_error(501)) is not None


def test_strategy_copies_the_config_it_is_given() -> None:
    config: dict[int, list[str]] = {409: ["IncorrectState"]}
    s = strategy(service_error_retry_config=config)
    config[409].append("Conflict")
    config[400] = []
    assert not s.is_retryable(service_error(409, "Conflict"))
    assert not s.is_retryable(service_error(400))
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.max_attempts = 2  # type: ignore[misc]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_attempt": 3}, "unknown retry option"),
        ({"backoff_type": "linear"}, "backoff_type"),
        ({"max_attempts": 0}, "max_attempts must be a positive integer"),
        ({"max_attempts": -2}, "max_attempts must be a positive integer"),
        ({"max_attempts": 2.5}, "max_attempts must be a positive integer"),
        ({"max_attempts": True}, "max_attempts must be a positive integer"),
        ({"total_elapsed_time_seconds": 0}, "total_elapsed_time_seconds"),
        ({"total_elapsed_time_seconds": float("inf")}, "total_elapsed_time_seconds"),
        ({"retry_base_sleep_time_seconds": -1}, "retry_base_sleep_time_seconds"),
        ({"retry_exponential_growth_factor": 0.5}, "retry_exponential_growth_factor"),
        ({"retry_max_wait_between_calls_seconds": float("nan")}, "retry_max_wait_between_calls_seconds"),
        ({"decorrelated_jitter": "1"}, "decorrelated_jitter"),
        ({"service_error_check": "yes"}, "service_error_check"),
        ({"service_error_retry_config": {"409": []}}, "HTTP status"),
        ({"service_error_retry_config": {409: "IncorrectState"}}, "list of error codes"),
        ({"service_error_retry_config": {409: [1]}}, "only strings"),
        ({"service_error_retry_config": [409]}, "dict"),
    ],
)
def test_builder_rejects_bad_options(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryStrategyBuilder(**options)


def test_fluent_method_with_a_bad_value_leaves_the_builder_unchanged() -> None:
    builder = RetryStrategyBuilder(max_attempts=5)
    with pytest.raises(ValueError, match="max_attempts"):
        builder.add_max_attempts(0)
    with pytest.raises(ValueError, match="service_error_status"):
        builder.add_service_error_check(service_error_codes=["X"])
    with pytest.raises(ValueError, match="list of error codes"):
        builder.add_service_error_check(service_error_status=400, service_error_codes="InvalidParameter")
    built = builder.get_retry_strategy()
    assert isinstance(built, ExponentialBackoffRetryStrategy)
    assert built.max_attempts == 5
    assert 400 not in built.service_error_retry_config
