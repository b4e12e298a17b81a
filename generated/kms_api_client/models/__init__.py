"""Contains all the data models used in inputs/outputs"""

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
