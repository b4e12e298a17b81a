"""The identity double on its own: what the federation and token endpoints accept and refuse."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from identity_support import FakeClock
from support import new_rsa_key

from kms_facade.auth.jwt import b64url_decode, decode_claims
from kms_facade.auth.keys import public_key_text
from kms_facade.auth.signers.instance_principals_security_token_signer import (
    FEDERATION_BODY_HEADERS,
    FEDERATION_GENERIC_HEADERS,
)
from kms_facade.signing import RequestSigner
from kms_mock import MockKmsServer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock(clock: FakeClock) -> Iterator[MockKmsServer]:
    with MockKmsServer(identity=True, wrapping_key_bits=2048, clock=clock) as server:
        yield server


def federate(
    mock: MockKmsServer, clock: FakeClock, key_id: str | None = None, signing_key: object = None
) -> httpx.Response:
    leaf = mock.identity.leaf
    body = json.dumps(
        {
            "certificate": leaf.wire_text,
            "publicKey": public_key_text(new_rsa_key().public_key()),
            "intermediateCertificates": [],
        }
    ).encode()
    signer = RequestSigner(
        key_id or f"{leaf.tenancy_id}/fed-x509/{leaf.sha1_fingerprint}",
        signing_key or leaf.private_key,  # type: ignore[arg-type]
        clock=clock,
        generic_headers=FEDERATION_GENERIC_HEADERS,
        body_headers=FEDERATION_BODY_HEADERS,
    )
    return httpx.post(
        mock.endpoint + "/v1/x509", content=body, headers={"content-type": "application/json"}, auth=signer
    )


def test_federation_issues_an_rs256_jwt_signed_by_the_double(mock: MockKmsServer, clock: FakeClock) -> None:
    answer = federate(mock, clock)
    assert answer.status_code == 200
    token = answer.json()["token"]
    header = json.loads(b64url_decode(token.split(".")[0]))
    claims = decode_claims(token)
    assert header["alg"] == "RS256"
    assert claims["tenant"] == mock.identity.tenancy_id and claims["exp"] - claims["iat"] == 3600
    signing_input, _, signature = token.rpartition(".")
    mock.identity.issuer.verification_key.verify(  # the double's own key signed it
        b64url_decode(signature), signing_input.encode(), padding.PKCS1v15(), hashes.SHA256()
    )


def test_federation_refuses_a_request_not_signed_with_the_leaf_key(mock: MockKmsServer, clock: FakeClock) -> None:
    stranger = federate(mock, clock, signing_key=new_rsa_key())
    assert (stranger.status_code, stranger.json()["code"]) == (401, "NotAuthenticated")
    assert "signature does not match" in stranger.json()["message"]
    wrong_id = federate(mock, clock, key_id=f"{mock.identity.tenancy_id}/fed-x509/00:11")
    assert wrong_id.status_code == 401 and "current leaf" in wrong_id.json()["message"]
    unsigned = httpx.post(mock.endpoint + "/v1/x509", json={"certificate": "x", "publicKey": "y"})
    assert unsigned.status_code == 401


def test_federation_accepts_the_go_sdks_sha256_key_id(mock: MockKmsServer, clock: FakeClock) -> None:
    leaf = mock.identity.leaf
    assert (
        federate(mock, clock, key_id=f"{leaf.tenancy_id}/fed-x509-sha256/{leaf.sha256_fingerprint}").status_code == 200
    )


def test_session_refresh_issues_a_new_token_for_the_same_key(mock: MockKmsServer, clock: FakeClock) -> None:
    key = new_rsa_key()
    current = mock.identity.issue_session_token(key.public_key())
    body = json.dumps({"currentToken": current}).encode()
    signer = RequestSigner("ST$" + current, key, clock=clock)
    url = mock.endpoint + "/v1/authentication/refresh"
    answer = httpx.post(url, content=body, auth=signer)
    assert answer.status_code == 200
    renewed = answer.json()["token"]
    assert (
        renewed != current
        and mock.identity.issuer.session_key(renewed).public_numbers() == key.public_key().public_numbers()
    )
    mock.identity.faults.refresh_status = 401
    assert httpx.post(url, content=body, auth=signer).status_code == 401


def test_the_oke_endpoint_requires_a_service_account_token(mock: MockKmsServer) -> None:
    url = mock.endpoint + "/resourcePrincipalSessionTokens"
    pod_key = {"podKey": public_key_text(new_rsa_key().public_key())}
    assert httpx.post(url, json=pod_key).status_code == 401
    assert httpx.post(url, json=pod_key, headers={"Authorization": "Bearer not-a-token"}).status_code == 401
    answer = httpx.post(
        url, json=pod_key, headers={"Authorization": "Bearer " + mock.identity.issue_service_account_token()}
    )
    assert answer.status_code == 200
    assert json.loads(base64.b64decode(answer.content))["token"].startswith("ST$")


def test_issue_expired_tokens_switch(mock: MockKmsServer, clock: FakeClock) -> None:
    mock.identity.faults.issue_expired_tokens = True
    claims = decode_claims(federate(mock, clock).json()["token"])
    assert claims["exp"] < clock()
