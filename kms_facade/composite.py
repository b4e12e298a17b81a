"""``KmsManagementClientCompositeOperations``: run an operation, then wait for the resource's state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from kms_facade.client import KmsManagementClient
from kms_facade.exceptions import CompositeOperationError
from kms_facade.response import Response
from kms_facade.waiters import wait_until

Kwargs = dict[str, Any] | None


def _state(response: Response[Any]) -> str:
    state = response.data.lifecycle_state
    return str(getattr(state, "value", state)).lower()


def run_and_wait(
    client: Any,
    operation: str,
    args: tuple[Any, ...],
    wait_for_states: Sequence[str] | None,
    operation_kwargs: Kwargs,
    waiter_kwargs: Kwargs,
    poll: Callable[[Any], Response[Any]],
) -> Response[Any]:
    """The SDK's composite pattern, for every client: run ``operation``; unless ``wait_for_states`` is empty,
    get the resource with ``poll(result.data)`` and wait until its ``lifecycle_state`` is one of them (case
    insensitive). Any failure after the operation raises ``CompositeOperationError`` holding its result."""
    result: Response[Any] = getattr(client, operation)(*args, **(operation_kwargs or {}))
    if not wait_for_states:
        return result
    states = {state.lower() for state in wait_for_states}
    try:
        waited: Response[Any] = wait_until(
            client,
            poll(result.data),
            evaluate_response=lambda r: _state(r) in states,
            **(waiter_kwargs or {}),
        )
    except Exception as error:
        raise CompositeOperationError(partial_results=[result], cause=error) from error
    return waited


class KmsManagementClientCompositeOperations:
    """The ``*_and_wait_for_state`` helpers of the OCI SDK for the key and key-version operations."""

    def __init__(self, client: KmsManagementClient) -> None:
        self.client = client

    def _run(
        self,
        operation: str,
        args: tuple[Any, ...],
        wait_for_states: Sequence[str] | None,
        operation_kwargs: Kwargs,
        waiter_kwargs: Kwargs,
        poll_version: bool,
    ) -> Response[Any]:
        def poll(data: Any) -> Response[Any]:
            return self.client.get_key_version(data.key_id, data.id) if poll_version else self.client.get_key(data.id)

        return run_and_wait(self.client, operation, args, wait_for_states, operation_kwargs, waiter_kwargs, poll)

    def backup_key_and_wait_for_state(
        self,
        key_id: str,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Back up a key, then wait for one of ``wait_for_states`` (e.g. ``["ENABLED"]`` once the backup is done)."""
        return self._run("backup_key", (key_id,), wait_for_states, operation_kwargs, waiter_kwargs, False)

    def restore_key_from_file_and_wait_for_state(
        self,
        restore_key_from_file_details: Any,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Restore a key from a backup file, then wait for one of ``wait_for_states`` (e.g. ``["ENABLED"]``)."""
        args = (restore_key_from_file_details,)
        return self._run("restore_key_from_file", args, wait_for_states, operation_kwargs, waiter_kwargs, False)

    def restore_key_from_object_store_and_wait_for_state(
        self,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Restore a key from Object Storage (``operation_kwargs`` carries
        ``restore_key_from_object_store_details``), then wait for one of ``wait_for_states``."""
        return self._run("restore_key_from_object_store", (), wait_for_states, operation_kwargs, waiter_kwargs, False)

    def cancel_key_deletion_and_wait_for_state(
        self,
        key_id: str,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Cancel a key's deletion, then wait for one of ``wait_for_states``."""
        return self._run("cancel_key_deletion", (key_id,), wait_for_states, operation_kwargs, waiter_kwargs, False)

    def create_key_and_wait_for_state(
        self,
        create_key_details: Any,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Create a key, then wait for one of ``wait_for_states`` (e.g. ``["ENABLED"]``)."""
        return self._run("create_key", (create_key_details,), wait_for_states, operation_kwargs, waiter_kwargs, False)

    def disable_key_and_wait_for_state(
        self,
        key_id: str,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Disable a key, then wait for one of ``wait_for_states``."""
        return self._run("disable_key", (key_id,), wait_for_states, operation_kwargs, waiter_kwargs, False)

    def enable_key_and_wait_for_state(
        self,
        key_id: str,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Enable a key, then wait for one of ``wait_for_states``."""
        return self._run("enable_key", (key_id,), wait_for_states, operation_kwargs, waiter_kwargs, False)

    def schedule_key_deletion_and_wait_for_state(
        self,
        key_id: str,
        schedule_key_deletion_details: Any,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Schedule a key's deletion, then wait for one of ``wait_for_states`` (e.g. PENDING_DELETION)."""
        args = (key_id, schedule_key_deletion_details)
        return self._run("schedule_key_deletion", args, wait_for_states, operation_kwargs, waiter_kwargs, False)

    def update_key_and_wait_for_state(
        self,
        key_id: str,
        update_key_details: Any,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Update a key, then wait for one of ``wait_for_states``."""
        args = (key_id, update_key_details)
        return self._run("update_key", args, wait_for_states, operation_kwargs, waiter_kwargs, False)

    def cancel_key_version_deletion_and_wait_for_state(
        self,
        key_id: str,
        key_version_id: str,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Cancel a key version's deletion, then wait for one of ``wait_for_states``."""
        args = (key_id, key_version_id)
        return self._run("cancel_key_version_deletion", args, wait_for_states, operation_kwargs, waiter_kwargs, True)

    def create_key_version_and_wait_for_state(
        self,
        key_id: str,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Rotate a key, then wait for the new version to reach one of ``wait_for_states``."""
        return self._run("create_key_version", (key_id,), wait_for_states, operation_kwargs, waiter_kwargs, True)

    def schedule_key_version_deletion_and_wait_for_state(
        self,
        key_id: str,
        key_version_id: str,
        schedule_key_version_deletion_details: Any,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Schedule a key version's deletion, then wait for one of ``wait_for_states``."""
        args = (key_id, key_version_id, schedule_key_version_deletion_details)
        return self._run("schedule_key_version_deletion", args, wait_for_states, operation_kwargs, waiter_kwargs, True)
