from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_str

T = TypeVar("T", bound="ExternalKeyManagerMetadata")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "oauthMetadata",
        "externalVaultEndpointUrl",
        "privateEndpointId",
    }
)


@_attrs_define
class ExternalKeyManagerMetadata:
    """The external key manager of an `EXTERNAL` vault (for `CreateVault`).

    Example:
        {'oauthMetadata': {'idcsAccountNameUrl': 'https://idcs-example.identity.oraclecloud.com', 'clientAppId':
            'exampleclientappid', 'clientAppSecret': 'exampleclientappsecret'}, 'externalVaultEndpointUrl':
            'https://ekms.example.com/vaults/1', 'privateEndpointId': 'ocid1.ekmsprivateendpoint.oc1.iad.exampleendpoint'}

    Attributes:
        oauth_metadata (OauthMetadata): How the vault authenticates to an external key manager (the client secret is
            write-only).
        external_vault_endpoint_url (str): The URL of the vault in the external key manager.
        private_endpoint_id (str): The OCID of the private endpoint through which the external key manager is reached.
    """

    oauth_metadata: OauthMetadata = None
    external_vault_endpoint_url: str = None
    private_endpoint_id: str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.oauth_metadata is not None:
            oauth_metadata = self.oauth_metadata.to_dict()
            field_dict["oauthMetadata"] = oauth_metadata
        if self.external_vault_endpoint_url is not None:
            external_vault_endpoint_url = self.external_vault_endpoint_url
            field_dict["externalVaultEndpointUrl"] = external_vault_endpoint_url
        if self.private_endpoint_id is not None:
            private_endpoint_id = self.private_endpoint_id
            field_dict["privateEndpointId"] = private_endpoint_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        oauth_metadata = OauthMetadata.from_dict(d["oauthMetadata"])

        external_vault_endpoint_url = d["externalVaultEndpointUrl"]

        private_endpoint_id = d["privateEndpointId"]

        external_key_manager_metadata = cls(
            oauth_metadata=oauth_metadata,
            external_vault_endpoint_url=external_vault_endpoint_url,
            private_endpoint_id=private_endpoint_id,
        )
        if not _WIRE_NAMES.issuperset(d):
            external_key_manager_metadata.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return external_key_manager_metadata

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
from ..models.oauth_metadata import OauthMetadata
