"""``python -m kms_mock``: serve the mock (the vault API, a default vault and every vault made) until interrupted.

Once the socket is bound and the server accepts connections it prints, and flushes, exactly one line
``kms_mock serving on http://HOST:PORT`` (the real port when ``--port 0``) on standard output. Warnings go to
standard error.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence

from kms_mock.auth import TrustedKey, trusted_key_from_oci_config
from kms_mock.options import DEFAULT_COMPARTMENT_ID, MockOptions
from kms_mock.replication import DEFAULT_REPLICA_REGIONS

__all__ = ["main", "parse_args"]


def _on_off(value: str) -> bool:
    lowered = value.lower()
    if lowered not in {"on", "off"}:
        raise argparse.ArgumentTypeError("use on or off")
    return lowered == "on"


def _fraction(value: str) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return number


def _non_negative(value: str) -> float:
    number = float(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kms_mock",
        description=(
            "A local, stateful mock of the OCI Key Management vault and management APIs: the vault API and a "
            "default vault at the root, each vault made through it at /<prefix>-management and /<prefix>-crypto."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on; 0 picks a free one (default 8080)")
    parser.add_argument(
        "--auth", type=_on_off, default=True, metavar="on|off", help="verify request signatures (default on)"
    )
    parser.add_argument(
        "--trust-key",
        action="append",
        default=[],
        metavar="PEM_PATH",
        help="trust the API key in this PEM file (public or private key); repeatable",
    )
    parser.add_argument("--oci-config", metavar="FILE", help="trust the API key of a profile of this OCI config file")
    parser.add_argument("--profile", default="DEFAULT", help="the profile of --oci-config (default DEFAULT)")
    parser.add_argument(
        "--identity",
        action="store_true",
        help="also serve the identity double on this port: the instance metadata service under /opc/v2/, "
        "federation at /v1/x509, the resource-principal, session-refresh and OKE token endpoints; and accept "
        "ST$<token> signatures of the tokens it issues (point clients at it with "
        "OCI_METADATA_BASE_URL=<endpoint>/opc/v2 and federation_endpoint=<endpoint>/v1/x509)",
    )
    parser.add_argument(
        "--identity-tenancy", default="ocid1.tenancy.oc1..kmsmockidentity", help="the instance's tenancy"
    )
    parser.add_argument("--identity-region", default="us-phoenix-1", help="the region the metadata service reports")
    parser.add_argument(
        "--token-ttl", type=float, default=3600.0, metavar="S", help="lifetime of issued tokens (default 3600 s)"
    )
    parser.add_argument(
        "--fault-rate", type=_fraction, default=0.0, metavar="F", help="inject a fault into this fraction of requests"
    )
    parser.add_argument("--seed", type=int, default=None, help="seed of the fault generator (reproducible faults)")
    parser.add_argument("--latency-ms", type=_non_negative, default=0.0, metavar="N", help="delay each response")
    parser.add_argument(
        "--transition-seconds",
        type=_non_negative,
        default=0.0,
        metavar="S",
        help="how long transitional states (CREATING, ENABLING, ...) last (default 0: immediate)",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=0,
        metavar="N",
        help="requests per second per rate class before 429 (default 0: no limit)",
    )
    parser.add_argument(
        "--wrapping-key",
        metavar="PEM_PATH",
        help="the vault's RSA wrapping key (private PEM); default: a new 4096-bit key (takes a moment)",
    )
    parser.add_argument("--vault-id", help="the vault's OCID (default: a generated one)")
    parser.add_argument(
        "--compartment-id", default=DEFAULT_COMPARTMENT_ID, help="the vault's compartment (the wrapping key's)"
    )
    parser.add_argument(
        "--object-store",
        metavar="DIR",
        help="the folder BackupKey writes backups to and RestoreKeyFromObjectStore reads (default: memory)",
    )
    parser.add_argument(
        "--replica-region",
        action="append",
        default=None,
        metavar="REGION",
        help="a replica region of the vault, for GetReplicationStatus; repeatable (default us-phoenix-1)",
    )
    parser.add_argument(
        "--log-level",
        default="INFO",
        type=str.upper,
        choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"),
        help="level of the kms_mock request log (default INFO)",
    )
    return parser


def parse_args(argv: Sequence[str] | None = None) -> tuple[MockOptions, str]:
    """The options for ``argv`` and the log level; exits with a usage message on bad arguments."""
    parser = _parser()
    args = parser.parse_args(argv)
    trust: list[TrustedKey] = list(args.trust_key)
    if args.oci_config:
        from kms_facade.config import from_file  # noqa: PLC0415 - only needed for this flag

        try:
            trust.append(trusted_key_from_oci_config(from_file(args.oci_config, args.profile)))
        except Exception as exc:
            parser.error(f"--oci-config: {exc}")
    if args.rate_limit < 0:
        parser.error("--rate-limit must not be negative")
    try:
        options = MockOptions(
            host=args.host,
            port=args.port,
            auth=args.auth,
            trust_keys=trust,
            fault_rate=args.fault_rate,
            seed=args.seed,
            latency_ms=args.latency_ms,
            transition_seconds=args.transition_seconds,
            rate_limit=args.rate_limit or None,
            wrapping_key=args.wrapping_key,
            vault_id=args.vault_id,
            compartment_id=args.compartment_id,
            object_store_dir=args.object_store,
            replica_regions=tuple(args.replica_region or DEFAULT_REPLICA_REGIONS),
            identity=args.identity,
            identity_tenancy_id=args.identity_tenancy,
            identity_region=args.identity_region,
            identity_token_ttl_seconds=args.token_ttl,
        )
    except ValueError as exc:
        parser.error(str(exc))
    return options, args.log_level


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    options, log_level = parse_args(argv)
    logging.basicConfig(level=log_level, format="%(asctime)s %(name)s %(levelname)s %(message)s")

    from kms_mock.app import MockApp  # noqa: PLC0415 - imported after argument parsing (fast --help)
    from kms_mock.server import bind_socket, endpoint_of, make_server  # noqa: PLC0415

    try:
        app = MockApp(options)
    except (OSError, ValueError) as exc:
        print(f"kms_mock: cannot start: {exc}", file=sys.stderr)
        return 2
    if options.auth and not app.authenticator.trusted_keys and app.identity is None:
        print(
            "kms_mock: WARNING: signature verification is on but no API key is trusted, so every request will "
            "get 401 NotAuthenticated. Trust a key with --trust-key PEM_PATH or --oci-config FILE [--profile "
            "NAME], or turn verification off with --auth off.",
            file=sys.stderr,
            flush=True,
        )
    try:
        sock = bind_socket(options.host, options.port)
    except OSError as exc:
        print(f"kms_mock: cannot listen on {options.host}:{options.port}: {exc}", file=sys.stderr)
        return 2
    endpoint = endpoint_of(sock)
    server = make_server(app, lambda: print(f"kms_mock serving on {endpoint}", flush=True))
    # uvicorn handles SIGINT/SIGTERM while serving and re-raises the signal once it has shut down, to the
    # handler that was installed before. Make that handler uvicorn's own "please exit" so a signal (early or
    # re-raised) ends in a clean exit with status 0 rather than a KeyboardInterrupt traceback or -SIGTERM.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, server.handle_exit)
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
