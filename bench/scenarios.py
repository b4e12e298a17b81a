"""The facade's side of each comparison: the same calls as the floor, through the public clients."""

from __future__ import annotations

from typing import Any

from bench.bodies import COMPARTMENT_ID, KEY_ID, LIST_SIZE
from bench.floor import ApiKey
from kms_facade import AsyncKmsManagementClient, KmsManagementClient

CREATE_DETAILS = {
    "compartmentId": COMPARTMENT_ID,
    "displayName": "bench-key",
    "keyShape": {"algorithm": "AES", "length": 32},
}


class FacadeCalls:
    """``get_key`` and ``list_keys`` through ``KmsManagementClient``, signing with a real 2048-bit Signer."""

    def __init__(self, endpoint: str, api_key: ApiKey) -> None:
        self.client = KmsManagementClient({}, endpoint, signer=api_key.signer())

    def get_key(self) -> Any:
        """``get_key`` of the canned key; returns the Key."""
        return self.client.get_key(KEY_ID).data

    def create_key(self) -> Any:
        """``create_key`` (the canned server answers the canned Key); returns the Key."""
        return self.client.create_key(CREATE_DETAILS).data

    def list_keys(self) -> Any:
        """``list_keys`` of one page of 100; returns the KeySummary list."""
        return self.client.list_keys(COMPARTMENT_ID, limit=LIST_SIZE).data

    def list_key_ids(self) -> list[str]:
        """``list_keys``, then read every item's id, as :meth:`bench.floor.Floor.list_key_ids` does."""
        return [summary.id for summary in self.client.list_keys(COMPARTMENT_ID, limit=LIST_SIZE).data]

    def close(self) -> None:
        """Close the connection."""
        self.client.close()


class MockCalls:
    """``get_key`` of one key created in kms_mock: sync sequential, or async with many calls in flight."""

    def __init__(self, endpoint: str, api_key: ApiKey) -> None:
        self.sync_client = KmsManagementClient({}, endpoint, signer=api_key.signer())
        created = self.sync_client.create_key(CREATE_DETAILS)
        self.key_id: str = created.data.id
        self.async_client = AsyncKmsManagementClient({}, endpoint, signer=api_key.signer())

    def sync_get_key(self) -> Any:
        """One sequential ``get_key``."""
        return self.sync_client.get_key(self.key_id).data

    async def async_get_key(self) -> Any:
        """One awaited ``get_key``."""
        return (await self.async_client.get_key(self.key_id)).data

    async def aclose(self) -> None:
        """Close both clients (await it on the loop the async client ran on)."""
        self.sync_client.close()
        await self.async_client.close()
