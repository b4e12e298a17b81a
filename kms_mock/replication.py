"""Replication ids and their status, for ``GetReplicationStatus``.

Where the ids come from (the mock's choice; the reference only says writes hand them out): every successful
write (any operation that is not a GET) is one work request. Its id, ``ocid1.kmsreplication.oc1.mock.<hex>``,
is answered in the ``opc-work-request-id`` header (also where the spec does not declare it; clients ignore
headers they do not know), and it is the replication id of the change. A replay of the write under the same
``opc-retry-token`` answers the same id. Each of the vault's replica regions (``--replica-region``, default
``us-phoenix-1``) shows the change ``REPLICATING`` for ``replication_seconds`` after the write (the vault's
transition time), then ``REPLICATED``. A vault made through the vault API has the regions of its replica
instead (none until ``CreateVaultReplica``). A vault without replica regions answers an empty list. Unknown ids are
404 ``NotAuthorizedOrNotFound``.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Sequence
from typing import Any

from kms_mock.errors import ApiError

__all__ = ["DEFAULT_REPLICA_REGIONS", "ReplicationLog"]

DEFAULT_REPLICA_REGIONS = ("us-phoenix-1",)


class ReplicationLog:
    """The replications of one vault: id → when the change was made."""

    def __init__(
        self,
        regions: Sequence[str] | Callable[[], Sequence[str]] = DEFAULT_REPLICA_REGIONS,
        replication_seconds: float = 0.0,
    ) -> None:
        self._regions = regions if callable(regions) else tuple(regions)
        self.replication_seconds = replication_seconds
        self._started: dict[str, float] = {}
        self._lock = threading.Lock()

    def start(self, now: float) -> str:
        """A new replication id for a change made at ``now``."""
        replication_id = f"ocid1.kmsreplication.oc1.mock.{secrets.token_hex(16)}"
        with self._lock:
            self._started[replication_id] = now
        return replication_id

    def status(self, replication_id: str, now: float) -> dict[str, Any]:
        """The ``ReplicationStatusDetails`` of ``replication_id`` at ``now``; 404 for an unknown id."""
        with self._lock:
            started = self._started.get(replication_id)
        if started is None:
            raise ApiError.resource_not_found("Replication", replication_id)
        status = "REPLICATED" if now >= started + self.replication_seconds else "REPLICATING"
        return {"replicaDetails": [{"region": region, "status": status} for region in self.regions]}

    @property
    def regions(self) -> tuple[str, ...]:
        """The replica regions now (a vault of the vault API has its replica's, if any)."""
        return tuple(self._regions()) if callable(self._regions) else self._regions

    def etag(self, replication_id: str, now: float) -> str:
        """An etag that changes when the status does."""
        with self._lock:
            started = self._started.get(replication_id, now)
        return f"{replication_id[-16:]}-{int(now >= started + self.replication_seconds)}"
