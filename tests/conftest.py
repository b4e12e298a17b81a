"""Fixtures shared by the test modules: keys are slow to generate, so each is made once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from circuitbreaker import CircuitBreakerMonitor
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_mock.crypto import WrappingKeyPair


@pytest.fixture(scope="session")
def api_key() -> rsa.RSAPrivateKey:
    """A throw-away 2048-bit API key (the mock is told to trust it)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def wrapping_key() -> WrappingKeyPair:
    """A 2048-bit vault wrapping key: smaller than the real 4096 bits, so servers start fast."""
    return WrappingKeyPair.generate(2048)


@pytest.fixture(autouse=True)
def _close_circuit_breakers() -> Iterator[None]:
    """Every client shares the default circuit breaker (as in OCI); a test that trips it must not block the next."""
    yield
    for breaker in CircuitBreakerMonitor.get_circuits():
        breaker.reset()
