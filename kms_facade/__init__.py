"""kms-facade: typed sync and async clients for the OCI Key Management management and vault APIs."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from kms_facade.client import AsyncKmsManagementClient, KmsManagementClient
from kms_facade.composite import KmsManagementClientCompositeOperations
from kms_facade.crypto_client import AsyncKmsCryptoClient, KmsCryptoClient, KmsCryptoClientCompositeOperations
from kms_facade.response import Response
from kms_facade.util import WAIT_RESOURCE_NOT_FOUND
from kms_facade.vault_client import AsyncKmsVaultClient, KmsVaultClient
from kms_facade.vault_composite import KmsVaultClientCompositeOperations
from kms_facade.version import __version__
from kms_facade.waiters import async_wait_until, wait_until

if TYPE_CHECKING:
    from kms_facade import (
        circuit_breaker,
        config,
        exceptions,
        key_management,
        models,
        pagination,
        retry,
        signing,
        util,
    )
    from kms_facade import signing as signer

# Submodules reachable as attributes after ``import kms_facade``, as ``oci.<name>`` after ``import oci``; loaded on
# first access so that importing the package stays as cheap as before. ``signer`` is ``oci.signer``'s name.
_SUBMODULES = {
    "circuit_breaker": "circuit_breaker",
    "config": "config",
    "exceptions": "exceptions",
    "key_management": "key_management",
    "models": "models",
    "pagination": "pagination",
    "retry": "retry",
    "signer": "signing",
    "signing": "signing",
    "util": "util",
}


def __getattr__(name: str) -> ModuleType:
    target = _SUBMODULES.get(name)
    if target is None:
        raise AttributeError(f"module 'kms_facade' has no attribute {name!r}")
    module = importlib.import_module(f"kms_facade.{target}")
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_SUBMODULES))


__all__ = [
    "WAIT_RESOURCE_NOT_FOUND",
    "AsyncKmsCryptoClient",
    "AsyncKmsManagementClient",
    "AsyncKmsVaultClient",
    "KmsCryptoClient",
    "KmsCryptoClientCompositeOperations",
    "KmsManagementClient",
    "KmsManagementClientCompositeOperations",
    "KmsVaultClient",
    "KmsVaultClientCompositeOperations",
    "Response",
    "__version__",
    "async_wait_until",
    "circuit_breaker",
    "config",
    "exceptions",
    "key_management",
    "models",
    "pagination",
    "retry",
    "signer",
    "signing",
    "util",
    "wait_until",
]
