"""``python -m bench [--quick] [--profile] [--against-oci]``: print the benchmark table (exit 0 even when a target
is missed)."""

from __future__ import annotations

import argparse
import time

from bench.harness import QUICK, Settings, describe_machine, log, run
from bench.stats import render_table


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or the profiler) and print the report."""
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="kms-facade benchmarks, measured side by side."
    )
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: few, short rounds (numbers are rough)")
    parser.add_argument("--profile", action="store_true", help="profile the facade's calls instead of benchmarking")
    parser.add_argument(
        "--against-oci",
        action="store_true",
        help="also install the official SDK (oci 2.189.0) into a throw-away venv and add its rows (needs PyPI)",
    )
    args = parser.parse_args(argv)
    if args.profile:
        from bench.profiling import profile_report  # noqa: PLC0415 - only when asked

        print(profile_report(quick=args.quick))
        return 0
    settings = QUICK if args.quick else Settings()
    started = time.perf_counter()
    rows = run(settings, against_oci=args.against_oci)
    log(f"done in {time.perf_counter() - started:.0f} s")
    print(f"kms-facade benchmark{' (--quick: rough numbers)' if args.quick else ''}: {describe_machine()}")
    print(render_table(rows))
    missed = [row.scenario for row in rows if row.verdict == "FAIL"]
    skipped = [row.scenario for row in rows if row.verdict == "SKIP"]
    if missed:
        print(f"\nTARGETS MISSED: {', '.join(missed)}")
    if skipped:
        print(f"NOT MEASURED: {', '.join(skipped)}")
    if not missed and not skipped:
        print("\nall targets met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
