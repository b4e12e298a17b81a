from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_mtls_status import VaultMtlsStatus
from ..types import model_str, open_enum

T = TypeVar("T", bound="VaultMtlsUpdateResponse")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "mtlsCryptoDns",
        "fleetId",
        "status",
    }
)


@_attrs_define
class VaultMtlsUpdateResponse:
    """A vault's mTLS registration.

    Example:
        {'mtlsCryptoDns': 'examplevault-crypto-mtls.kms.us-ashburn-1.oraclecloud.com', 'fleetId':
            'ocid1.fleet.oc1.iad.examplefleet', 'status': 'CREATED'}

    Attributes:
        mtls_crypto_dns (str): The DNS name of the vault's mTLS crypto endpoint.
        fleet_id (str): The OCID of the fleet the vault is registered with.
        status (VaultMtlsStatus | str | None): The state of a vault's mTLS registration. New values may be added;
            clients must accept values not listed here.
    """

    STATUS_CREATING = "CREATING"
    STATUS_CREATED = "CREATED"

    mtls_crypto_dns: str = None
    fleet_id: str = None
    status: VaultMtlsStatus | str | None = _attrs_field(default=None, converter=open_enum(VaultMtlsStatus))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.mtls_crypto_dns is not None:
            mtls_crypto_dns = self.mtls_crypto_dns
            field_dict["mtlsCryptoDns"] = mtls_crypto_dns
        if self.fleet_id is not None:
            fleet_id = self.fleet_id
            field_dict["fleetId"] = fleet_id
        if self.status is not None:
            status = str(self.status)
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        mtls_crypto_dns = d["mtlsCryptoDns"]

        fleet_id = d["fleetId"]

        status = VaultMtlsStatus._value2member_map_.get(d["status"]) or VaultMtlsStatus.from_value(d["status"])

        vault_mtls_update_response = cls(
            mtls_crypto_dns=mtls_crypto_dns,
            fleet_id=fleet_id,
            status=status,
        )
        if not _WIRE_NAMES.issuperset(d):
            vault_mtls_update_response.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return vault_mtls_update_response

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
