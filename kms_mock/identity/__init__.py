"""A local double of OCI's identity endpoints (reference oci-auth.md §9): the instance metadata service, the
federation endpoint, the resource-principal, session-refresh and OKE token endpoints.

It issues real RS256 JWTs signed with its own key and remembers each token's session public key, so that
``kms_mock`` verifies ``ST$<token>`` signatures exactly as it verifies API-key signatures.
"""

from kms_mock.identity.faults import IdentityFaults
from kms_mock.identity.service import IdentityService

__all__ = ["IdentityFaults", "IdentityService"]
