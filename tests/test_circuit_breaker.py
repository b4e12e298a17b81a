"""The circuit breaker over a scripted transport, its clock injected: fail fast without sending while open, a
half-open trial after the recovery timeout, the counted failures, sharing by name, the callback, the env switch."""

from __future__ import annotations

import asyncio
import json
import pathlib
import subprocess
import sys
import threading
from typing import Any

import httpx
import pytest
from circuitbreaker import CircuitBreakerError

from kms_facade import AsyncKmsManagementClient, KmsManagementClient
from kms_facade import circuit_breaker as cb
from kms_facade.exceptions import ServiceError, TransientServiceError
from kms_facade.retry import RetryStrategyBuilder
from tests.test_facade_client import ENDPOINT, KEY_ID, key_json, signer


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Script:
    """Answers each request with the next (status, code) of the script, then 200 with a key; counts requests."""

    def __init__(self, *answers: tuple[int, str]) -> None:
        self.answers = list(answers)
        self.sent = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        if self.answers:
            status, code = self.answers.pop(0)
            return httpx.Response(status, json={"code": code, "message": "scripted"})
        return httpx.Response(200, json=key_json(), headers={"etag": "e"})


def client(script: Script, strategy: Any, **kwargs: Any) -> KmsManagementClient:
    return KmsManagementClient(
        {},
        ENDPOINT,
        signer=signer(),
        transport=httpx.MockTransport(script),
        circuit_breaker_strategy=strategy,
        **kwargs,
    )


def attempt(facade: KmsManagementClient) -> str:
    try:
        facade.get_key(KEY_ID)
    except Exception as error:
        return type(error).__name__
    return "ok"


def test_open_circuit_fails_fast_without_sending_then_a_half_open_trial_closes_it() -> None:
    clock = Clock()
    strategy = cb.CircuitBreakerStrategy(failure_threshold=3, recovery_timeout=30, clock=clock)
    script = Script(*[(503, "ServiceUnavailable")] * 3)
    facade = client(script, strategy)
    assert [attempt(facade) for _ in range(3)] == ["TransientServiceError"] * 3
    assert attempt(facade) == "CircuitBreakerError"
    assert script.sent == 3  # nothing sent while open
    clock.now = 29.5
    assert attempt(facade) == "CircuitBreakerError"
    clock.now = 30.0
    assert attempt(facade) == "ok"  # the half-open trial succeeds and closes the circuit
    assert [attempt(facade) for _ in range(2)] == ["ok", "ok"]
    assert script.sent == 6


def test_a_failed_half_open_trial_opens_the_circuit_again_for_the_full_timeout() -> None:
    clock = Clock()
    strategy = cb.CircuitBreakerStrategy(failure_threshold=2, recovery_timeout=10, clock=clock)
    script = Script(*[(429, "TooManyRequests")] * 3)
    facade = client(script, strategy)
    assert [attempt(facade) for _ in range(3)] == [
        "TransientServiceError",
        "TransientServiceError",
        "CircuitBreakerError",
    ]
    clock.now = 10
    assert attempt(facade) == "TransientServiceError"  # the trial is sent and fails
    clock.now = 19
    assert attempt(facade) == "CircuitBreakerError"
    clock.now = 20
    assert attempt(facade) == "ok"
    assert script.sent == 4


@pytest.mark.parametrize(
    ("status", "code", "counted"),
    [
        (409, "IncorrectState", True),
        (409, "LockConflict", True),
        (409, "Conflict", False),
        (429, "TooManyRequests", True),
        (500, "InternalServerError", True),
        (502, "BadGateway", True),
        (503, "ServiceUnavailable", True),
        (504, "GatewayTimeout", True),
        (501, "MethodNotImplemented", False),
        (404, "NotAuthorizedOrNotFound", False),
        (412, "NoEtagMatch", False),
    ],
)
def test_the_failures_counted_are_the_sdks(status: int, code: str, counted: bool) -> None:
    strategy = cb.CircuitBreakerStrategy(failure_threshold=1, clock=Clock())
    facade = client(Script((status, code)), strategy)
    with pytest.raises(ServiceError) as raised:
        facade.get_key(KEY_ID)
    assert isinstance(raised.value, TransientServiceError) is counted
    assert attempt(facade) == ("CircuitBreakerError" if counted else "ok")


