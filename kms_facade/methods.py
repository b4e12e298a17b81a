"""The 17 operation methods, one line each, shared by the sync and async clients."""

from __future__ import annotations

from typing import Any

from kms_facade.binding import BoundOperation
from kms_facade.operations import KmsOperations as _Ops


class OperationMethods:
    """Mixin giving a client the documented operations (see :class:`kms_facade.operations.KmsOperations`)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Each client class holds the operations in its own namespace, so that documentation tools that list a
        # class's own members (Sphinx autodoc without :inherited-members:) show them as its methods.
        super().__init_subclass__(**kwargs)
        for name, value in vars(OperationMethods).items():
            if isinstance(value, BoundOperation):
                setattr(cls, name, value)

    cancel_key_deletion = BoundOperation(_Ops.cancel_key_deletion)
    cancel_key_version_deletion = BoundOperation(_Ops.cancel_key_version_deletion)
    change_key_compartment = BoundOperation(_Ops.change_key_compartment)
    create_key = BoundOperation(_Ops.create_key)
    create_key_version = BoundOperation(_Ops.create_key_version)
    disable_key = BoundOperation(_Ops.disable_key)
    enable_key = BoundOperation(_Ops.enable_key)
    get_key = BoundOperation(_Ops.get_key)
    get_key_version = BoundOperation(_Ops.get_key_version)
    get_wrapping_key = BoundOperation(_Ops.get_wrapping_key)
    import_key = BoundOperation(_Ops.import_key)
    import_key_version = BoundOperation(_Ops.import_key_version)
    list_key_versions = BoundOperation(_Ops.list_key_versions)
    list_keys = BoundOperation(_Ops.list_keys)
    schedule_key_deletion = BoundOperation(_Ops.schedule_key_deletion)
    schedule_key_version_deletion = BoundOperation(_Ops.schedule_key_version_deletion)
    update_key = BoundOperation(_Ops.update_key)
