"""The official OCI SDK beside the facade (``make bench-oci``): a throw-away venv holding only the pinned SDK, and a
worker process in it (``bench.oci_worker``) whose rounds alternate with the facade's in the same run."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from bench.processes import REPO_ROOT, child_env

SDK_REQUIREMENT = "oci==2.189.0"


@contextmanager
def sdk_venv() -> Iterator[Path]:
    """A fresh venv with ``oci==2.189.0`` installed from the package index; yields its python; deleted after."""
    with tempfile.TemporaryDirectory(prefix="kms-bench-oci-") as directory:
        venv = Path(directory) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = venv / "bin" / "python"
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", SDK_REQUIREMENT],
            check=True,
        )
        yield python


class SdkWorker:
    """A running ``bench.oci_worker``: one command line in, one answer line out."""

    def __init__(self, python: Path, pem_path: str) -> None:
        self.process = subprocess.Popen(
            [str(python), "-m", "bench.oci_worker", pem_path],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
            env=child_env(),
        )
        if self._line() != "ready":
            raise RuntimeError("the SDK worker did not start")

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the SDK worker exited (code {self.process.wait()})")
        return line.strip()

    def ask(self, command: str) -> str:
        """Send one command; its answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._line()

    def rate(self, scenario: str, endpoint: str, seconds: float) -> float:
        """Calls per second of one sequential SDK client."""
        return float(self.ask(f"rate {scenario} {endpoint} {seconds}"))

    def threads(self, endpoint: str, threads: int, seconds: float) -> tuple[float, int, float]:
        """Calls per second, errors and the worker's CPU seconds of ``threads`` threads sharing one SDK client."""
        rate, errors, cpu = self.ask(f"threads {endpoint} {threads} {seconds}").split()
        return float(rate), int(errors), float(cpu)

    def close(self) -> None:
        """Stop the worker."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> SdkWorker:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
