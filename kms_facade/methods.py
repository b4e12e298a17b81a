"""The operation methods shared by the sync and async clients: the declarations of :mod:`kms_facade.operations`."""

from __future__ import annotations

from typing import Any

from kms_facade.binding import declared_operations
from kms_facade.operations import KmsOperations


class OperationMethods(KmsOperations):
    """Mixin giving a client the documented operations (see :class:`kms_facade.operations.KmsOperations`)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Each client class holds the operations in its own namespace, so that documentation tools that list a
        # class's own members (Sphinx autodoc without :inherited-members:) show them as its methods.
        super().__init_subclass__(**kwargs)
        for name, value in declared_operations(KmsOperations).items():
            setattr(cls, name, value)
