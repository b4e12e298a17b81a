from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replica_status import ReplicaStatus
from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="ReplicaDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "region",
        "status",
    }
)


@_attrs_define
class ReplicaDetails:
    """The status of one replication in one replica region.

    Example:
        {'region': 'us-phoenix-1', 'status': 'REPLICATED'}

    Attributes:
        region (None | str): The replica region, for example `us-phoenix-1`.
        status (None | ReplicaStatus): The replication's status in that region. New values may be added; any string is
            possible.
    """

    STATUS_REPLICATING = "REPLICATING"
    STATUS_REPLICATED = "REPLICATED"

    region: None | str = None
    status: None | ReplicaStatus = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.region is not None:
            region: None | str | Unset
            if isinstance(self.region, Unset):
                region = UNSET
            else:
                region = self.region
            if region is not UNSET:
                field_dict["region"] = region
        if self.status is not None:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, ReplicaStatus):
                status = str(self.status)
            else:
                status = self.status
            if status is not UNSET:
                field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        region: None | str | Unset = d.get("region")

        status: None | ReplicaStatus | Unset
        _status = d.get("status")
        if _status is None:
            status = _status
        elif isinstance(_status, str):
            status = ReplicaStatus._value2member_map_.get(_status) or ReplicaStatus.from_value(_status)
        else:
            status = _status

        replica_details = cls(
            region=region,
            status=status,
        )
        if not _WIRE_NAMES.issuperset(d):
            replica_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return replica_details

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
