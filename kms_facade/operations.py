# mypy: disable-error-code="empty-body"
"""The operations, each declared once: its documented Python signature with OCI's names and its docstring.

``@operation`` turns each declaration into a method of both clients (:mod:`kms_facade.binding`); how it maps
onto the generated client is derived from the generated client on the first call (:mod:`kms_facade.derive`).
Adding an operation to the spec costs one declaration here (see ``generator/README.md``). The bodies are
empty on purpose: the clients run every operation the same way (mypy's ``empty-body`` check is off here).
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from kms_facade.binding import operation

if TYPE_CHECKING:
    from kms_api_client.models import (
        BackupKeyDetails,
        ChangeKeyCompartmentDetails,
        CreateKeyDetails,
        ExternalKeyVersionReference,
        ImportKeyDetails,
        ImportKeyVersionDetails,
        Key,
        KeySummary,
        KeyVersion,
        KeyVersionSummary,
        ReplicationStatusDetails,
        RestoreKeyFromObjectStoreDetails,
        ScheduleKeyDeletionDetails,
        ScheduleKeyVersionDeletionDetails,
        UpdateKeyDetails,
        WrappingKey,
    )

    from kms_facade.retry import RetryStrategy

Details = dict[str, Any]


class KmsOperations:
    """The operations of ``KmsManagementClient``, one documented signature each (the clients run them)."""

    API_TAG = "kms_management"  # the spec's tag: the generated client's ``api/kms_management``

    @operation
    def cancel_key_deletion(
        self,
        key_id: str,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Cancel a pending deletion of a key; it returns to the state it had before scheduling.

        Rate class: provisioning write (10 requests/second per tenancy). The key must be PENDING_DELETION.

        :param key_id: OCID of the key.
        :param if_match: the ETag the key must still have (optimistic concurrency).
        :param opc_request_id: a request id for tracing; generated when absent.
        :param opc_retry_token: makes the call idempotent for 24 h; generated when a retry strategy is in effect.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Key``.
        """
        ...

    @operation
    def cancel_key_version_deletion(
        self,
        key_id: str,
        key_version_id: str,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> KeyVersion:
        """Cancel a pending deletion of a key version; it returns to its previous state.

        Rate class: provisioning write. The version must be PENDING_DELETION.

        :param key_id: OCID of the key.
        :param key_version_id: OCID of the key version.
        :param if_match: the ETag the version must still have.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``KeyVersion``.
        """
        ...

    @operation
    def change_key_compartment(
        self,
        key_id: str,
        change_key_compartment_details: ChangeKeyCompartmentDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> None:
        """Move a key and its versions to another compartment of the same tenancy.

        Rate class: provisioning write. ``if_match`` is checked against the key's ETag.

        :param key_id: OCID of the key.
        :param change_key_compartment_details: ``ChangeKeyCompartmentDetails`` or a dict ``{"compartmentId": ...}``.
        :param if_match: the ETag the key must still have.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` with ``data`` None.
        """
        ...

    @operation
    def create_key(
        self,
        create_key_details: CreateKeyDetails | Details,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Create a key in the vault (CREATING, then ENABLED).

        Rate class: management write.

        :param create_key_details: ``CreateKeyDetails`` or a dict with wire names (compartmentId, displayName,
            keyShape {algorithm AES|RSA|ECDSA, length, curveId}, protectionMode HSM|SOFTWARE|EXTERNAL, tags...).
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the new ``Key``.
        """
        ...

    @operation
    def create_key_version(
        self,
        key_id: str,
        *,
        create_key_metadata_details: ExternalKeyVersionReference | Details | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> KeyVersion:
        """Rotate a key: create a new version that becomes the key's current version.

        Rate class: management write. The key must be ENABLED.

        :param key_id: OCID of the key.
        :param create_key_metadata_details: ``ExternalKeyVersionReference`` (EXTERNAL keys only).
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the new ``KeyVersion``.
        """
        ...

    @operation
    def disable_key(
        self,
        key_id: str,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Disable an ENABLED key (DISABLING, then DISABLED).

        Rate class: management write.

        :param key_id: OCID of the key.
        :param if_match: the ETag the key must still have.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Key``.
        """
        ...

    @operation
    def enable_key(
        self,
        key_id: str,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Enable a DISABLED key (ENABLING, then ENABLED).

        Rate class: management write.

        :param key_id: OCID of the key.
        :param if_match: the ETag the key must still have.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Key``.
        """
        ...

    @operation
    def get_key(
        self, key_id: str, *, opc_request_id: str | None = None, retry_strategy: RetryStrategy | None = None
    ) -> Key:
        """Get a key's configuration and state.

        Rate class: management read.

        :param key_id: OCID of the key.
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Key``; ``headers["etag"]`` is its ETag.
        """
        ...

    @operation
    def get_key_version(
        self,
        key_id: str,
        key_version_id: str,
        *,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> KeyVersion:
        """Get a key version.

        Rate class: management read.

        :param key_id: OCID of the key.
        :param key_version_id: OCID of the key version.
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``KeyVersion``.
        """
        ...

    @operation
    def get_wrapping_key(
        self, *, opc_request_id: str | None = None, retry_strategy: RetryStrategy | None = None
    ) -> WrappingKey:
        """Get the vault's public RSA wrapping key, used to wrap key material for import.

        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``WrappingKey`` (``public_key`` is a PEM).
        """
        ...

    @operation
    def import_key(
        self,
        import_key_details: ImportKeyDetails | Details,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Import key material wrapped with the vault's wrapping key (see ``kms_facade.wrapping``).

        AES keys of 16, 24 or 32 bytes; RSA private keys (PKCS#8) of 256, 384 or 512 bytes.

        :param import_key_details: ``ImportKeyDetails`` or a dict with wire names (protectionMode HSM|SOFTWARE).
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the new ``Key``.
        """
        ...

    @operation
    def import_key_version(
        self,
        key_id: str,
        import_key_version_details: ImportKeyVersionDetails | Details,
        *,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> KeyVersion:
        """Import new key material as a new version of an existing key; its length must match the key's.

        :param key_id: OCID of the key.
        :param import_key_version_details: ``ImportKeyVersionDetails`` or a dict with wire names.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the new ``KeyVersion``.
        """
        ...

    @operation
    def list_key_versions(
        self,
        key_id: str,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> list[KeyVersionSummary]:
        """List a key's versions, one page at a time (see ``kms_facade.pagination``).

        Rate class: management read.

        :param key_id: OCID of the key.
        :param limit: page size.
        :param page: the ``opc-next-page`` of the previous response.
        :param sort_by: ``TIMECREATED`` (default, newest first) or ``DISPLAYNAME`` (ascending).
        :param sort_order: ``ASC`` or ``DESC``.
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is a list of ``KeyVersionSummary``.
        """
        ...

    @operation
    def list_keys(
        self,
        compartment_id: str,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        protection_mode: str | None = None,
        algorithm: str | None = None,
        length: int | None = None,
        curve_id: str | None = None,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> list[KeySummary]:
        """List the keys of a compartment, one page at a time (see ``kms_facade.pagination``).

        Rate class: management read.

        :param compartment_id: OCID of the compartment.
        :param limit: page size.
        :param page: the ``opc-next-page`` of the previous response.
        :param sort_by: ``TIMECREATED`` (default, newest first) or ``DISPLAYNAME`` (ascending).
        :param sort_order: ``ASC`` or ``DESC``.
        :param protection_mode: ``HSM``, ``SOFTWARE`` or ``EXTERNAL``.
        :param algorithm: ``AES``, ``RSA`` or ``ECDSA``.
        :param length: key length in bytes (e.g. 16, 24, 32).
        :param curve_id: ``NIST_P256``, ``NIST_P384`` or ``NIST_P521``.
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is a list of ``KeySummary``.
        """
        ...

    @operation
    def schedule_key_deletion(
        self,
        key_id: str,
        schedule_key_deletion_details: ScheduleKeyDeletionDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Schedule a key's deletion 7 to 30 days from now (default 30); it becomes PENDING_DELETION.

        Rate class: provisioning write.

        :param key_id: OCID of the key.
        :param schedule_key_deletion_details: ``ScheduleKeyDeletionDetails`` (``time_of_deletion``) or ``{}``.
        :param if_match: the ETag the key must still have.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Key``.
        """
        ...

    @operation
    def schedule_key_version_deletion(
        self,
        key_id: str,
        key_version_id: str,
        schedule_key_version_deletion_details: ScheduleKeyVersionDeletionDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> KeyVersion:
        """Schedule a key version's deletion 7 to 30 days from now (default 30).

        Rate class: provisioning write.

        :param key_id: OCID of the key.
        :param key_version_id: OCID of the key version.
        :param schedule_key_version_deletion_details: ``ScheduleKeyVersionDeletionDetails`` or ``{}``.
        :param if_match: the ETag the version must still have.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``KeyVersion``.
        """
        ...

    @operation
    def update_key(
        self,
        key_id: str,
        update_key_details: UpdateKeyDetails | Details,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Update a key's display name, tags or auto-rotation settings (key ENABLED or CREATING).

        Rate class: management write. Takes no retry token.

        :param key_id: OCID of the key.
        :param update_key_details: ``UpdateKeyDetails`` or a dict with wire names.
        :param if_match: the ETag the key must still have.
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Key``.
        """
        ...

    @operation
    def backup_key(
        self,
        key_id: str,
        *,
        backup_key_details: BackupKeyDetails | Details | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Back up a key and all its versions into an encrypted backup (BACKUP_IN_PROGRESS, then back).

        Rate class: provisioning write. The key must be ENABLED or DISABLED. ``headers["opc-work-request-id"]``
        names the work request (and the replication, see ``get_replication_status``).

        :param key_id: OCID of the key.
        :param backup_key_details: ``BackupKeyDetails`` with a ``backup_location`` (``BackupLocationBucket`` or
            ``BackupLocationURI``), or a dict with wire names; without it nothing is written to Object Storage.
        :param if_match: the ETag the key must still have.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``Key``.
        """
        ...

    @operation
    def get_replication_status(
        self, replication_id: str, *, opc_request_id: str | None = None, retry_strategy: RetryStrategy | None = None
    ) -> ReplicationStatusDetails:
        """Get the status of a replication in each replica region of the vault.

        Rate class: management read. ``replication_id`` is the ``opc-work-request-id`` of a write, or the
        ``replica_details.replication_id`` of a key or key version.

        :param replication_id: the replication's id.
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``ReplicationStatusDetails``.
        """
        ...

    @operation
    def restore_key_from_file(
        self,
        restore_key_from_file_details: bytes | str | IO[bytes],
        *,
        content_length: int | None = None,
        if_match: str | None = None,
        content_md5: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Restore a key and all its versions, with their OCIDs, from a backup file (RESTORING, then ENABLED).

        Rate class: provisioning write. The body is sent as ``application/octet-stream`` and signed like any
        body (its SHA-256 in ``x-content-sha256``); a stream is read once and resent as is on every attempt.

        :param restore_key_from_file_details: the backup: bytes, a file object or any stream with ``read()``.
        :param content_length: the body's length in bytes (checked against the body before sending).
        :param if_match: the ETag the key must still have.
        :param content_md5: base64 MD5 of the body; the service answers 400 "Unmatched Content MD5" on a mismatch.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the restored ``Key``; ``headers["opc-content-md5"]`` is the MD5
            the service computed.
        """
        ...

    @operation
    def restore_key_from_object_store(
        self,
        *,
        restore_key_from_object_store_details: RestoreKeyFromObjectStoreDetails | Details | None = None,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> Key:
        """Restore a key and all its versions, with their OCIDs, from a backup in Object Storage.

        Rate class: provisioning write. The key passes through RESTORING to ENABLED.

        :param restore_key_from_object_store_details: ``RestoreKeyFromObjectStoreDetails`` naming the
            ``backup_location``, or a dict with wire names.
        :param if_match: the ETag the key must still have.
        :param opc_request_id: a request id for tracing.
        :param opc_retry_token: idempotency token (auto-generated under a retry strategy).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the restored ``Key``.
        """
        ...
