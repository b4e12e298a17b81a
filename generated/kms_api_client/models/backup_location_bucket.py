from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_location_bucket_destination import BackupLocationBucketDestination

T = TypeVar("T", bound="BackupLocationBucket")


@_attrs_define
class BackupLocationBucket:
    """A backup location in an Object Storage bucket (`destination` `BUCKET`).

    Example:
        {'destination': 'BUCKET', 'namespace': 'examplenamespace', 'bucketName': 'key-backups', 'objectName': 'payments-
            master-key.backup'}

    Attributes:
        destination (BackupLocationBucketDestination): The `destination` of a `BackupLocationBucket`.
        namespace (str): The Object Storage namespace of the bucket.
        bucket_name (str): The name of the bucket.
        object_name (str): The name of the backup object in the bucket.
    """

    destination: BackupLocationBucketDestination
    namespace: str
    bucket_name: str
    object_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = str(self.destination)

        namespace = self.namespace

        bucket_name = self.bucket_name

        object_name = self.object_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "namespace": namespace,
                "bucketName": bucket_name,
                "objectName": object_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        destination = BackupLocationBucketDestination.from_value(d.pop("destination"))

        namespace = d.pop("namespace")

        bucket_name = d.pop("bucketName")

        object_name = d.pop("objectName")

        backup_location_bucket = cls(
            destination=destination,
            namespace=namespace,
            bucket_name=bucket_name,
            object_name=object_name,
        )

        backup_location_bucket.additional_properties = d
        return backup_location_bucket

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
