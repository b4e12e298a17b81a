from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="VaultUsage")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "keyCount",
        "keyVersionCount",
        "softwareKeyCount",
        "softwareKeyVersionCount",
    }
)


@_attrs_define
class VaultUsage:
    """How many keys and key versions a vault holds (all compartments, `DELETED` ones excluded).

    Example:
        {'keyCount': 2, 'keyVersionCount': 3, 'softwareKeyCount': 1, 'softwareKeyVersionCount': 1}

    Attributes:
        key_count (int): The number of HSM-protected keys.
        key_version_count (int): The number of versions of HSM-protected keys.
        software_key_count (int | None): The number of `SOFTWARE`-protected keys.
        software_key_version_count (int | None): The number of versions of `SOFTWARE`-protected keys.
    """

    key_count: int = None
    key_version_count: int = None
    software_key_count: int | None = None
    software_key_version_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key_count is not None:
            key_count = self.key_count
            field_dict["keyCount"] = key_count
        if self.key_version_count is not None:
            key_version_count = self.key_version_count
            field_dict["keyVersionCount"] = key_version_count
        if self.software_key_count is not None:
            software_key_count: int | None | Unset
            if isinstance(self.software_key_count, Unset):
                software_key_count = UNSET
            else:
                software_key_count = self.software_key_count
            if software_key_count is not UNSET:
                field_dict["softwareKeyCount"] = software_key_count
        if self.software_key_version_count is not None:
            software_key_version_count: int | None | Unset
            if isinstance(self.software_key_version_count, Unset):
                software_key_version_count = UNSET
            else:
                software_key_version_count = self.software_key_version_count
            if software_key_version_count is not UNSET:
                field_dict["softwareKeyVersionCount"] = software_key_version_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        key_count = d["keyCount"]

        key_version_count = d["keyVersionCount"]

        software_key_count: int | None | Unset = d.get("softwareKeyCount")

        software_key_version_count: int | None | Unset = d.get("softwareKeyVersionCount")

        vault_usage = cls(
            key_count=key_count,
            key_version_count=key_version_count,
            software_key_count=software_key_count,
            software_key_version_count=software_key_version_count,
        )
        if not _WIRE_NAMES.issuperset(d):
            vault_usage.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return vault_usage

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
