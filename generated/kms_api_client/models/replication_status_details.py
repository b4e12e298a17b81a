from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="ReplicationStatusDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "replicaDetails",
    }
)


@_attrs_define
class ReplicationStatusDetails:
    """The status of one replication in each replica region of the vault.

    Example:
        {'replicaDetails': [{'region': 'us-phoenix-1', 'status': 'REPLICATED'}]}

    Attributes:
        replica_details (list[ReplicaDetails] | None): One entry per replica region; empty when the vault has no
            replicas.
    """

    replica_details: list[ReplicaDetails] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.replica_details is not None:
            replica_details: list[dict[str, Any]] | None | Unset
            if isinstance(self.replica_details, Unset):
                replica_details = UNSET
            elif isinstance(self.replica_details, list):
                replica_details = []
                for replica_details_type_0_item_data in self.replica_details:
                    replica_details_type_0_item = replica_details_type_0_item_data.to_dict()
                    replica_details.append(replica_details_type_0_item)

            else:
                replica_details = self.replica_details
            if replica_details is not UNSET:
                field_dict["replicaDetails"] = replica_details
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict

        def _parse_replica_details(data: object) -> list[ReplicaDetails] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                replica_details_type_0 = []
                _replica_details_type_0 = data
                for replica_details_type_0_item_data in _replica_details_type_0:
                    replica_details_type_0_item = ReplicaDetails.from_dict(replica_details_type_0_item_data)

                    replica_details_type_0.append(replica_details_type_0_item)

                return replica_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReplicaDetails] | None | Unset, data)

        replica_details = _parse_replica_details(d.get("replicaDetails"))

        replication_status_details = cls(
            replica_details=replica_details,
        )
        if not _WIRE_NAMES.issuperset(d):
            replication_status_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return replication_status_details

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
from ..models.replica_details import ReplicaDetails
