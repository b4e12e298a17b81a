"""Static typing of the facade, checked by ``make typecheck`` (mypy --strict); never executed by pytest.

Each operation is declared once, yet the sync client returns ``Response[Model]`` and the async client a
coroutine of it, with the documented parameters and nothing else.
"""

from collections.abc import Coroutine
from typing import Any, assert_type

from kms_api_client.models import Key, KeySummary, KeyVersion, KeyVersionSummary, WrappingKey

from kms_facade import AsyncKmsManagementClient, KmsManagementClient, Response


def sync_client_types(client: KmsManagementClient) -> None:
    assert_type(client.get_key("k"), Response[Key])
    assert_type(client.list_keys("c", limit=5, sort_by="DISPLAYNAME"), Response[list[KeySummary]])
    assert_type(client.create_key_version("k"), Response[KeyVersion])
    assert_type(client.get_wrapping_key(), Response[WrappingKey])
    assert_type(client.change_key_compartment("k", {"compartmentId": "c"}), Response[None])
    client.get_key("k", timeout=3)  # type: ignore[call-arg]


async def async_client_types(client: AsyncKmsManagementClient) -> None:
    pending = assert_type(client.get_key("k"), Coroutine[Any, Any, Response[Key]])
    assert_type(await pending, Response[Key])
    assert_type(await client.list_key_versions("k"), Response[list[KeyVersionSummary]])
