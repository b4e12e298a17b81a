from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, hidden_repr, model_str

T = TypeVar("T", bound="GeneratedKey")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "ciphertext",
        "plaintext",
        "plaintextChecksum",
    }
)


@_attrs_define
class GeneratedKey:
    """The answer of `GenerateDataEncryptionKey`.

    Example:
        {'ciphertext': 'QQEAAAAAAAAAAQz2VGp0a2V5dmVyc2lvbl9hYmNkZWZnaGlqa2xtbg=='}

    Attributes:
        ciphertext (str): The data key encrypted with the master key, base64-encoded; `Decrypt` returns the key.
        plaintext (None | str): The data key, base64-encoded (only with `includePlaintextKey`).
        plaintext_checksum (None | str): The decimal CRC-32 of the data key (only with `includePlaintextKey`).
    """

    ciphertext: str = None
    plaintext: None | str = _attrs_field(default=None, repr=hidden_repr)
    plaintext_checksum: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.ciphertext is not None:
            ciphertext = self.ciphertext
            field_dict["ciphertext"] = ciphertext
        if self.plaintext is not None:
            plaintext: None | str | Unset
            if isinstance(self.plaintext, Unset):
                plaintext = UNSET
            else:
                plaintext = self.plaintext
            if plaintext is not UNSET:
                field_dict["plaintext"] = plaintext
        if self.plaintext_checksum is not None:
            plaintext_checksum: None | str | Unset
            if isinstance(self.plaintext_checksum, Unset):
                plaintext_checksum = UNSET
            else:
                plaintext_checksum = self.plaintext_checksum
            if plaintext_checksum is not UNSET:
                field_dict["plaintextChecksum"] = plaintext_checksum
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        ciphertext = d["ciphertext"]

        plaintext: None | str | Unset = d.get("plaintext")

        plaintext_checksum: None | str | Unset = d.get("plaintextChecksum")

        generated_key = cls(
            ciphertext=ciphertext,
            plaintext=plaintext,
            plaintext_checksum=plaintext_checksum,
        )
        if not _WIRE_NAMES.issuperset(d):
            generated_key.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return generated_key

    def __str__(self) -> str:
        return model_str(
            self,
            frozenset(
                {
                    "plaintext",
                }
            ),
        )

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
