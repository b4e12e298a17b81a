"""The typed floor: the floor's ``list_keys``, then one generated ``KeySummary`` per item, built by hand.

It does the least that returning these typed models demands: a ``datetime`` for ``timeCreated`` and the tag-map
classes for the tags; enum values stay strings (the model's types allow that) and no field is checked. Its ratio to
the floor is about the most a client that returns ``KeySummary`` objects through the same httpx and ``json`` can
reach; the facade's list row is read against both.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from kms_api_client.models import (
    DefinedTags,
    DefinedTagsAdditionalProperty,
    FreeformTags,
    KeyLifecycleState,
    KeySummary,
)
from kms_api_client.types import UNSET

_parse_time = datetime.datetime.fromisoformat


class TypedFloor:
    """A page of parsed JSON (``Floor.list_keys``), then ``KeySummary(...)`` for every item of it."""

    def __init__(self, list_page: Callable[[], list[dict[str, Any]]]) -> None:
        self.list_page = list_page

    def list_keys(self) -> list[KeySummary]:
        """One page of 100, as typed models."""
        return [
            KeySummary(
                id=item["id"],
                compartment_id=item["compartmentId"],
                display_name=item["displayName"],
                lifecycle_state=KeyLifecycleState.from_value(item["lifecycleState"]),
                time_created=_parse_time(item["timeCreated"]),
                vault_id=item["vaultId"],
                protection_mode=item.get("protectionMode", UNSET),
                algorithm=item.get("algorithm", UNSET),
                is_auto_rotation_enabled=item.get("isAutoRotationEnabled", UNSET),
                freeform_tags=FreeformTags(item["freeformTags"]),
                defined_tags=DefinedTags(
                    {name: DefinedTagsAdditionalProperty(tags) for name, tags in item["definedTags"].items()}
                ),
            )
            for item in self.list_page()
        ]

    def list_key_ids(self) -> list[str]:
        """``list_keys``, then read every item's id, as the other list scenarios do."""
        return [summary.id for summary in self.list_keys()]
