"""OKE workload identity: a pod's service account token exchanged at the proxymux for an RPST (§6)."""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from kms_facade.auth.http import IdentityHttp
from kms_facade.auth.keys import new_session_key, public_key_text
from kms_facade.auth.regions import canonical_region
from kms_facade.auth.signers.security_token_signer import RefreshableSecurityTokenSigner
from kms_facade.auth.tokens import SecurityToken
from kms_facade.exceptions import ServiceError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = [
    "DEFAULT_SA_CERT_PATH",
    "DEFAULT_SA_TOKEN_PATH",
    "PROXYMUX_SERVICE_PORT",
    "OkeWorkloadIdentityResourcePrincipalSigner",
    "get_oke_workload_identity_resource_principal_signer",
]

DEFAULT_SA_TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/token"  # noqa: S105 - a path
DEFAULT_SA_CERT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"
PROXYMUX_SERVICE_PORT = 12250


class ServiceAccountTokenProvider(Protocol):
    def get_sa_token(self) -> str: ...


class SuppliedServiceAccountTokenProvider:
    """A service account token given as a string."""

    def __init__(self, token_string: str) -> None:
        self._token = token_string

    def get_sa_token(self) -> str:
        return _checked_sa_token(self._token)

    def __repr__(self) -> str:
        return "SuppliedServiceAccountTokenProvider(<token>)"


class FileServiceAccountTokenProvider:
    """The service account token read (stripped) from a file on each use; Kubernetes rotates it there."""

    def __init__(self, path: str = DEFAULT_SA_TOKEN_PATH) -> None:
        self.path = path

    def get_sa_token(self) -> str:
        with open(self.path, encoding="ascii") as handle:
            return _checked_sa_token(handle.read().strip())


def _checked_sa_token(token: str) -> str:
    if not SecurityToken(token).valid(time.time()):
        raise RuntimeError("the service account token has expired")
    return token


class OkeWorkloadIdentityResourcePrincipalSigner(RefreshableSecurityTokenSigner):
    """POST ``https://<service_host>:<service_port>/resourcePrincipalSessionTokens`` with the service
    account token as a bearer and a new session key, TLS checked against ``sa_cert_path``. The token is
    replaced once half its lifetime is spent, and after a 401."""

    _expired_hint = "the proxymux issued an expired token; check the clocks"

    def __init__(
        self,
        sa_token_provider: ServiceAccountTokenProvider,
        sa_cert_path: str,
        service_host: str | None,
        service_port: int = PROXYMUX_SERVICE_PORT,
        region: str | None = None,
        generic_headers: Sequence[str] | None = None,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        if not service_host:
            raise ValueError("Kubernetes service host was not provided.")
        self._sa_token_provider = sa_token_provider
        self.proxymux_endpoint = f"https://{service_host}:{service_port}/resourcePrincipalSessionTokens"
        self.region = canonical_region(region) if region else None
        self._http = IdentityHttp(verify=sa_cert_path, transport=transport, sleep=sleep)
        self._init_signing(generic_headers, None, clock)
        self._install(*self._fetch())

    def _fresh_enough(self, token: SecurityToken, now: float) -> bool:
        return token.valid_with_half_expiration_time(now)

    def _fetch(self) -> tuple[str, RSAPrivateKey]:
        session_key = new_session_key()
        headers = {
            "Authorization": "Bearer " + self._sa_token_provider.get_sa_token(),
            "Content-Type": "application/json",
            "opc-request-id": "/".join(secrets.token_hex(16).upper() for _ in range(3)),
        }
        body = json.dumps({"podKey": public_key_text(session_key.public_key())}).encode("utf-8")
        try:
            response = self._http.request(
                "POST", self.proxymux_endpoint, what="OKE proxymux POST", headers=headers, content=body
            )
        except ServiceError as error:
            if error.status == 403:
                error.message = f"{error.message} (Please ensure the cluster type is enhanced)"
            raise
        try:
            token = json.loads(base64.b64decode(response.content, validate=True))["token"]
        except (binascii.Error, ValueError, KeyError, TypeError):
            raise RuntimeError("Failed to get RPST token from proxymux: the answer is not base64 JSON") from None
        if not isinstance(token, str) or not token.startswith("ST$"):
            raise RuntimeError("Failed to get RPST token from proxymux: the token is not of the form ST$<jwt>")
        return token[3:], session_key


def get_oke_workload_identity_resource_principal_signer(
    service_account_token_path: str | None = None, service_account_token: str | None = None, **kwargs: Any
) -> OkeWorkloadIdentityResourcePrincipalSigner:
    """The OKE signer from the pod's environment: ``$KUBERNETES_SERVICE_HOST``, the service account token
    (given, or read from ``service_account_token_path``), its CA (``$OCI_KUBERNETES_SERVICE_ACCOUNT_CERT_PATH``),
    ``$OCI_RESOURCE_PRINCIPAL_REGION``. ``service_port`` may be passed to reach a proxymux double."""
    provider: ServiceAccountTokenProvider = (
        SuppliedServiceAccountTokenProvider(service_account_token)
        if service_account_token is not None
        else FileServiceAccountTokenProvider(service_account_token_path or DEFAULT_SA_TOKEN_PATH)
    )
    return OkeWorkloadIdentityResourcePrincipalSigner(
        sa_token_provider=provider,
        sa_cert_path=os.environ.get("OCI_KUBERNETES_SERVICE_ACCOUNT_CERT_PATH") or DEFAULT_SA_CERT_PATH,
        service_host=os.environ.get("KUBERNETES_SERVICE_HOST"),
        region=os.environ.get("OCI_RESOURCE_PRINCIPAL_REGION"),
        **kwargs,
    )
