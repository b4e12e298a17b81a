from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_wrapping_algorithm import ExportWrappingAlgorithm
from ..types import model_str, open_enum, wire_datetime

T = TypeVar("T", bound="ExportedKeyData")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "keyVersionId",
        "keyId",
        "timeCreated",
        "vaultId",
        "encryptedKey",
        "algorithm",
    }
)


@_attrs_define
class ExportedKeyData:
    """The answer of `ExportKey`.

    Example:
        {'keyVersionId': 'ocid1.keyversion.oc1.iad.examplevault.abuwcljrexampleversion1', 'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'timeCreated': '2018-04-03T21:10:29.600Z', 'vaultId':
            'ocid1.vault.oc1.iad.examplevault.abuwcljrexamplevault', 'encryptedKey':
            'bG9uZ2VyLWV4YW1wbGUtb2Ytd3JhcHBlZC1rZXktbWF0ZXJpYWw=', 'algorithm': 'RSA_OAEP_AES_SHA256'}

    Attributes:
        key_version_id (str): The exported key version.
        key_id (str): The OCID of the key.
        time_created (datetime.datetime): When the key version was created (RFC 3339).
        vault_id (str): The OCID of the vault.
        encrypted_key (str): The wrapped material, base64-encoded.
        algorithm (ExportWrappingAlgorithm | str | None): How `ExportKey` wraps the material with the caller's RSA key:
            `RSA_OAEP_SHA256` (RSA-OAEP with SHA-256 over the material) or `RSA_OAEP_AES_SHA256` (RSA-OAEP over a fresh
            AES-256 key, followed by the material wrapped with that key by AES key wrap with padding, RFC 5649).
    """

    ALGORITHM_RSA_OAEP_AES_SHA256 = "RSA_OAEP_AES_SHA256"
    ALGORITHM_RSA_OAEP_SHA256 = "RSA_OAEP_SHA256"

    key_version_id: str = None
    key_id: str = None
    time_created: datetime.datetime = None
    vault_id: str = None
    encrypted_key: str = None
    algorithm: ExportWrappingAlgorithm | str | None = _attrs_field(
        default=None, converter=open_enum(ExportWrappingAlgorithm)
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key_version_id is not None:
            key_version_id = self.key_version_id
            field_dict["keyVersionId"] = key_version_id
        if self.key_id is not None:
            key_id = self.key_id
            field_dict["keyId"] = key_id
        if self.time_created is not None:
            time_created = wire_datetime(self.time_created)
            field_dict["timeCreated"] = time_created
        if self.vault_id is not None:
            vault_id = self.vault_id
            field_dict["vaultId"] = vault_id
        if self.encrypted_key is not None:
            encrypted_key = self.encrypted_key
            field_dict["encryptedKey"] = encrypted_key
        if self.algorithm is not None:
            algorithm = str(self.algorithm)
            field_dict["algorithm"] = algorithm
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        key_version_id = d["keyVersionId"]

        key_id = d["keyId"]

        time_created = datetime.datetime.fromisoformat(d["timeCreated"])

        vault_id = d["vaultId"]

        encrypted_key = d["encryptedKey"]

        algorithm = ExportWrappingAlgorithm._value2member_map_.get(
            d["algorithm"]
        ) or ExportWrappingAlgorithm.from_value(d["algorithm"])

        exported_key_data = cls(
            key_version_id=key_version_id,
            key_id=key_id,
            time_created=time_created,
            vault_id=vault_id,
            encrypted_key=encrypted_key,
            algorithm=algorithm,
        )
        if not _WIRE_NAMES.issuperset(d):
            exported_key_data.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return exported_key_data

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
