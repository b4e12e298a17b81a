"""``python -m bench.rss_probe floor|facade ENDPOINT CALLS``: make CALLS get_key and CALLS list_keys calls
against the canned server, then print this process's peak RSS in KiB."""

from __future__ import annotations

import sys
from typing import Any

from bench.floor import ApiKey, Floor
from bench.memory import peak_rss_kib


def run(mode: str, endpoint: str, calls: int) -> int:
    """Make the calls with the floor or the facade; return the peak RSS in KiB."""
    api_key = ApiKey.generate()
    client: Any
    if mode == "facade":
        from bench.scenarios import FacadeCalls  # noqa: PLC0415 - the floor process never imports the facade

        client = FacadeCalls(endpoint, api_key)
    else:
        client = Floor(endpoint, api_key)
    try:
        for _ in range(calls):
            client.get_key()
            client.list_keys()
    finally:
        client.close()
    return peak_rss_kib()


def main(argv: list[str] | None = None) -> None:
    """CLI entry point."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3 or args[0] not in ("floor", "facade"):
        raise SystemExit("usage: python -m bench.rss_probe floor|facade ENDPOINT CALLS")
    print(run(args[0], args[1], int(args[2])), flush=True)


if __name__ == "__main__":
    main()
