from enum import StrEnum


class ProtectionMode(StrEnum):
    EXTERNAL = "EXTERNAL"
    HSM = "HSM"
    SOFTWARE = "SOFTWARE"

    def __str__(self) -> str:
        return str(self.value)
