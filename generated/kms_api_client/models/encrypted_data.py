from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encryption_algorithm import EncryptionAlgorithm
from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="EncryptedData")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "ciphertext",
        "keyId",
        "keyVersionId",
        "encryptionAlgorithm",
    }
)


@_attrs_define
class EncryptedData:
    """The answer of `Encrypt`.

    Example:
        {'ciphertext': 'QQEAAAAAAAAAAQz2VGp0a2V5dmVyc2lvbl9hYmNkZWZnaGlqa2xtbg==', 'encryptionAlgorithm': 'AES_256_GCM'}

    Attributes:
        ciphertext (str): The ciphertext, base64-encoded; opaque (for AES it names the key version).
        key_id (None | str): The OCID of the key.
        key_version_id (None | str): The key version that encrypted.
        encryption_algorithm (EncryptionAlgorithm | None): The algorithm used. New values may be added.
    """

    ENCRYPTION_ALGORITHM_AES_256_GCM = "AES_256_GCM"
    ENCRYPTION_ALGORITHM_RSA_OAEP_SHA_1 = "RSA_OAEP_SHA_1"
    ENCRYPTION_ALGORITHM_RSA_OAEP_SHA_256 = "RSA_OAEP_SHA_256"

    ciphertext: str = None
    key_id: None | str = None
    key_version_id: None | str = None
    encryption_algorithm: EncryptionAlgorithm | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ciphertext is not None:
            ciphertext = self.ciphertext
            field_dict["ciphertext"] = ciphertext
        if self.key_id is not None:
            key_id: None | str | Unset
            if isinstance(self.key_id, Unset):
                key_id = UNSET
            else:
                key_id = self.key_id
            if key_id is not UNSET:
                field_dict["keyId"] = key_id
        if self.key_version_id is not None:
            key_version_id: None | str | Unset
            if isinstance(self.key_version_id, Unset):
                key_version_id = UNSET
            else:
                key_version_id = self.key_version_id
            if key_version_id is not UNSET:
                field_dict["keyVersionId"] = key_version_id
        if self.encryption_algorithm is not None:
            encryption_algorithm: None | str | Unset
            if isinstance(self.encryption_algorithm, Unset):
                encryption_algorithm = UNSET
            elif isinstance(self.encryption_algorithm, EncryptionAlgorithm):
                encryption_algorithm = str(self.encryption_algorithm)
            else:
                encryption_algorithm = self.encryption_algorithm
            if encryption_algorithm is not UNSET:
                field_dict["encryptionAlgorithm"] = encryption_algorithm
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        ciphertext = d["ciphertext"]

        key_id: None | str | Unset = d.get("keyId")

        key_version_id: None | str | Unset = d.get("keyVersionId")

        encryption_algorithm: EncryptionAlgorithm | None | Unset
        _encryption_algorithm = d.get("encryptionAlgorithm")
        if _encryption_algorithm is None:
            encryption_algorithm = _encryption_algorithm
        elif isinstance(_encryption_algorithm, str):
            encryption_algorithm = EncryptionAlgorithm._value2member_map_.get(
                _encryption_algorithm
            ) or EncryptionAlgorithm.from_value(_encryption_algorithm)
        else:
            encryption_algorithm = _encryption_algorithm

        encrypted_data = cls(
            ciphertext=ciphertext,
            key_id=key_id,
            key_version_id=key_version_id,
            encryption_algorithm=encryption_algorithm,
        )
        if not _WIRE_NAMES.issuperset(d):
            encrypted_data.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return encrypted_data

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
