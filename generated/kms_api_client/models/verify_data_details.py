from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signing_algorithm import SigningAlgorithm
from ..models.signing_message_type import SigningMessageType
from ..types import UNSET, Unset, closed_enum, model_str

T = TypeVar("T", bound="VerifyDataDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "keyId",
        "keyVersionId",
        "signature",
        "message",
        "signingAlgorithm",
        "messageType",
    }
)


@_attrs_define
class VerifyDataDetails:
    """The body of `Verify`.

    Example:
        {'keyId': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplersakey', 'keyVersionId':
            'ocid1.keyversion.oc1.iad.examplevault.abuwcljrexamplersaversion', 'signature':
            'MEUCIQDexamplesignatureexamplesignatureexampleAiB0examplesignature', 'message': 'aGVsbG8=', 'signingAlgorithm':
            'SHA_256_RSA_PKCS_PSS'}

    Attributes:
        key_id (str): The OCID of the key.
        key_version_id (str): The key version that signed.
        signature (str): The signature, base64-encoded.
        message (str): The message or its digest, base64-encoded, as given to `Sign`.
        signing_algorithm (SigningAlgorithm | str | None): The signature scheme and hash of `Sign` and `Verify`. RSA
            keys: `SHA_*_RSA_PKCS_PSS` (PSS, MGF1 over the same hash, salt as long as the digest) and
            `SHA_*_RSA_PKCS1_V1_5`. ECDSA keys: `ECDSA_SHA_256` (P-256), `ECDSA_SHA_384` (P-384), `ECDSA_SHA_512` (P-521),
            DER-encoded signatures.
        message_type (SigningMessageType | str | None): What `message` holds: `RAW` (the message itself, hashed by the
            service; the default) or `DIGEST` (the digest, made with the hash the signing algorithm names).
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

    key_id: str = None
    key_version_id: str = None
    signature: str = None
    message: str = None
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
    message_type: SigningMessageType | str | None = _attrs_field(
        default=None, converter=closed_enum(SigningMessageType, "message_type", ["RAW", "DIGEST"])
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.key_id is not None:
            key_id = self.key_id
            field_dict["keyId"] = key_id
        if self.key_version_id is not None:
            key_version_id = self.key_version_id
            field_dict["keyVersionId"] = key_version_id
        if self.signature is not None:
            signature = self.signature
            field_dict["signature"] = signature
        if self.message is not None:
            message = self.message
            field_dict["message"] = message
        if self.signing_algorithm is not None:
            signing_algorithm = str(self.signing_algorithm)
            field_dict["signingAlgorithm"] = signing_algorithm
        if self.message_type is not None:
            message_type: str | Unset = UNSET
            if not isinstance(self.message_type, Unset):
                message_type = str(self.message_type)

            if message_type is not UNSET:
                field_dict["messageType"] = message_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        key_id = d["keyId"]

        key_version_id = d["keyVersionId"]

        signature = d["signature"]

        message = d["message"]

        signing_algorithm = SigningAlgorithm._value2member_map_.get(
            d["signingAlgorithm"]
        ) or SigningAlgorithm.from_value(d["signingAlgorithm"])

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

        verify_data_details = cls(
            key_id=key_id,
            key_version_id=key_version_id,
            signature=signature,
            message=message,
            signing_algorithm=signing_algorithm,
            message_type=message_type,
        )
        if not _WIRE_NAMES.issuperset(d):
            verify_data_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return verify_data_details

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
