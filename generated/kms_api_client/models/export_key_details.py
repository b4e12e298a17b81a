from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_wrapping_algorithm import ExportWrappingAlgorithm
from ..types import UNSET, Unset, closed_enum, model_str

T = TypeVar("T", bound="ExportKeyDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "keyId",
        "algorithm",
        "publicKey",
        "keyVersionId",
        "loggingContext",
    }
)


@_attrs_define
class ExportKeyDetails:
    """The body of `ExportKey`.

    Example:
        {'keyId': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'algorithm': 'RSA_OAEP_AES_SHA256', 'publicKey':
            '-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAexamplexamplexampleex
            a\\n-----END PUBLIC KEY-----\\n'}

    Attributes:
        key_id (str): The OCID of the key.
        algorithm (ExportWrappingAlgorithm | str | None): How `ExportKey` wraps the material with the caller's RSA key:
            `RSA_OAEP_SHA256` (RSA-OAEP with SHA-256 over the material) or `RSA_OAEP_AES_SHA256` (RSA-OAEP over a fresh
            AES-256 key, followed by the material wrapped with that key by AES key wrap with padding, RFC 5649).
        public_key (str): The caller's RSA public key (PEM, SubjectPublicKeyInfo; 2048, 3072 or 4096 bits).
        key_version_id (str | None): The key version to export; the key's current version when absent.
        logging_context (LoggingContext | None): Key/value pairs written to the audit log of the call; not bound to the
            ciphertext.
    """

    ALGORITHM_RSA_OAEP_AES_SHA256 = "RSA_OAEP_AES_SHA256"
    ALGORITHM_RSA_OAEP_SHA256 = "RSA_OAEP_SHA256"

    key_id: str = None
    algorithm: ExportWrappingAlgorithm | str | None = _attrs_field(
        default=None,
        converter=closed_enum(ExportWrappingAlgorithm, "algorithm", ["RSA_OAEP_AES_SHA256", "RSA_OAEP_SHA256"]),
    )
    public_key: str = None
    key_version_id: str | None = None
    logging_context: LoggingContext | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key_id is not None:
            key_id = self.key_id
            field_dict["keyId"] = key_id
        if self.algorithm is not None:
            algorithm = str(self.algorithm)
            field_dict["algorithm"] = algorithm
        if self.public_key is not None:
            public_key = self.public_key
            field_dict["publicKey"] = public_key
        if self.key_version_id is not None:
            key_version_id = self.key_version_id
            if key_version_id is not UNSET:
                field_dict["keyVersionId"] = key_version_id
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
        key_id = d["keyId"]

        algorithm = ExportWrappingAlgorithm._value2member_map_.get(
            d["algorithm"]
        ) or ExportWrappingAlgorithm.from_value(d["algorithm"])

        public_key = d["publicKey"]

        key_version_id = d.get("keyVersionId")

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

        export_key_details = cls(
            key_id=key_id,
            algorithm=algorithm,
            public_key=public_key,
            key_version_id=key_version_id,
            logging_context=logging_context,
        )
        if not _WIRE_NAMES.issuperset(d):
            export_key_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return export_key_details

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
from ..models.logging_context import LoggingContext
