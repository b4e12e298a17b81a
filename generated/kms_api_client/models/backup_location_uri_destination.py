from enum import StrEnum


class BackupLocationURIDestination(StrEnum):
    PRE_AUTHENTICATED_REQUEST_URI = "PRE_AUTHENTICATED_REQUEST_URI"

    def __str__(self) -> str:
        return str(self.value)
