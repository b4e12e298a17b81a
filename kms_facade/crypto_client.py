"""``KmsCryptoClient`` and ``AsyncKmsCryptoClient``: a vault's crypto endpoint (encrypt, decrypt, data keys,
sign, verify, export), on the engine every client shares."""

from __future__ import annotations

from typing import Any

from kms_facade.crypto_operations import CryptoOperations
from kms_facade.service_client import AsyncServiceClient, SyncServiceClient

__all__ = ["AsyncKmsCryptoClient", "KmsCryptoClient", "KmsCryptoClientCompositeOperations"]


class KmsCryptoClient(CryptoOperations, SyncServiceClient):
    """The synchronous crypto client. ``KmsCryptoClient(config, service_endpoint, **kwargs)``, where
    ``service_endpoint`` is the vault's ``crypto_endpoint``."""


class AsyncKmsCryptoClient(CryptoOperations, AsyncServiceClient):
    """The asyncio crypto client: the same operations, awaitable."""


class KmsCryptoClientCompositeOperations:
    """As in the OCI SDK, which has no composite crypto operations: it only holds the client."""

    def __init__(self, client: KmsCryptoClient, **kwargs: Any) -> None:
        self.client = client
