from enum import StrEnum
from typing import cast


class BackupLocationDestination(StrEnum):
    BUCKET = "BUCKET"
    PRE_AUTHENTICATED_REQUEST_URI = "PRE_AUTHENTICATED_REQUEST_URI"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "BackupLocationDestination":
        """The member for ``value``; for a string this client does not list, an instance that keeps it."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(BackupLocationDestination, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid BackupLocationDestination: not a string")
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
