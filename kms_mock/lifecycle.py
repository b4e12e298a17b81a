"""Lifecycle timelines: a resource's state as a function of the clock, so transitions need no timers.

An operation replaces a resource's timeline with the phases it will go through, each with the time it
starts; the state at time ``t`` is the last phase that has started. With ``transition_seconds == 0`` a
transitional phase and its successor start together, so the successor shows at once.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from kms_mock.errors import ApiError

__all__ = [
    "DAY",
    "DEFAULT_DELETION_DAYS",
    "KEY_STATES",
    "MAX_DELETION_DAYS",
    "MIN_DELETION_DAYS",
    "VERSION_STATES",
    "Timeline",
    "deletion_time",
]

DAY = 86_400.0
MIN_DELETION_DAYS = 7
MAX_DELETION_DAYS = 30
DEFAULT_DELETION_DAYS = 30

KEY_STATES = (
    "CREATING",
    "ENABLING",
    "ENABLED",
    "DISABLING",
    "DISABLED",
    "DELETING",
    "DELETED",
    "PENDING_DELETION",
    "SCHEDULING_DELETION",
    "CANCELLING_DELETION",
    "UPDATING",
    "BACKUP_IN_PROGRESS",
    "RESTORING",
)
VERSION_STATES = tuple(s for s in KEY_STATES if s not in {"UPDATING", "BACKUP_IN_PROGRESS", "RESTORING"})


@dataclass
class Timeline:
    """Phases ``(state, starts_at)`` in time order; the first one has always started."""

    phases: list[tuple[str, float]] = field(default_factory=list)

    @classmethod
    def start(cls, now: float, *phases: tuple[str, float]) -> Timeline:
        """A timeline of ``phases`` (offsets in seconds from ``now``)."""
        timeline = cls()
        timeline.replace(now, *phases)
        return timeline

    def replace(self, now: float, *phases: tuple[str, float]) -> None:
        """Forget the old phases and go through ``phases`` (offsets from ``now``, non-decreasing)."""
        starts = [now + offset for _, offset in phases]
        if not phases or starts != sorted(starts) or phases[0][1] != 0:
            raise ValueError("phases must start now and be in time order")
        self.phases = [(state, start) for (state, _), start in zip(phases, starts, strict=True)]

    def index_at(self, now: float) -> int:
        """The index of the phase in force at ``now``."""
        starts = [start for _, start in self.phases]
        return max(bisect.bisect_right(starts, now) - 1, 0)

    def state_at(self, now: float) -> str:
        """The lifecycle state at ``now``."""
        return self.phases[self.index_at(now)][0]

    def settled_state(self) -> str:
        """The state the timeline ends in."""
        return self.phases[-1][0]


def deletion_time(
    requested: float | None,
    now: float,
    *,
    minimum_days: int = MIN_DELETION_DAYS,
    maximum_days: int = MAX_DELETION_DAYS,
    default_days: int = DEFAULT_DELETION_DAYS,
) -> float:
    """When a deletion scheduled at ``now`` happens: ``requested`` if it is ``minimum_days`` to ``maximum_days``
    ahead (else 400 ``InvalidParameter``), ``default_days`` ahead when None. Keys, versions and vaults alike."""
    if requested is None:
        return now + default_days * DAY
    if not now + minimum_days * DAY <= requested <= now + maximum_days * DAY:
        raise ApiError.invalid_parameter(
            f"timeOfDeletion must be between {minimum_days} and {maximum_days} days from now"
        )
    return requested
