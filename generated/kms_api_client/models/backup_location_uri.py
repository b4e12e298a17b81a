from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_location_uri_destination import BackupLocationUriDestination

T = TypeVar("T", bound="BackupLocationURI")


@_attrs_define
class BackupLocationURI:
    """A backup location given by an Object Storage pre-authenticated request URI (`destination`
    `PRE_AUTHENTICATED_REQUEST_URI`).

        Example:
            {'destination': 'PRE_AUTHENTICATED_REQUEST_URI', 'uri': 'https://objectstorage.us-
                ashburn-1.oraclecloud.com/p/exampletoken/n/examplenamespace/b/key-backups/o/key.backup'}

        Attributes:
            destination (BackupLocationUriDestination): The `destination` of a `BackupLocationURI`.
            uri (str): The pre-authenticated request URI of the backup object.
    """

    destination: BackupLocationUriDestination
    uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = str(self.destination)

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "uri": uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        destination = BackupLocationUriDestination.from_value(d.pop("destination"))

        uri = d.pop("uri")

        backup_location_uri = cls(
            destination=destination,
            uri=uri,
        )

        backup_location_uri.additional_properties = d
        return backup_location_uri

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
