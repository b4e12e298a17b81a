from enum import StrEnum
from typing import cast


class VaultLifecycleState(StrEnum):
    ACTIVE = "ACTIVE"
    BACKUP_IN_PROGRESS = "BACKUP_IN_PROGRESS"
    CANCELLING_DELETION = "CANCELLING_DELETION"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETING = "DELETING"
    PENDING_DELETION = "PENDING_DELETION"
    RESTORING = "RESTORING"
    SCHEDULING_DELETION = "SCHEDULING_DELETION"
    UPDATING = "UPDATING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "VaultLifecycleState":
        """The member for ``value``; for a string this client does not list, an instance that keeps it."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(VaultLifecycleState, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid VaultLifecycleState: not a string")
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
