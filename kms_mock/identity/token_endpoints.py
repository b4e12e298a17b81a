"""The token endpoints: federation ``/v1/x509``, session refresh, resource principals and OKE (§9.3, §9.4)."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from kms_facade.signing import SignatureError, verify_request
from kms_mock.errors import ApiError
from kms_mock.identity.replies import IdentityReply, json_reply, text_reply

if TYPE_CHECKING:
    from kms_mock.identity.service import IdentityService

__all__ = ["FEDERATION_SIGNED_HEADERS", "ROUTES", "answer"]

FEDERATION_SIGNED_HEADERS = ("date", "(request-target)", "content-length", "content-type", "x-content-sha256")
_RPT_PREFIXES = (
    "/20180711/resourcePrincipalTokenV2/",
    "/20180711/resourcePrincipalTokenV212/",
    "/20180711/resourcePrincipalToken/",
)
ROUTES = (
    "/v1/x509",
    "/v1/authentication/refresh",
    "/v1/resourcePrincipalSessionToken",
    "/resourcePrincipalSessionTokens",
)


NESTED_RPT_PATH = "/"
"""A parent resource's RPT URL is an origin (SDK 2.189 refuses one with a path): GET / answers it."""


def handles(path: str) -> bool:
    return path in ROUTES or path == NESTED_RPT_PATH or path.startswith(_RPT_PREFIXES)


def answer(
    service: IdentityService, method: str, target: str, path: str, headers: Mapping[str, str], body: bytes
) -> IdentityReply:
    """The answer to one token-endpoint request."""
    if path.startswith(_RPT_PREFIXES):
        _require(method, "GET")
        return _resource_principal_token(service, method, target, path, headers, body)
    if path == NESTED_RPT_PATH:
        _require(method, "GET")
        return _parent_resource_principal_token(service, target, headers, body)
    _require(method, "POST")
    if path == "/v1/x509":
        return _federation(service, target, headers, body)
    if path == "/v1/authentication/refresh":
        return _session_refresh(service, target, headers, body)
    if path == "/v1/resourcePrincipalSessionToken":
        return _resource_principal_session_token(service, target, headers, body)
    return _oke_session_token(service, headers, body)


def _require(method: str, allowed: str) -> None:
    if method != allowed:
        raise ApiError(405, "MethodNotAllowed", f"this endpoint answers {allowed} only", {"allow": allowed})


def _verify(
    service: IdentityService,
    method: str,
    target: str,
    headers: Mapping[str, str],
    body: bytes,
    required: tuple[str, ...] | None = None,
) -> str:
    try:
        return verify_request(
            method,
            target,
            headers,
            body,
            {},
            service.clock(),
            service.max_skew_seconds,
            resolve_key=service.resolve_key,
            required_headers=required,
        )
    except SignatureError as exc:
        raise ApiError.not_authenticated(exc.reason) from None


def _json_body(body: bytes, *required: str) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        raise ApiError.cannot_parse("the request body is not JSON") from None
    if not isinstance(value, dict):
        raise ApiError.cannot_parse("the request body is not a JSON object")
    for name in required:
        if not isinstance(value.get(name), str) or not value[name]:
            raise ApiError.missing_parameter(f"the request body lacks the string {name!r}")
    return value


def _public_key(text: str, name: str) -> RSAPublicKey:
    try:
        key = serialization.load_der_public_key(base64.b64decode(text, validate=True))
    except (ValueError, binascii.Error):
        raise ApiError.invalid_parameter(f"{name} is not the base64 DER of a public key") from None
    if not isinstance(key, RSAPublicKey):
        raise ApiError.invalid_parameter(f"{name} is not an RSA public key")
    return key


def _federation(service: IdentityService, target: str, headers: Mapping[str, str], body: bytes) -> IdentityReply:
    faults = service.faults
    if faults.federation_status is not None:
        status = faults.federation_status
        code = {401: "NotAuthenticated", 500: "InternalServerError"}.get(status, "InjectedFault")
        raise ApiError(status, code, f"federation refused (injected {status})")
    _verify(service, "POST", target, headers, body, FEDERATION_SIGNED_HEADERS)
    request = _json_body(body, "certificate", "publicKey")
    leaf = service.leaf
    if request["certificate"] != leaf.wire_text:
        raise ApiError.not_authenticated("the certificate is not this instance's current leaf certificate")
    intermediates = request.get("intermediateCertificates", [])
    if not isinstance(intermediates, list) or not all(isinstance(item, str) for item in intermediates):
        raise ApiError.invalid_parameter("intermediateCertificates must be a list of strings")
    session_key = _public_key(request["publicKey"], "publicKey")
    service.federation_requests.append({"purpose": request.get("purpose"), "intermediates": len(intermediates)})
    if faults.federation_not_json:
        return text_reply("this is not JSON")
    if faults.federation_without_token:
        return json_reply({"notToken": "x"})
    token = service.issuer.issue("instance", session_key, {"sub": service.instance_id, "tenant": leaf.tenancy_id})
    return json_reply({"token": token})


