"""``python -m bench.soak [--minutes M] [--threads N] [--stock]``: many threads sharing one sync client, against
the canned keep-alive server and the mock, counting transport errors, the slowest call and new TCP connections.

The suite runs :func:`bench.threads.hammer` for a few seconds (``tests/test_transport_reliability.py``);
``make soak`` runs it 2 minutes against the canned server, then 10 minutes against the mock. A call that hangs
shows up as a ``ReadTimeout`` (the clients get a 5 s read timeout).
"""

from __future__ import annotations

import argparse

import httpx

from bench.bodies import COMPARTMENT_ID, KEY_ID
from bench.floor import ApiKey
from bench.harness import CANNED_SERVER, mock_command
from bench.processes import serving
from bench.threads import HammerResult, hammer
from kms_facade import KmsManagementClient

READ_TIMEOUT = 5.0


def server_connections(endpoint: str) -> int:
    """TCP connections the canned server has accepted so far."""
    return int(httpx.get(f"{endpoint}/bench/stats").json()["connections"])


def soak_client(endpoint: str, api_key: ApiKey, stock: bool = False) -> KmsManagementClient:
    """A sync client with a short read timeout, so that a hung call fails instead of stalling for 60 s; ``stock``
    puts httpx's own transport (httpcore's pool) under it instead of the facade's, to compare."""
    transport = httpx.HTTPTransport() if stock else None
    return KmsManagementClient({}, endpoint, signer=api_key.signer(), timeout=(5.0, READ_TIMEOUT), transport=transport)


def report(name: str, result: HammerResult, new_connections: int | None = None) -> str:
    """One line about a run."""
    reuse = "" if new_connections is None else f", new TCP connections/request {new_connections / result.calls:.4f}"
    return (
        f"{name}: {result.calls} calls in {result.seconds:.0f} s ({result.rate:.0f}/s), "
        f"errors {dict(result.errors) or 0}, slowest call {result.slowest:.2f} s{reuse}"
    )


def main(argv: list[str] | None = None) -> int:
    """Soak both servers; exit 1 on any error."""
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="against kms_mock (default 10)")
    parser.add_argument("--canned-minutes", type=float, default=2.0, help="against the canned server (default 2)")
    parser.add_argument("--threads", type=int, default=64)
    parser.add_argument("--stock", action="store_true", help="use httpx's own transport, to compare")
    args = parser.parse_args(argv)
    api_key = ApiKey.generate()
    failed = False
    with serving(CANNED_SERVER) as endpoint:
        with soak_client(endpoint, api_key, args.stock) as client:
            before = server_connections(endpoint)
            result = hammer(lambda: client.get_key(KEY_ID), args.threads, args.canned_minutes * 60.0)
            print(report(f"canned server, {args.threads} threads", result, server_connections(endpoint) - before))
        failed |= bool(result.errors)
    with serving(mock_command(5)) as endpoint, soak_client(endpoint, api_key, args.stock) as client:
        key_id = client.create_key(
            {"compartmentId": COMPARTMENT_ID, "displayName": "soak", "keyShape": {"algorithm": "AES", "length": 32}}
        ).data.id
        result = hammer(lambda: client.get_key(key_id), args.threads, args.minutes * 60.0)
        print(report(f"kms_mock (5 ms latency), {args.threads} threads", result))
        failed |= bool(result.errors)
    print("FAILED: transport errors" if failed else "zero errors")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
