"""``kms_facade.key_management`` as ``oci.key_management``: the clients, their composite operations and models,
so that ``from oci.key_management... import ...`` ports by renaming the package only."""

from kms_facade.client import AsyncKmsManagementClient, KmsManagementClient
from kms_facade.composite import KmsManagementClientCompositeOperations
from kms_facade.crypto_client import AsyncKmsCryptoClient, KmsCryptoClient, KmsCryptoClientCompositeOperations
from kms_facade.key_management import models
from kms_facade.vault_client import AsyncKmsVaultClient, KmsVaultClient
from kms_facade.vault_composite import KmsVaultClientCompositeOperations

__all__ = [
    "AsyncKmsCryptoClient",
    "AsyncKmsManagementClient",
    "AsyncKmsVaultClient",
    "KmsCryptoClient",
    "KmsCryptoClientCompositeOperations",
    "KmsManagementClient",
    "KmsManagementClientCompositeOperations",
    "KmsVaultClient",
    "KmsVaultClientCompositeOperations",
    "models",
]
