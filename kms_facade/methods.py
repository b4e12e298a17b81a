"""Gives each client class the operation methods of the operations classes it inherits."""

from __future__ import annotations

from typing import Any

from kms_facade.binding import declared_operations


class OperationMethods:
    """Mixin of every client: copies the operations its operations classes declare into the client class.

    A client inherits an operations class (``KmsOperations``, one documented signature per operation) for
    typing; each client class also holds the operations in its own namespace, so that documentation tools that
    list a class's own members (Sphinx autodoc without :inherited-members:) show them as its methods.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in reversed(cls.__mro__[1:]):
            if "API_TAG" in vars(base):
                for name, value in declared_operations(base).items():
                    setattr(cls, name, value)
