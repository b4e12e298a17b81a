from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_location_destination import BackupLocationDestination
from ..types import closed_enum, model_str

T = TypeVar("T", bound="BackupLocationBucket")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "destination",
        "namespace",
        "bucketName",
        "objectName",
    }
)


@_attrs_define
class BackupLocationBucket:
    """A backup location in an Object Storage bucket (`destination` `BUCKET`).

    Example:
        {'destination': 'BUCKET', 'namespace': 'examplenamespace', 'bucketName': 'key-backups', 'objectName': 'payments-
            master-key.backup'}

    Attributes:
        destination (BackupLocationDestination | str | None): The kind of a backup location, the discriminator of
            `BackupLocation`: `BUCKET` for a `BackupLocationBucket`, `PRE_AUTHENTICATED_REQUEST_URI` for a
            `BackupLocationURI`.
        namespace (str): The Object Storage namespace of the bucket.
        bucket_name (str): The name of the bucket.
        object_name (str): The name of the backup object in the bucket.
    """

    DESTINATION_BUCKET = "BUCKET"
    DESTINATION_PRE_AUTHENTICATED_REQUEST_URI = "PRE_AUTHENTICATED_REQUEST_URI"

    destination: BackupLocationDestination | str | None = _attrs_field(
        default=BackupLocationDestination("BUCKET"),
        converter=closed_enum(BackupLocationDestination, "destination", ["BUCKET", "PRE_AUTHENTICATED_REQUEST_URI"]),
    )
    namespace: str = None
    bucket_name: str = None
    object_name: str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.destination is not None:
            destination = str(self.destination)
            field_dict["destination"] = destination
        if self.namespace is not None:
            namespace = self.namespace
            field_dict["namespace"] = namespace
        if self.bucket_name is not None:
            bucket_name = self.bucket_name
            field_dict["bucketName"] = bucket_name
        if self.object_name is not None:
            object_name = self.object_name
            field_dict["objectName"] = object_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        destination = BackupLocationDestination._value2member_map_.get(
            d["destination"]
        ) or BackupLocationDestination.from_value(d["destination"])

        namespace = d["namespace"]

        bucket_name = d["bucketName"]

        object_name = d["objectName"]

        backup_location_bucket = cls(
            destination=destination,
            namespace=namespace,
            bucket_name=bucket_name,
            object_name=object_name,
        )
        if not _WIRE_NAMES.issuperset(d):
            backup_location_bucket.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return backup_location_bucket

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
