"""The mock's own "object store": where ``BackupKey`` writes backups and ``RestoreKeyFromObjectStore`` reads
them. A folder (``--object-store DIR`` / ``MockKmsServer(object_store_dir=...)``) or, without one, memory.

Layout in the folder: ``<namespace>/<bucketName>/<objectName>`` for a ``BUCKET`` location, and
``par/<sha256 of the uri>`` for a ``PRE_AUTHENTICATED_REQUEST_URI`` (the mock does not call the URI). A
backup without a location goes to bucket ``kms-mock-backups`` of namespace ``kmsmock`` as
``<key OCID>.backup``.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kms_mock.errors import ApiError

__all__ = ["DEFAULT_LOCATION_NAMESPACE", "ObjectStore", "object_path"]

DEFAULT_LOCATION_NAMESPACE = "kmsmock"
DEFAULT_BUCKET = "kms-mock-backups"


def _segment(field: str, value: str) -> str:
    if value in {"", ".", ".."} or "/" in value or "\\" in value or "\x00" in value:
        raise ApiError.invalid_parameter(f"backupLocation.{field} is not a valid name in the mock's object store")
    return value


def object_path(location: Mapping[str, Any] | None, key_id: str) -> tuple[str, ...]:
    """The object's path in the store for a ``BackupLocation`` (wire dict), or the default one."""
    if location is None:
        return (DEFAULT_LOCATION_NAMESPACE, DEFAULT_BUCKET, f"{key_id}.backup")
    if location["destination"] == "BUCKET":
        return (
            _segment("namespace", location["namespace"]),
            _segment("bucketName", location["bucketName"]),
            _segment("objectName", location["objectName"]),
        )
    return ("par", hashlib.sha256(location["uri"].encode("utf-8")).hexdigest())


class ObjectStore:
    """Objects by path, in ``folder`` if given, else in memory."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else None
        self._memory: dict[tuple[str, ...], bytes] = {}
        self._lock = threading.Lock()

    def put(self, path: tuple[str, ...], data: bytes) -> None:
        """Store ``data`` at ``path`` (replacing any object there)."""
        with self._lock:
            if self.folder is None:
                self._memory[path] = data
                return
            target = self.folder.joinpath(*path)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".partial")
            partial.write_bytes(data)
            partial.replace(target)

    def get(self, path: tuple[str, ...]) -> bytes:
        """The object at ``path``; 404 ``NotAuthorizedOrNotFound`` if there is none."""
        with self._lock:
            if self.folder is None:
                found = self._memory.get(path)
            else:
                target = self.folder.joinpath(*path)
                found = target.read_bytes() if target.is_file() else None
        if found is None:
            raise ApiError(404, "NotAuthorizedOrNotFound", "No backup exists at the given backupLocation")
        return found
