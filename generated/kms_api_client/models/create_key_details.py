from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protection_mode import ProtectionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKeyDetails")


@_attrs_define
class CreateKeyDetails:
    """The body of `CreateKey`.

    Example:
        {'compartmentId': 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'payments-master-key',
            'keyShape': {'algorithm': 'AES', 'length': 32}}

    Attributes:
        compartment_id (str): The OCID of the compartment to create the key in.
        display_name (str): A user-friendly name for the key; not unique. Avoid confidential information.
        key_shape (KeyShape): The cryptographic shape of a key: algorithm, length and, for ECDSA, curve. Set when the
            key is created or imported; fixed afterwards. In responses, `algorithm` and `curveId` may carry values not
            listed here. Example: {'algorithm': 'ECDSA', 'length': 48, 'curveId': 'NIST_P384'}.
        protection_mode (ProtectionMode | Unset): Where the key's cryptographic operations happen: `HSM` (in a hardware
            security module), `SOFTWARE` (on the server), or `EXTERNAL` (in an external key manager outside OCI).
        is_auto_rotation_enabled (bool | Unset): Whether the key rotates automatically on the schedule of
            `autoKeyRotationDetails`.
        auto_key_rotation_details (AutoKeyRotationDetails | Unset): The automatic rotation schedule of a key and the
            outcome of its last rotation. Callers set `rotationIntervalInDays` and `timeOfScheduleStart`; the service sets
            the other fields. Any field may be `null` in responses. Example: {'rotationIntervalInDays': 90,
            'timeOfScheduleStart': '2018-04-04T00:00:00.000Z'}.
        external_key_reference (ExternalKeyReference | Unset): A reference to a key in an external key manager, for
            creating an `EXTERNAL` key. Example: {'externalKeyId': 'external-key-0001'}.
        freeform_tags (FreeformTags | Unset): Free-form tags: simple key/value pairs with no predefined name, type or
            namespace. Example: {'Department': 'Finance'}.
        defined_tags (DefinedTags | Unset): Defined tags, grouped by tag namespace: each namespace maps tag names to
            values. Example: {'Operations': {'CostCenter': '42'}}.
    """

    compartment_id: str
    display_name: str
    key_shape: KeyShape
    protection_mode: ProtectionMode | Unset = UNSET
    is_auto_rotation_enabled: bool | Unset = UNSET
    auto_key_rotation_details: AutoKeyRotationDetails | Unset = UNSET
    external_key_reference: ExternalKeyReference | Unset = UNSET
    freeform_tags: FreeformTags | Unset = UNSET
    defined_tags: DefinedTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compartment_id = self.compartment_id

        display_name = self.display_name

        key_shape = self.key_shape.to_dict()

        protection_mode: str | Unset = UNSET
        if not isinstance(self.protection_mode, Unset):
            protection_mode = str(self.protection_mode)

        is_auto_rotation_enabled = self.is_auto_rotation_enabled

        auto_key_rotation_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_key_rotation_details, Unset):
            auto_key_rotation_details = self.auto_key_rotation_details.to_dict()

        external_key_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_key_reference, Unset):
            external_key_reference = self.external_key_reference.to_dict()

        freeform_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freeform_tags, Unset):
            freeform_tags = FreeformTags.to_dict(self.freeform_tags)

        defined_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defined_tags, Unset):
            defined_tags = DefinedTags.to_dict(self.defined_tags)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compartmentId": compartment_id,
                "displayName": display_name,
                "keyShape": key_shape,
            }
        )
        if protection_mode is not UNSET:
            field_dict["protectionMode"] = protection_mode
        if is_auto_rotation_enabled is not UNSET:
            field_dict["isAutoRotationEnabled"] = is_auto_rotation_enabled
        if auto_key_rotation_details is not UNSET:
            field_dict["autoKeyRotationDetails"] = auto_key_rotation_details
        if external_key_reference is not UNSET:
            field_dict["externalKeyReference"] = external_key_reference
        if freeform_tags is not UNSET:
            field_dict["freeformTags"] = freeform_tags
        if defined_tags is not UNSET:
            field_dict["definedTags"] = defined_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        compartment_id = d.pop("compartmentId")

        display_name = d.pop("displayName")

        key_shape = KeyShape.from_dict(d.pop("keyShape"))

        _protection_mode = d.pop("protectionMode", UNSET)
        protection_mode: ProtectionMode | Unset
        if isinstance(_protection_mode, Unset):
            protection_mode = UNSET
        else:
            protection_mode = ProtectionMode.from_value(_protection_mode)

        is_auto_rotation_enabled = d.pop("isAutoRotationEnabled", UNSET)

        _auto_key_rotation_details = d.pop("autoKeyRotationDetails", UNSET)
        auto_key_rotation_details: AutoKeyRotationDetails | Unset
        if isinstance(_auto_key_rotation_details, Unset):
            auto_key_rotation_details = UNSET
        else:
            auto_key_rotation_details = AutoKeyRotationDetails.from_dict(_auto_key_rotation_details)

        _external_key_reference = d.pop("externalKeyReference", UNSET)
        external_key_reference: ExternalKeyReference | Unset
        if isinstance(_external_key_reference, Unset):
            external_key_reference = UNSET
        else:
            external_key_reference = ExternalKeyReference.from_dict(_external_key_reference)

        _freeform_tags = d.pop("freeformTags", UNSET)
        freeform_tags: FreeformTags | Unset
        if isinstance(_freeform_tags, Unset):
            freeform_tags = UNSET
        else:
            freeform_tags = FreeformTags.from_dict(_freeform_tags)

        _defined_tags = d.pop("definedTags", UNSET)
        defined_tags: DefinedTags | Unset
        if isinstance(_defined_tags, Unset):
            defined_tags = UNSET
        else:
            defined_tags = DefinedTags.from_dict(_defined_tags)

        create_key_details = cls(
            compartment_id=compartment_id,
            display_name=display_name,
            key_shape=key_shape,
            protection_mode=protection_mode,
            is_auto_rotation_enabled=is_auto_rotation_enabled,
            auto_key_rotation_details=auto_key_rotation_details,
            external_key_reference=external_key_reference,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )

        create_key_details.additional_properties = d
        return create_key_details

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
from ..models.external_key_reference import ExternalKeyReference
from ..models.freeform_tags import FreeformTags
from ..models.key_shape import KeyShape
