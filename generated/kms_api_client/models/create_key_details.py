from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protection_mode import ProtectionMode
from ..types import UNSET, Unset, closed_enum, model_str

T = TypeVar("T", bound="CreateKeyDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "compartmentId",
        "displayName",
        "keyShape",
        "protectionMode",
        "isAutoRotationEnabled",
        "autoKeyRotationDetails",
        "externalKeyReference",
        "freeformTags",
        "definedTags",
    }
)


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
            listed here.
        protection_mode (ProtectionMode | str | None): Where the key's cryptographic operations happen: `HSM` (in a
            hardware security module), `SOFTWARE` (on the server), or `EXTERNAL` (in an external key manager outside OCI).
        is_auto_rotation_enabled (bool | None): Whether the key rotates automatically on the schedule of
            `autoKeyRotationDetails`.
        auto_key_rotation_details (AutoKeyRotationDetails | None): The automatic rotation schedule of a key and the
            outcome of its last rotation. Callers set `rotationIntervalInDays` and `timeOfScheduleStart`; the service sets
            the other fields. Any field may be `null` in responses.
        external_key_reference (ExternalKeyReference | None): A reference to a key in an external key manager, for
            creating an `EXTERNAL` key.
        freeform_tags (FreeformTags | None): Free-form tags: simple key/value pairs with no predefined name, type or
            namespace.
        defined_tags (DefinedTags | None): Defined tags, grouped by tag namespace: each namespace maps tag names to
            values.
    """

    PROTECTION_MODE_HSM = "HSM"
    PROTECTION_MODE_SOFTWARE = "SOFTWARE"
    PROTECTION_MODE_EXTERNAL = "EXTERNAL"

    compartment_id: str = None
    display_name: str = None
    key_shape: KeyShape = None
    protection_mode: ProtectionMode | str | None = _attrs_field(
        default=None, converter=closed_enum(ProtectionMode, "protection_mode", ["HSM", "SOFTWARE", "EXTERNAL"])
    )
    is_auto_rotation_enabled: bool | None = None
    auto_key_rotation_details: AutoKeyRotationDetails | None = None
    external_key_reference: ExternalKeyReference | None = None
    freeform_tags: FreeformTags | None = None
    defined_tags: DefinedTags | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.compartment_id is not None:
            compartment_id = self.compartment_id
            field_dict["compartmentId"] = compartment_id
        if self.display_name is not None:
            display_name = self.display_name
            field_dict["displayName"] = display_name
        if self.key_shape is not None:
            key_shape = self.key_shape.to_dict()
            field_dict["keyShape"] = key_shape
        if self.protection_mode is not None:
            protection_mode: str | Unset = UNSET
            if not isinstance(self.protection_mode, Unset):
                protection_mode = str(self.protection_mode)

            if protection_mode is not UNSET:
                field_dict["protectionMode"] = protection_mode
        if self.is_auto_rotation_enabled is not None:
            is_auto_rotation_enabled = self.is_auto_rotation_enabled
            if is_auto_rotation_enabled is not UNSET:
                field_dict["isAutoRotationEnabled"] = is_auto_rotation_enabled
        if self.auto_key_rotation_details is not None:
            auto_key_rotation_details: dict[str, Any] | Unset = UNSET
            if not isinstance(self.auto_key_rotation_details, Unset):
                auto_key_rotation_details = self.auto_key_rotation_details.to_dict()
            if auto_key_rotation_details is not UNSET:
                field_dict["autoKeyRotationDetails"] = auto_key_rotation_details
        if self.external_key_reference is not None:
            external_key_reference: dict[str, Any] | Unset = UNSET
            if not isinstance(self.external_key_reference, Unset):
                external_key_reference = self.external_key_reference.to_dict()
            if external_key_reference is not UNSET:
                field_dict["externalKeyReference"] = external_key_reference
        if self.freeform_tags is not None:
            freeform_tags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.freeform_tags, Unset):
                freeform_tags = FreeformTags.to_dict(self.freeform_tags)
            if freeform_tags is not UNSET:
                field_dict["freeformTags"] = freeform_tags
        if self.defined_tags is not None:
            defined_tags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.defined_tags, Unset):
                defined_tags = DefinedTags.to_dict(self.defined_tags)
            if defined_tags is not UNSET:
                field_dict["definedTags"] = defined_tags
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        compartment_id = d["compartmentId"]

        display_name = d["displayName"]

        key_shape = KeyShape.from_dict(d["keyShape"])

        protection_mode_wire = d.get("protectionMode")
        if protection_mode_wire is None:
            protection_mode = None
        else:
            _protection_mode = protection_mode_wire
            protection_mode: ProtectionMode | Unset
            if isinstance(_protection_mode, Unset):
                protection_mode = UNSET
            else:
                protection_mode = ProtectionMode._value2member_map_.get(_protection_mode) or ProtectionMode.from_value(
                    _protection_mode
                )

        is_auto_rotation_enabled = d.get("isAutoRotationEnabled")

        auto_key_rotation_details_wire = d.get("autoKeyRotationDetails")
        if auto_key_rotation_details_wire is None:
            auto_key_rotation_details = None
        else:
            _auto_key_rotation_details = auto_key_rotation_details_wire
            auto_key_rotation_details: AutoKeyRotationDetails | Unset
            if isinstance(_auto_key_rotation_details, Unset):
                auto_key_rotation_details = UNSET
            else:
                auto_key_rotation_details = AutoKeyRotationDetails.from_dict(_auto_key_rotation_details)

        external_key_reference_wire = d.get("externalKeyReference")
        if external_key_reference_wire is None:
            external_key_reference = None
        else:
            _external_key_reference = external_key_reference_wire
            external_key_reference: ExternalKeyReference | Unset
            if isinstance(_external_key_reference, Unset):
                external_key_reference = UNSET
            else:
                external_key_reference = ExternalKeyReference.from_dict(_external_key_reference)

        freeform_tags_wire = d.get("freeformTags")
        if freeform_tags_wire is None:
            freeform_tags = None
        else:
            _freeform_tags = freeform_tags_wire
            freeform_tags: FreeformTags | Unset
            if isinstance(_freeform_tags, Unset):
                freeform_tags = UNSET
            else:
                freeform_tags = FreeformTags.from_dict(_freeform_tags)

        defined_tags_wire = d.get("definedTags")
        if defined_tags_wire is None:
            defined_tags = None
        else:
            _defined_tags = defined_tags_wire
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
        if not _WIRE_NAMES.issuperset(d):
            create_key_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return create_key_details

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
from ..models.external_key_reference import ExternalKeyReference
from ..models.freeform_tags import FreeformTags
from ..models.key_shape import KeyShape
