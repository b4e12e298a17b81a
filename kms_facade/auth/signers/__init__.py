"""Token signers under the names of ``oci.auth.signers``: SDK code ports by an import swap.

Each is an ``httpx.Auth``, usable as ``signer=`` on :class:`~kms_facade.KmsManagementClient` and
:class:`~kms_facade.AsyncKmsManagementClient`.
"""

from kms_facade.auth.signers.instance_principals_security_token_signer import InstancePrincipalsSecurityTokenSigner
from kms_facade.auth.signers.nested_resource_principals import NestedResourcePrincipals
from kms_facade.auth.signers.oke_workload_identity_resource_principal_signer import (
    OkeWorkloadIdentityResourcePrincipalSigner,
    get_oke_workload_identity_resource_principal_signer,
)
from kms_facade.auth.signers.resource_principals_signer import (
    EphemeralResourcePrincipalSigner,
    EphemeralResourcePrincipalV21Signer,
    get_resource_principals_signer,
)
from kms_facade.auth.signers.security_token_signer import SECURITY_TOKEN_FORMAT_STRING, SecurityTokenSigner

__all__ = [
    "SECURITY_TOKEN_FORMAT_STRING",
    "EphemeralResourcePrincipalSigner",
    "EphemeralResourcePrincipalV21Signer",
    "InstancePrincipalsSecurityTokenSigner",
    "NestedResourcePrincipals",
    "OkeWorkloadIdentityResourcePrincipalSigner",
    "SecurityTokenSigner",
    "get_oke_workload_identity_resource_principal_signer",
    "get_resource_principals_signer",
]
