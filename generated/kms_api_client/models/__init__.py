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
    from .change_key_compartment_details import ChangeKeyCompartmentDetails
    from .create_key_details import CreateKeyDetails
    from .curve_id import CurveId
    from .defined_tags import DefinedTags
    from .defined_tags_additional_property import DefinedTagsAdditionalProperty
    from .error_code import ErrorCode
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
    from .protection_mode import ProtectionMode
    from .replica_details import ReplicaDetails
    from .replica_status import ReplicaStatus
    from .replication_status_details import ReplicationStatusDetails
    from .restore_key_from_object_store_details import RestoreKeyFromObjectStoreDetails
    from .schedule_key_deletion_details import ScheduleKeyDeletionDetails
    from .schedule_key_version_deletion_details import ScheduleKeyVersionDeletionDetails
    from .update_key_details import UpdateKeyDetails
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
    "ChangeKeyCompartmentDetails": ".change_key_compartment_details",
    "CreateKeyDetails": ".create_key_details",
    "CurveId": ".curve_id",
    "DefinedTags": ".defined_tags",
    "DefinedTagsAdditionalProperty": ".defined_tags_additional_property",
    "ErrorCode": ".error_code",
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
    "ProtectionMode": ".protection_mode",
    "ReplicaDetails": ".replica_details",
    "ReplicaStatus": ".replica_status",
    "ReplicationStatusDetails": ".replication_status_details",
    "RestoreKeyFromObjectStoreDetails": ".restore_key_from_object_store_details",
    "ScheduleKeyDeletionDetails": ".schedule_key_deletion_details",
    "ScheduleKeyVersionDeletionDetails": ".schedule_key_version_deletion_details",
    "UpdateKeyDetails": ".update_key_details",
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
    "ChangeKeyCompartmentDetails",
    "CreateKeyDetails",
    "CurveId",
    "DefinedTags",
    "DefinedTagsAdditionalProperty",
    "ErrorCode",
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
    "ProtectionMode",
    "ReplicaDetails",
    "ReplicaStatus",
    "ReplicationStatusDetails",
    "RestoreKeyFromObjectStoreDetails",
    "ScheduleKeyDeletionDetails",
    "ScheduleKeyVersionDeletionDetails",
    "UpdateKeyDetails",
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
