from enum import StrEnum


class CurveId(StrEnum):
    NIST_P256 = "NIST_P256"
    NIST_P384 = "NIST_P384"
    NIST_P521 = "NIST_P521"

    def __str__(self) -> str:
        return str(self.value)
