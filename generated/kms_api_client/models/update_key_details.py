from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="UpdateKeyDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "displayName",
        "isAutoRotationEnabled",
        "autoKeyRotationDetails",
        "freeformTags",
        "definedTags",
    }
)


@_attrs_define
class UpdateKeyDetails:
    """The body of `UpdateKey`. Every field is optional; fields left out keep their values.

    Example:
        {'displayName': 'payments-master-key-2024'}

    Attributes:
        display_name (str | None): A new user-friendly name for the key. Avoid confidential information.
        is_auto_rotation_enabled (bool | None): Whether the key rotates automatically.
        auto_key_rotation_details (AutoKeyRotationDetails | None): The automatic rotation schedule of a key and the
            outcome of its last rotation. Callers set `rotationIntervalInDays` and `timeOfScheduleStart`; the service sets
            the other fields. Any field may be `null` in responses.
        freeform_tags (FreeformTags | None): Free-form tags: simple key/value pairs with no predefined name, type or
            namespace.
        defined_tags (DefinedTags | None): Defined tags, grouped by tag namespace: each namespace maps tag names to
            values.
    """

    display_name: str | None = None
    is_auto_rotation_enabled: bool | None = None
    auto_key_rotation_details: AutoKeyRotationDetails | None = None
    freeform_tags: FreeformTags | None = None
    defined_tags: DefinedTags | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.display_name is not None:
            display_name = self.display_name
            if display_name is not UNSET:
                field_dict["displayName"] = display_name
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
        display_name = d.get("displayName")

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

        update_key_details = cls(
            display_name=display_name,
            is_auto_rotation_enabled=is_auto_rotation_enabled,
            auto_key_rotation_details=auto_key_rotation_details,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )
        if not _WIRE_NAMES.issuperset(d):
            update_key_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return update_key_details

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
