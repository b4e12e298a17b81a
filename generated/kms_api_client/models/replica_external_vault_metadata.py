from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replica_vault_type import ReplicaVaultType
from ..types import closed_enum, model_str

T = TypeVar("T", bound="ReplicaExternalVaultMetadata")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "vaultType",
        "privateEndpointId",
        "idcsAccountNameUrl",
    }
)


@_attrs_define
class ReplicaExternalVaultMetadata:
    """The external key manager of an `EXTERNAL` vault's replica (`vaultType` `EXTERNAL`).

    Example:
        {'vaultType': 'EXTERNAL', 'privateEndpointId': 'ocid1.ekmsprivateendpoint.oc1.phx.exampleendpoint',
            'idcsAccountNameUrl': 'https://idcs-example.identity.oraclecloud.com'}

    Attributes:
        vault_type (ReplicaVaultType | str | None): The kind of replica metadata, the discriminator of
            `ReplicaVaultMetadata` (only `EXTERNAL`).
        private_endpoint_id (str): The OCID of the private endpoint in the replica region (it must be `ACTIVE` there).
        idcs_account_name_url (str): The base URL of the IDCS account the replica authenticates with.
    """

    VAULT_TYPE_EXTERNAL = "EXTERNAL"

    vault_type: ReplicaVaultType | str | None = _attrs_field(
        default=ReplicaVaultType("EXTERNAL"), converter=closed_enum(ReplicaVaultType, "vault_type", ["EXTERNAL"])
    )
    private_endpoint_id: str = None
    idcs_account_name_url: str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.vault_type is not None:
            vault_type = str(self.vault_type)
            field_dict["vaultType"] = vault_type
        if self.private_endpoint_id is not None:
            private_endpoint_id = self.private_endpoint_id
            field_dict["privateEndpointId"] = private_endpoint_id
        if self.idcs_account_name_url is not None:
            idcs_account_name_url = self.idcs_account_name_url
            field_dict["idcsAccountNameUrl"] = idcs_account_name_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        vault_type = ReplicaVaultType._value2member_map_.get(d["vaultType"]) or ReplicaVaultType.from_value(
            d["vaultType"]
        )

        private_endpoint_id = d["privateEndpointId"]

        idcs_account_name_url = d["idcsAccountNameUrl"]

        replica_external_vault_metadata = cls(
            vault_type=vault_type,
            private_endpoint_id=private_endpoint_id,
            idcs_account_name_url=idcs_account_name_url,
        )
        if not _WIRE_NAMES.issuperset(d):
            replica_external_vault_metadata.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return replica_external_vault_metadata

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
