from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..models.defined_tags_additional_property import DefinedTagsAdditionalProperty

T = TypeVar("T", bound="DefinedTags")


class DefinedTags(dict[str, DefinedTagsAdditionalProperty]):
    """Defined tags, grouped by tag namespace: each namespace maps tag names to values.

    A plain ``dict`` (generated as a dict subclass so it can be used, compared and serialised as one).
    """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = DefinedTagsAdditionalProperty.to_dict(prop)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        result = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = DefinedTagsAdditionalProperty.from_dict(prop_dict)

            result[prop_name] = additional_property
        return result

    @property
    def additional_properties(self) -> dict[str, DefinedTagsAdditionalProperty]:
        """The entries (the dict itself), for code written against the generator's usual model classes."""
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.keys())
