from enum import StrEnum
from typing import cast


class CurveId(StrEnum):
    NIST_P256 = "NIST_P256"
    NIST_P384 = "NIST_P384"
    NIST_P521 = "NIST_P521"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "CurveId":
        """The member for ``value``; for a string this client does not list, an instance that keeps it."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(CurveId, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid CurveId: not a string")
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
