from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.curve_id import CurveId
from ..models.key_algorithm import KeyAlgorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="KeyShape")


@_attrs_define
class KeyShape:
    """The cryptographic shape of a key: algorithm, length and, for ECDSA, curve. Set when the key is created or imported;
    fixed afterwards. In responses, `algorithm` and `curveId` may carry values not listed here.

        Example:
            {'algorithm': 'ECDSA', 'length': 48, 'curveId': 'NIST_P384'}

        Attributes:
            algorithm (KeyAlgorithm): The algorithm of a key.
            length (int): The key length in bytes. The valid lengths depend on the algorithm: 16, 24 or 32 for `AES`; 256,
                384 or 512 for `RSA`; 32, 48 or 66 for `ECDSA` (with `NIST_P256`, `NIST_P384` and `NIST_P521`). OpenAPI 3.0 can
                only express that pairing as a `oneOf` of one shape per algorithm, which generators turn into wrapper types, so
                the schema bounds the value (16 to 512) and `x-key-lengths` states the pairing for tools; the service answers
                any other combination with 400 `InvalidParameter`.
            curve_id (CurveId | None | Unset): The curve of an ECDSA key; absent or `null` for other algorithms. New values
                may be added; responses may carry any string.
    """

    algorithm: KeyAlgorithm
    length: int
    curve_id: CurveId | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = str(self.algorithm)

        length = self.length

        curve_id: None | str | Unset
        if isinstance(self.curve_id, Unset):
            curve_id = UNSET
        elif isinstance(self.curve_id, CurveId):
            curve_id = str(self.curve_id)
        else:
            curve_id = self.curve_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "length": length,
            }
        )
        if curve_id is not UNSET:
            field_dict["curveId"] = curve_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        algorithm = KeyAlgorithm.from_value(d.pop("algorithm"))

        length = d.pop("length")

        curve_id: CurveId | None | Unset
        _curve_id = d.pop("curveId", UNSET)
        if _curve_id is None or isinstance(_curve_id, Unset):
            curve_id = _curve_id
        elif isinstance(_curve_id, str):
            curve_id = CurveId.from_value(_curve_id)
        else:
            curve_id = cast(CurveId | None | Unset, _curve_id)

        key_shape = cls(
            algorithm=algorithm,
            length=length,
            curve_id=curve_id,
        )

        key_shape.additional_properties = d
        return key_shape

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
