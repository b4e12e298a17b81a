from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.curve_id import CurveId
from ..models.key_algorithm import KeyAlgorithm
from ..types import UNSET, Unset, model_str, open_enum

T = TypeVar("T", bound="KeyShape")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "algorithm",
        "length",
        "curveId",
    }
)


@_attrs_define
class KeyShape:
    """The cryptographic shape of a key: algorithm, length and, for ECDSA, curve. Set when the key is created or imported;
    fixed afterwards. In responses, `algorithm` and `curveId` may carry values not listed here.

    Example:
        {'algorithm': 'ECDSA', 'length': 48, 'curveId': 'NIST_P384'}

    Attributes:
        algorithm (KeyAlgorithm | str | None): The algorithm of a key.
        length (int): The key length in bytes. The valid lengths depend on the algorithm: 16, 24 or 32 for `AES`; 256,
            384 or 512 for `RSA`; 32, 48 or 66 for `ECDSA` (with `NIST_P256`, `NIST_P384` and `NIST_P521`). OpenAPI 3.0 can
            only express that pairing as a `oneOf` of one shape per algorithm, which generators turn into wrapper types, so
            the schema bounds the value (16 to 512) and `x-key-lengths` states the pairing for tools; the service answers
            any other combination with 400 `InvalidParameter`.
        curve_id (CurveId | None): The curve of an ECDSA key; absent or `null` for other algorithms. New values may be
            added; responses may carry any string.
    """

    ALGORITHM_AES = "AES"
    ALGORITHM_RSA = "RSA"
    ALGORITHM_ECDSA = "ECDSA"
    CURVE_ID_NIST_P256 = "NIST_P256"
    CURVE_ID_NIST_P384 = "NIST_P384"
    CURVE_ID_NIST_P521 = "NIST_P521"

    algorithm: KeyAlgorithm | str | None = _attrs_field(default=None, converter=open_enum(KeyAlgorithm))
    length: int = None
    curve_id: CurveId | None = None
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
        if self.curve_id is not None:
            curve_id: None | str | Unset
            if isinstance(self.curve_id, Unset):
                curve_id = UNSET
            elif isinstance(self.curve_id, CurveId):
                curve_id = str(self.curve_id)
            else:
                curve_id = self.curve_id
            if curve_id is not UNSET:
                field_dict["curveId"] = curve_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        algorithm = KeyAlgorithm._value2member_map_.get(d["algorithm"]) or KeyAlgorithm.from_value(d["algorithm"])

        length = d["length"]

        curve_id: CurveId | None | Unset
        _curve_id = d.get("curveId")
        if _curve_id is None:
            curve_id = _curve_id
        elif isinstance(_curve_id, str):
            curve_id = CurveId._value2member_map_.get(_curve_id) or CurveId.from_value(_curve_id)
        else:
            curve_id = _curve_id

        key_shape = cls(
            algorithm=algorithm,
            length=length,
            curve_id=curve_id,
        )
        if not _WIRE_NAMES.issuperset(d):
            key_shape.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return key_shape

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
