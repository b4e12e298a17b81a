from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_algorithm import KeyAlgorithm
from ..models.key_lifecycle_state import KeyLifecycleState
from ..models.protection_mode import ProtectionMode
from ..types import UNSET, Unset, model_str, open_enum, wire_datetime

T = TypeVar("T", bound="KeySummary")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "id",
        "compartmentId",
        "displayName",
        "lifecycleState",
        "timeCreated",
        "vaultId",
        "protectionMode",
        "algorithm",
        "isAutoRotationEnabled",
        "externalKeyReferenceDetails",
        "freeformTags",
        "definedTags",
    }
)


@_attrs_define
class KeySummary:
    """A key as listed by `ListKeys` (no shape or current version). Responses may carry fields and enum values not listed
    here; optional fields may be absent or `null`.

    Example:
        {'id': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'payments-master-key', 'lifecycleState':
            'ENABLED', 'timeCreated': '2018-04-03T21:10:29.600Z', 'vaultId':
            'ocid1.vault.oc1.iad.examplevault.abuwcljrexamplevault', 'protectionMode': 'HSM', 'algorithm': 'AES'}

    Attributes:
        id (str): The key's OCID.
        compartment_id (str): The OCID of the key's compartment.
        display_name (str): The key's user-friendly name; not unique.
        lifecycle_state (KeyLifecycleState | str | None): The lifecycle state of a key (and of a vault's wrapping key).
            Transitional states end in -ING. New values may be added; clients must accept values not listed here.
        time_created (datetime.datetime): When the key was created (RFC 3339).
        vault_id (str): The OCID of the key's vault.
        protection_mode (None | ProtectionMode): Where the key's operations happen. New values may be added; any string
            is possible.
        algorithm (KeyAlgorithm | None): The key's algorithm. New values may be added; any string is possible.
        is_auto_rotation_enabled (bool | None): Whether the key rotates automatically.
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
    ALGORITHM_AES = "AES"
    ALGORITHM_RSA = "RSA"
    ALGORITHM_ECDSA = "ECDSA"

    id: str = None
    compartment_id: str = None
    display_name: str = None
    lifecycle_state: KeyLifecycleState | str | None = _attrs_field(default=None, converter=open_enum(KeyLifecycleState))
    time_created: datetime.datetime = None
    vault_id: str = None
    protection_mode: None | ProtectionMode = None
    algorithm: KeyAlgorithm | None = None
    is_auto_rotation_enabled: bool | None = None
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
        if self.display_name is not None:
            display_name = self.display_name
            field_dict["displayName"] = display_name
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
        if self.algorithm is not None:
            algorithm: None | str | Unset
            if isinstance(self.algorithm, Unset):
                algorithm = UNSET
            elif isinstance(self.algorithm, KeyAlgorithm):
                algorithm = str(self.algorithm)
            else:
                algorithm = self.algorithm
            if algorithm is not UNSET:
                field_dict["algorithm"] = algorithm
        if self.is_auto_rotation_enabled is not None:
            is_auto_rotation_enabled: bool | None | Unset
            if isinstance(self.is_auto_rotation_enabled, Unset):
                is_auto_rotation_enabled = UNSET
            else:
                is_auto_rotation_enabled = self.is_auto_rotation_enabled
            if is_auto_rotation_enabled is not UNSET:
                field_dict["isAutoRotationEnabled"] = is_auto_rotation_enabled
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

        display_name = d["displayName"]

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

        algorithm: KeyAlgorithm | None | Unset
        _algorithm = d.get("algorithm")
        if _algorithm is None:
            algorithm = _algorithm
        elif isinstance(_algorithm, str):
            algorithm = KeyAlgorithm._value2member_map_.get(_algorithm) or KeyAlgorithm.from_value(_algorithm)
        else:
            algorithm = _algorithm

        is_auto_rotation_enabled: bool | None | Unset = d.get("isAutoRotationEnabled")

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

        key_summary = cls(
            id=id,
            compartment_id=compartment_id,
            display_name=display_name,
            lifecycle_state=lifecycle_state,
            time_created=time_created,
            vault_id=vault_id,
            protection_mode=protection_mode,
            algorithm=algorithm,
            is_auto_rotation_enabled=is_auto_rotation_enabled,
            external_key_reference_details=external_key_reference_details,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )
        if not _WIRE_NAMES.issuperset(d):
            key_summary.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return key_summary

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
from ..models.defined_tags import DefinedTags
from ..models.external_key_reference_details import ExternalKeyReferenceDetails
from ..models.freeform_tags import FreeformTags
