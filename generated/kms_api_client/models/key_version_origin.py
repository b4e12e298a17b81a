from enum import StrEnum


class KeyVersionOrigin(StrEnum):
    EXTERNAL = "EXTERNAL"
    INTERNAL = "INTERNAL"

    def __str__(self) -> str:
        return str(self.value)
