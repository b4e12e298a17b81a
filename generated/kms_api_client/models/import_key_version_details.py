from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportKeyVersionDetails")


@_attrs_define
class ImportKeyVersionDetails:
    """The body of `ImportKeyVersion`.

    Example:
        {'wrappedImportKey': {'keyMaterial': 'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs', 'wrappingAlgorithm':
            'RSA_OAEP_SHA256'}}

    Attributes:
        wrapped_import_key (WrappedImportKey): Key material to import, wrapped with the vault's public wrapping key.
            Example: {'keyMaterial': 'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs', 'wrappingAlgorithm': 'RSA_OAEP_SHA256'}.
        freeform_tags (FreeformTags | Unset): Free-form tags: simple key/value pairs with no predefined name, type or
            namespace. Example: {'Department': 'Finance'}.
        defined_tags (DefinedTags | Unset): Defined tags, grouped by tag namespace: each namespace maps tag names to
            values. Example: {'Operations': {'CostCenter': '42'}}.
    """

    wrapped_import_key: WrappedImportKey
    freeform_tags: FreeformTags | Unset = UNSET
    defined_tags: DefinedTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wrapped_import_key = self.wrapped_import_key.to_dict()

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
                "wrappedImportKey": wrapped_import_key,
            }
        )
        if freeform_tags is not UNSET:
            field_dict["freeformTags"] = freeform_tags
        if defined_tags is not UNSET:
            field_dict["definedTags"] = defined_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wrapped_import_key = WrappedImportKey.from_dict(d.pop("wrappedImportKey"))

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

        import_key_version_details = cls(
            wrapped_import_key=wrapped_import_key,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )

        import_key_version_details.additional_properties = d
        return import_key_version_details

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
from ..models.freeform_tags import FreeformTags
from ..models.wrapped_import_key import WrappedImportKey
