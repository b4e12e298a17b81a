"""The resource-principal exchange: GET a resource principal token, POST it for a session token (§4.3-4.5)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from kms_facade.auth.http import IdentityHttp
from kms_facade.auth.keys import public_key_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

__all__ = ["RPST_PATH", "exchange_for_session_token"]

RPST_PATH = "/v1/resourcePrincipalSessionToken"


def exchange_for_session_token(
    http: IdentityHttp,
    rpt_url: str,
    rpst_endpoint: str,
    session_key: RSAPublicKey,
    *,
    auth: httpx.Auth,
    what: str,
    headers: Mapping[str, str] | None = None,
) -> tuple[str, httpx.Headers]:
    """The RPST bound to ``session_key``, and the headers of the RPT answer; both calls signed by ``auth``."""
    answer = http.request("GET", rpt_url, what=f"{what} token GET", headers=headers, auth=auth)
    tokens = answer.json()
    body = {
        "resourcePrincipalToken": tokens.get("resourcePrincipalToken"),
        "servicePrincipalSessionToken": tokens.get("servicePrincipalSessionToken"),
        "sessionPublicKey": public_key_text(session_key),
    }
    token = http.post_for_token(
        rpst_endpoint.rstrip("/") + RPST_PATH, body, what=f"{what} session token POST", auth=auth
    )
    return token, answer.headers
