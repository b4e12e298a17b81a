from enum import StrEnum
from typing import cast


class EncryptionAlgorithm(StrEnum):
    AES_256_GCM = "AES_256_GCM"
    RSA_OAEP_SHA_1 = "RSA_OAEP_SHA_1"
    RSA_OAEP_SHA_256 = "RSA_OAEP_SHA_256"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "EncryptionAlgorithm":
        """The member for ``value``; for a string this client does not list, an instance that keeps it."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(EncryptionAlgorithm, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid EncryptionAlgorithm: not a string")
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
