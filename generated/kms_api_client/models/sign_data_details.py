from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signing_algorithm import SigningAlgorithm
from ..models.signing_message_type import SigningMessageType
from ..types import UNSET, Unset, closed_enum, model_str

T = TypeVar("T", bound="SignDataDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "message",
        "keyId",
        "signingAlgorithm",
        "keyVersionId",
        "messageType",
        "loggingContext",
    }
)


@_attrs_define
class SignDataDetails:
    """The body of `Sign`.

    Example:
        {'message': 'aGVsbG8=', 'keyId': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplersakey', 'messageType': 'RAW',
            'signingAlgorithm': 'SHA_256_RSA_PKCS_PSS'}

    Attributes:
        message (str): The message (at most 4096 bytes) or its digest, base64-encoded.
        key_id (str): The OCID of the RSA or ECDSA key.
        signing_algorithm (SigningAlgorithm | str | None): The signature scheme and hash of `Sign` and `Verify`. RSA
            keys: `SHA_*_RSA_PKCS_PSS` (PSS, MGF1 over the same hash, salt as long as the digest) and
            `SHA_*_RSA_PKCS1_V1_5`. ECDSA keys: `ECDSA_SHA_256` (P-256), `ECDSA_SHA_384` (P-384), `ECDSA_SHA_512` (P-521),
            DER-encoded signatures.
        key_version_id (str | None): The key version to sign with; the key's current version when absent.
        message_type (SigningMessageType | str | None): What `message` holds: `RAW` (the message itself, hashed by the
            service; the default) or `DIGEST` (the digest, made with the hash the signing algorithm names).
        logging_context (LoggingContext | None): Key/value pairs written to the audit log of the call; not bound to the
            ciphertext.
    """

    SIGNING_ALGORITHM_SHA_224_RSA_PKCS_PSS = "SHA_224_RSA_PKCS_PSS"
    SIGNING_ALGORITHM_SHA_256_RSA_PKCS_PSS = "SHA_256_RSA_PKCS_PSS"
    SIGNING_ALGORITHM_SHA_384_RSA_PKCS_PSS = "SHA_384_RSA_PKCS_PSS"
    SIGNING_ALGORITHM_SHA_512_RSA_PKCS_PSS = "SHA_512_RSA_PKCS_PSS"
    SIGNING_ALGORITHM_SHA_224_RSA_PKCS1_V1_5 = "SHA_224_RSA_PKCS1_V1_5"
    SIGNING_ALGORITHM_SHA_256_RSA_PKCS1_V1_5 = "SHA_256_RSA_PKCS1_V1_5"
    SIGNING_ALGORITHM_SHA_384_RSA_PKCS1_V1_5 = "SHA_384_RSA_PKCS1_V1_5"
    SIGNING_ALGORITHM_SHA_512_RSA_PKCS1_V1_5 = "SHA_512_RSA_PKCS1_V1_5"
    SIGNING_ALGORITHM_ECDSA_SHA_256 = "ECDSA_SHA_256"
    SIGNING_ALGORITHM_ECDSA_SHA_384 = "ECDSA_SHA_384"
    SIGNING_ALGORITHM_ECDSA_SHA_512 = "ECDSA_SHA_512"
    MESSAGE_TYPE_RAW = "RAW"
    MESSAGE_TYPE_DIGEST = "DIGEST"

    message: str = None
    key_id: str = None
    signing_algorithm: SigningAlgorithm | str | None = _attrs_field(
        default=None,
        converter=closed_enum(
            SigningAlgorithm,
            "signing_algorithm",
            [
                "SHA_224_RSA_PKCS_PSS",
                "SHA_256_RSA_PKCS_PSS",
                "SHA_384_RSA_PKCS_PSS",
                "SHA_512_RSA_PKCS_PSS",
                "SHA_224_RSA_PKCS1_V1_5",
                "SHA_256_RSA_PKCS1_V1_5",
                "SHA_384_RSA_PKCS1_V1_5",
                "SHA_512_RSA_PKCS1_V1_5",
                "ECDSA_SHA_256",
                "ECDSA_SHA_384",
                "ECDSA_SHA_512",
            ],
        ),
    )
    key_version_id: str | None = None
    message_type: SigningMessageType | str | None = _attrs_field(
        default=None, converter=closed_enum(SigningMessageType, "message_type", ["RAW", "DIGEST"])
    )
    logging_context: LoggingContext | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.message is not None:
            message = self.message
            field_dict["message"] = message
        if self.key_id is not None:
            key_id = self.key_id
            field_dict["keyId"] = key_id
        if self.signing_algorithm is not None:
            signing_algorithm = str(self.signing_algorithm)
            field_dict["signingAlgorithm"] = signing_algorithm
        if self.key_version_id is not None:
            key_version_id = self.key_version_id
            if key_version_id is not UNSET:
                field_dict["keyVersionId"] = key_version_id
        if self.message_type is not None:
            message_type: str | Unset = UNSET
            if not isinstance(self.message_type, Unset):
                message_type = str(self.message_type)

            if message_type is not UNSET:
                field_dict["messageType"] = message_type
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
        message = d["message"]

        key_id = d["keyId"]

        signing_algorithm = SigningAlgorithm._value2member_map_.get(
            d["signingAlgorithm"]
        ) or SigningAlgorithm.from_value(d["signingAlgorithm"])

        key_version_id = d.get("keyVersionId")

        message_type_wire = d.get("messageType")
        if message_type_wire is None:
            message_type = None
        else:
            _message_type = message_type_wire
            message_type: SigningMessageType | Unset
            if isinstance(_message_type, Unset):
                message_type = UNSET
            else:
                message_type = SigningMessageType._value2member_map_.get(
                    _message_type
                ) or SigningMessageType.from_value(_message_type)

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

        sign_data_details = cls(
            message=message,
            key_id=key_id,
            signing_algorithm=signing_algorithm,
            key_version_id=key_version_id,
            message_type=message_type,
            logging_context=logging_context,
        )
        if not _WIRE_NAMES.issuperset(d):
            sign_data_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return sign_data_details

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
