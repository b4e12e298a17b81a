from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wrapping_algorithm import WrappingAlgorithm
from ..types import closed_enum, model_str

T = TypeVar("T", bound="WrappedImportKey")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "keyMaterial",
        "wrappingAlgorithm",
    }
)


@_attrs_define
class WrappedImportKey:
    """Key material to import, wrapped with the vault's public wrapping key.

    Example:
        {'keyMaterial': 'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs', 'wrappingAlgorithm': 'RSA_OAEP_SHA256'}

    Attributes:
        key_material (str): The wrapped key material, base64-encoded. For RSA keys, the private key in PKCS#8 DER form
            is wrapped.
        wrapping_algorithm (WrappingAlgorithm | str | None): How imported key material is wrapped. `RSA_OAEP_SHA256`:
            the material is encrypted directly with the vault's RSA wrapping key (RSA-OAEP with SHA-256).
            `RSA_OAEP_AES_SHA256`: a temporary AES key wraps the material (AES key wrap with padding), the RSA wrapping key
            encrypts that AES key (RSA-OAEP with SHA-256), and the two results are concatenated, wrapped AES key first.
    """

    WRAPPING_ALGORITHM_RSA_OAEP_SHA256 = "RSA_OAEP_SHA256"
    WRAPPING_ALGORITHM_RSA_OAEP_AES_SHA256 = "RSA_OAEP_AES_SHA256"

    key_material: str = None
    wrapping_algorithm: WrappingAlgorithm | str | None = _attrs_field(
        default=None,
        converter=closed_enum(WrappingAlgorithm, "wrapping_algorithm", ["RSA_OAEP_SHA256", "RSA_OAEP_AES_SHA256"]),
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key_material is not None:
            key_material = self.key_material
            field_dict["keyMaterial"] = key_material
        if self.wrapping_algorithm is not None:
            wrapping_algorithm = str(self.wrapping_algorithm)
            field_dict["wrappingAlgorithm"] = wrapping_algorithm
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        key_material = d["keyMaterial"]

        wrapping_algorithm = WrappingAlgorithm._value2member_map_.get(
            d["wrappingAlgorithm"]
        ) or WrappingAlgorithm.from_value(d["wrappingAlgorithm"])

        wrapped_import_key = cls(
            key_material=key_material,
            wrapping_algorithm=wrapping_algorithm,
        )
        if not _WIRE_NAMES.issuperset(d):
            wrapped_import_key.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return wrapped_import_key

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
