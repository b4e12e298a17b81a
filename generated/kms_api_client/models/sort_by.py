from enum import StrEnum


class SortBy(StrEnum):
    DISPLAYNAME = "DISPLAYNAME"
    TIMECREATED = "TIMECREATED"

    def __str__(self) -> str:
        return str(self.value)