def _session_refresh(service: IdentityService, target: str, headers: Mapping[str, str], body: bytes) -> IdentityReply:
    if service.faults.refresh_status is not None:
        raise ApiError(service.faults.refresh_status, "NotAuthenticated", "the session cannot be refreshed (injected)")
    key_id = _verify(service, "POST", target, headers, body)
    current = _json_body(body, "currentToken")["currentToken"]
    if key_id != f"ST${current}":
        raise ApiError.not_authenticated("currentToken is not the token the request is signed with")
    issued = service.issuer.lookup(current)
    if issued is None or issued.kind != "upst" or issued.session_key is None:
        raise ApiError.not_authenticated("currentToken is not a session token of this identity service")
    claims = {name: issued.claims[name] for name in ("sub", "tenant") if name in issued.claims}
    return json_reply({"token": service.issuer.issue("upst", issued.session_key, claims)})


def _resource_principal_token(
    service: IdentityService, method: str, target: str, path: str, headers: Mapping[str, str], body: bytes
) -> IdentityReply:
    key_id = _verify(service, method, target, headers, body)
    resource_id = path.rsplit("/", 1)[-1]
    resource = service.resources.get(resource_id)
    if resource is None or not key_id.endswith("/" + resource_id):
        raise ApiError.not_authenticated("the request is not signed by the resource it asks a token for")
    rpt = secrets.token_urlsafe(24)
    service.resource_principal_tokens[rpt] = resource_id
    return json_reply({"resourcePrincipalToken": rpt, "servicePrincipalSessionToken": secrets.token_urlsafe(24)})


def _parent_resource_principal_token(
    service: IdentityService, target: str, headers: Mapping[str, str], body: bytes
) -> IdentityReply:
    key_id = _verify(service, "GET", target, headers, body)
    issued = service.issuer.lookup(key_id[3:]) if key_id.startswith("ST$") else None
    if issued is None or issued.kind != "rpst":
        raise ApiError.not_authenticated("a parent's token is asked for with a resource principal session token")
    rpt = secrets.token_urlsafe(24)
    service.resource_principal_tokens[rpt] = f"parent-of:{issued.claims.get('res_id', '')}"
    reply = json_reply({"resourcePrincipalToken": rpt, "servicePrincipalSessionToken": secrets.token_urlsafe(24)})
    if service.parent_rpt_url is None:
        return reply
    return IdentityReply(
        reply.status, reply.body, reply.content_type, (("opc-parent-rpt-url", service.parent_rpt_url),)
    )


def _resource_principal_session_token(
    service: IdentityService, target: str, headers: Mapping[str, str], body: bytes
) -> IdentityReply:
    _verify(service, "POST", target, headers, body)
    request = _json_body(body, "resourcePrincipalToken", "servicePrincipalSessionToken", "sessionPublicKey")
    resource_id = service.resource_principal_tokens.get(request["resourcePrincipalToken"])
    if resource_id is None:
        raise ApiError.not_authenticated("resourcePrincipalToken was not issued by this identity service")
    session_key = _public_key(request["sessionPublicKey"], "sessionPublicKey")
    return json_reply({"token": service.issue_resource_principal_session_token(session_key, resource_id)})


def _oke_session_token(service: IdentityService, headers: Mapping[str, str], body: bytes) -> IdentityReply:
    if service.faults.oke_status is not None:
        raise ApiError(service.faults.oke_status, "NotAuthorized", "the proxymux refused (injected)")
    bearer = headers.get("authorization", "")
    if not bearer.startswith("Bearer "):
        raise ApiError.not_authenticated("the proxymux requires Authorization: Bearer <service account token>")
    issued = service.issuer.lookup(bearer[len("Bearer ") :])
    if issued is None or issued.kind != "k8s-sa" or service.clock() > issued.expires_at:
        raise ApiError.not_authenticated("the service account token is unknown or expired")
    session_key = _public_key(_json_body(body, "podKey")["podKey"], "podKey")
    token = service.issue_resource_principal_session_token(session_key, "ocid1.pod.oc1..kmsmock")
    encoded = base64.b64encode(json.dumps({"token": "ST$" + token}).encode("utf-8")).decode("ascii")
    return text_reply(encoded)
