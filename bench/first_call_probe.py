"""``python -m bench.first_call_probe floor|facade ENDPOINT PEM_PATH``: print the seconds from the start of this
script to the first parsed ``get_key`` answer (imports, loading the API key from its PEM file, building the
client, one signed GET of the canned server, parsing), then the CPU seconds this process spent over the same span
(what a loaded machine's scheduler does not inflate)."""

from __future__ import annotations

import time

_STARTED = time.perf_counter()
_STARTED_CPU = time.process_time()

import sys  # noqa: E402 - the clock starts before any import


def floor_first_call(endpoint: str, pem_path: str) -> object:
    """The floor's first call: httpx + cryptography only."""
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey  # noqa: PLC0415
    from cryptography.hazmat.primitives.serialization import load_pem_private_key  # noqa: PLC0415

    from bench.floor import ApiKey, Floor  # noqa: PLC0415

    with open(pem_path, "rb") as handle:
        pem = handle.read()
    key = load_pem_private_key(pem, password=None)
    if not isinstance(key, RSAPrivateKey):
        raise TypeError("the benchmark's API key must be an RSA key")
    floor = Floor(endpoint, ApiKey(key, pem.decode("ascii"), "00"))
    try:
        return floor.get_key()
    finally:
        floor.close()


def facade_first_call(endpoint: str, pem_path: str) -> object:
    """The facade's first call, as a user writes it."""
    from bench.bodies import KEY_ID  # noqa: PLC0415
    from bench.floor import TENANCY, USER  # noqa: PLC0415
    from kms_facade import KmsManagementClient  # noqa: PLC0415
    from kms_facade.signing import Signer  # noqa: PLC0415

    signer = Signer(TENANCY, USER, "00", private_key_file_location=pem_path)
    with KmsManagementClient({}, endpoint, signer=signer) as client:
        return client.get_key(KEY_ID).data


def main(argv: list[str] | None = None) -> None:
    """CLI entry point."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3 or args[0] not in ("floor", "facade"):
        raise SystemExit("usage: python -m bench.first_call_probe floor|facade ENDPOINT PEM_PATH")
    (floor_first_call if args[0] == "floor" else facade_first_call)(args[1], args[2])
    print(time.perf_counter() - _STARTED, time.process_time() - _STARTED_CPU, flush=True)


if __name__ == "__main__":
    main()
