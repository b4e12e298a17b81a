"""``kms_facade.key_management.models`` as ``oci.key_management.models``: the same classes as ``kms_facade.models``."""

from kms_api_client.models import *  # noqa: F403
from kms_api_client.models import __all__ as __all__  # noqa: PLC0414 - re-export the generated list
