from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encryption_algorithm import EncryptionAlgorithm
from ..types import UNSET, Unset, closed_enum, hidden_repr, model_str

T = TypeVar("T", bound="EncryptDataDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "keyId",
        "plaintext",
        "associatedData",
        "loggingContext",
        "keyVersionId",
        "encryptionAlgorithm",
    }
)


@_attrs_define
class EncryptDataDetails:
    """The body of `Encrypt`.

    Example:
        {'keyId': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'plaintext': 'SEVMTE8gV09STEQ='}

    Attributes:
        key_id (str): The OCID of the key.
        plaintext (str): The data to encrypt, base64-encoded; at most 4096 bytes once decoded.
        associated_data (AssociatedData | None): Additional authenticated data: bound to the ciphertext (AES-GCM
            associated data), never stored or returned; decrypting needs the same map. Its JSON form must be shorter than
            4096 characters.
        logging_context (LoggingContext | None): Key/value pairs written to the audit log of the call; not bound to the
            ciphertext.
        key_version_id (str | None): The key version to use; the key's current version when absent. Required for RSA
            keys.
        encryption_algorithm (EncryptionAlgorithm | str | None): How `Encrypt` and `Decrypt` use the key: `AES_256_GCM`
            for AES keys of any length (the default); `RSA_OAEP_SHA_1` or `RSA_OAEP_SHA_256` (OAEP with MGF1 over the same
            hash) for RSA keys.
    """

    ENCRYPTION_ALGORITHM_AES_256_GCM = "AES_256_GCM"
    ENCRYPTION_ALGORITHM_RSA_OAEP_SHA_1 = "RSA_OAEP_SHA_1"
    ENCRYPTION_ALGORITHM_RSA_OAEP_SHA_256 = "RSA_OAEP_SHA_256"

    key_id: str = None
    plaintext: str = _attrs_field(default=None, repr=hidden_repr)
    associated_data: AssociatedData | None = None
    logging_context: LoggingContext | None = None
    key_version_id: str | None = None
    encryption_algorithm: EncryptionAlgorithm | str | None = _attrs_field(
        default=None,
        converter=closed_enum(
            EncryptionAlgorithm, "encryption_algorithm", ["AES_256_GCM", "RSA_OAEP_SHA_1", "RSA_OAEP_SHA_256"]
        ),
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key_id is not None:
            key_id = self.key_id
            field_dict["keyId"] = key_id
        if self.plaintext is not None:
            plaintext = self.plaintext
            field_dict["plaintext"] = plaintext
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
        if self.key_version_id is not None:
            key_version_id = self.key_version_id
            if key_version_id is not UNSET:
                field_dict["keyVersionId"] = key_version_id
        if self.encryption_algorithm is not None:
            encryption_algorithm: str | Unset = UNSET
            if not isinstance(self.encryption_algorithm, Unset):
                encryption_algorithm = str(self.encryption_algorithm)

            if encryption_algorithm is not UNSET:
                field_dict["encryptionAlgorithm"] = encryption_algorithm
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        key_id = d["keyId"]

        plaintext = d["plaintext"]

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

        key_version_id = d.get("keyVersionId")

        encryption_algorithm_wire = d.get("encryptionAlgorithm")
        if encryption_algorithm_wire is None:
            encryption_algorithm = None
        else:
            _encryption_algorithm = encryption_algorithm_wire
            encryption_algorithm: EncryptionAlgorithm | Unset
            if isinstance(_encryption_algorithm, Unset):
                encryption_algorithm = UNSET
            else:
                encryption_algorithm = EncryptionAlgorithm._value2member_map_.get(
                    _encryption_algorithm
                ) or EncryptionAlgorithm.from_value(_encryption_algorithm)

        encrypt_data_details = cls(
            key_id=key_id,
            plaintext=plaintext,
            associated_data=associated_data,
            logging_context=logging_context,
            key_version_id=key_version_id,
            encryption_algorithm=encryption_algorithm,
        )
        if not _WIRE_NAMES.issuperset(d):
            encrypt_data_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return encrypt_data_details

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


# The models this one refers to, imported after the class so that a cycle between models resolves.
from ..models.associated_data import AssociatedData
from ..models.logging_context import LoggingContext
