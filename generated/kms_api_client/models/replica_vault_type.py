from enum import StrEnum
from typing import cast


class ReplicaVaultType(StrEnum):
    EXTERNAL = "EXTERNAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "ReplicaVaultType":
        """The member for ``value``; for a string this client does not list, an instance that keeps it."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(ReplicaVaultType, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid ReplicaVaultType: not a string")
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
