"""``KmsVaultClient`` and ``AsyncKmsVaultClient``: the regional vault API (vaults, their lifecycle, backups,
replicas, usage). Regional as in the SDK: ``KmsVaultClient(config)`` talks to
``https://kms.{region}.{secondLevelDomain}`` for ``config["region"]``, unless ``service_endpoint=`` says where."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kms_facade.regions import endpoint_for_region
from kms_facade.service_client import AsyncServiceClient, ServiceClient, SyncServiceClient, validate_endpoint
from kms_facade.vault_operations import VaultOperations

__all__ = ["AsyncKmsVaultClient", "KmsVaultClient", "RegionalEndpoint"]

SERVICE = "kms"


class RegionalEndpoint(ServiceClient):
    """A regional client: ``service_endpoint`` is an optional keyword; without it the endpoint is built from
    ``config["region"]`` (a name or a short code) with OCI's template."""

    def __init__(self, config: Mapping[str, Any], *, service_endpoint: str | None = None, **kwargs: Any) -> None:
        super().__init__(config, service_endpoint, **kwargs)

    @classmethod
    def _resolve_endpoint(cls, config: Mapping[str, Any], service_endpoint: str | None) -> str:
        if service_endpoint is not None:
            return validate_endpoint(service_endpoint)
        region = config.get("region")
        if not region:
            raise ValueError("config has no region: give config['region'] or service_endpoint=")
        return endpoint_for_region(SERVICE, str(region))


class KmsVaultClient(VaultOperations, RegionalEndpoint, SyncServiceClient):
    """The synchronous vault client: ``KmsVaultClient(config, **kwargs)``; ``service_endpoint=`` overrides the
    regional endpoint (e.g. the local mock's root)."""


class AsyncKmsVaultClient(VaultOperations, RegionalEndpoint, AsyncServiceClient):
    """The asyncio vault client: the same operations, awaitable."""
