from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="AssociatedData")


class AssociatedData(dict[str, str]):
    """Additional authenticated data: bound to the ciphertext (AES-GCM associated data), never stored or returned;
    decrypting needs the same map. Its JSON form must be shorter than 4096 characters.

    A plain ``dict`` (generated as a dict subclass so it can be used, compared and serialised as one).
    """

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls(src_dict)

    @property
    def additional_properties(self) -> dict[str, str]:
        """The entries (the dict itself), for code written against the generator's usual model classes."""
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.keys())
