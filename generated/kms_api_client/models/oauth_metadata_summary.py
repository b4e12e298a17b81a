from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_str

T = TypeVar("T", bound="OauthMetadataSummary")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "idcsAccountNameUrl",
        "clientAppId",
    }
)


@_attrs_define
class OauthMetadataSummary:
    """How an `EXTERNAL` vault authenticates to its external key manager (without the secret).

    Example:
        {'idcsAccountNameUrl': 'https://idcs-example.identity.oraclecloud.com', 'clientAppId': 'exampleclientappid'}

    Attributes:
        idcs_account_name_url (str): The base URL of the IDCS account that issues the tokens.
        client_app_id (str): The ID of the client application registered in IDCS.
    """

    idcs_account_name_url: str = None
    client_app_id: str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.idcs_account_name_url is not None:
            idcs_account_name_url = self.idcs_account_name_url
            field_dict["idcsAccountNameUrl"] = idcs_account_name_url
        if self.client_app_id is not None:
            client_app_id = self.client_app_id
            field_dict["clientAppId"] = client_app_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        idcs_account_name_url = d["idcsAccountNameUrl"]

        client_app_id = d["clientAppId"]

        oauth_metadata_summary = cls(
            idcs_account_name_url=idcs_account_name_url,
            client_app_id=client_app_id,
        )
        if not _WIRE_NAMES.issuperset(d):
            oauth_metadata_summary.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return oauth_metadata_summary

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
