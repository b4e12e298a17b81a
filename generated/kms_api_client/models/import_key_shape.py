from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.import_key_algorithm import ImportKeyAlgorithm

T = TypeVar("T", bound="ImportKeyShape")


@_attrs_define
class ImportKeyShape:
    """The shape of imported key material: `AES` (16, 24 or 32 bytes) or `RSA` (256, 384 or 512 bytes, the modulus length).
    Imported keys have no curve, so there is no `curveId` and no other field.

        Example:
            {'algorithm': 'AES', 'length': 32}

        Attributes:
            algorithm (ImportKeyAlgorithm): The algorithms of key material that can be imported (a subset of
                `KeyAlgorithm`).
            length (int): The length in bytes: 16, 24 or 32 for `AES`, 256, 384 or 512 for `RSA`; other combinations get 400
                `InvalidParameter` (OpenAPI 3.0 cannot tie the length to the algorithm without a `oneOf`; see
                `KeyShape.length`).
    """

    algorithm: ImportKeyAlgorithm
    length: int

    def to_dict(self) -> dict[str, Any]:
        algorithm = str(self.algorithm)

        length = self.length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "algorithm": algorithm,
                "length": length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        algorithm = ImportKeyAlgorithm.from_value(d.pop("algorithm"))

        length = d.pop("length")

        import_key_shape = cls(
            algorithm=algorithm,
            length=length,
        )

        return import_key_shape
