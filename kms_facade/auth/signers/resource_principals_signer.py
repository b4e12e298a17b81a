"""Resource principals (Functions, Data Science, ...): ``get_resource_principals_signer`` (reference §4).

Versions: 2.2 (the RPST and its key handed over in the environment, no network), 2.1 / 2.1.1 / 2.1.2 (an RPT
then RPST exchange signed with the resource's key), and 3.0 (a parent's token obtained with a 2.2 or 2.1.x
leaf's; the leaf's own version is used, where SDK 2.189 wrongly passes "3.0" to a 2.1.x leaf). 1.1 is not
supported (it federates as the instance at the real auth host). All read the ``OCI_RESOURCE_PRINCIPAL_*``
environment.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from kms_facade.auth.http import IdentityHttp
from kms_facade.auth.regions import canonical_region
from kms_facade.auth.rpt_exchange import exchange_for_session_token
from kms_facade.auth.signers.security_token_signer import (
    RefreshableSecurityTokenSigner,
    SecurityTokenSigner,
)
from kms_facade.auth.tokens import SecurityToken
from kms_facade.signing import RequestSigner, load_private_key

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = [
    "EphemeralResourcePrincipalSigner",
    "EphemeralResourcePrincipalV21Signer",
    "get_resource_principals_signer",
]

ENV_PREFIX = "OCI_RESOURCE_PRINCIPAL_"
_V21_VERSIONS = ("2.1", "2.1.1", "2.1.2")


def _env(name: str) -> str | None:
    return os.environ.get(ENV_PREFIX + name)


def get_resource_principals_signer(**kwargs: Any) -> SecurityTokenSigner:
    """The signer ``$OCI_RESOURCE_PRINCIPAL_VERSION`` describes; EnvironmentError when unset or unsupported.

    ``kwargs`` (``clock``, ``sleep``, ``transport``) go to the signer.
    """
    version = _env("VERSION")
    if version is None:
        raise OSError("OCI_RESOURCE_PRINCIPAL_VERSION is not defined")
    if version == "3.0":
        from kms_facade.auth.signers.nested_resource_principals import nested_signer  # noqa: PLC0415 - no cycle

        leaf = _signer_for(_env("VERSION_FOR_LEAF_RESOURCE"), "_FOR_LEAF_RESOURCE", kwargs)
        return nested_signer(
            leaf, _env("RPT_URL_FOR_PARENT_RESOURCE"), _env("RPST_ENDPOINT_FOR_PARENT_RESOURCE"), **kwargs
        )
    return _signer_for(version, "", kwargs)


def _signer_for(version: str | None, suffix: str, kwargs: dict[str, Any]) -> SecurityTokenSigner:
    """The 2.2 or 2.1.x signer from the variables ending in ``suffix`` (``_FOR_LEAF_RESOURCE`` for 3.0)."""

    def _env(name: str) -> str | None:
        return os.environ.get(ENV_PREFIX + name + suffix)

    if version == "2.2":
        return EphemeralResourcePrincipalSigner(
            session_token=_env("RPST"),
            private_key=_env("PRIVATE_PEM"),
            private_key_passphrase=_env("PRIVATE_PEM_PASSPHRASE"),
            region=_env("REGION"),
            **kwargs,
        )
    if version in _V21_VERSIONS:
        return EphemeralResourcePrincipalV21Signer(
            resource_principal_token_endpoint=_env("RPT_ENDPOINT"),
            resource_principal_session_token_endpoint=_env("RPST_ENDPOINT"),
            resource_id=_env("RESOURCE_ID"),
            tenancy_id=_env("TENANCY_ID"),
            private_key=_env("PRIVATE_PEM"),
            private_key_passphrase=_env("PRIVATE_PEM_PASSPHRASE"),
            rp_version=version,
            region=_env("REGION"),
            security_context=_env("SECURITY_CONTEXT"),
            resource_principal_token_path=_env("RPT_PATH"),
            **kwargs,
        )
    raise OSError(
        f"Unsupported OCI_RESOURCE_PRINCIPAL_VERSION{suffix}: {version} "
        f"(supported: 2.2, 2.1, 2.1.1, 2.1.2{', and 3.0 at the top level' if not suffix else ''})"
    )


def _value_or_file(value: str, binary: bool = False) -> str | bytes:
    """``value`` itself, or the contents of the file it names when it is an absolute path."""
    if not os.path.isabs(value):
        return value.encode("utf-8") if binary else value
    with open(value, "rb") as handle:
        data = handle.read()
    return data if binary else data.decode("ascii").strip()


def _load_key(private_key: str, passphrase: str | None) -> RSAPrivateKey:
    pass_phrase = _value_or_file(passphrase) if passphrase else None
    return load_private_key(_value_or_file(private_key, binary=True), pass_phrase)


class EphemeralResourcePrincipalSigner(RefreshableSecurityTokenSigner):
    """RP 2.2: the RPST and its session key are given (each literally, or as an absolute file path).

    In file mode a token due to expire, or rejected with a 401, is read again from the file (an external
    provider refreshes it there); in literal mode an expired token raises SecurityTokenExpired.
    """

    _expired_hint = "the resource principal session token (OCI_RESOURCE_PRINCIPAL_RPST) must be renewed"

    def __init__(
        self,
        session_token: str | None = None,
        private_key: str | None = None,
        private_key_passphrase: str | None = None,
        region: str | None = None,
        generic_headers: Sequence[str] | None = None,
        *,
        clock: Callable[[], float] = time.time,
        **kwargs: Any,
    ) -> None:
        if not session_token:
            raise ValueError("session_token was not provided (OCI_RESOURCE_PRINCIPAL_RPST)")
        if not private_key:
            raise ValueError("private_key must be provided (OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM)")
        self._token_source = session_token
        self._key_source = private_key
        self._passphrase_source = private_key_passphrase
        self.region = canonical_region(region) if region else None
        self._init_signing(generic_headers, None, clock)
        self._install(*self._read())
        claims = self.security_token.claims
        self.tenancy_id = claims.get("res_tenant")
        self.compartment_id = claims.get("res_compartment")

    def _read(self) -> tuple[str, RSAPrivateKey]:
        token = _value_or_file(self._token_source)
        assert isinstance(token, str)
        return token, _load_key(self._key_source, self._passphrase_source)

    def _fresh_enough(self, token: SecurityToken, now: float) -> bool:
        return token.valid_with_jitter(now) or not os.path.isabs(self._token_source)

    def _fetch(self) -> tuple[str, RSAPrivateKey] | None:
        return self._read() if os.path.isabs(self._token_source) else None

    def get_claim(self, name: str) -> Any:
        """A claim of the current token, or None."""
        return self.security_token.claims.get(name)


class EphemeralResourcePrincipalV21Signer(RefreshableSecurityTokenSigner):
    """RP 2.1.x: GET the resource principal token, POST for the session token, both signed with the
    resource's key (``keyId="resource/v2.1/<id>"``, or ``resource/v2.1.x/<tenancy>/<id>``); that key is also
    the session key."""

    _expired_hint = "the resource principal session token endpoint issued an expired token; check the clocks"

    def __init__(
        self,
        resource_principal_token_endpoint: str | None = None,
        resource_principal_session_token_endpoint: str | None = None,
        resource_id: str | None = None,
        private_key: str | None = None,
        private_key_passphrase: str | None = None,
        generic_headers: Sequence[str] | None = None,
        tenancy_id: str | None = None,
        rp_version: str | None = None,
        region: str | None = None,
        security_context: str | None = None,
        resource_principal_token_path: str | None = None,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        if not resource_principal_token_endpoint:
            raise ValueError("resource_principal_token_endpoint must be provided")
        if not resource_principal_session_token_endpoint:
            raise ValueError("resource_principal_session_token_endpoint must be provided")
        if not resource_id:
            raise ValueError("resource_id should be provided")
        if not private_key:
            raise ValueError("private_key should be provided")
        if rp_version not in _V21_VERSIONS:
            raise ValueError(f"rp_version must be one of {', '.join(_V21_VERSIONS)}")
        if rp_version != "2.1" and not tenancy_id:
            raise ValueError("tenancy_id should be provided")
        self.rp_version = rp_version
        self.region = canonical_region(region) if region else None
        self._rpt_url = resource_principal_token_endpoint.rstrip("/") + _rpt_path(
            rp_version, resource_id, resource_principal_token_path
        )
        self._rpst_endpoint = resource_principal_session_token_endpoint
        self._security_context = security_context if rp_version == "2.1.2" else None
        self._key = _load_key(private_key, private_key_passphrase)
        key_id = (
            f"resource/v2.1/{resource_id}"
            if rp_version == "2.1"
            else f"resource/v{rp_version}/{tenancy_id}/{resource_id}"
        )
        self._bootstrap = RequestSigner(key_id, self._key, clock=clock)
        self._http = IdentityHttp(transport=transport, sleep=sleep)
        self._init_signing(generic_headers, None, clock)
        self._install(*self._fetch())

    def _fetch(self) -> tuple[str, RSAPrivateKey]:
        headers = {"security-context": self._security_context} if self._security_context else None
        token, _ = exchange_for_session_token(
            self._http,
            self._rpt_url,
            self._rpst_endpoint,
            self._key.public_key(),
            auth=self._bootstrap,
            what="resource principal",
            headers=headers,
        )
        return token, self._key


def _rpt_path(rp_version: str, resource_id: str, template: str | None) -> str:
    if rp_version != "2.1.2":
        return f"/20180711/resourcePrincipalTokenV2/{resource_id}"
    if not template:
        return f"/20180711/resourcePrincipalTokenV212/{resource_id}"
    return template.replace("{}", resource_id) if "{}" in template else template.rstrip("/") + "/" + resource_id
