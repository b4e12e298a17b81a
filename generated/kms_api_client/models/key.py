from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_lifecycle_state import KeyLifecycleState
from ..models.protection_mode import ProtectionMode
from ..types import UNSET, Unset, model_str, open_enum, wire_datetime

T = TypeVar("T", bound="Key")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "id",
        "compartmentId",
        "currentKeyVersion",
        "displayName",
        "keyShape",
        "lifecycleState",
        "timeCreated",
        "vaultId",
        "protectionMode",
        "timeOfDeletion",
        "restoredFromKeyId",
        "replicaDetails",
        "isPrimary",
        "isAutoRotationEnabled",
        "autoKeyRotationDetails",
        "externalKeyReferenceDetails",
        "freeformTags",
        "definedTags",
    }
)


@_attrs_define
class Key:
    """A master encryption key. Responses may carry fields and enum values not listed here; clients must keep or ignore
    them. Optional fields may be absent or `null`.

    Example:
        {'id': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'currentKeyVersion':
            'ocid1.keyversion.oc1.iad.examplevault.abuwcljrexampleversion1', 'displayName': 'payments-master-key',
            'keyShape': {'algorithm': 'AES', 'length': 32}, 'protectionMode': 'HSM', 'lifecycleState': 'ENABLED',
            'timeCreated': '2018-04-03T21:10:29.600Z', 'vaultId': 'ocid1.vault.oc1.iad.examplevault.abuwcljrexamplevault'}

    Attributes:
        id (str): The key's OCID.
        compartment_id (str): The OCID of the key's compartment.
        current_key_version (str): The OCID of the key version used for cryptographic operations. During a rotation it
            switches to the new version once that version is ready.
        display_name (str): The key's user-friendly name; not unique.
        key_shape (KeyShape): The cryptographic shape of a key: algorithm, length and, for ECDSA, curve. Set when the
            key is created or imported; fixed afterwards. In responses, `algorithm` and `curveId` may carry values not
            listed here.
        lifecycle_state (KeyLifecycleState | str | None): The lifecycle state of a key (and of a vault's wrapping key).
            Transitional states end in -ING. New values may be added; clients must accept values not listed here.
        time_created (datetime.datetime): When the key was created (RFC 3339).
        vault_id (str): The OCID of the key's vault.
        protection_mode (None | ProtectionMode): Where the key's operations happen; `HSM` unless chosen otherwise at
            creation. New values may be added; any string is possible.
        time_of_deletion (datetime.datetime | None): When the key will be or was deleted (RFC 3339); set while deletion
            is scheduled.
        restored_from_key_id (None | str): The OCID of the key this key was restored from, if it was restored from a
            backup.
        replica_details (KeyReplicaDetails | None): Replication details, when the vault is replicated.
        is_primary (bool | None): Whether the key is in the primary vault (true) or in a replica (false).
        is_auto_rotation_enabled (bool | None): Whether the key rotates automatically.
        auto_key_rotation_details (AutoKeyRotationDetails | None): The automatic rotation schedule and the outcome of
            the last rotation.
        external_key_reference_details (ExternalKeyReferenceDetails | None): For `EXTERNAL` keys, the key and version in
            the external key manager.
        freeform_tags (FreeformTags | None): The key's free-form tags.
        defined_tags (DefinedTags | None): The key's defined tags.
    """

    LIFECYCLE_STATE_CREATING = "CREATING"
    LIFECYCLE_STATE_ENABLING = "ENABLING"
    LIFECYCLE_STATE_ENABLED = "ENABLED"
    LIFECYCLE_STATE_DISABLING = "DISABLING"
    LIFECYCLE_STATE_DISABLED = "DISABLED"
    LIFECYCLE_STATE_DELETING = "DELETING"
    LIFECYCLE_STATE_DELETED = "DELETED"
    LIFECYCLE_STATE_PENDING_DELETION = "PENDING_DELETION"
    LIFECYCLE_STATE_SCHEDULING_DELETION = "SCHEDULING_DELETION"
    LIFECYCLE_STATE_CANCELLING_DELETION = "CANCELLING_DELETION"
    LIFECYCLE_STATE_UPDATING = "UPDATING"
    LIFECYCLE_STATE_BACKUP_IN_PROGRESS = "BACKUP_IN_PROGRESS"
    LIFECYCLE_STATE_RESTORING = "RESTORING"
    PROTECTION_MODE_HSM = "HSM"
    PROTECTION_MODE_SOFTWARE = "SOFTWARE"
    PROTECTION_MODE_EXTERNAL = "EXTERNAL"

    id: str = None
    compartment_id: str = None
    current_key_version: str = None
    display_name: str = None
    key_shape: KeyShape = None
    lifecycle_state: KeyLifecycleState | str | None = _attrs_field(default=None, converter=open_enum(KeyLifecycleState))
    time_created: datetime.datetime = None
    vault_id: str = None
    protection_mode: None | ProtectionMode = None
    time_of_deletion: datetime.datetime | None = None
    restored_from_key_id: None | str = None
    replica_details: KeyReplicaDetails | None = None
    is_primary: bool | None = None
    is_auto_rotation_enabled: bool | None = None
    auto_key_rotation_details: AutoKeyRotationDetails | None = None
    external_key_reference_details: ExternalKeyReferenceDetails | None = None
    freeform_tags: FreeformTags | None = None
    defined_tags: DefinedTags | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.compartment_id is not None:
            compartment_id = self.compartment_id
            field_dict["compartmentId"] = compartment_id
        if self.current_key_version is not None:
            current_key_version = self.current_key_version
            field_dict["currentKeyVersion"] = current_key_version
        if self.display_name is not None:
            display_name = self.display_name
            field_dict["displayName"] = display_name
        if self.key_shape is not None:
            key_shape = self.key_shape.to_dict()
            field_dict["keyShape"] = key_shape
        if self.lifecycle_state is not None:
            lifecycle_state = str(self.lifecycle_state)
            field_dict["lifecycleState"] = lifecycle_state
        if self.time_created is not None:
            time_created = wire_datetime(self.time_created)
            field_dict["timeCreated"] = time_created
        if self.vault_id is not None:
            vault_id = self.vault_id
            field_dict["vaultId"] = vault_id
        if self.protection_mode is not None:
            protection_mode: None | str | Unset
            if isinstance(self.protection_mode, Unset):
                protection_mode = UNSET
            elif isinstance(self.protection_mode, ProtectionMode):
                protection_mode = str(self.protection_mode)
            else:
                protection_mode = self.protection_mode
            if protection_mode is not UNSET:
                field_dict["protectionMode"] = protection_mode
        if self.time_of_deletion is not None:
            time_of_deletion: None | str | Unset
            if isinstance(self.time_of_deletion, Unset):
                time_of_deletion = UNSET
            elif isinstance(self.time_of_deletion, datetime.datetime):
                time_of_deletion = wire_datetime(self.time_of_deletion)
            else:
                time_of_deletion = self.time_of_deletion
            if time_of_deletion is not UNSET:
                field_dict["timeOfDeletion"] = time_of_deletion
        if self.restored_from_key_id is not None:
            restored_from_key_id: None | str | Unset
            if isinstance(self.restored_from_key_id, Unset):
                restored_from_key_id = UNSET
            else:
                restored_from_key_id = self.restored_from_key_id
            if restored_from_key_id is not UNSET:
                field_dict["restoredFromKeyId"] = restored_from_key_id
        if self.replica_details is not None:
            replica_details: dict[str, Any] | None | Unset
            if isinstance(self.replica_details, Unset):
                replica_details = UNSET
            elif isinstance(self.replica_details, KeyReplicaDetails):
                replica_details = self.replica_details.to_dict()
            else:
                replica_details = self.replica_details
            if replica_details is not UNSET:
                field_dict["replicaDetails"] = replica_details
        if self.is_primary is not None:
            is_primary: bool | None | Unset
            if isinstance(self.is_primary, Unset):
                is_primary = UNSET
            else:
                is_primary = self.is_primary
            if is_primary is not UNSET:
                field_dict["isPrimary"] = is_primary
        if self.is_auto_rotation_enabled is not None:
            is_auto_rotation_enabled: bool | None | Unset
            if isinstance(self.is_auto_rotation_enabled, Unset):
                is_auto_rotation_enabled = UNSET
            else:
                is_auto_rotation_enabled = self.is_auto_rotation_enabled
            if is_auto_rotation_enabled is not UNSET:
                field_dict["isAutoRotationEnabled"] = is_auto_rotation_enabled
        if self.auto_key_rotation_details is not None:
            auto_key_rotation_details: dict[str, Any] | None | Unset
            if isinstance(self.auto_key_rotation_details, Unset):
                auto_key_rotation_details = UNSET
            elif isinstance(self.auto_key_rotation_details, AutoKeyRotationDetails):
                auto_key_rotation_details = self.auto_key_rotation_details.to_dict()
            else:
                auto_key_rotation_details = self.auto_key_rotation_details
            if auto_key_rotation_details is not UNSET:
                field_dict["autoKeyRotationDetails"] = auto_key_rotation_details
        if self.external_key_reference_details is not None:
            external_key_reference_details: dict[str, Any] | None | Unset
            if isinstance(self.external_key_reference_details, Unset):
                external_key_reference_details = UNSET
            elif isinstance(self.external_key_reference_details, ExternalKeyReferenceDetails):
                external_key_reference_details = self.external_key_reference_details.to_dict()
            else:
                external_key_reference_details = self.external_key_reference_details
            if external_key_reference_details is not UNSET:
                field_dict["externalKeyReferenceDetails"] = external_key_reference_details
        if self.freeform_tags is not None:
            freeform_tags: dict[str, Any] | None | Unset
            if isinstance(self.freeform_tags, Unset):
                freeform_tags = UNSET
            elif isinstance(self.freeform_tags, FreeformTags):
                freeform_tags = FreeformTags.to_dict(self.freeform_tags)
            else:
                freeform_tags = self.freeform_tags
            if freeform_tags is not UNSET:
                field_dict["freeformTags"] = freeform_tags
        if self.defined_tags is not None:
            defined_tags: dict[str, Any] | None | Unset
            if isinstance(self.defined_tags, Unset):
                defined_tags = UNSET
            elif isinstance(self.defined_tags, DefinedTags):
                defined_tags = DefinedTags.to_dict(self.defined_tags)
            else:
                defined_tags = self.defined_tags
            if defined_tags is not UNSET:
                field_dict["definedTags"] = defined_tags
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        id = d["id"]

        compartment_id = d["compartmentId"]

        current_key_version = d["currentKeyVersion"]

        display_name = d["displayName"]

        key_shape = KeyShape.from_dict(d["keyShape"])

        lifecycle_state = KeyLifecycleState._value2member_map_.get(d["lifecycleState"]) or KeyLifecycleState.from_value(
            d["lifecycleState"]
        )

        time_created = datetime.datetime.fromisoformat(d["timeCreated"])

        vault_id = d["vaultId"]

        protection_mode: None | ProtectionMode | Unset
        _protection_mode = d.get("protectionMode")
        if _protection_mode is None:
            protection_mode = _protection_mode
        elif isinstance(_protection_mode, str):
            protection_mode = ProtectionMode._value2member_map_.get(_protection_mode) or ProtectionMode.from_value(
                _protection_mode
            )
        else:
            protection_mode = _protection_mode

        time_of_deletion: datetime.datetime | None | Unset
        _time_of_deletion = d.get("timeOfDeletion")
        if _time_of_deletion is None:
            time_of_deletion = _time_of_deletion
        elif isinstance(_time_of_deletion, str):
            try:
                time_of_deletion_type_0 = datetime.datetime.fromisoformat(_time_of_deletion)

                time_of_deletion = time_of_deletion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time_of_deletion = _time_of_deletion
        else:
            time_of_deletion = _time_of_deletion

        restored_from_key_id: None | str | Unset = d.get("restoredFromKeyId")

        replica_details: KeyReplicaDetails | None | Unset
        _replica_details = d.get("replicaDetails")
        if _replica_details is None:
            replica_details = _replica_details
        elif isinstance(_replica_details, dict):
            try:
                replica_details_type_1 = KeyReplicaDetails.from_dict(_replica_details)

                replica_details = replica_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                replica_details = _replica_details
        else:
            replica_details = _replica_details

        is_primary: bool | None | Unset = d.get("isPrimary")

        is_auto_rotation_enabled: bool | None | Unset = d.get("isAutoRotationEnabled")

        auto_key_rotation_details: AutoKeyRotationDetails | None | Unset
        _auto_key_rotation_details = d.get("autoKeyRotationDetails")
        if _auto_key_rotation_details is None:
            auto_key_rotation_details = _auto_key_rotation_details
        elif isinstance(_auto_key_rotation_details, dict):
            try:
                auto_key_rotation_details_type_1 = AutoKeyRotationDetails.from_dict(_auto_key_rotation_details)

                auto_key_rotation_details = auto_key_rotation_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                auto_key_rotation_details = _auto_key_rotation_details
        else:
            auto_key_rotation_details = _auto_key_rotation_details

        external_key_reference_details: ExternalKeyReferenceDetails | None | Unset
        _external_key_reference_details = d.get("externalKeyReferenceDetails")
        if _external_key_reference_details is None:
            external_key_reference_details = _external_key_reference_details
        elif isinstance(_external_key_reference_details, dict):
            try:
                external_key_reference_details_type_1 = ExternalKeyReferenceDetails.from_dict(
                    _external_key_reference_details
                )

                external_key_reference_details = external_key_reference_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                external_key_reference_details = _external_key_reference_details
        else:
            external_key_reference_details = _external_key_reference_details

        freeform_tags: FreeformTags | None | Unset
        _freeform_tags = d.get("freeformTags")
        if _freeform_tags is None:
            freeform_tags = _freeform_tags
        elif isinstance(_freeform_tags, dict):
            try:
                freeform_tags_type_1 = FreeformTags.from_dict(_freeform_tags)

                freeform_tags = freeform_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                freeform_tags = _freeform_tags
        else:
            freeform_tags = _freeform_tags

        defined_tags: DefinedTags | None | Unset
        _defined_tags = d.get("definedTags")
        if _defined_tags is None:
            defined_tags = _defined_tags
        elif isinstance(_defined_tags, dict):
            try:
                defined_tags_type_1 = DefinedTags.from_dict(_defined_tags)

                defined_tags = defined_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                defined_tags = _defined_tags
        else:
            defined_tags = _defined_tags

        key = cls(
            id=id,
            compartment_id=compartment_id,
            current_key_version=current_key_version,
            display_name=display_name,
            key_shape=key_shape,
            lifecycle_state=lifecycle_state,
            time_created=time_created,
            vault_id=vault_id,
            protection_mode=protection_mode,
            time_of_deletion=time_of_deletion,
            restored_from_key_id=restored_from_key_id,
            replica_details=replica_details,
            is_primary=is_primary,
            is_auto_rotation_enabled=is_auto_rotation_enabled,
            auto_key_rotation_details=auto_key_rotation_details,
            external_key_reference_details=external_key_reference_details,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )
        if not _WIRE_NAMES.issuperset(d):
            key.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return key

    def __str__(self) -> str:
        return model_str(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class so that a cycle between models resolves.
from ..models.auto_key_rotation_details import AutoKeyRotationDetails
from ..models.defined_tags import DefinedTags
from ..models.external_key_reference_details import ExternalKeyReferenceDetails
from ..models.freeform_tags import FreeformTags
from ..models.key_replica_details import KeyReplicaDetails
from ..models.key_shape import KeyShape
