from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_replica_status import VaultReplicaStatus
from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="VaultReplicaSummary")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "cryptoEndpoint",
        "managementEndpoint",
        "region",
        "status",
    }
)


@_attrs_define
class VaultReplicaSummary:
    """One replica of a vault, with the replica's own endpoints.

    Example:
        {'region': 'us-phoenix-1', 'status': 'CREATED', 'cryptoEndpoint': 'https://examplevault-crypto.kms.us-
            phoenix-1.oraclecloud.com', 'managementEndpoint': 'https://examplevault-management.kms.us-
            phoenix-1.oraclecloud.com'}

    Attributes:
        crypto_endpoint (None | str): The replica's crypto endpoint (for `KmsCryptoClient` in the replica region).
        management_endpoint (None | str): The replica's management endpoint (reads only; a replica is managed through
            its primary).
        region (None | str): The replica's region.
        status (None | VaultReplicaStatus): The replica's state. New values may be added; any string is possible.
    """

    STATUS_CREATING = "CREATING"
    STATUS_CREATED = "CREATED"
    STATUS_DELETING = "DELETING"
    STATUS_DELETED = "DELETED"

    crypto_endpoint: None | str = None
    management_endpoint: None | str = None
    region: None | str = None
    status: None | VaultReplicaStatus = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.crypto_endpoint is not None:
            crypto_endpoint: None | str | Unset
            if isinstance(self.crypto_endpoint, Unset):
                crypto_endpoint = UNSET
            else:
                crypto_endpoint = self.crypto_endpoint
            if crypto_endpoint is not UNSET:
                field_dict["cryptoEndpoint"] = crypto_endpoint
        if self.management_endpoint is not None:
            management_endpoint: None | str | Unset
            if isinstance(self.management_endpoint, Unset):
                management_endpoint = UNSET
            else:
                management_endpoint = self.management_endpoint
            if management_endpoint is not UNSET:
                field_dict["managementEndpoint"] = management_endpoint
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
            elif isinstance(self.status, VaultReplicaStatus):
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
        crypto_endpoint: None | str | Unset = d.get("cryptoEndpoint")

        management_endpoint: None | str | Unset = d.get("managementEndpoint")

        region: None | str | Unset = d.get("region")

        status: None | Unset | VaultReplicaStatus
        _status = d.get("status")
        if _status is None:
            status = _status
        elif isinstance(_status, str):
            status = VaultReplicaStatus._value2member_map_.get(_status) or VaultReplicaStatus.from_value(_status)
        else:
            status = _status

        vault_replica_summary = cls(
            crypto_endpoint=crypto_endpoint,
            management_endpoint=management_endpoint,
            region=region,
            status=status,
        )
        if not _WIRE_NAMES.issuperset(d):
            vault_replica_summary.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return vault_replica_summary

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
