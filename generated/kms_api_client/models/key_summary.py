from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_algorithm import KeyAlgorithm
from ..models.key_lifecycle_state import KeyLifecycleState
from ..models.protection_mode import ProtectionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="KeySummary")


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
            lifecycle_state (KeyLifecycleState): The lifecycle state of a key (and of a vault's wrapping key). Transitional
                states end in -ING. New values may be added; clients must accept values not listed here.
            time_created (datetime.datetime): When the key was created (RFC 3339).
            vault_id (str): The OCID of the key's vault.
            protection_mode (None | ProtectionMode | Unset): Where the key's operations happen. New values may be added; any
                string is possible.
            algorithm (KeyAlgorithm | None | Unset): The key's algorithm. New values may be added; any string is possible.
            is_auto_rotation_enabled (bool | None | Unset): Whether the key rotates automatically.
            external_key_reference_details (ExternalKeyReferenceDetails | None | Unset): For `EXTERNAL` keys, the key and
                version in the external key manager.
            freeform_tags (FreeformTags | None | Unset): The key's free-form tags.
            defined_tags (DefinedTags | None | Unset): The key's defined tags.
    """

    id: str
    compartment_id: str
    display_name: str
    lifecycle_state: KeyLifecycleState
    time_created: datetime.datetime
    vault_id: str
    protection_mode: None | ProtectionMode | Unset = UNSET
    algorithm: KeyAlgorithm | None | Unset = UNSET
    is_auto_rotation_enabled: bool | None | Unset = UNSET
    external_key_reference_details: ExternalKeyReferenceDetails | None | Unset = UNSET
    freeform_tags: FreeformTags | None | Unset = UNSET
    defined_tags: DefinedTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        compartment_id = self.compartment_id

        display_name = self.display_name

        lifecycle_state = str(self.lifecycle_state)

        time_created = self.time_created.isoformat()

        vault_id = self.vault_id

        protection_mode: None | str | Unset
        if isinstance(self.protection_mode, Unset):
            protection_mode = UNSET
        elif isinstance(self.protection_mode, ProtectionMode):
            protection_mode = str(self.protection_mode)
        else:
            protection_mode = self.protection_mode

        algorithm: None | str | Unset
        if isinstance(self.algorithm, Unset):
            algorithm = UNSET
        elif isinstance(self.algorithm, KeyAlgorithm):
            algorithm = str(self.algorithm)
        else:
            algorithm = self.algorithm

        is_auto_rotation_enabled: bool | None | Unset
        if isinstance(self.is_auto_rotation_enabled, Unset):
            is_auto_rotation_enabled = UNSET
        else:
            is_auto_rotation_enabled = self.is_auto_rotation_enabled

        external_key_reference_details: dict[str, Any] | None | Unset
        if isinstance(self.external_key_reference_details, Unset):
            external_key_reference_details = UNSET
        elif isinstance(self.external_key_reference_details, ExternalKeyReferenceDetails):
            external_key_reference_details = self.external_key_reference_details.to_dict()
        else:
            external_key_reference_details = self.external_key_reference_details

        freeform_tags: dict[str, Any] | None | Unset
        if isinstance(self.freeform_tags, Unset):
            freeform_tags = UNSET
        elif isinstance(self.freeform_tags, FreeformTags):
            freeform_tags = FreeformTags.to_dict(self.freeform_tags)
        else:
            freeform_tags = self.freeform_tags

        defined_tags: dict[str, Any] | None | Unset
        if isinstance(self.defined_tags, Unset):
            defined_tags = UNSET
        elif isinstance(self.defined_tags, DefinedTags):
            defined_tags = DefinedTags.to_dict(self.defined_tags)
        else:
            defined_tags = self.defined_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "compartmentId": compartment_id,
                "displayName": display_name,
                "lifecycleState": lifecycle_state,
                "timeCreated": time_created,
                "vaultId": vault_id,
            }
        )
        if protection_mode is not UNSET:
            field_dict["protectionMode"] = protection_mode
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if is_auto_rotation_enabled is not UNSET:
            field_dict["isAutoRotationEnabled"] = is_auto_rotation_enabled
        if external_key_reference_details is not UNSET:
            field_dict["externalKeyReferenceDetails"] = external_key_reference_details
        if freeform_tags is not UNSET:
            field_dict["freeformTags"] = freeform_tags
        if defined_tags is not UNSET:
            field_dict["definedTags"] = defined_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        compartment_id = d.pop("compartmentId")

        display_name = d.pop("displayName")

        lifecycle_state = KeyLifecycleState.from_value(d.pop("lifecycleState"))

        time_created = datetime.datetime.fromisoformat(d.pop("timeCreated"))

        vault_id = d.pop("vaultId")

        protection_mode: None | ProtectionMode | Unset
        _protection_mode = d.pop("protectionMode", UNSET)
        if _protection_mode is None or isinstance(_protection_mode, Unset):
            protection_mode = _protection_mode
        elif isinstance(_protection_mode, str):
            protection_mode = ProtectionMode.from_value(_protection_mode)
        else:
            protection_mode = cast(None | ProtectionMode | Unset, _protection_mode)

        algorithm: KeyAlgorithm | None | Unset
        _algorithm = d.pop("algorithm", UNSET)
        if _algorithm is None or isinstance(_algorithm, Unset):
            algorithm = _algorithm
        elif isinstance(_algorithm, str):
            algorithm = KeyAlgorithm.from_value(_algorithm)
        else:
            algorithm = cast(KeyAlgorithm | None | Unset, _algorithm)

        is_auto_rotation_enabled = cast(bool | None | Unset, d.pop("isAutoRotationEnabled", UNSET))

        external_key_reference_details: ExternalKeyReferenceDetails | None | Unset
        _external_key_reference_details = d.pop("externalKeyReferenceDetails", UNSET)
        if _external_key_reference_details is None or isinstance(_external_key_reference_details, Unset):
            external_key_reference_details = _external_key_reference_details
        elif isinstance(_external_key_reference_details, dict):
            try:
                external_key_reference_details_type_1 = ExternalKeyReferenceDetails.from_dict(
                    _external_key_reference_details
                )

                external_key_reference_details = external_key_reference_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                external_key_reference_details = cast(
                    ExternalKeyReferenceDetails | None | Unset, _external_key_reference_details
                )
        else:
            external_key_reference_details = cast(
                ExternalKeyReferenceDetails | None | Unset, _external_key_reference_details
            )

        freeform_tags: FreeformTags | None | Unset
        _freeform_tags = d.pop("freeformTags", UNSET)
        if _freeform_tags is None or isinstance(_freeform_tags, Unset):
            freeform_tags = _freeform_tags
        elif isinstance(_freeform_tags, dict):
            try:
                freeform_tags_type_1 = FreeformTags.from_dict(_freeform_tags)

                freeform_tags = freeform_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                freeform_tags = cast(FreeformTags | None | Unset, _freeform_tags)
        else:
            freeform_tags = cast(FreeformTags | None | Unset, _freeform_tags)

        defined_tags: DefinedTags | None | Unset
        _defined_tags = d.pop("definedTags", UNSET)
        if _defined_tags is None or isinstance(_defined_tags, Unset):
            defined_tags = _defined_tags
        elif isinstance(_defined_tags, dict):
            try:
                defined_tags_type_1 = DefinedTags.from_dict(_defined_tags)

                defined_tags = defined_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                defined_tags = cast(DefinedTags | None | Unset, _defined_tags)
        else:
            defined_tags = cast(DefinedTags | None | Unset, _defined_tags)

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

        key_summary.additional_properties = d
        return key_summary

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
