"""``KmsVaultClientCompositeOperations``: run a vault operation, then wait for the vault's state (the SDK's
five methods; the run-then-wait is :func:`kms_facade.composite.run_and_wait`, shared with the keys')."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kms_facade.composite import Kwargs, run_and_wait
from kms_facade.response import Response
from kms_facade.vault_client import KmsVaultClient

__all__ = ["KmsVaultClientCompositeOperations"]


class KmsVaultClientCompositeOperations:
    """The ``*_and_wait_for_state`` helpers of the OCI SDK for vaults; each polls ``get_vault``."""

    def __init__(self, client: KmsVaultClient) -> None:
        self.client = client

    def _get_vault(self, vault: Any) -> Response[Any]:
        return self.client.get_vault(vault.id)

    def backup_vault_and_wait_for_state(
        self,
        vault_id: str,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Back up a vault, then wait for one of ``wait_for_states`` (e.g. ``["ACTIVE"]`` once it is done)."""
        return run_and_wait(
            self.client, "backup_vault", (vault_id,), wait_for_states, operation_kwargs, waiter_kwargs, self._get_vault
        )

    def cancel_vault_deletion_and_wait_for_state(
        self,
        vault_id: str,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Cancel a vault's deletion, then wait for one of ``wait_for_states`` (e.g. ``["ACTIVE"]``)."""
        return run_and_wait(
            self.client,
            "cancel_vault_deletion",
            (vault_id,),
            wait_for_states,
            operation_kwargs,
            waiter_kwargs,
            self._get_vault,
        )

    def create_vault_and_wait_for_state(
        self,
        create_vault_details: Any,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Create a vault, then wait for one of ``wait_for_states`` (e.g. ``["ACTIVE"]``)."""
        return run_and_wait(
            self.client,
            "create_vault",
            (create_vault_details,),
            wait_for_states,
            operation_kwargs,
            waiter_kwargs,
            self._get_vault,
        )

    def schedule_vault_deletion_and_wait_for_state(
        self,
        vault_id: str,
        schedule_vault_deletion_details: Any,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Schedule a vault's deletion, then wait for one of ``wait_for_states`` (e.g. PENDING_DELETION)."""
        args = (vault_id, schedule_vault_deletion_details)
        return run_and_wait(
            self.client,
            "schedule_vault_deletion",
            args,
            wait_for_states,
            operation_kwargs,
            waiter_kwargs,
            self._get_vault,
        )

    def update_vault_and_wait_for_state(
        self,
        vault_id: str,
        update_vault_details: Any,
        wait_for_states: Sequence[str] | None = None,
        operation_kwargs: Kwargs = None,
        waiter_kwargs: Kwargs = None,
    ) -> Response[Any]:
        """Update a vault, then wait for one of ``wait_for_states``."""
        args = (vault_id, update_vault_details)
        return run_and_wait(
            self.client, "update_vault", args, wait_for_states, operation_kwargs, waiter_kwargs, self._get_vault
        )
