"""kms-facade: a typed sync and async client for the OCI Key Management management API."""

from kms_facade.client import AsyncKmsManagementClient, KmsManagementClient
from kms_facade.composite import KmsManagementClientCompositeOperations
from kms_facade.response import Response
from kms_facade.util import WAIT_RESOURCE_NOT_FOUND
from kms_facade.version import __version__
from kms_facade.waiters import async_wait_until, wait_until

__all__ = [
    "WAIT_RESOURCE_NOT_FOUND",
    "AsyncKmsManagementClient",
    "KmsManagementClient",
    "KmsManagementClientCompositeOperations",
    "Response",
    "__version__",
    "async_wait_until",
    "wait_until",
]
