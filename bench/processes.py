"""Server subprocesses: start one, read its ``... serving on http://HOST:PORT`` line, stop it on exit."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

REPO_ROOT = Path(__file__).resolve().parent.parent
_SERVING = re.compile(r"serving on (http://\S+)")


class ServerStartError(RuntimeError):
    """A server subprocess exited or stayed silent instead of printing its serving line."""


def child_env() -> dict[str, str]:
    """The environment for child processes: this repository first on ``PYTHONPATH``."""
    env = dict(os.environ)
    paths = [str(REPO_ROOT), str(REPO_ROOT / "generated")]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    """Forward the child's stdout lines (and keep draining it so the child never blocks on a full pipe)."""
    for line in stream:
        lines.put(line)
    lines.put(None)


@contextmanager
def serving(module_args: Sequence[str], timeout: float = 60.0) -> Iterator[str]:
    """Run ``python -m <module_args>`` and yield the endpoint it announces; terminate it afterwards."""
    with tempfile.TemporaryFile(mode="w+") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", *module_args],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=REPO_ROOT,
            env=child_env(),
        )
        try:
            lines: queue.Queue[str | None] = queue.Queue()
            assert process.stdout is not None
            threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True).start()
            yield _wait_for_endpoint(lines, timeout, stderr, module_args[0])
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_endpoint(lines: queue.Queue[str | None], timeout: float, stderr: IO[str], name: str) -> str:
    while True:
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            raise ServerStartError(f"{name} printed no serving line within {timeout:g} s") from None
        if line is None:
            stderr.seek(0)
            tail = stderr.read()[-2000:].strip()
            raise ServerStartError(f"{name} exited before serving: {tail or '(no output)'}")
        match = _SERVING.search(line)
        if match:
            return match.group(1).rstrip("/")
