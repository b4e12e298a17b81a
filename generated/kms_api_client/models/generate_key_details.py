from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_str

T = TypeVar("T", bound="GenerateKeyDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "includePlaintextKey",
        "keyId",
        "keyShape",
        "associatedData",
        "loggingContext",
    }
)


@_attrs_define
class GenerateKeyDetails:
    """The body of `GenerateDataEncryptionKey`.

    Example:
        {'includePlaintextKey': True, 'keyId': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'keyShape':
            {'algorithm': 'AES', 'length': 32}}

    Attributes:
        include_plaintext_key (bool): Whether the answer carries the data key in plaintext too.
        key_id (str): The OCID of the master key (an AES key) that encrypts the data key.
        key_shape (KeyShape): The cryptographic shape of a key: algorithm, length and, for ECDSA, curve. Set when the
            key is created or imported; fixed afterwards. In responses, `algorithm` and `curveId` may carry values not
            listed here.
        associated_data (AssociatedData | None): Additional authenticated data: bound to the ciphertext (AES-GCM
            associated data), never stored or returned; decrypting needs the same map. Its JSON form must be shorter than
            4096 characters.
        logging_context (LoggingContext | None): Key/value pairs written to the audit log of the call; not bound to the
            ciphertext.
    """

    include_plaintext_key: bool = None
    key_id: str = None
    key_shape: KeyShape = None
    associated_data: AssociatedData | None = None
    logging_context: LoggingContext | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.include_plaintext_key is not None:
            include_plaintext_key = self.include_plaintext_key
            field_dict["includePlaintextKey"] = include_plaintext_key
        if self.key_id is not None:
            key_id = self.key_id
            field_dict["keyId"] = key_id
        if self.key_shape is not None:
            key_shape = self.key_shape.to_dict()
            field_dict["keyShape"] = key_shape
        if self.associated_data is not None:
            associated_data: dict[str, Any] | Unset = UNSET
            if not isinstance(self.associated_data, Unset):
                associated_data = AssociatedData.to_dict(self.associated_data)
            if associated_data is not UNSET:
                field_dict["associatedData"] = associated_data
        if self.logging_context is not None:
            logging_context: dict[str, Any] | Unset = UNSET
            if not isinstance(self.logging_context, Unset):
                logging_context = LoggingContext.to_dict(self.logging_context)
            if logging_context is not UNSET:
                field_dict["loggingContext"] = logging_context
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        include_plaintext_key = d["includePlaintextKey"]

        key_id = d["keyId"]

        key_shape = KeyShape.from_dict(d["keyShape"])

        associated_data_wire = d.get("associatedData")
        if associated_data_wire is None:
            associated_data = None
        else:
            _associated_data = associated_data_wire
            associated_data: AssociatedData | Unset
            if isinstance(_associated_data, Unset):
                associated_data = UNSET
            else:
                associated_data = AssociatedData.from_dict(_associated_data)

        logging_context_wire = d.get("loggingContext")
        if logging_context_wire is None:
            logging_context = None
        else:
            _logging_context = logging_context_wire
            logging_context: LoggingContext | Unset
            if isinstance(_logging_context, Unset):
                logging_context = UNSET
            else:
                logging_context = LoggingContext.from_dict(_logging_context)

        generate_key_details = cls(
            include_plaintext_key=include_plaintext_key,
            key_id=key_id,
            key_shape=key_shape,
            associated_data=associated_data,
            logging_context=logging_context,
        )
        if not _WIRE_NAMES.issuperset(d):
            generate_key_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return generate_key_details

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
from ..models.associated_data import AssociatedData
from ..models.key_shape import KeyShape
from ..models.logging_context import LoggingContext
