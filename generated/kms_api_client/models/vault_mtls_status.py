from enum import StrEnum
from typing import cast


class VaultMtlsStatus(StrEnum):
    CREATED = "CREATED"
    CREATING = "CREATING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "VaultMtlsStatus":
        """The member for ``value``; for a string this client does not list, an instance that keeps it."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(VaultMtlsStatus, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid VaultMtlsStatus: not a string")
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
