from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="BackupVaultDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "backupLocation",
        "isIncludeKeys",
    }
)


@_attrs_define
class BackupVaultDetails:
    """The body of `BackupVault`; may be `{}` or absent.

    Example:
        {'backupLocation': {'destination': 'BUCKET', 'namespace': 'examplenamespace', 'bucketName': 'vault-backups',
            'objectName': 'payments-vault.backup'}, 'isIncludeKeys': True}

    Attributes:
        backup_location (BackupLocationBucket | BackupLocationURI | None): Where a backup is written or read,
            polymorphic on `destination`: `BUCKET` (`BackupLocationBucket`) or `PRE_AUTHENTICATED_REQUEST_URI`
            (`BackupLocationURI`).
        is_include_keys (bool | None): Whether the backup also holds the vault's keys and their versions (default
            false).
    """

    backup_location: BackupLocationBucket | BackupLocationURI | None = None
    is_include_keys: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.backup_location is not None:
            backup_location: dict[str, Any] | Unset
            if isinstance(self.backup_location, Unset):
                backup_location = UNSET
            elif isinstance(self.backup_location, BackupLocationBucket):
                backup_location = self.backup_location.to_dict()
            else:
                backup_location = self.backup_location.to_dict()

            if backup_location is not UNSET:
                field_dict["backupLocation"] = backup_location
        if self.is_include_keys is not None:
            is_include_keys = self.is_include_keys
            if is_include_keys is not UNSET:
                field_dict["isIncludeKeys"] = is_include_keys
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict

        def _parse_backup_location(data: object) -> BackupLocationBucket | BackupLocationURI | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_backup_location_type_0 = BackupLocationBucket.from_dict(data)

                return componentsschemas_backup_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_backup_location_type_1 = BackupLocationURI.from_dict(data)

            return componentsschemas_backup_location_type_1

        backup_location = _parse_backup_location(d.get("backupLocation"))

        is_include_keys = d.get("isIncludeKeys")

        backup_vault_details = cls(
            backup_location=backup_location,
            is_include_keys=is_include_keys,
        )
        if not _WIRE_NAMES.issuperset(d):
            backup_vault_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return backup_vault_details

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
from ..models.backup_location_bucket import BackupLocationBucket
from ..models.backup_location_uri import BackupLocationURI
