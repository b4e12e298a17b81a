from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="UpdateVaultDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "definedTags",
        "displayName",
        "freeformTags",
    }
)


@_attrs_define
class UpdateVaultDetails:
    """The body of `UpdateVault`; absent fields keep their value.

    Example:
        {'displayName': 'payments-vault-renamed'}

    Attributes:
        defined_tags (DefinedTags | None): Defined tags, grouped by tag namespace: each namespace maps tag names to
            values.
        display_name (str | None): The vault's new name.
        freeform_tags (FreeformTags | None): Free-form tags: simple key/value pairs with no predefined name, type or
            namespace.
    """

    defined_tags: DefinedTags | None = None
    display_name: str | None = None
    freeform_tags: FreeformTags | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.defined_tags is not None:
            defined_tags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.defined_tags, Unset):
                defined_tags = DefinedTags.to_dict(self.defined_tags)
            if defined_tags is not UNSET:
                field_dict["definedTags"] = defined_tags
        if self.display_name is not None:
            display_name = self.display_name
            if display_name is not UNSET:
                field_dict["displayName"] = display_name
        if self.freeform_tags is not None:
            freeform_tags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.freeform_tags, Unset):
                freeform_tags = FreeformTags.to_dict(self.freeform_tags)
            if freeform_tags is not UNSET:
                field_dict["freeformTags"] = freeform_tags
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
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

        display_name = d.get("displayName")

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

        update_vault_details = cls(
            defined_tags=defined_tags,
            display_name=display_name,
            freeform_tags=freeform_tags,
        )
        if not _WIRE_NAMES.issuperset(d):
            update_vault_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return update_vault_details

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
from ..models.freeform_tags import FreeformTags
