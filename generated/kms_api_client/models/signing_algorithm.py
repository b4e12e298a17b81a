from enum import StrEnum
from typing import cast


class SigningAlgorithm(StrEnum):
    ECDSA_SHA_256 = "ECDSA_SHA_256"
    ECDSA_SHA_384 = "ECDSA_SHA_384"
    ECDSA_SHA_512 = "ECDSA_SHA_512"
    SHA_224_RSA_PKCS1_V1_5 = "SHA_224_RSA_PKCS1_V1_5"
    SHA_224_RSA_PKCS_PSS = "SHA_224_RSA_PKCS_PSS"
    SHA_256_RSA_PKCS1_V1_5 = "SHA_256_RSA_PKCS1_V1_5"
    SHA_256_RSA_PKCS_PSS = "SHA_256_RSA_PKCS_PSS"
    SHA_384_RSA_PKCS1_V1_5 = "SHA_384_RSA_PKCS1_V1_5"
    SHA_384_RSA_PKCS_PSS = "SHA_384_RSA_PKCS_PSS"
    SHA_512_RSA_PKCS1_V1_5 = "SHA_512_RSA_PKCS1_V1_5"
    SHA_512_RSA_PKCS_PSS = "SHA_512_RSA_PKCS_PSS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "SigningAlgorithm":
        """The member for ``value``; for a string this client does not list, an instance that keeps it."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(SigningAlgorithm, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid SigningAlgorithm: not a string")
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
