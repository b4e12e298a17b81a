"""``kms_facade.key_management`` as ``oci.key_management``: the clients, their composite operations and models."""

from kms_facade import models
from kms_facade.client import AsyncKmsManagementClient, KmsManagementClient
from kms_facade.composite import KmsManagementClientCompositeOperations

__all__ = [
    "AsyncKmsManagementClient",
    "KmsManagementClient",
    "KmsManagementClientCompositeOperations",
    "models",
]
