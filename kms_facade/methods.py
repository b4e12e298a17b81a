"""The operation methods shared by the sync and async clients: the declarations of :mod:`kms_facade.operations`."""

from __future__ import annotations

from kms_facade.operations import KmsOperations


class OperationMethods(KmsOperations):
    """Mixin giving a client the documented operations (see :class:`kms_facade.operations.KmsOperations`)."""
