from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_protection_mode import ImportProtectionMode
from ..types import UNSET, Unset, closed_enum, model_str

T = TypeVar("T", bound="ImportKeyDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "compartmentId",
        "displayName",
        "keyShape",
        "wrappedImportKey",
        "protectionMode",
        "isAutoRotationEnabled",
        "autoKeyRotationDetails",
        "freeformTags",
        "definedTags",
    }
)


@_attrs_define
class ImportKeyDetails:
    """The body of `ImportKey`.

    Example:
        {'compartmentId': 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'imported-aes-key',
            'keyShape': {'algorithm': 'AES', 'length': 32}, 'wrappedImportKey': {'keyMaterial':
            'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs', 'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}

    Attributes:
        compartment_id (str): The OCID of the compartment to create the key in.
        display_name (str): A user-friendly name for the key; not unique. Avoid confidential information.
        key_shape (ImportKeyShape): The shape of imported key material: `AES` (16, 24 or 32 bytes) or `RSA` (256, 384 or
            512 bytes, the modulus length). Imported keys have no curve, so there is no `curveId` and no other field.
        wrapped_import_key (WrappedImportKey): Key material to import, wrapped with the vault's public wrapping key.
        protection_mode (ImportProtectionMode | str | None): The protection modes an imported key may have (`EXTERNAL`
            keys cannot be imported).
        is_auto_rotation_enabled (bool | None): Whether the key rotates automatically on the schedule of
            `autoKeyRotationDetails`.
        auto_key_rotation_details (AutoKeyRotationDetails | None): The automatic rotation schedule of a key and the
            outcome of its last rotation. Callers set `rotationIntervalInDays` and `timeOfScheduleStart`; the service sets
            the other fields. Any field may be `null` in responses.
        freeform_tags (FreeformTags | None): Free-form tags: simple key/value pairs with no predefined name, type or
            namespace.
        defined_tags (DefinedTags | None): Defined tags, grouped by tag namespace: each namespace maps tag names to
            values.
    """

    PROTECTION_MODE_HSM = "HSM"
    PROTECTION_MODE_SOFTWARE = "SOFTWARE"

    compartment_id: str = None
    display_name: str = None
    key_shape: ImportKeyShape = None
    wrapped_import_key: WrappedImportKey = None
    protection_mode: ImportProtectionMode | str | None = _attrs_field(
        default=None, converter=closed_enum(ImportProtectionMode, "protection_mode", ["HSM", "SOFTWARE"])
    )
    is_auto_rotation_enabled: bool | None = None
    auto_key_rotation_details: AutoKeyRotationDetails | None = None
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
        if self.wrapped_import_key is not None:
            wrapped_import_key = self.wrapped_import_key.to_dict()
            field_dict["wrappedImportKey"] = wrapped_import_key
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

        key_shape = ImportKeyShape.from_dict(d["keyShape"])

        wrapped_import_key = WrappedImportKey.from_dict(d["wrappedImportKey"])

        protection_mode_wire = d.get("protectionMode")
        if protection_mode_wire is None:
            protection_mode = None
        else:
            _protection_mode = protection_mode_wire
            protection_mode: ImportProtectionMode | Unset
            if isinstance(_protection_mode, Unset):
                protection_mode = UNSET
            else:
                protection_mode = ImportProtectionMode._value2member_map_.get(
                    _protection_mode
                ) or ImportProtectionMode.from_value(_protection_mode)

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

        import_key_details = cls(
            compartment_id=compartment_id,
            display_name=display_name,
            key_shape=key_shape,
            wrapped_import_key=wrapped_import_key,
            protection_mode=protection_mode,
            is_auto_rotation_enabled=is_auto_rotation_enabled,
            auto_key_rotation_details=auto_key_rotation_details,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )
        if not _WIRE_NAMES.issuperset(d):
            import_key_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return import_key_details

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
from ..models.freeform_tags import FreeformTags
from ..models.import_key_shape import ImportKeyShape
from ..models.wrapped_import_key import WrappedImportKey
