from enum import StrEnum


class ImportProtectionMode(StrEnum):
    HSM = "HSM"
    SOFTWARE = "SOFTWARE"

    def __str__(self) -> str:
        return str(self.value)
