from enum import StrEnum


class ReplicaStatus(StrEnum):
    REPLICATED = "REPLICATED"
    REPLICATING = "REPLICATING"

    def __str__(self) -> str:
        return str(self.value)
