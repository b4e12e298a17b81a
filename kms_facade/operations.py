"""The 17 operations, each declared once: its Python signature (with OCI's names) and how it maps to the
generated client. The sync and async clients both build their methods from this one table."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import Enum
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from kms_api_client.models import (
        ChangeKeyCompartmentDetails,
        CreateKeyDetails,
        ExternalKeyVersionReference,
        ImportKeyDetails,
        ImportKeyVersionDetails,
        Key,
        KeySummary,
        KeyVersion,
        KeyVersionSummary,
        ScheduleKeyDeletionDetails,
        ScheduleKeyVersionDeletionDetails,
        UpdateKeyDetails,
        WrappingKey,
    )

    from kms_facade.retry import RetryStrategy

_API_PACKAGE = "kms_api_client.api.kms_management"
_MODELS_PACKAGE = "kms_api_client.models"


@dataclass(frozen=True, slots=True)
class GeneratedOperation:
    """The generated pieces of one operation, imported on its first call (so importing the facade stays cheap)."""

    module: ModuleType
    body_model: type[Any] | None
    enums: dict[str, type[Enum]]
    unset: Any  # the generated client's UNSET marker


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """How one facade operation maps onto the generated client (generated names are resolved lazily)."""

    name: str
    path_params: tuple[tuple[str, str], ...] = ()  # (python name, wire name)
    body: tuple[str, str, bool] | None = None  # (python name, generated model name, required)
    enums: tuple[tuple[str, str], ...] = ()  # (query parameter, generated enum name)
    headers: tuple[str, ...] = ("opc_request_id",)
    auto_retry_token: bool = False

    def load(self) -> GeneratedOperation:
        """Import the generated module, body model and enums of this operation."""
        models = importlib.import_module(_MODELS_PACKAGE)
        return GeneratedOperation(
            module=importlib.import_module(f"{_API_PACKAGE}.{self.name}"),
            body_model=getattr(models, self.body[1]) if self.body else None,
            enums={param: getattr(models, enum) for param, enum in self.enums},
            unset=importlib.import_module("kms_api_client.types").UNSET,
        )


_KEY = (("key_id", "keyId"),)
_KEY_VERSION = (("key_id", "keyId"), ("key_version_id", "keyVersionId"))
_WRITE = ("if_match", "opc_request_id", "opc_retry_token")
_CREATE = ("opc_request_id", "opc_retry_token")
_SORT = (("sort_by", "ListSortBy"), ("sort_order", "ListSortOrder"))

OPERATIONS: dict[str, OperationSpec] = {
    spec.name: spec
    for spec in (
        OperationSpec("cancel_key_deletion", _KEY, None, (), _WRITE, True),
        OperationSpec("cancel_key_version_deletion", _KEY_VERSION, None, (), _WRITE, True),
        OperationSpec(
            "change_key_compartment",
            _KEY,
            ("change_key_compartment_details", "ChangeKeyCompartmentDetails", True),
            (),
            _WRITE,
            True,
        ),
        OperationSpec("create_key", (), ("create_key_details", "CreateKeyDetails", True), (), _CREATE, True),
        OperationSpec(
            "create_key_version",
            _KEY,
            ("create_key_metadata_details", "ExternalKeyVersionReference", False),
            (),
            _CREATE,
            True,
        ),
        OperationSpec("disable_key", _KEY, None, (), _WRITE, True),
        OperationSpec("enable_key", _KEY, None, (), _WRITE, True),
        OperationSpec("get_key", _KEY),
        OperationSpec("get_key_version", _KEY_VERSION),
        OperationSpec("get_wrapping_key"),
        OperationSpec("import_key", (), ("import_key_details", "ImportKeyDetails", True), (), _CREATE, True),
        OperationSpec(
            "import_key_version",
            _KEY,
            ("import_key_version_details", "ImportKeyVersionDetails", True),
            (),
            _CREATE,
            True,
        ),
        OperationSpec("list_key_versions", _KEY, enums=_SORT),
        OperationSpec(
            "list_keys",
            enums=(
                *_SORT,
                ("protection_mode", "ProtectionMode"),
                ("algorithm", "KeyAlgorithm"),
                ("curve_id", "CurveId"),
            ),
        ),
        OperationSpec(
            "schedule_key_deletion",
            _KEY,
            ("schedule_key_deletion_details", "ScheduleKeyDeletionDetails", True),
            (),
            _WRITE,
            True,
        ),
        OperationSpec(
            "schedule_key_version_deletion",
            _KEY_VERSION,
            ("schedule_key_version_deletion_details", "ScheduleKeyVersionDeletionDetails", True),
            (),
            _WRITE,
            True,
        ),
        OperationSpec(
            "update_key", _KEY, ("update_key_details", "UpdateKeyDetails", True), (), ("if_match", "opc_request_id")
        ),
    )
}

# Keyword arguments every operation accepts besides its own.
COMMON_KWARGS = frozenset({"retry_strategy", "allow_control_chars", "enable_strict_url_encoding"})

Details = dict[str, Any]


class KmsOperations(Protocol):
    """The documented signatures and docstrings of the 17 operations (bodies live in the clients)."""

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

    def get_wrapping_key(
        self, *, opc_request_id: str | None = None, retry_strategy: RetryStrategy | None = None
    ) -> WrappingKey:
        """Get the vault's public RSA wrapping key, used to wrap key material for import.

        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is the ``WrappingKey`` (``public_key`` is a PEM).
        """
        ...

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
