from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="CreateVaultReplicaDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "replicaRegion",
        "replicaVaultMetadata",
    }
)


@_attrs_define
class CreateVaultReplicaDetails:
    """The body of `CreateVaultReplica`.

    Example:
        {'replicaRegion': 'us-phoenix-1'}

    Attributes:
        replica_region (str): The region to replicate the vault to, for example `us-phoenix-1`.
        replica_vault_metadata (ReplicaExternalVaultMetadata | None): The external key manager of an `EXTERNAL` vault's
            replica (`vaultType` `EXTERNAL`).
    """

    replica_region: str = None
    replica_vault_metadata: ReplicaExternalVaultMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.replica_region is not None:
            replica_region = self.replica_region
            field_dict["replicaRegion"] = replica_region
        if self.replica_vault_metadata is not None:
            replica_vault_metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.replica_vault_metadata, Unset):
                replica_vault_metadata = self.replica_vault_metadata.to_dict()
            if replica_vault_metadata is not UNSET:
                field_dict["replicaVaultMetadata"] = replica_vault_metadata
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        replica_region = d["replicaRegion"]

        replica_vault_metadata_wire = d.get("replicaVaultMetadata")
        if replica_vault_metadata_wire is None:
            replica_vault_metadata = None
        else:
            _replica_vault_metadata = replica_vault_metadata_wire
            replica_vault_metadata: ReplicaExternalVaultMetadata | Unset
            if isinstance(_replica_vault_metadata, Unset):
                replica_vault_metadata = UNSET
            else:
                replica_vault_metadata = ReplicaExternalVaultMetadata.from_dict(_replica_vault_metadata)

        create_vault_replica_details = cls(
            replica_region=replica_region,
            replica_vault_metadata=replica_vault_metadata,
        )
        if not _WIRE_NAMES.issuperset(d):
            create_vault_replica_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return create_vault_replica_details

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
from ..models.replica_external_vault_metadata import ReplicaExternalVaultMetadata
