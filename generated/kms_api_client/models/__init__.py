"""Contains all the data models used in inputs/outputs (each loaded on first access)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .defined_tags import DefinedTags
    from .defined_tags_additional_property import DefinedTagsAdditionalProperty
    from .delete_vault_replica_details import DeleteVaultReplicaDetails
    from .error_code import ErrorCode
    from .external_key_manager_metadata import ExternalKeyManagerMetadata
    from .external_key_manager_metadata_summary import ExternalKeyManagerMetadataSummary
    from .external_key_reference import ExternalKeyReference
    from .external_key_reference_details import ExternalKeyReferenceDetails
    from .external_key_version_reference import ExternalKeyVersionReference
    from .freeform_tags import FreeformTags
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
    from .wrapped_import_key import WrappedImportKey
    from .wrapping_algorithm import WrappingAlgorithm
    from .wrapping_key import WrappingKey

# Each public name and the module (in this package) that defines it.
_MODULES: dict[str, str] = {
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
    "DefinedTags": ".defined_tags",
    "DefinedTagsAdditionalProperty": ".defined_tags_additional_property",
    "DeleteVaultReplicaDetails": ".delete_vault_replica_details",
    "ErrorCode": ".error_code",
    "ExternalKeyManagerMetadata": ".external_key_manager_metadata",
    "ExternalKeyManagerMetadataSummary": ".external_key_manager_metadata_summary",
    "ExternalKeyReference": ".external_key_reference",
    "ExternalKeyReferenceDetails": ".external_key_reference_details",
    "ExternalKeyVersionReference": ".external_key_version_reference",
    "FreeformTags": ".freeform_tags",
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
    "WrappedImportKey": ".wrapped_import_key",
    "WrappingAlgorithm": ".wrapping_algorithm",
    "WrappingKey": ".wrapping_key",
}

__all__ = (
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
    "DefinedTags",
    "DefinedTagsAdditionalProperty",
    "DeleteVaultReplicaDetails",
    "ErrorCode",
    "ExternalKeyManagerMetadata",
    "ExternalKeyManagerMetadataSummary",
    "ExternalKeyReference",
    "ExternalKeyReferenceDetails",
    "ExternalKeyVersionReference",
    "FreeformTags",
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
