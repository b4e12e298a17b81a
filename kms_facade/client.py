"""``KmsManagementClient`` and ``AsyncKmsManagementClient``: a vault's key and key-version operations."""

from __future__ import annotations

from kms_facade.operations import KmsOperations
from kms_facade.service_client import AsyncServiceClient, SyncServiceClient, validate_endpoint

__all__ = ["AsyncKmsManagementClient", "KmsManagementClient", "validate_endpoint"]


class KmsManagementClient(KmsOperations, SyncServiceClient):
    """The synchronous management client. ``KmsManagementClient(config, service_endpoint, **kwargs)``, where
    ``service_endpoint`` is the vault's ``management_endpoint``."""


class AsyncKmsManagementClient(KmsOperations, AsyncServiceClient):
    """The asyncio management client: the same operations, awaitable."""
