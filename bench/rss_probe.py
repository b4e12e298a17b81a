"""``python -m bench.rss_probe floor|facade ENDPOINT CALLS``: make CALLS get_key and CALLS list_keys calls
against the canned server, then print this process's peak RSS in KiB."""

from __future__ import annotations

import resource
import sys
from typing import Any

from bench.floor import ApiKey, Floor


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB.

    On Linux this is ``VmHWM`` of ``/proc/self/status``: ``ru_maxrss`` survives ``execve``, so a child started
    from a large parent would report the parent's peak. Elsewhere, ``resource.getrusage`` maxrss.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


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
