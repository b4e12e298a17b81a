"""``kms_facade.util`` as ``oci.util``: ``to_dict`` for models, and the SDK's sentinels."""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["NONE_SENTINEL", "WAIT_RESOURCE_NOT_FOUND", "Sentinel", "to_dict"]


class Sentinel:
    """A named singleton, as ``oci.util.Sentinel``: ``Sentinel("X") is Sentinel("X")``, ``repr`` is ``<X>``."""

    _symbols: ClassVar[dict[str, Sentinel]] = {}

    def __new__(cls, name: str, truthy: bool = True) -> Sentinel:
        existing = cls._symbols.get(name)
        if existing is None:
            existing = cls._symbols[name] = super().__new__(cls)
            existing.name, existing.truthy = name, truthy
        elif existing.truthy is not truthy:
            raise ValueError(f"Tried to get existing Sentinel {existing!r} with wrong truthy value")
        return existing

    name: str
    truthy: bool

    def __repr__(self) -> str:
        return f"<{self.name}>"

    def __bool__(self) -> bool:
        return self.truthy


NONE_SENTINEL = Sentinel("None", truthy=False)
"""Marks a value that is explicitly ``None`` (as in ``oci.util``)."""

WAIT_RESOURCE_NOT_FOUND = Sentinel("WaitResourceNotFound", truthy=False)
"""What ``wait_until(..., succeed_on_not_found=True)`` returns for a resource that answers 404."""


def to_dict(obj: Any) -> Any:
    """Flatten a model (or a list or dict of them) as ``oci.util.to_dict`` does.

    Models become dicts keyed by their Python (snake_case) field names, every field included (``None`` when
    absent), recursively; enum members become their value; date-times ISO-8601 text (naive ones taken as UTC).
    """
    from kms_api_client.types import to_python  # noqa: PLC0415 - deferred: the models load on first use

    return to_python(obj)