def test_an_uncounted_error_resets_the_failure_count() -> None:
    strategy = cb.CircuitBreakerStrategy(failure_threshold=2, clock=Clock())
    facade = client(
        Script((503, "ServiceUnavailable"), (404, "NotAuthorizedOrNotFound"), (503, "ServiceUnavailable")), strategy
    )
    assert [attempt(facade) for _ in range(4)] == [
        "TransientServiceError",
        "ServiceError",
        "TransientServiceError",
        "ok",
    ]


def test_the_default_strategy_is_one_breaker_shared_by_every_client() -> None:
    first, second = Script(*[(500, "InternalServerError")] * 10), Script()
    assert [attempt(client(first, None)) for _ in range(10)] == ["TransientServiceError"] * 10
    assert attempt(client(second, None)) == "CircuitBreakerError"
    assert second.sent == 0
    assert cb.DEFAULT_CIRCUIT_BREAKER_STRATEGY.get_circuit_breaker().failure_count == 10


def test_no_circuit_breaker_strategy_counts_nothing_and_raises_plain_service_errors() -> None:
    script = Script(*[(503, "ServiceUnavailable")] * 12)
    facade = client(script, cb.NoCircuitBreakerStrategy())
    assert {attempt(facade) for _ in range(12)} == {"ServiceError"}
    assert attempt(facade) == "ok"
    assert script.sent == 13


def test_strategies_with_one_name_share_a_breaker() -> None:
    clock = Clock()
    shared = [cb.CircuitBreakerStrategy(failure_threshold=2, name="team-breaker", clock=clock) for _ in range(2)]
    assert attempt(client(Script((503, "ServiceUnavailable")), shared[0])) == "TransientServiceError"
    assert attempt(client(Script((503, "ServiceUnavailable")), shared[1])) == "TransientServiceError"
    assert attempt(client(Script(), shared[0])) == "CircuitBreakerError"


def test_under_a_retry_strategy_an_open_circuit_is_retried_and_reported_to_the_callback() -> None:
    clock = Clock()
    strategy = cb.CircuitBreakerStrategy(failure_threshold=1, recovery_timeout=5, clock=clock)
    reported: list[BaseException] = []
    done = threading.Event()

    def callback(error: BaseException) -> None:
        reported.append(error)
        done.set()

    def sleep(seconds: float) -> None:
        clock.now += seconds

    script = Script((503, "ServiceUnavailable"))
    retry = RetryStrategyBuilder(max_attempts=10, total_elapsed_time_seconds=600).get_retry_strategy()
    facade = client(script, strategy, retry_strategy=retry, circuit_breaker_callback=callback, sleep=sleep, clock=clock)
    assert facade.get_key(KEY_ID).status == 200  # 503, then open-circuit attempts, then a successful trial
    assert done.wait(5)
    assert isinstance(reported[0], CircuitBreakerError)
    assert script.sent == 2


def test_without_a_retry_strategy_the_callback_is_not_called() -> None:
    strategy = cb.CircuitBreakerStrategy(failure_threshold=1, clock=Clock())
    reported: list[BaseException] = []
    facade = client(Script((503, "ServiceUnavailable")), strategy, circuit_breaker_callback=reported.append)
    assert [attempt(facade) for _ in range(2)] == ["TransientServiceError", "CircuitBreakerError"]
    assert reported == []


