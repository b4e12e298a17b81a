"""``kms_facade.key_management.models`` as ``oci.key_management.models``: the same classes as ``kms_facade.models``
(each loaded on first access)."""

from typing import TYPE_CHECKING

from kms_facade.models import __all__ as __all__  # noqa: PLC0414 - re-export the generated list
from kms_facade.models import __dir__ as __dir__  # noqa: PLC0414
from kms_facade.models import __getattr__ as __getattr__  # noqa: PLC0414

if TYPE_CHECKING:
    from kms_api_client.models import *  # noqa: F403
