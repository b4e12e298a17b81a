# mypy: disable-error-code="empty-body"
"""The operations of ``KmsVaultClient`` (the regional vault API), each declared once, as in
:mod:`kms_facade.operations`: the documented Python signature with OCI's names, and a docstring."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from kms_facade.binding import operation

if TYPE_CHECKING:
    from kms_api_client.models import (
        BackupVaultDetails,
        ChangeVaultCompartmentDetails,
        CreateVaultDetails,
        CreateVaultReplicaDetails,
        DeleteVaultReplicaDetails,
        RestoreVaultFromObjectStoreDetails,
        ScheduleVaultDeletionDetails,
        UpdateRegisteredVaultForMtlsDetails,
        UpdateVaultDetails,
        Vault,
        VaultMtlsUpdateResponse,
        VaultReplicaSummary,
        VaultSummary,
        VaultUsage,
    )

    from kms_facade.retry import RetryStrategy

Details = dict[str, Any]


class VaultOperations:
    """The operations of ``KmsVaultClient``, one documented signature each (the clients run them)."""

    API_TAG = "kms_vault"  # the spec's tag: the generated client's ``api/kms_vault``

    @operation
    def backup_vault(
        self,
        vault_id: str,
        *,
        backup_vault_details: BackupVaultDetails | Details | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Vault:
        """Back up a vault's metadata (and, with ``is_include_keys``, its keys) into an encrypted backup
        (BACKUP_IN_PROGRESS, then ACTIVE).

        Rate class: none stated. ``headers["opc-work-request-id"]`` names the work request.

        :param vault_id: OCID of the vault.
        :param backup_vault_details: ``BackupVaultDetails`` (``backup_location``, ``is_include_keys``) or a dict with
            wire names; optional.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Vault``.
        """
        ...

    @operation
    def cancel_vault_deletion(
        self,
        vault_id: str,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Vault:
        """Cancel a vault's scheduled deletion (CANCELLING_DELETION, then ACTIVE); its keys return to their states
        before.

        Rate class: provisioning write. The vault must be PENDING_DELETION.

        :param vault_id: OCID of the vault.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Vault``.
        """
        ...

    @operation
    def change_vault_compartment(
        self,
        vault_id: str,
        change_vault_compartment_details: ChangeVaultCompartmentDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> None:
        """Move a vault to another compartment of the same tenancy.

        Rate class: provisioning write. The vault must be ACTIVE.

        :param vault_id: OCID of the vault.
        :param change_vault_compartment_details: ``ChangeVaultCompartmentDetails`` or ``{"compartmentId": ...}``.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` with ``data`` None.
        """
        ...

    @operation
    def create_vault(
        self,
        create_vault_details: CreateVaultDetails | Details,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Vault:
        """Create a vault (CREATING, then ACTIVE), with its own management and crypto endpoints.

        Rate class: provisioning write. Point ``KmsManagementClient`` at ``vault.management_endpoint`` once it is
        ACTIVE.

        :param create_vault_details: ``CreateVaultDetails`` or a dict with wire names (compartmentId, displayName,
            vaultType DEFAULT|VIRTUAL_PRIVATE|EXTERNAL, tags...).
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the new ``Vault``.
        """
        ...

    @operation
    def create_vault_replica(
        self,
        vault_id: str,
        create_vault_replica_details: CreateVaultReplicaDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> None:
        """Replicate a vault to another region (at most one; the same region again is a no-op, another one 409).

        Rate class: provisioning write. ``headers["opc-work-request-id"]`` names the work request.

        :param vault_id: OCID of the vault.
        :param create_vault_replica_details: ``CreateVaultReplicaDetails`` (``replica_region``) or a dict.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` with ``data`` None.
        """
        ...

    @operation
    def delete_vault_replica(
        self,
        vault_id: str,
        delete_vault_replica_details: DeleteVaultReplicaDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> None:
        """Stop replicating a vault to a region.

        Rate class: provisioning write. ``headers["opc-work-request-id"]`` names the work request.

        :param vault_id: OCID of the vault.
        :param delete_vault_replica_details: ``DeleteVaultReplicaDetails`` (``replica_region``) or a dict.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` with ``data`` None.
        """
        ...

    @operation
    def get_vault(
        self,
        vault_id: str,
        *,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Vault:
        """Get a vault's configuration, state and endpoints.

        Rate class: provisioning read.

        :param vault_id: OCID of the vault.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Vault``; ``headers["etag"]`` is its ETag.
        """
        ...

    @operation
    def get_vault_usage(
        self,
        vault_id: str,
        *,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> VaultUsage:
        """Count a vault's keys and key versions (all compartments, DELETED excluded; HSM and SOFTWARE apart).

        Rate class: none stated.

        :param vault_id: OCID of the vault.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``VaultUsage``.
        """
        ...

    @operation
    def list_vault_replicas(
        self,
        vault_id: str,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> list[VaultReplicaSummary]:
        """List a vault's replicas with their endpoints, one page at a time (a GET that takes if-match and a retry
        token).

        Rate class: provisioning write (as the service documents it).

        :param vault_id: OCID of the vault.
        :param limit: page size.
        :param page: the ``opc-next-page`` of the previous response.
        :param sort_by: ``TIMECREATED`` (default, newest first) or ``DISPLAYNAME`` (ascending).
        :param sort_order: ``ASC`` or ``DESC``.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is a list of ``VaultReplicaSummary``.
        """
        ...

    @operation
    def list_vaults(
        self,
        compartment_id: str,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> list[VaultSummary]:
        """List the vaults of a compartment, one page at a time (see ``kms_facade.pagination``).

        Rate class: provisioning read.

        :param compartment_id: OCID of the compartment.
        :param limit: page size.
        :param page: the ``opc-next-page`` of the previous response.
        :param sort_by: ``TIMECREATED`` (default, newest first) or ``DISPLAYNAME`` (ascending).
        :param sort_order: ``ASC`` or ``DESC``.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is a list of ``VaultSummary``.
        """
        ...

    @operation
    def restore_vault_from_file(
        self,
        compartment_id: str,
        restore_vault_from_file_details: bytes | str | IO[bytes],
        *,
        content_length: int | None = None,
        content_md5: str | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Vault:
        """Restore a vault, with its OCID, from a backup file (RESTORING, then ACTIVE).

        Rate class: none stated. The body is sent as ``application/octet-stream`` and signed like any body.

        :param compartment_id: OCID of the compartment to restore into.
        :param restore_vault_from_file_details: the backup: bytes, a file object or any stream with ``read()``.
        :param content_length: the body's length in bytes (checked against the body before sending).
        :param content_md5: base64 MD5 of the body; the service answers 400 "Unmatched Content MD5" on a mismatch.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the restored ``Vault``; ``headers["opc-content-md5"]`` is the MD5 the
            service computed.
        """
        ...

    @operation
    def restore_vault_from_object_store(
        self,
        compartment_id: str,
        *,
        restore_vault_from_object_store_details: RestoreVaultFromObjectStoreDetails | Details | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Vault:
        """Restore a vault, with its OCID, from a backup in Object Storage (RESTORING, then ACTIVE).

        Rate class: none stated.

        :param compartment_id: OCID of the compartment to restore into.
        :param restore_vault_from_object_store_details: ``RestoreVaultFromObjectStoreDetails`` naming the
            ``backup_location``, or a dict.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the restored ``Vault``.
        """
        ...

    @operation
    def schedule_vault_deletion(
        self,
        vault_id: str,
        schedule_vault_deletion_details: ScheduleVaultDeletionDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Vault:
        """Schedule a vault's deletion 7 to 30 days from now (default 30); its keys not yet scheduled follow it.

        Rate class: provisioning write. The vault must be ACTIVE; 409 if a key is due after the vault.

        :param vault_id: OCID of the vault.
        :param schedule_vault_deletion_details: ``ScheduleVaultDeletionDetails`` (``time_of_deletion``) or ``{}``.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Vault``.
        """
        ...

    @operation
    def update_registered_vault_for_mtls(
        self,
        vault_id: str,
        update_registered_vault_for_mtls_details: UpdateRegisteredVaultForMtlsDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> VaultMtlsUpdateResponse:
        """Register a vault's crypto endpoint for mTLS with a fleet. Takes no retry token.

        Rate class: none stated.

        :param vault_id: OCID of the vault.
        :param update_registered_vault_for_mtls_details: ``UpdateRegisteredVaultForMtlsDetails`` (``fleet_id``) or a
            dict.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``VaultMtlsUpdateResponse``.
        """
        ...

    @operation
    def update_vault(
        self,
        vault_id: str,
        update_vault_details: UpdateVaultDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Vault:
        """Update a vault's display name and tags (vault ACTIVE or CREATING). Takes no retry token.

        Rate class: provisioning write.

        :param vault_id: OCID of the vault.
        :param update_vault_details: ``UpdateVaultDetails`` or a dict with wire names.
        :param if_match: the ETag the vault must still have.
        :param opc_request_id: a request id for tracing; generated when absent.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Vault``.
        """
        ...
