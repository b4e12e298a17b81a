from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_str

T = TypeVar("T", bound="UpdateRegisteredVaultForMtlsDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "fleetId",
    }
)


@_attrs_define
class UpdateRegisteredVaultForMtlsDetails:
    """The body of `UpdateRegisteredVaultForMtls`.

    Example:
        {'fleetId': 'ocid1.fleet.oc1.iad.examplefleet'}

    Attributes:
        fleet_id (str): The OCID of the fleet to register the vault with.
    """

    fleet_id: str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.fleet_id is not None:
            fleet_id = self.fleet_id
            field_dict["fleetId"] = fleet_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        fleet_id = d["fleetId"]

        update_registered_vault_for_mtls_details = cls(
            fleet_id=fleet_id,
        )
        if not _WIRE_NAMES.issuperset(d):
            update_registered_vault_for_mtls_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return update_registered_vault_for_mtls_details

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
