from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str, wire_datetime

T = TypeVar("T", bound="ScheduleVaultDeletionDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "timeOfDeletion",
    }
)


@_attrs_define
class ScheduleVaultDeletionDetails:
    """The body of `ScheduleVaultDeletion`; may be `{}`.

    Example:
        {'timeOfDeletion': '2030-01-15T00:00:00.000Z'}

    Attributes:
        time_of_deletion (datetime.datetime | None): When to delete the vault (RFC 3339): 7 to 30 days after the service
            receives the request. Defaults to 30 days from now.
    """

    time_of_deletion: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.time_of_deletion is not None:
            time_of_deletion: str | Unset = UNSET
            if not isinstance(self.time_of_deletion, Unset):
                time_of_deletion = wire_datetime(self.time_of_deletion)
            if time_of_deletion is not UNSET:
                field_dict["timeOfDeletion"] = time_of_deletion
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        time_of_deletion_wire = d.get("timeOfDeletion")
        if time_of_deletion_wire is None:
            time_of_deletion = None
        else:
            _time_of_deletion = time_of_deletion_wire
            time_of_deletion: datetime.datetime | Unset
            if isinstance(_time_of_deletion, Unset):
                time_of_deletion = UNSET
            else:
                time_of_deletion = datetime.datetime.fromisoformat(_time_of_deletion)

        schedule_vault_deletion_details = cls(
            time_of_deletion=time_of_deletion,
        )
        if not _WIRE_NAMES.issuperset(d):
            schedule_vault_deletion_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return schedule_vault_deletion_details

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
