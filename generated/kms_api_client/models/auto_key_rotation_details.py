from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.last_rotation_status import LastRotationStatus
from ..types import UNSET, Unset, model_str, wire_datetime

T = TypeVar("T", bound="AutoKeyRotationDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "rotationIntervalInDays",
        "timeOfScheduleStart",
        "timeOfNextRotation",
        "timeOfLastRotation",
        "lastRotationStatus",
        "lastRotationMessage",
    }
)


@_attrs_define
class AutoKeyRotationDetails:
    """The automatic rotation schedule of a key and the outcome of its last rotation. Callers set `rotationIntervalInDays`
    and `timeOfScheduleStart`; the service sets the other fields. Any field may be `null` in responses.

    Example:
        {'rotationIntervalInDays': 90, 'timeOfScheduleStart': '2018-04-04T00:00:00.000Z'}

    Attributes:
        rotation_interval_in_days (int | None): Days between automatic rotations, 60 to 365. Required to create a
            schedule.
        time_of_schedule_start (datetime.datetime | None): When the schedule starts (RFC 3339). Only the date counts;
            the time becomes 00:00 UTC. Defaults to today.
        time_of_next_rotation (datetime.datetime | None): When the next automatic rotation happens (RFC 3339). Set by
            the service.
        time_of_last_rotation (datetime.datetime | None): When the last automatic rotation happened (RFC 3339). Set by
            the service.
        last_rotation_status (LastRotationStatus | None): The outcome of the last automatic rotation. Set by the
            service. New values may be added; any string is possible.
        last_rotation_message (None | str): Details about the last automatic rotation, for example why it failed. Set by
            the service.
    """

    LAST_ROTATION_STATUS_SUCCESS = "SUCCESS"
    LAST_ROTATION_STATUS_FAILED = "FAILED"
    LAST_ROTATION_STATUS_IN_PROGRESS = "IN_PROGRESS"

    rotation_interval_in_days: int | None = None
    time_of_schedule_start: datetime.datetime | None = None
    time_of_next_rotation: datetime.datetime | None = None
    time_of_last_rotation: datetime.datetime | None = None
    last_rotation_status: LastRotationStatus | None = None
    last_rotation_message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.rotation_interval_in_days is not None:
            rotation_interval_in_days: int | None | Unset
            if isinstance(self.rotation_interval_in_days, Unset):
                rotation_interval_in_days = UNSET
            else:
                rotation_interval_in_days = self.rotation_interval_in_days
            if rotation_interval_in_days is not UNSET:
                field_dict["rotationIntervalInDays"] = rotation_interval_in_days
        if self.time_of_schedule_start is not None:
            time_of_schedule_start: None | str | Unset
            if isinstance(self.time_of_schedule_start, Unset):
                time_of_schedule_start = UNSET
            elif isinstance(self.time_of_schedule_start, datetime.datetime):
                time_of_schedule_start = wire_datetime(self.time_of_schedule_start)
            else:
                time_of_schedule_start = self.time_of_schedule_start
            if time_of_schedule_start is not UNSET:
                field_dict["timeOfScheduleStart"] = time_of_schedule_start
        if self.time_of_next_rotation is not None:
            time_of_next_rotation: None | str | Unset
            if isinstance(self.time_of_next_rotation, Unset):
                time_of_next_rotation = UNSET
            elif isinstance(self.time_of_next_rotation, datetime.datetime):
                time_of_next_rotation = wire_datetime(self.time_of_next_rotation)
            else:
                time_of_next_rotation = self.time_of_next_rotation
            if time_of_next_rotation is not UNSET:
                field_dict["timeOfNextRotation"] = time_of_next_rotation
        if self.time_of_last_rotation is not None:
            time_of_last_rotation: None | str | Unset
            if isinstance(self.time_of_last_rotation, Unset):
                time_of_last_rotation = UNSET
            elif isinstance(self.time_of_last_rotation, datetime.datetime):
                time_of_last_rotation = wire_datetime(self.time_of_last_rotation)
            else:
                time_of_last_rotation = self.time_of_last_rotation
            if time_of_last_rotation is not UNSET:
                field_dict["timeOfLastRotation"] = time_of_last_rotation
        if self.last_rotation_status is not None:
            last_rotation_status: None | str | Unset
            if isinstance(self.last_rotation_status, Unset):
                last_rotation_status = UNSET
            elif isinstance(self.last_rotation_status, LastRotationStatus):
                last_rotation_status = str(self.last_rotation_status)
            else:
                last_rotation_status = self.last_rotation_status
            if last_rotation_status is not UNSET:
                field_dict["lastRotationStatus"] = last_rotation_status
        if self.last_rotation_message is not None:
            last_rotation_message: None | str | Unset
            if isinstance(self.last_rotation_message, Unset):
                last_rotation_message = UNSET
            else:
                last_rotation_message = self.last_rotation_message
            if last_rotation_message is not UNSET:
                field_dict["lastRotationMessage"] = last_rotation_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        rotation_interval_in_days: int | None | Unset = d.get("rotationIntervalInDays")

        time_of_schedule_start: datetime.datetime | None | Unset
        _time_of_schedule_start = d.get("timeOfScheduleStart")
        if _time_of_schedule_start is None:
            time_of_schedule_start = _time_of_schedule_start
        elif isinstance(_time_of_schedule_start, str):
            try:
                time_of_schedule_start_type_0 = datetime.datetime.fromisoformat(_time_of_schedule_start)

                time_of_schedule_start = time_of_schedule_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time_of_schedule_start = _time_of_schedule_start
        else:
            time_of_schedule_start = _time_of_schedule_start

        time_of_next_rotation: datetime.datetime | None | Unset
        _time_of_next_rotation = d.get("timeOfNextRotation")
        if _time_of_next_rotation is None:
            time_of_next_rotation = _time_of_next_rotation
        elif isinstance(_time_of_next_rotation, str):
            try:
                time_of_next_rotation_type_0 = datetime.datetime.fromisoformat(_time_of_next_rotation)

                time_of_next_rotation = time_of_next_rotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time_of_next_rotation = _time_of_next_rotation
        else:
            time_of_next_rotation = _time_of_next_rotation

        time_of_last_rotation: datetime.datetime | None | Unset
        _time_of_last_rotation = d.get("timeOfLastRotation")
        if _time_of_last_rotation is None:
            time_of_last_rotation = _time_of_last_rotation
        elif isinstance(_time_of_last_rotation, str):
            try:
                time_of_last_rotation_type_0 = datetime.datetime.fromisoformat(_time_of_last_rotation)

                time_of_last_rotation = time_of_last_rotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time_of_last_rotation = _time_of_last_rotation
        else:
            time_of_last_rotation = _time_of_last_rotation

        last_rotation_status: LastRotationStatus | None | Unset
        _last_rotation_status = d.get("lastRotationStatus")
        if _last_rotation_status is None:
            last_rotation_status = _last_rotation_status
        elif isinstance(_last_rotation_status, str):
            last_rotation_status = LastRotationStatus._value2member_map_.get(
                _last_rotation_status
            ) or LastRotationStatus.from_value(_last_rotation_status)
        else:
            last_rotation_status = _last_rotation_status

        last_rotation_message: None | str | Unset = d.get("lastRotationMessage")

        auto_key_rotation_details = cls(
            rotation_interval_in_days=rotation_interval_in_days,
            time_of_schedule_start=time_of_schedule_start,
            time_of_next_rotation=time_of_next_rotation,
            time_of_last_rotation=time_of_last_rotation,
            last_rotation_status=last_rotation_status,
            last_rotation_message=last_rotation_message,
        )
        if not _WIRE_NAMES.issuperset(d):
            auto_key_rotation_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return auto_key_rotation_details

    def __str__(self) -> str:
        return model_str(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
