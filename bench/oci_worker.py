"""``python -m bench.oci_worker PEM_PATH``, run by ``make bench-oci`` in a throw-away venv holding only the official
OCI SDK: it answers one command per stdin line with one stdout line, so that its rounds alternate with the facade's.

Commands (``ENDPOINT`` is a canned server):

* ``rate get_key|create_key|list_keys ENDPOINT SECONDS`` → calls per second of one sequential client;
* ``threads ENDPOINT THREADS SECONDS`` → ``calls/s errors cpu_seconds``: ``get_key`` on THREADS threads sharing
  one client.

``python -m bench.oci_worker PEM_PATH --rss ENDPOINT CALLS`` instead prints the peak RSS (KiB) of a fresh process
after CALLS ``get_key`` + CALLS ``list_keys``, as ``bench.rss_probe`` does for the facade.

Each client is the SDK's ``KmsManagementClient`` with its default retry strategy and its circuit breaker off
(``NoCircuitBreakerStrategy``): the facade has none, and a breaker only matters when calls fail.
Imports only the SDK, the standard library and the stdlib-only bench modules.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

import oci  # type: ignore[import-untyped,unused-ignore]

from bench.bodies import COMPARTMENT_ID, KEY_ID, LIST_SIZE
from bench.memory import peak_rss_kib
from bench.threads import hammer
from bench.timing import run_for

TENANCY = "ocid1.tenancy.oc1..aaaaaaaabenchtenancy"
USER = "ocid1.user.oc1..aaaaaaaabenchuser"
FINGERPRINT = ":".join(["00"] * 16)  # the canned server checks no signature
REGION = "us-ashburn-1"
WARMUP_CALLS = 20


class SdkCalls:
    """The SDK's calls against one endpoint, with a client configured as users configure it (a config dict)."""

    def __init__(self, endpoint: str, pem_path: str) -> None:
        config = {"user": USER, "tenancy": TENANCY, "fingerprint": FINGERPRINT, "key_file": pem_path, "region": REGION}
        self.client = oci.key_management.KmsManagementClient(
            config,
            service_endpoint=endpoint,
            circuit_breaker_strategy=oci.circuit_breaker.NoCircuitBreakerStrategy(),
        )
        self.details = oci.key_management.models.CreateKeyDetails(
            compartment_id=COMPARTMENT_ID,
            display_name="bench-key",
            key_shape=oci.key_management.models.KeyShape(algorithm="AES", length=32),
        )

    def get_key(self) -> Any:
        """One ``get_key``; the Key."""
        return self.client.get_key(KEY_ID).data

    def create_key(self) -> Any:
        """One ``create_key``; the Key."""
        return self.client.create_key(self.details).data

    def list_keys(self) -> list[str]:
        """One page of 100, then every item's id (as the facade's and the floor's list rows do)."""
        return [summary.id for summary in self.client.list_keys(COMPARTMENT_ID, limit=LIST_SIZE).data]


class Worker:
    """Clients per endpoint, warmed up on first use."""

    def __init__(self, pem_path: str) -> None:
        self.pem_path = pem_path
        self.calls: dict[str, SdkCalls] = {}

    def on(self, endpoint: str) -> SdkCalls:
        """The (warmed-up) calls against ``endpoint``."""
        if endpoint not in self.calls:
            calls = SdkCalls(endpoint, self.pem_path)
            for call in (calls.get_key, calls.create_key, calls.list_keys):
                for _ in range(WARMUP_CALLS):
                    call()
            if calls.get_key().id != KEY_ID or len(calls.list_keys()) != LIST_SIZE:
                raise AssertionError("the SDK parsed unexpected answers from the canned server")
            self.calls[endpoint] = calls
        return self.calls[endpoint]

    def answer(self, line: str) -> str:
        """The reply to one command line."""
        command, *args = line.split()
        if command == "rate":
            scenario, endpoint, seconds = args
            call: Callable[[], object] = getattr(self.on(endpoint), scenario)
            return f"{run_for(call, float(seconds)):.3f}"
        if command == "threads":
            endpoint, threads, seconds = args
            calls = self.on(endpoint)
            cpu = time.process_time()
            result = hammer(calls.get_key, int(threads), float(seconds))
            return f"{result.rate:.3f} {sum(result.errors.values())} {time.process_time() - cpu:.6f}"
        raise ValueError(f"unknown command {line!r}")


def main(argv: list[str] | None = None) -> None:
    """Answer commands until stdin closes."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 4 and args[1] == "--rss":
        calls = SdkCalls(args[2], args[0])
        for _ in range(int(args[3])):
            calls.get_key()
            calls.list_keys()
        print(peak_rss_kib(), flush=True)
        return
    if len(args) != 1:
        raise SystemExit("usage: python -m bench.oci_worker PEM_PATH [--rss ENDPOINT CALLS]")
    worker = Worker(args[0])
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip():
            print(worker.answer(line), flush=True)


if __name__ == "__main__":
    main()
