"""Resource principals 3.0: a parent resource's token obtained with a leaf resource's (reference §4.5)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from kms_facade.auth.http import IdentityHttp
from kms_facade.auth.rpt_exchange import exchange_for_session_token
from kms_facade.auth.signers.security_token_signer import RefreshableSecurityTokenSigner, SecurityTokenSigner

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["MAX_NESTED_PARENT_DEPTH", "NestedResourcePrincipals"]

MAX_NESTED_PARENT_DEPTH = 10
PARENT_RPT_URL_HEADER = "opc-parent-rpt-url"


class NestedResourcePrincipals(RefreshableSecurityTokenSigner):
    """``GET resource_principal_rpt_url`` then ``POST <rpst endpoint>/v1/resourcePrincipalSessionToken``,
    both signed by ``sub_resource_rp_signer`` (the leaf), whose session key and region it shares. The answer's
    ``opc-parent-rpt-url`` header, when present, names a further parent (:attr:`nested_parent_rpt_url`)."""

    _expired_hint = "the parent resource's session token endpoint issued an expired token; check the clocks"

    def __init__(
        self,
        resource_principal_rpt_url: str | None,
        resource_principal_session_token_endpoint: str | None,
        sub_resource_rp_signer: SecurityTokenSigner,
        generic_headers: Sequence[str] | None = None,
        current_parent_depth: int = 0,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        if not resource_principal_rpt_url:
            raise ValueError(
                "resource_principal_rpt_url must be provided (OCI_RESOURCE_PRINCIPAL_RPT_URL_FOR_PARENT_RESOURCE)"
            )
        if not resource_principal_session_token_endpoint:
            raise ValueError(
                "resource_principal_session_token_endpoint must be provided "
                "(OCI_RESOURCE_PRINCIPAL_RPST_ENDPOINT_FOR_PARENT_RESOURCE)"
            )
        self.resource_principal_token_endpoint = resource_principal_rpt_url
        self._rpst_endpoint = resource_principal_session_token_endpoint
        self._leaf = sub_resource_rp_signer
        self.region = getattr(sub_resource_rp_signer, "region", None)
        self.current_parent_depth = current_parent_depth
        self.nested_parent_rpt_url: str | None = None
        self._http = IdentityHttp(transport=transport, sleep=sleep)
        self._init_signing(generic_headers, None, clock)
        self._install(*self._fetch())

    def _fetch(self) -> tuple[str, RSAPrivateKey]:
        session_key = self._leaf.session_private_key()
        token, headers = exchange_for_session_token(
            self._http,
            self.resource_principal_token_endpoint,
            self._rpst_endpoint,
            session_key.public_key(),
            auth=self._leaf,
            what="parent resource principal",
        )
        self.nested_parent_rpt_url = headers.get(PARENT_RPT_URL_HEADER)
        return token, session_key


def nested_signer(
    leaf: SecurityTokenSigner, rpt_url: str | None, rpst_endpoint: str | None, **kwargs: Any
) -> NestedResourcePrincipals:
    """The signer of the outermost parent: one level per ``opc-parent-rpt-url``, at most
    :data:`MAX_NESTED_PARENT_DEPTH` levels; a repeated URL is a cycle (AttributeError, as in the SDK)."""
    signer = NestedResourcePrincipals(rpt_url, rpst_endpoint, leaf, **kwargs)
    seen = {signer.resource_principal_token_endpoint}
    while signer.nested_parent_rpt_url is not None:
        if signer.current_parent_depth + 1 >= MAX_NESTED_PARENT_DEPTH or signer.nested_parent_rpt_url in seen:
            raise AttributeError(
                f"The nested resource principals went over the max allowed recursion {MAX_NESTED_PARENT_DEPTH}, "
                "or detected a cycle!"
            )
        seen.add(signer.nested_parent_rpt_url)
        signer = NestedResourcePrincipals(
            signer.nested_parent_rpt_url,
            rpst_endpoint,
            signer,
            current_parent_depth=signer.current_parent_depth + 1,
            **kwargs,
        )
    return signer
