"""The identity double's state and routing: which paths it answers, and the keys behind each key id."""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable, Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from kms_facade.auth.regions import canonical_region, short_code
from kms_facade.signing import SignatureError
from kms_mock.identity import metadata, token_endpoints
from kms_mock.identity.certificates import CertificateAuthority, LeafIdentity
from kms_mock.identity.faults import IdentityFaults
from kms_mock.identity.replies import IdentityReply
from kms_mock.identity.tokens import TokenIssuer

__all__ = ["DEFAULT_TENANCY_ID", "IdentityService"]

DEFAULT_TENANCY_ID = "ocid1.tenancy.oc1..kmsmockidentity"
DEFAULT_COMPARTMENT_ID = "ocid1.compartment.oc1..kmsmockidentity"


class IdentityService:
    """The metadata service, federation and token endpoints of one simulated tenancy and instance."""

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        tenancy_id: str = DEFAULT_TENANCY_ID,
        region: str = "us-phoenix-1",
        token_ttl_seconds: float = 3600.0,
        max_skew_seconds: float = 300.0,
    ) -> None:
        self.clock = clock
        self.max_skew_seconds = max_skew_seconds
        self.faults = IdentityFaults()
        self.region = canonical_region(region)
        self.region_code = short_code(self.region)
        self.instance_id = f"ocid1.instance.oc1.{self.region_code}.{secrets.token_hex(12)}"
        self.compartment_id = DEFAULT_COMPARTMENT_ID
        self.authority = CertificateAuthority(clock())
        self.leaf: LeafIdentity = self.authority.issue_leaf(tenancy_id, self.instance_id)
        self.issuer = TokenIssuer(clock, token_ttl_seconds, lambda: self.faults.issue_expired_tokens)
        self.resources: dict[str, RSAPublicKey] = {}
        self.resource_principal_tokens: dict[str, str] = {}
        self.federation_requests: list[dict[str, Any]] = []
        self.parent_rpt_url: str | None = None
        """Sent as ``opc-parent-rpt-url`` with a parent's token (resource principals 3.0: a further parent)."""
        self.ca_bundle_path: str | None = None
        """The root CA file clients verify the TLS server against (set by :meth:`write_tls_files`)."""
        self._lock = threading.Lock()

    @property
    def tenancy_id(self) -> str:
        return self.leaf.tenancy_id

    def __repr__(self) -> str:
        return f"IdentityService(tenancy_id={self.tenancy_id!r}, region={self.region!r})"

    # ------------------------------------------------------------------ requests

    @staticmethod
    def handles(path: str) -> bool:
        """Whether ``path`` is one of the identity double's (else it is a Key Management request)."""
        return path.startswith(metadata.PREFIX) or token_endpoints.handles(path)

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> IdentityReply:
        """Answer one identity request (ApiError for a refused one); ``headers`` has lower-case names."""
        path = target.partition("?")[0]
        if path.startswith(metadata.PREFIX):
            return metadata.answer(self, method, path, headers)
        return token_endpoints.answer(self, method, target, path, headers, body)

    def resolve_key(self, key_id: str) -> RSAPublicKey:
        """The public key behind a token, fed-x509 or resource key id; KeyError for an API-key key id."""
        if key_id.startswith("ST$"):
            return self.issuer.session_key(key_id[3:])
        segments = key_id.split("/")
        if len(segments) == 3 and segments[1] in ("fed-x509", "fed-x509-sha256"):
            leaf = self.leaf
            expected = leaf.sha1_fingerprint if segments[1] == "fed-x509" else leaf.sha256_fingerprint
            if segments[0] != leaf.tenancy_id or segments[2] != expected:
                raise SignatureError("keyId does not name this instance's current leaf certificate")
            return leaf.certificate.public_key()  # type: ignore[return-value]
        if segments[0] == "resource" and len(segments) in (3, 4):
            public_key = self.resources.get(segments[-1])
            if public_key is None:
                raise SignatureError("keyId names a resource this identity service does not know")
            return public_key
        raise KeyError(key_id)

    def refuse_once(self, path: str) -> bool:
        """With ``unauthorized_once_per_path``: True the first time ``path`` is asked for."""
        if not self.faults.unauthorized_once_per_path:
            return False
        with self._lock:
            if path in self.faults.paths_refused:
                return False
            self.faults.paths_refused.add(path)
            return True

    # ------------------------------------------------------------------ for tests and users

    def rotate_leaf(self, tenancy_id: str | None = None) -> LeafIdentity:
        """A new leaf certificate and key (of another tenancy when ``tenancy_id`` is given)."""
        self.leaf = self.authority.issue_leaf(tenancy_id or self.tenancy_id, self.instance_id)
        return self.leaf

    def write_tls_files(self, directory: str, address: str = "127.0.0.1") -> tuple[str, str, str]:
        """Write a server certificate chain, its key and the root CA into ``directory``: their three paths.

        The root CA file is what clients verify against (the OKE service account's ``ca.crt``).
        """
        chain, key = self.authority.issue_server_certificate(address)
        paths = tuple(os.path.join(directory, name) for name in ("server.pem", "server-key.pem", "ca.crt"))
        for path, text in zip(paths, (chain, key, self.authority.root_pem), strict=True):
            with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="ascii") as handle:
                handle.write(text)
        self.ca_bundle_path = paths[2]
        return paths[0], paths[1], paths[2]

    def register_resource(self, resource_id: str, public_key: RSAPublicKey) -> None:
        """Let ``resource_id`` ask for resource-principal tokens, signing with ``public_key``'s private half."""
        self.resources[resource_id] = public_key

    def issue_session_token(self, session_key: RSAPublicKey, user_id: str = "ocid1.user.oc1..kmsmock") -> str:
        """A user session token (UPST), as ``oci session authenticate`` obtains."""
        return self.issuer.issue("upst", session_key, {"sub": user_id, "tenant": self.tenancy_id})

    def issue_resource_principal_session_token(self, session_key: RSAPublicKey, resource_id: str) -> str:
        """A resource principal session token (RPST) for ``resource_id``."""
        claims = {"res_tenant": self.tenancy_id, "res_compartment": self.compartment_id, "res_id": resource_id}
        return self.issuer.issue("rpst", session_key, claims)

    def issue_service_account_token(self) -> str:
        """A Kubernetes service account token the OKE endpoint accepts."""
        return self.issuer.issue("k8s-sa", None, {"sub": "system:serviceaccount:default:kms"})
