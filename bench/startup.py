"""Costs measured in fresh processes: import time, time to the first call, and peak RSS."""

from __future__ import annotations

import compileall
import subprocess
import sys

from bench.processes import REPO_ROOT, child_env

_IMPORT_PROBE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def _probe(*args: str, python: str = sys.executable) -> str:
    """Run ``python ARGS`` in a fresh interpreter; return its stdout (a failure raises CalledProcessError)."""
    result = subprocess.run([python, *args], capture_output=True, text=True, check=True, cwd=REPO_ROOT, env=child_env())
    return result.stdout.strip()


def compile_sources() -> None:
    """Write the bytecode of this repository's packages, as ``pip install`` does for an installed wheel (and for the
    floor's httpx and cryptography): with ``PYTHONDONTWRITEBYTECODE`` set, or after an edit, a fresh process would
    otherwise compile every changed module from source, a cost no installed client pays."""
    for package in ("kms_facade", "kms_mock", "generated/kms_api_client", "bench"):
        compileall.compile_dir(str(REPO_ROOT / package), quiet=1)


def import_ms(module: str, python: str = sys.executable) -> float:
    """Milliseconds ``import module`` takes in a fresh interpreter (the import alone, not interpreter start-up)."""
    return float(_probe("-c", _IMPORT_PROBE.format(module=module), python=python)) * 1000.0


def install_mib(python: str, dist: str, *directories: str) -> float:
    """MiB installed for ``dist`` and its run-time requirements in ``python``'s environment (``bench.install_size``)."""
    return int(_probe("-m", "bench.install_size", dist, *directories, python=python)) / (1024.0 * 1024.0)


def first_call_ms(mode: str, endpoint: str, pem_path: str, cpu_ms: list[float] | None = None) -> float:
    """Milliseconds a fresh ``floor`` or ``facade`` process takes from its start to its first parsed get_key (its
    CPU milliseconds over that span are appended to ``cpu_ms``)."""
    wall, cpu = _probe("-m", "bench.first_call_probe", mode, endpoint, pem_path).split()
    if cpu_ms is not None:
        cpu_ms.append(float(cpu) * 1000.0)
    return float(wall) * 1000.0


def peak_rss_mib(mode: str, endpoint: str, calls: int) -> float:
    """Peak RSS (MiB) of a fresh process making ``calls`` get_key + list_keys calls with ``mode`` (floor/facade)."""
    return int(_probe("-m", "bench.rss_probe", mode, endpoint, str(calls))) / 1024.0