def test_the_async_client_shares_the_breaker_logic() -> None:
    clock = Clock()
    strategy = cb.CircuitBreakerStrategy(failure_threshold=2, recovery_timeout=30, clock=clock)
    script = Script(*[(503, "ServiceUnavailable")] * 2)

    async def main() -> list[str]:
        outcomes = []
        async with AsyncKmsManagementClient(
            {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(script), circuit_breaker_strategy=strategy
        ) as facade:
            for moment in (0, 0, 0, 30):
                clock.now = moment
                try:
                    await facade.get_key(KEY_ID)
                    outcomes.append("ok")
                except Exception as error:
                    outcomes.append(type(error).__name__)
        return outcomes

    assert asyncio.run(main()) == ["TransientServiceError", "TransientServiceError", "CircuitBreakerError", "ok"]
    assert script.sent == 3


@pytest.mark.parametrize(
    ("value", "expected"), [(None, None), ("true", "default"), ("TRUE", "default"), ("false", "none"), ("0", "none")]
)
def test_the_environment_switch(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: str | None) -> None:
    if value is None:
        monkeypatch.delenv("OCI_SDK_DEFAULT_CIRCUITBREAKER_ENABLED", raising=False)
    else:
        monkeypatch.setenv("OCI_SDK_DEFAULT_CIRCUITBREAKER_ENABLED", value)
    chosen = cb._global_from_environment()
    if expected is None:
        assert chosen is None
    elif expected == "default":
        assert chosen is cb.DEFAULT_CIRCUIT_BREAKER_STRATEGY
    else:
        assert isinstance(chosen, cb.NoCircuitBreakerStrategy)


def test_an_assigned_global_strategy_applies_where_the_client_gives_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cb, "GLOBAL_CIRCUIT_BREAKER_STRATEGY", cb.NoCircuitBreakerStrategy())
    script = Script(*[(503, "ServiceUnavailable")] * 11)
    facade = client(script, None)
    assert facade.circuit_breaker_strategy is None
    assert {attempt(facade) for _ in range(11)} == {"ServiceError"}
    given = cb.CircuitBreakerStrategy(failure_threshold=1, clock=Clock())
    assert client(Script(), given).circuit_breaker_strategy is given


def test_anything_else_as_a_strategy_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="Invalid Circuit Breaker Strategy"):
        client(Script(), object())


_LAZY_PROBE = """
import json, pathlib, sys
import httpx
from kms_facade import KmsManagementClient
from kms_facade import circuit_breaker as cb
from kms_facade.signing import Signer

DATA = json.loads(pathlib.Path("tests/data/signing-vectors.json").read_text("utf-8"))
signer = Signer(DATA["tenancy"], DATA["user"], DATA["fingerprint"], private_key_content=DATA["private_key_pem"])
KEY = {
    "compartmentId": "ocid1.compartment.oc1..cccc", "currentKeyVersion": "ocid1.keyversion.oc1..vvvv",
    "displayName": "k", "id": "ocid1.key.oc1..aaaa", "keyShape": {"algorithm": "AES", "length": 32},
    "lifecycleState": "ENABLED", "timeCreated": "2026-01-01T00:00:00.000Z", "vaultId": "ocid1.vault.oc1..vvvv",
}

answers = [200, 503]
def answer(request):
    status = answers.pop(0)
    if status == 200:
        return httpx.Response(200, json=KEY, headers={"etag": "e"})
    return httpx.Response(status, json={"code": "ServiceUnavailable", "message": "scripted"})

client = KmsManagementClient({}, "https://kms.example.com", signer=signer, transport=httpx.MockTransport(answer))
client.get_key(KEY["id"])
seen = {"after_success": sorted(m for m in ("circuitbreaker", "asyncio") if m in sys.modules)}
try:
    client.get_key(KEY["id"])
except cb.TransientServiceError:
    pass
breaker = cb.DEFAULT_CIRCUIT_BREAKER_STRATEGY.get_circuit_breaker()
seen["after_failure"] = [breaker.failure_count, breaker.closed, "circuitbreaker" in sys.modules]
print(json.dumps(seen))
"""


def test_the_breaker_is_built_at_the_first_counted_failure_and_counts_it() -> None:
    root = pathlib.Path(__file__).parent.parent
    out = subprocess.run([sys.executable, "-c", _LAZY_PROBE], capture_output=True, text=True, check=True, cwd=root)
    seen = json.loads(out.stdout)
    assert seen["after_success"] == []  # neither the package nor the asyncio it imports loaded for a success
    assert seen["after_failure"] == [1, True, True]  # the first failure is counted, as the SDK counts it
