"""``python -m bench.install_size DIST [DIR ...]``: bytes installed for distribution DIST and every distribution it
needs at run time (extras left out), plus the files under each DIR (for an editable install, the packages' own
sources). Standard library only, so that it runs in the official SDK's throw-away venv as well as in ours."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(name: str) -> list[metadata.Distribution]:
    """DIST and its installed run-time requirements, transitively (a requirement not installed is skipped)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [name]
    while todo:
        current = _normalise(todo.pop())
        if current in seen:
            continue
        try:
            dist = metadata.distribution(current)
        except metadata.PackageNotFoundError:
            continue
        seen[current] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement.replace('"', "'"):
                continue
            match = _NAME.match(requirement)
            if match:
                todo.append(match.group(0))
    return list(seen.values())


def dist_bytes(dist: metadata.Distribution) -> int:
    """Bytes of the files the distribution's RECORD lists (those still on disk)."""
    total = 0
    for file in dist.files or []:
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            total += path.stat().st_size
    return total


def tree_bytes(directory: Path) -> int:
    """Bytes of the files under ``directory``, compiled caches left out."""
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def main(argv: list[str] | None = None) -> None:
    """CLI entry point."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit("usage: python -m bench.install_size DIST [DIR ...]")
    total = sum(dist_bytes(dist) for dist in runtime_closure(args[0]))
    total += sum(tree_bytes(Path(directory)) for directory in args[1:])
    print(total, flush=True)


if __name__ == "__main__":
    main()
