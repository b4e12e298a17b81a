"""The instance metadata service v2 as a client sees it (reference §3.2)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kms_facade.auth.http import METADATA_RETRY_STATUSES, IdentityHttp

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from cryptography.x509 import Certificate

__all__ = [
    "DEFAULT_METADATA_URL_BASE",
    "METADATA_URL_ENV_VAR",
    "InstanceIdentity",
    "MetadataClient",
    "metadata_url_base",
]

DEFAULT_METADATA_URL_BASE = "http://169.254.169.254/opc/v2"
METADATA_URL_ENV_VAR = "OCI_METADATA_BASE_URL"
_AUTHORIZATION = {"Authorization": "Bearer Oracle"}


def metadata_url_base() -> str:
    """``$OCI_METADATA_BASE_URL`` when set to something other than blanks, else the link-local IMDS v2."""
    configured = os.environ.get(METADATA_URL_ENV_VAR, "").strip()
    return (configured or DEFAULT_METADATA_URL_BASE).rstrip("/")


@dataclass(frozen=True)
class InstanceIdentity:
    """The instance's leaf certificate and key, and the intermediate CA, as the metadata service gives them."""

    certificate: Certificate
    private_key: RSAPrivateKey
    intermediate: Certificate

    def __repr__(self) -> str:
        return "InstanceIdentity(<leaf certificate and key>)"


class MetadataClient:
    """GETs on the metadata service, each with ``Authorization: Bearer Oracle``."""

    def __init__(self, http: IdentityHttp, base_url: str | None = None) -> None:
        self._http = http
        self.base_url = base_url or metadata_url_base()

    def _get(self, route: str) -> bytes:
        response = self._http.request(
            "GET",
            f"{self.base_url}/{route}",
            what=f"metadata service GET /{route}",
            retry_statuses=METADATA_RETRY_STATUSES,
            headers=_AUTHORIZATION,
        )
        return response.content

    def identity(self) -> InstanceIdentity:
        """Leaf certificate, leaf key and intermediate (ValueError when one does not parse)."""
        from cryptography import x509  # noqa: PLC0415

        from kms_facade.signing import load_private_key  # noqa: PLC0415

        certificates = []
        for route in ("identity/cert.pem", "identity/intermediate.pem"):
            try:
                certificates.append(x509.load_pem_x509_certificate(self._get(route).strip()))
            except ValueError:
                raise ValueError(f"the metadata service's /{route} is not a PEM certificate") from None
        key = load_private_key(self._get("identity/key.pem"))
        return InstanceIdentity(certificates[0], key, certificates[1])

    def region(self) -> str:
        """The instance's region as reported (``phx``, ``us-ashburn-1``, ...), stripped."""
        return self._get("instance/region").decode("utf-8").strip()
