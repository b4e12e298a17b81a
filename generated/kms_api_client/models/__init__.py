"""Contains all the data models used in inputs/outputs (each loaded on first access)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .associated_data import AssociatedData
    from .auto_key_rotation_details import AutoKeyRotationDetails
    from .backup_key_details import BackupKeyDetails
    from .backup_location_bucket import BackupLocationBucket
    from .backup_location_destination import BackupLocationDestination
    from .backup_location_uri import BackupLocationURI
    from .backup_vault_details import BackupVaultDetails
    from .change_key_compartment_details import ChangeKeyCompartmentDetails
    from .change_vault_compartment_details import ChangeVaultCompartmentDetails
    from .create_key_details import CreateKeyDetails
    from .create_vault_details import CreateVaultDetails
    from .create_vault_replica_details import CreateVaultReplicaDetails
    from .curve_id import CurveId
    from .decrypt_data_details import DecryptDataDetails
    from .decrypted_data import DecryptedData
    from .defined_tags import DefinedTags
    from .defined_tags_additional_property import DefinedTagsAdditionalProperty
    from .delete_vault_replica_details import DeleteVaultReplicaDetails
    from .encrypt_data_details import EncryptDataDetails
    from .encrypted_data import EncryptedData
    from .encryption_algorithm import EncryptionAlgorithm
    from .error_code import ErrorCode
    from .export_key_details import ExportKeyDetails
    from .export_wrapping_algorithm import ExportWrappingAlgorithm
    from .exported_key_data import ExportedKeyData
    from .external_key_manager_metadata import ExternalKeyManagerMetadata
    from .external_key_manager_metadata_summary import ExternalKeyManagerMetadataSummary
    from .external_key_reference import ExternalKeyReference
    from .external_key_reference_details import ExternalKeyReferenceDetails
    from .external_key_version_reference import ExternalKeyVersionReference
    from .freeform_tags import FreeformTags
    from .generate_key_details import GenerateKeyDetails
    from .generated_key import GeneratedKey
    from .import_key_algorithm import ImportKeyAlgorithm
    from .import_key_details import ImportKeyDetails
    from .import_key_shape import ImportKeyShape
    from .import_key_version_details import ImportKeyVersionDetails
    from .import_protection_mode import ImportProtectionMode
    from .key import Key
    from .key_algorithm import KeyAlgorithm
    from .key_lifecycle_state import KeyLifecycleState
    from .key_replica_details import KeyReplicaDetails
    from .key_shape import KeyShape
    from .key_summary import KeySummary
    from .key_version import KeyVersion
    from .key_version_lifecycle_state import KeyVersionLifecycleState
    from .key_version_origin import KeyVersionOrigin
    from .key_version_replica_details import KeyVersionReplicaDetails
    from .key_version_summary import KeyVersionSummary
    from .kms_error import KmsError
    from .last_rotation_status import LastRotationStatus
    from .list_sort_by import ListSortBy
    from .list_sort_order import ListSortOrder
    from .logging_context import LoggingContext
    from .oauth_metadata import OauthMetadata
    from .oauth_metadata_summary import OauthMetadataSummary
    from .protection_mode import ProtectionMode
    from .replica_details import ReplicaDetails
    from .replica_external_vault_metadata import ReplicaExternalVaultMetadata
    from .replica_status import ReplicaStatus
    from .replica_vault_type import ReplicaVaultType
    from .replication_status_details import ReplicationStatusDetails
    from .restore_key_from_object_store_details import RestoreKeyFromObjectStoreDetails
    from .restore_vault_from_object_store_details import RestoreVaultFromObjectStoreDetails
    from .schedule_key_deletion_details import ScheduleKeyDeletionDetails
    from .schedule_key_version_deletion_details import ScheduleKeyVersionDeletionDetails
    from .schedule_vault_deletion_details import ScheduleVaultDeletionDetails
    from .sign_data_details import SignDataDetails
    from .signed_data import SignedData
    from .signing_algorithm import SigningAlgorithm
    from .signing_message_type import SigningMessageType
    from .update_key_details import UpdateKeyDetails
    from .update_registered_vault_for_mtls_details import UpdateRegisteredVaultForMtlsDetails
    from .update_vault_details import UpdateVaultDetails
    from .vault import Vault
    from .vault_lifecycle_state import VaultLifecycleState
    from .vault_mtls_status import VaultMtlsStatus
    from .vault_mtls_update_response import VaultMtlsUpdateResponse
    from .vault_replica_details import VaultReplicaDetails
    from .vault_replica_status import VaultReplicaStatus
    from .vault_replica_summary import VaultReplicaSummary
    from .vault_summary import VaultSummary
    from .vault_type import VaultType
    from .vault_usage import VaultUsage
    from .verified_data import VerifiedData
    from .verify_data_details import VerifyDataDetails
    from .wrapped_import_key import WrappedImportKey
    from .wrapping_algorithm import WrappingAlgorithm
    from .wrapping_key import WrappingKey

# Each public name and the module (in this package) that defines it.
_MODULES: dict[str, str] = {
    "AssociatedData": ".associated_data",
    "AutoKeyRotationDetails": ".auto_key_rotation_details",
    "BackupKeyDetails": ".backup_key_details",
    "BackupLocationBucket": ".backup_location_bucket",
    "BackupLocationDestination": ".backup_location_destination",
    "BackupLocationURI": ".backup_location_uri",
    "BackupVaultDetails": ".backup_vault_details",
    "ChangeKeyCompartmentDetails": ".change_key_compartment_details",
    "ChangeVaultCompartmentDetails": ".change_vault_compartment_details",
    "CreateKeyDetails": ".create_key_details",
    "CreateVaultDetails": ".create_vault_details",
    "CreateVaultReplicaDetails": ".create_vault_replica_details",
    "CurveId": ".curve_id",
    "DecryptDataDetails": ".decrypt_data_details",
    "DecryptedData": ".decrypted_data",
    "DefinedTags": ".defined_tags",
    "DefinedTagsAdditionalProperty": ".defined_tags_additional_property",
    "DeleteVaultReplicaDetails": ".delete_vault_replica_details",
    "EncryptDataDetails": ".encrypt_data_details",
    "EncryptedData": ".encrypted_data",
    "EncryptionAlgorithm": ".encryption_algorithm",
    "ErrorCode": ".error_code",
    "ExportKeyDetails": ".export_key_details",
    "ExportWrappingAlgorithm": ".export_wrapping_algorithm",
    "ExportedKeyData": ".exported_key_data",
    "ExternalKeyManagerMetadata": ".external_key_manager_metadata",
    "ExternalKeyManagerMetadataSummary": ".external_key_manager_metadata_summary",
    "ExternalKeyReference": ".external_key_reference",
    "ExternalKeyReferenceDetails": ".external_key_reference_details",
    "ExternalKeyVersionReference": ".external_key_version_reference",
    "FreeformTags": ".freeform_tags",
    "GenerateKeyDetails": ".generate_key_details",
    "GeneratedKey": ".generated_key",
    "ImportKeyAlgorithm": ".import_key_algorithm",
    "ImportKeyDetails": ".import_key_details",
    "ImportKeyShape": ".import_key_shape",
    "ImportKeyVersionDetails": ".import_key_version_details",
    "ImportProtectionMode": ".import_protection_mode",
    "Key": ".key",
    "KeyAlgorithm": ".key_algorithm",
    "KeyLifecycleState": ".key_lifecycle_state",
    "KeyReplicaDetails": ".key_replica_details",
    "KeyShape": ".key_shape",
    "KeySummary": ".key_summary",
    "KeyVersion": ".key_version",
    "KeyVersionLifecycleState": ".key_version_lifecycle_state",
    "KeyVersionOrigin": ".key_version_origin",
    "KeyVersionReplicaDetails": ".key_version_replica_details",
    "KeyVersionSummary": ".key_version_summary",
    "KmsError": ".kms_error",
    "LastRotationStatus": ".last_rotation_status",
    "ListSortBy": ".list_sort_by",
    "ListSortOrder": ".list_sort_order",
    "LoggingContext": ".logging_context",
    "OauthMetadata": ".oauth_metadata",
    "OauthMetadataSummary": ".oauth_metadata_summary",
    "ProtectionMode": ".protection_mode",
    "ReplicaDetails": ".replica_details",
    "ReplicaExternalVaultMetadata": ".replica_external_vault_metadata",
    "ReplicaStatus": ".replica_status",
    "ReplicaVaultType": ".replica_vault_type",
    "ReplicationStatusDetails": ".replication_status_details",
    "RestoreKeyFromObjectStoreDetails": ".restore_key_from_object_store_details",
    "RestoreVaultFromObjectStoreDetails": ".restore_vault_from_object_store_details",
    "ScheduleKeyDeletionDetails": ".schedule_key_deletion_details",
    "ScheduleKeyVersionDeletionDetails": ".schedule_key_version_deletion_details",
    "ScheduleVaultDeletionDetails": ".schedule_vault_deletion_details",
    "SignDataDetails": ".sign_data_details",
    "SignedData": ".signed_data",
    "SigningAlgorithm": ".signing_algorithm",
    "SigningMessageType": ".signing_message_type",
    "UpdateKeyDetails": ".update_key_details",
    "UpdateRegisteredVaultForMtlsDetails": ".update_registered_vault_for_mtls_details",
    "UpdateVaultDetails": ".update_vault_details",
    "Vault": ".vault",
    "VaultLifecycleState": ".vault_lifecycle_state",
    "VaultMtlsStatus": ".vault_mtls_status",
    "VaultMtlsUpdateResponse": ".vault_mtls_update_response",
    "VaultReplicaDetails": ".vault_replica_details",
    "VaultReplicaStatus": ".vault_replica_status",
    "VaultReplicaSummary": ".vault_replica_summary",
    "VaultSummary": ".vault_summary",
    "VaultType": ".vault_type",
    "VaultUsage": ".vault_usage",
    "VerifiedData": ".verified_data",
    "VerifyDataDetails": ".verify_data_details",
    "WrappedImportKey": ".wrapped_import_key",
    "WrappingAlgorithm": ".wrapping_algorithm",
    "WrappingKey": ".wrapping_key",
}

__all__ = (
    "AssociatedData",
    "AutoKeyRotationDetails",
    "BackupKeyDetails",
    "BackupLocationBucket",
    "BackupLocationDestination",
    "BackupLocationURI",
    "BackupVaultDetails",
    "ChangeKeyCompartmentDetails",
    "ChangeVaultCompartmentDetails",
    "CreateKeyDetails",
    "CreateVaultDetails",
    "CreateVaultReplicaDetails",
    "CurveId",
    "DecryptDataDetails",
    "DecryptedData",
    "DefinedTags",
    "DefinedTagsAdditionalProperty",
    "DeleteVaultReplicaDetails",
    "EncryptDataDetails",
    "EncryptedData",
    "EncryptionAlgorithm",
    "ErrorCode",
    "ExportKeyDetails",
    "ExportWrappingAlgorithm",
    "ExportedKeyData",
    "ExternalKeyManagerMetadata",
    "ExternalKeyManagerMetadataSummary",
    "ExternalKeyReference",
    "ExternalKeyReferenceDetails",
    "ExternalKeyVersionReference",
    "FreeformTags",
    "GenerateKeyDetails",
    "GeneratedKey",
    "ImportKeyAlgorithm",
    "ImportKeyDetails",
    "ImportKeyShape",
    "ImportKeyVersionDetails",
    "ImportProtectionMode",
    "Key",
    "KeyAlgorithm",
    "KeyLifecycleState",
    "KeyReplicaDetails",
    "KeyShape",
    "KeySummary",
    "KeyVersion",
    "KeyVersionLifecycleState",
    "KeyVersionOrigin",
    "KeyVersionReplicaDetails",
    "KeyVersionSummary",
    "KmsError",
    "LastRotationStatus",
    "ListSortBy",
    "ListSortOrder",
    "LoggingContext",
    "OauthMetadata",
    "OauthMetadataSummary",
    "ProtectionMode",
    "ReplicaDetails",
    "ReplicaExternalVaultMetadata",
    "ReplicaStatus",
    "ReplicaVaultType",
    "ReplicationStatusDetails",
    "RestoreKeyFromObjectStoreDetails",
    "RestoreVaultFromObjectStoreDetails",
    "ScheduleKeyDeletionDetails",
    "ScheduleKeyVersionDeletionDetails",
    "ScheduleVaultDeletionDetails",
    "SignDataDetails",
    "SignedData",
    "SigningAlgorithm",
    "SigningMessageType",
    "UpdateKeyDetails",
    "UpdateRegisteredVaultForMtlsDetails",
    "UpdateVaultDetails",
    "Vault",
    "VaultLifecycleState",
    "VaultMtlsStatus",
    "VaultMtlsUpdateResponse",
    "VaultReplicaDetails",
    "VaultReplicaStatus",
    "VaultReplicaSummary",
    "VaultSummary",
    "VaultType",
    "VaultUsage",
    "VerifiedData",
    "VerifyDataDetails",
    "WrappedImportKey",
    "WrappingAlgorithm",
    "WrappingKey",
)


def __getattr__(name: str) -> Any:
    """Import the model ``name`` on first access and keep it as a module attribute (PEP 562)."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
