from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_str

T = TypeVar("T", bound="ExternalKeyVersionReference")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "externalKeyVersionId",
    }
)


@_attrs_define
class ExternalKeyVersionReference:
    """The optional body of `CreateKeyVersion`: for an `EXTERNAL` key, the version in the external key manager to use.

    Example:
        {'externalKeyVersionId': 'external-key-version-0002'}

    Attributes:
        external_key_version_id (str | None): The key version's id in the external key manager.
    """

    external_key_version_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.external_key_version_id is not None:
            external_key_version_id = self.external_key_version_id
            if external_key_version_id is not UNSET:
                field_dict["externalKeyVersionId"] = external_key_version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        external_key_version_id = d.get("externalKeyVersionId")

        external_key_version_reference = cls(
            external_key_version_id=external_key_version_id,
        )
        if not _WIRE_NAMES.issuperset(d):
            external_key_version_reference.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return external_key_version_reference

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
