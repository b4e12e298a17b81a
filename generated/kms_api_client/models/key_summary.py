from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_algorithm import KeyAlgorithm
from ..models.key_lifecycle_state import KeyLifecycleState
from ..models.protection_mode import ProtectionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.defined_tags import DefinedTags
    from ..models.external_key_reference_details import ExternalKeyReferenceDetails
    from ..models.freeform_tags import FreeformTags


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
            lifecycle_state (KeyLifecycleState | str): The key's lifecycle state. New values may be added; any string is
                possible.
            time_created (datetime.datetime): When the key was created (RFC 3339).
            vault_id (str): The OCID of the key's vault.
            protection_mode (None | ProtectionMode | str | Unset): Where the key's operations happen. New values may be
                added; any string is possible.
            algorithm (KeyAlgorithm | None | str | Unset): The key's algorithm. New values may be added; any string is
                possible.
            is_auto_rotation_enabled (bool | None | Unset): Whether the key rotates automatically.
            external_key_reference_details (ExternalKeyReferenceDetails | None | Unset): For `EXTERNAL` keys, the key and
                version in the external key manager.
            freeform_tags (FreeformTags | None | Unset): The key's free-form tags.
            defined_tags (DefinedTags | None | Unset): The key's defined tags.
    """

    id: str
    compartment_id: str
    display_name: str
    lifecycle_state: KeyLifecycleState | str
    time_created: datetime.datetime
    vault_id: str
    protection_mode: None | ProtectionMode | str | Unset = UNSET
    algorithm: KeyAlgorithm | None | str | Unset = UNSET
    is_auto_rotation_enabled: bool | None | Unset = UNSET
    external_key_reference_details: ExternalKeyReferenceDetails | None | Unset = UNSET
    freeform_tags: FreeformTags | None | Unset = UNSET
    defined_tags: DefinedTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.defined_tags import DefinedTags
        from ..models.external_key_reference_details import ExternalKeyReferenceDetails
        from ..models.freeform_tags import FreeformTags

        id = self.id

        compartment_id = self.compartment_id

        display_name = self.display_name

        lifecycle_state: str
        if isinstance(self.lifecycle_state, KeyLifecycleState):
            lifecycle_state = self.lifecycle_state.value
        else:
            lifecycle_state = self.lifecycle_state

        time_created = self.time_created.isoformat()

        vault_id = self.vault_id

        protection_mode: None | str | Unset
        if isinstance(self.protection_mode, Unset):
            protection_mode = UNSET
        elif isinstance(self.protection_mode, ProtectionMode):
            protection_mode = self.protection_mode.value
        else:
            protection_mode = self.protection_mode

        algorithm: None | str | Unset
        if isinstance(self.algorithm, Unset):
            algorithm = UNSET
        elif isinstance(self.algorithm, KeyAlgorithm):
            algorithm = self.algorithm.value
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
        from ..models.defined_tags import DefinedTags
        from ..models.external_key_reference_details import ExternalKeyReferenceDetails
        from ..models.freeform_tags import FreeformTags

        d = dict(src_dict)
        id = d.pop("id")

        compartment_id = d.pop("compartmentId")

        display_name = d.pop("displayName")

        def _parse_lifecycle_state(data: object) -> KeyLifecycleState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lifecycle_state_type_0 = KeyLifecycleState(data)

                return lifecycle_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeyLifecycleState | str, data)

        lifecycle_state = _parse_lifecycle_state(d.pop("lifecycleState"))

        time_created = datetime.datetime.fromisoformat(d.pop("timeCreated"))

        vault_id = d.pop("vaultId")

        def _parse_protection_mode(data: object) -> None | ProtectionMode | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protection_mode_type_0 = ProtectionMode(data)

                return protection_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProtectionMode | str | Unset, data)

        protection_mode = _parse_protection_mode(d.pop("protectionMode", UNSET))

        def _parse_algorithm(data: object) -> KeyAlgorithm | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                algorithm_type_0 = KeyAlgorithm(data)

                return algorithm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeyAlgorithm | None | str | Unset, data)

        algorithm = _parse_algorithm(d.pop("algorithm", UNSET))

        def _parse_is_auto_rotation_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_auto_rotation_enabled = _parse_is_auto_rotation_enabled(d.pop("isAutoRotationEnabled", UNSET))

        def _parse_external_key_reference_details(data: object) -> ExternalKeyReferenceDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_key_reference_details_type_0 = ExternalKeyReferenceDetails.from_dict(data)

                return external_key_reference_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalKeyReferenceDetails | None | Unset, data)

        external_key_reference_details = _parse_external_key_reference_details(
            d.pop("externalKeyReferenceDetails", UNSET)
        )

        def _parse_freeform_tags(data: object) -> FreeformTags | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                freeform_tags_type_0 = FreeformTags.from_dict(data)

                return freeform_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeformTags | None | Unset, data)

        freeform_tags = _parse_freeform_tags(d.pop("freeformTags", UNSET))

        def _parse_defined_tags(data: object) -> DefinedTags | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defined_tags_type_0 = DefinedTags.from_dict(data)

                return defined_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DefinedTags | None | Unset, data)

        defined_tags = _parse_defined_tags(d.pop("definedTags", UNSET))

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
