"""``InstancePrincipalsSecurityTokenSigner``: federate the instance's certificate for a token (reference §3)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from kms_facade.auth.http import IdentityHttp
from kms_facade.auth.keys import (
    certificate_text,
    new_session_key,
    public_key_text,
    sha1_fingerprint,
    tenancy_from_certificate,
)
from kms_facade.auth.metadata import MetadataClient
from kms_facade.auth.regions import auth_endpoint, canonical_region
from kms_facade.auth.signers.security_token_signer import (
    RefreshableSecurityTokenSigner,
)
from kms_facade.signing import RequestSigner

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["FEDERATION_BODY_HEADERS", "FEDERATION_GENERIC_HEADERS", "InstancePrincipalsSecurityTokenSigner"]

FEDERATION_GENERIC_HEADERS = ("date", "(request-target)")
"""The federation request signs no ``host`` (reference §1.2)."""
FEDERATION_BODY_HEADERS = ("content-length", "content-type", "x-content-sha256")


class InstancePrincipalsSecurityTokenSigner(RefreshableSecurityTokenSigner):
    """Signs as the compute instance it runs on.

    At construction it reads the leaf certificate, key and intermediate from the metadata service
    (``$OCI_METADATA_BASE_URL``, default ``http://169.254.169.254/opc/v2``), the tenancy from the
    certificate, the region, and federates (``POST federation_endpoint``, default
    ``https://auth.<region>.<domain>/v1/x509``) with a fresh session key. Before each request, a token with
    60 s or less to live is replaced (new session key, certificates read again); after a 401 the clients
    replace it once and retry.

    Differences from the SDK: the metadata calls and the federation each make at most 3 attempts (5xx but
    501, timeouts and connection errors; the metadata calls also retry 404 and 429), with ``sleep`` between
    them; ``federation_client_retry_strategy``, ``log_requests`` and circuit breakers are accepted for
    compatibility but not used; the default metadata URL is not probed (no IPv6 fallback).
    """

    _expired_hint = "the identity service issued a token that has already expired; check the clocks"

    def __init__(
        self,
        *,
        federation_endpoint: str | None = None,
        federation_client_cert_bundle_verify: str | bool | None = None,
        federation_client_retry_strategy: Any = None,
        purpose: str | None = None,
        generic_headers: Sequence[str] | None = None,
        log_requests: bool | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        verify = True if federation_client_cert_bundle_verify is None else federation_client_cert_bundle_verify
        self._http = IdentityHttp(verify=verify, transport=transport, sleep=sleep)
        self._metadata = MetadataClient(self._http)
        self.METADATA_URL_BASE = self._metadata.base_url
        self.purpose = purpose
        identity = self._metadata.identity()
        self.tenancy_id = tenancy_from_certificate(identity.certificate)
        self.region = self.initialize_and_return_region()
        self.federation_endpoint = federation_endpoint or f"{auth_endpoint(self.region)}/v1/x509"
        self._init_signing(generic_headers, None, clock)
        self._install(*self._federate())

    def initialize_and_return_region(self) -> str:
        """The instance's region from the metadata service, short codes mapped (``phx`` → ``us-phoenix-1``)."""
        return canonical_region(self._metadata.region())

    def _fetch(self) -> tuple[str, RSAPrivateKey]:
        return self._federate()

    def _federate(self) -> tuple[str, RSAPrivateKey]:
        identity = self._metadata.identity()
        tenancy_id = tenancy_from_certificate(identity.certificate)
        if self.purpose is None and tenancy_id != self.tenancy_id:
            raise RuntimeError(
                "Unexpected update of tenancy OCID in the leaf certificate: the instance now belongs to another "
                "tenancy; create a new signer"
            )
        session_key = new_session_key()
        body: dict[str, Any] = {
            "certificate": certificate_text(identity.certificate),
            "publicKey": public_key_text(session_key.public_key()),
        }
        if self.purpose is not None:
            body["purpose"] = self.purpose
        body["intermediateCertificates"] = [certificate_text(identity.intermediate)]
        signer = RequestSigner(
            f"{tenancy_id}/fed-x509/{sha1_fingerprint(identity.certificate)}",
            identity.private_key,
            clock=self._clock,
            generic_headers=FEDERATION_GENERIC_HEADERS,
            body_headers=FEDERATION_BODY_HEADERS,
        )
        token = self._http.post_for_token(self.federation_endpoint, body, what="federation POST /v1/x509", auth=signer)
        return token, session_key
