"""Per-class request rate limits (reference §1.2: N requests per second per rate class → 429)."""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable

__all__ = ["RATE_CLASSES", "RateLimiter"]

# operationId → rate class. The reference gives no class for get_wrapping_key and the imports; the mock
# counts get_wrapping_key as a read and the imports as management writes.
RATE_CLASSES: dict[str, str] = {
    "GetKey": "management-read",
    "GetKeyVersion": "management-read",
    "ListKeys": "management-read",
    "ListKeyVersions": "management-read",
    "GetWrappingKey": "management-read",
    "CreateKey": "management-write",
    "CreateKeyVersion": "management-write",
    "EnableKey": "management-write",
    "DisableKey": "management-write",
    "UpdateKey": "management-write",
    "ImportKey": "management-write",
    "ImportKeyVersion": "management-write",
    "ScheduleKeyDeletion": "provisioning-write",
    "CancelKeyDeletion": "provisioning-write",
    "ScheduleKeyVersionDeletion": "provisioning-write",
    "CancelKeyVersionDeletion": "provisioning-write",
    "ChangeKeyCompartment": "provisioning-write",
    "BackupKey": "provisioning-write",
    "RestoreKeyFromFile": "provisioning-write",
    "RestoreKeyFromObjectStore": "provisioning-write",
    "GetReplicationStatus": "management-read",
    # The crypto endpoint: the reference states no limit; its own class, so it never starves management calls.
    "Encrypt": "crypto",
    "Decrypt": "crypto",
    "GenerateDataEncryptionKey": "crypto",
    "Sign": "crypto",
    "Verify": "crypto",
    "ExportKey": "crypto",
    # The vault API (reference §3.4). The reference states no class for usage, backup, the restores and mTLS;
    # the mock counts usage as a provisioning read and the others as provisioning writes.
    "GetVault": "provisioning-read",
    "ListVaults": "provisioning-read",
    "GetVaultUsage": "provisioning-read",
    "CreateVault": "provisioning-write",
    "UpdateVault": "provisioning-write",
    "ScheduleVaultDeletion": "provisioning-write",
    "CancelVaultDeletion": "provisioning-write",
    "ChangeVaultCompartment": "provisioning-write",
    "CreateVaultReplica": "provisioning-write",
    "DeleteVaultReplica": "provisioning-write",
    "ListVaultReplicas": "provisioning-write",
    "BackupVault": "provisioning-write",
    "RestoreVaultFromFile": "provisioning-write",
    "RestoreVaultFromObjectStore": "provisioning-write",
    "UpdateRegisteredVaultForMtls": "provisioning-write",
}


class RateLimiter:
    """At most ``per_second`` requests per class in any one-second window (a sliding log); None = off."""

    def __init__(self, per_second: int | None, monotonic: Callable[[], float] = time.monotonic) -> None:
        if per_second is not None and per_second < 1:
            raise ValueError("the rate limit must be at least 1 request per second")
        self.per_second = per_second
        self._monotonic = monotonic
        self._seen: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._lock = threading.Lock()

    def allow(self, rate_class: str) -> bool:
        """Count one request of ``rate_class``; False if it goes over the limit (and is not counted)."""
        if self.per_second is None:
            return True
        with self._lock:
            now = self._monotonic()
            seen = self._seen[rate_class]
            while seen and now - seen[0] >= 1.0:
                seen.popleft()
            if len(seen) >= self.per_second:
                return False
            seen.append(now)
            return True
