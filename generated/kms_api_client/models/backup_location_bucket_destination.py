from enum import StrEnum


class BackupLocationBucketDestination(StrEnum):
    BUCKET = "BUCKET"

    def __str__(self) -> str:
        return str(self.value)
