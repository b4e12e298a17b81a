"""Helpers shared by the proof tests (faults, concurrency, security, secrets): keys, signers, counting
transports, a probe that counts what the mock injects and applies, and snapshots of a vault's state."""

from __future__ import annotations

import collections
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade.signing import Signer, fingerprint
from kms_facade.transport import AsyncPooledTransport, PooledTransport
from kms_mock import MockKmsServer
from kms_mock.app import StoredResponse
from kms_mock.backup import KeyBackup, VersionBackup
from kms_mock.faults import Fault
from kms_mock.handlers import Reply
from kms_mock.state import KeyShape, KeySnapshot, KeyVersionSnapshot, ListQuery
from kms_mock.validation import ValidRequest

__all__ = [
    "TENANCY",
    "USER",
    "AsyncCountingTransport",
    "CountingTransport",
    "ServerProbe",
    "TransportLog",
    "VaultSnapshot",
    "aes_key_details",
    "new_rsa_key",
    "no_sleep",
    "private_pem",
    "signer_for",
    "synthetic_backup",
    "vault_snapshot",
]

TENANCY = "ocid1.tenancy.oc1..aaaaaaaaproof"
USER = "ocid1.user.oc1..aaaaaaaaproof"
_EVERYTHING = 1_000_000


def new_rsa_key(bits: int = 2048) -> rsa.RSAPrivateKey:
    """A fresh RSA private key."""
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def private_pem(key: rsa.RSAPrivateKey, pass_phrase: str | None = None) -> str:
    """``key`` as PKCS#8 PEM, encrypted when a pass phrase is given."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(pass_phrase.encode("utf-8"))
        if pass_phrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption).decode("ascii")


def signer_for(
    key: rsa.RSAPrivateKey, clock: Callable[[], float], *, claimed: rsa.RSAPublicKey | None = None
) -> Signer:
    """A signer with ``key`` whose keyId names the fingerprint of ``claimed`` (default: ``key``'s own)."""
    named = fingerprint(claimed or key.public_key())
    return Signer(TENANCY, USER, named, private_key_content=private_pem(key), clock=clock)


def aes_key_details(compartment_id: str, display_name: str, length: int = 32) -> dict[str, Any]:
    """A ``CreateKeyDetails`` dict (wire names) for an AES key."""
    return {
        "compartmentId": compartment_id,
        "displayName": display_name,
        "keyShape": {"algorithm": "AES", "length": length},
    }


def no_sleep(seconds: float) -> None:
    """An injected sleep that returns at once (the retry loop's delays are recorded elsewhere when needed)."""


# ---------------------------------------------------------------------- counting transports


@dataclass
class TransportLog:
    """What a client sent: requests, outcomes (HTTP status or transport error name), most in flight at once."""

    requests: int = 0
    outcomes: collections.Counter[int | str] = field(default_factory=collections.Counter)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def started(self) -> None:
        with self.lock:
            self.requests += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def finished(self, outcome: int | str) -> None:
        with self.lock:
            self.in_flight -= 1
            self.outcomes[outcome] += 1

    @property
    def server_errors(self) -> int:
        """Responses with a 5xx status."""
        return sum(n for outcome, n in self.outcomes.items() if isinstance(outcome, int) and outcome >= 500)


class CountingTransport(httpx.BaseTransport):
    """The facade's transport, counting what goes over the wire."""

    def __init__(self) -> None:
        self.inner = PooledTransport()
        self.log = TransportLog()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.log.started()
        try:
            response = self.inner.handle_request(request)
        except httpx.TransportError as error:
            self.log.finished(type(error).__name__)
            raise
        self.log.finished(response.status_code)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`CountingTransport`."""

    def __init__(self) -> None:
        self.inner = AsyncPooledTransport()
        self.log = TransportLog()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.log.started()
        try:
            response = await self.inner.handle_async_request(request)
        except httpx.TransportError as error:
            self.log.finished(type(error).__name__)
            raise
        self.log.finished(response.status_code)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


# ---------------------------------------------------------------------- what the server did


@dataclass
class ServerProbe:
    """Counts, on the server side, every fault drawn and every operation the vault ran.

    ``draws`` is the number of requests that passed authentication and validation (each draws once);
    ``faults`` counts injected faults by kind and by whether they struck after the operation was applied;
    ``applied`` counts operations that ran and succeeded (a retry-token replay does not run them again);
    ``refused`` counts operations that ran and answered an error, by ``operationId status``;
    ``replays`` counts requests answered from the ``opc-retry-token`` cache.
    """

    draws: int = 0
    replays: int = 0
    faults: collections.Counter[tuple[str, bool]] = field(default_factory=collections.Counter)
    applied: collections.Counter[str] = field(default_factory=collections.Counter)
    refused: collections.Counter[str] = field(default_factory=collections.Counter)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def attach(cls, server: MockKmsServer, monkeypatch: pytest.MonkeyPatch) -> ServerProbe:
        """Wrap the server's fault injector and operation dispatch (undone by ``monkeypatch``)."""
        probe = cls()
        draw = server.app.faults.draw
        dispatch = server.app.default_vault.dispatch  # every operation of the vault, management and crypto
        lookup = server.app.retry_tokens.lookup

        def counting_draw(mutating: bool) -> Fault | None:
            fault = draw(mutating)
            with probe.lock:
                probe.draws += 1
                if fault is not None:
                    probe.faults[fault.kind.value, fault.after_apply] += 1
            return fault

        def counting_dispatch(operation_id: str, request: ValidRequest) -> Reply:
            try:
                reply = dispatch(operation_id, request)
            except Exception as error:
                with probe.lock:
                    probe.refused[f"{operation_id} {getattr(error, 'status', type(error).__name__)}"] += 1
                raise
            with probe.lock:
                probe.applied[operation_id] += 1
            return reply

        def counting_lookup(token: str, request_fingerprint: str, now: float) -> StoredResponse | None:
            found = lookup(token, request_fingerprint, now)
            if found is not None:
                with probe.lock:
                    probe.replays += 1
            return found

        monkeypatch.setattr(server.app.faults, "draw", counting_draw)
        monkeypatch.setattr(server.app.retry_tokens, "lookup", counting_lookup)
        monkeypatch.setattr(server.app.default_vault, "dispatch", counting_dispatch)
        return probe

    @property
    def injected(self) -> int:
        """All faults injected."""
        return sum(self.faults.values())

    @property
    def lost_responses(self) -> int:
        """Faults that struck after the operation was applied (the client saw a failure, the change happened)."""
        return sum(n for (_, after), n in self.faults.items() if after)

    def by_kind(self) -> dict[str, int]:
        """Faults by kind, before and after the operation taken together."""
        kinds: collections.Counter[str] = collections.Counter()
        for (kind, _), n in self.faults.items():
            kinds[kind] += n
        return dict(sorted(kinds.items()))

    def summary(self) -> str:
        """One line of figures for the README."""
        return (
            f"requests reaching the fault stage={self.draws} faults injected={self.injected} "
            f"(lost responses={self.lost_responses}; by kind {self.by_kind()}) replayed from retry tokens="
            f"{self.replays} applied={dict(self.applied)}"
        )


# ---------------------------------------------------------------------- vault snapshots


@dataclass(frozen=True)
class VaultSnapshot:
    """Everything a test can observe of a vault: keys and versions (etags included), counts, retry tokens."""

    key_count: int
    keys: tuple[KeySnapshot, ...]
    versions: tuple[tuple[KeyVersionSnapshot, ...], ...]
    retry_tokens: int


def vault_snapshot(server: MockKmsServer, compartments: Iterable[str]) -> VaultSnapshot:
    """The state of ``server``'s vault: every key of ``compartments`` and every version of those keys.

    ``key_count`` covers all compartments, so a key created anywhere else still shows.
    """
    vault = server.state
    everything = ListQuery(limit=_EVERYTHING, sort_order="ASC")
    with vault.lock:
        keys = tuple(key for where in sorted(set(compartments)) for key in vault.list_keys(where, everything)[0])
        versions = tuple(tuple(vault.list_key_versions(key.id, everything)[0]) for key in keys)
        return VaultSnapshot(vault.key_count(), keys, versions, len(server.app.retry_tokens))


def synthetic_backup(versions: int = 2) -> KeyBackup:
    """A backup of an AES-256 key no vault holds (fresh OCIDs and material), to be sealed by a mock."""
    key_id = f"ocid1.key.oc1.mock.synthetic{os.urandom(12).hex()}"
    return KeyBackup(
        id=key_id,
        compartment_id="ocid1.compartment.oc1..synthetic",
        display_name="synthetic",
        shape=KeyShape("AES", 32),
        protection_mode="HSM",
        freeform_tags={},
        defined_tags={},
        is_auto_rotation_enabled=None,
        auto_key_rotation_details=None,
        external_key_id=None,
        versions=tuple(
            VersionBackup(
                f"ocid1.keyversion.oc1.mock.synthetic{os.urandom(12).hex()}", "INTERNAL", None, None, os.urandom(32)
            )
            for _ in range(versions)
        ),
    )
