"""Static typing of the facade, checked by ``make typecheck`` (mypy --strict); never executed by pytest.

Each operation is declared once, yet the sync client returns ``Response[Model]`` and the async client a
coroutine of it, with the documented parameters and nothing else.
"""

import io
from collections.abc import Coroutine
from typing import Any, assert_type

from kms_api_client.models import Key, KeySummary, KeyVersion, KeyVersionSummary, ReplicationStatusDetails, WrappingKey

from kms_facade import AsyncKmsManagementClient, KmsManagementClient, Response


def sync_client_types(client: KmsManagementClient) -> None:
    assert_type(client.get_key("k"), Response[Key])
    assert_type(client.list_keys("c", limit=5, sort_by="DISPLAYNAME"), Response[list[KeySummary]])
    assert_type(client.create_key_version("k"), Response[KeyVersion])
    assert_type(client.get_wrapping_key(), Response[WrappingKey])
    assert_type(client.change_key_compartment("k", {"compartmentId": "c"}), Response[None])
    client.get_key("k", timeout=3)  # type: ignore[call-arg]
    assert_type(client.backup_key("k", backup_key_details={}), Response[Key])
    assert_type(client.restore_key_from_file(io.BytesIO(b"b"), content_length=1), Response[Key])
    assert_type(client.restore_key_from_object_store(), Response[Key])
    assert_type(client.get_replication_status("r"), Response[ReplicationStatusDetails])
    client.restore_key_from_file(3)  # type: ignore[arg-type]


async def async_client_types(client: AsyncKmsManagementClient) -> None:
    pending = assert_type(client.get_key("k"), Coroutine[Any, Any, Response[Key]])
    assert_type(await pending, Response[Key])
    assert_type(await client.list_key_versions("k"), Response[list[KeyVersionSummary]])
    assert_type(await client.restore_key_from_file(b"backup"), Response[Key])
