from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="ExternalKeyManagerMetadataSummary")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "externalVaultEndpointUrl",
        "privateEndpointId",
        "vendor",
        "oauthMetadataSummary",
    }
)


@_attrs_define
class ExternalKeyManagerMetadataSummary:
    """The external key manager of an `EXTERNAL` vault, as the service shows it.

    Example:
        {'vendor': 'examplevendor', 'externalVaultEndpointUrl': 'https://ekms.example.com/vaults/1',
            'privateEndpointId': 'ocid1.ekmsprivateendpoint.oc1.iad.exampleendpoint'}

    Attributes:
        external_vault_endpoint_url (str): The URL of the vault in the external key manager.
        private_endpoint_id (str): The OCID of the private endpoint through which the external key manager is reached.
        vendor (None | str): The vendor of the external key manager.
        oauth_metadata_summary (None | OauthMetadataSummary): How the vault authenticates to the external key manager.
    """

    external_vault_endpoint_url: str = None
    private_endpoint_id: str = None
    vendor: None | str = None
    oauth_metadata_summary: None | OauthMetadataSummary = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.external_vault_endpoint_url is not None:
            external_vault_endpoint_url = self.external_vault_endpoint_url
            field_dict["externalVaultEndpointUrl"] = external_vault_endpoint_url
        if self.private_endpoint_id is not None:
            private_endpoint_id = self.private_endpoint_id
            field_dict["privateEndpointId"] = private_endpoint_id
        if self.vendor is not None:
            vendor: None | str | Unset
            if isinstance(self.vendor, Unset):
                vendor = UNSET
            else:
                vendor = self.vendor
            if vendor is not UNSET:
                field_dict["vendor"] = vendor
        if self.oauth_metadata_summary is not None:
            oauth_metadata_summary: dict[str, Any] | None | Unset
            if isinstance(self.oauth_metadata_summary, Unset):
                oauth_metadata_summary = UNSET
            elif isinstance(self.oauth_metadata_summary, OauthMetadataSummary):
                oauth_metadata_summary = self.oauth_metadata_summary.to_dict()
            else:
                oauth_metadata_summary = self.oauth_metadata_summary
            if oauth_metadata_summary is not UNSET:
                field_dict["oauthMetadataSummary"] = oauth_metadata_summary
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        external_vault_endpoint_url = d["externalVaultEndpointUrl"]

        private_endpoint_id = d["privateEndpointId"]

        vendor: None | str | Unset = d.get("vendor")

        oauth_metadata_summary: None | OauthMetadataSummary | Unset
        _oauth_metadata_summary = d.get("oauthMetadataSummary")
        if _oauth_metadata_summary is None:
            oauth_metadata_summary = _oauth_metadata_summary
        elif isinstance(_oauth_metadata_summary, dict):
            try:
                oauth_metadata_summary_type_1 = OauthMetadataSummary.from_dict(_oauth_metadata_summary)

                oauth_metadata_summary = oauth_metadata_summary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                oauth_metadata_summary = _oauth_metadata_summary
        else:
            oauth_metadata_summary = _oauth_metadata_summary

        external_key_manager_metadata_summary = cls(
            external_vault_endpoint_url=external_vault_endpoint_url,
            private_endpoint_id=private_endpoint_id,
            vendor=vendor,
            oauth_metadata_summary=oauth_metadata_summary,
        )
        if not _WIRE_NAMES.issuperset(d):
            external_key_manager_metadata_summary.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return external_key_manager_metadata_summary

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
from ..models.oauth_metadata_summary import OauthMetadataSummary
