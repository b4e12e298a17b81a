"""A client library for accessing OCI Key Management - Vault, Management and Crypto APIs"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
