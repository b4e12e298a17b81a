"""The instance metadata service v2, ``/opc/v2/...`` (reference §3.2, §9.2)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from kms_mock.errors import ApiError
from kms_mock.identity.replies import IdentityReply, json_reply, text_reply

if TYPE_CHECKING:
    from kms_mock.identity.service import IdentityService

__all__ = ["PREFIX", "answer"]

PREFIX = "/opc/v2/"
_FORWARDING = ("forwarded", "x-forwarded-for", "x-forwarded-host")
_MALFORMED_PEM = "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n"


def answer(service: IdentityService, method: str, path: str, headers: Mapping[str, str]) -> IdentityReply:
    """The answer to one metadata request; 401 without ``Authorization: Bearer Oracle``."""
    if headers.get("authorization") != "Bearer Oracle":
        raise ApiError(
            401, "NotAuthenticated", "the metadata service v2 requires the header Authorization: Bearer Oracle"
        )
    if any(name in headers for name in _FORWARDING):
        raise ApiError(403, "NotAuthorized", "the metadata service refuses forwarded requests")
    if method != "GET":
        raise ApiError(405, "MethodNotAllowed", "the metadata service answers GET only")
    leaf = service.leaf
    pems = {
        "identity/cert.pem": leaf.certificate_pem,
        "identity/key.pem": leaf.private_key_pem,
        "identity/intermediate.pem": service.authority.intermediate_pem,
    }
    route = path[len(PREFIX) :]
    if route in pems:
        return text_reply(_MALFORMED_PEM if service.faults.malformed_pem else pems[route])
    if route == "instance/region":
        return text_reply(service.region_code + "\n")
    if route == "instance/regionInfo":
        return json_reply(
            {
                "realmKey": "oc1",
                "realmDomainComponent": "oraclecloud.com",
                "regionKey": service.region_code.upper(),
                "regionIdentifier": service.region,
            }
        )
    if route == "instance/id":
        return text_reply(service.instance_id)
    raise ApiError(404, "NotFound", f"the metadata service has no route {path!r}")
