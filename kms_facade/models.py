"""Every request and response model of the generated client, re-exported for users of the facade."""

from kms_api_client.models import *  # noqa: F403
from kms_api_client.models import __all__ as __all__  # noqa: PLC0414 - re-export the generated list
