from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_key_algorithm import ImportKeyAlgorithm
from ..types import closed_enum, model_str

T = TypeVar("T", bound="ImportKeyShape")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "algorithm",
        "length",
    }
)


@_attrs_define
class ImportKeyShape:
    """The shape of imported key material: `AES` (16, 24 or 32 bytes) or `RSA` (256, 384 or 512 bytes, the modulus length).
    Imported keys have no curve, so there is no `curveId` and no other field.

    Example:
        {'algorithm': 'AES', 'length': 32}

    Attributes:
        algorithm (ImportKeyAlgorithm | str | None): The algorithms of key material that can be imported (a subset of
            `KeyAlgorithm`).
        length (int): The length in bytes: 16, 24 or 32 for `AES`, 256, 384 or 512 for `RSA`; other combinations get 400
            `InvalidParameter` (OpenAPI 3.0 cannot tie the length to the algorithm without a `oneOf`; see
            `KeyShape.length`).
    """

    ALGORITHM_AES = "AES"
    ALGORITHM_RSA = "RSA"

    algorithm: ImportKeyAlgorithm | str | None = _attrs_field(
        default=None, converter=closed_enum(ImportKeyAlgorithm, "algorithm", ["AES", "RSA"])
    )
    length: int = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.algorithm is not None:
            algorithm = str(self.algorithm)
            field_dict["algorithm"] = algorithm
        if self.length is not None:
            length = self.length
            field_dict["length"] = length
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        algorithm = ImportKeyAlgorithm._value2member_map_.get(d["algorithm"]) or ImportKeyAlgorithm.from_value(
            d["algorithm"]
        )

        length = d["length"]

        import_key_shape = cls(
            algorithm=algorithm,
            length=length,
        )
        if not _WIRE_NAMES.issuperset(d):
            import_key_shape.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return import_key_shape

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
