from enum import StrEnum


class KeyVersionLifecycleState(StrEnum):
    CANCELLING_DELETION = "CANCELLING_DELETION"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETING = "DELETING"
    DISABLED = "DISABLED"
    DISABLING = "DISABLING"
    ENABLED = "ENABLED"
    ENABLING = "ENABLING"
    PENDING_DELETION = "PENDING_DELETION"
    SCHEDULING_DELETION = "SCHEDULING_DELETION"

    def __str__(self) -> str:
        return str(self.value)
