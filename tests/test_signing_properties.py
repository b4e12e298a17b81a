"""Properties of kms_facade.signing: sign then verify holds; any one changed byte in a signed part fails."""

from __future__ import annotations

import base64
import json
import pathlib
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kms_facade import signing
from kms_facade.signing import SignatureError, Signer

DATA = json.loads((pathlib.Path(__file__).parent / "data" / "signing-vectors.json").read_text("utf-8"))
TRUSTED = {DATA["fingerprint"]: signing.load_public_key(DATA["public_key_pem"])}
NOW = 1_767_225_600.0
SIGNER = Signer(
    DATA["tenancy"], DATA["user"], DATA["fingerprint"], private_key_content=DATA["private_key_pem"], clock=lambda: NOW
)
PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

methods = st.sampled_from(["GET", "HEAD", "DELETE", "POST", "PUT", "PATCH", "get", "post"])
segments = st.text(min_size=1, max_size=12).map(lambda s: quote(s, safe=""))
paths = st.lists(segments, min_size=1, max_size=4).map(lambda parts: "/" + "/".join(parts))
queries = st.dictionaries(st.text(min_size=1, max_size=6), st.text(max_size=10), max_size=3)
hosts = st.sampled_from(["h.example", "127.0.0.1:8080", "[::1]:9999", "kms.us-ashburn-1.oraclecloud.com"])
bodies = st.binary(max_size=256)
printable = st.characters(min_codepoint=0x20, max_codepoint=0x7E)


def build(method: str, host: str, path: str, query: dict[str, str], body: bytes) -> tuple[str, dict[str, str], bytes]:
    """Sign a request; return its request target, its lower-case headers and its body."""
    has_body = method.upper() in {"POST", "PUT", "PATCH"}
    body = body if has_body else b""
    request = httpx.Request(method.upper(), httpx.URL(f"http://{host}{path}", params=query), content=body)
    signed = next(SIGNER.auth_flow(request))
    headers = {name.lower(): value for name, value in signed.headers.items()}
    return signed.url.raw_path.decode("ascii"), headers, body


def verifies(method: str, target: str, headers: dict[str, str], body: bytes) -> bool:
    try:
        signing.verify_request(method, target, headers, body, TRUSTED, NOW)
    except SignatureError:
        return False
    return True


def change_one_char(value: str, index: int, replacement: str) -> str:
    index %= len(value)
    if value[index] == replacement:
        replacement = "A" if replacement != "A" else "B"
    return value[:index] + replacement + value[index + 1 :]


@PROPERTY_SETTINGS
@given(methods, hosts, paths, queries, bodies)
def test_sign_then_verify(method: str, host: str, path: str, query: dict[str, str], body: bytes) -> None:
    target, headers, body = build(method, host, path, query, body)
    assert signing.verify_request(method, target, headers, body, TRUSTED, NOW) == DATA["key_id"]
    # Verification reads the same signing string the signer wrote, even with re-ordered parameters.
    params = signing.parse_authorization(headers["authorization"])
    headers["authorization"] = "Signature " + ",".join(f'{k}="{v}"' for k, v in sorted(params.items()))
    assert verifies(method, target, headers, body)


@PROPERTY_SETTINGS
@given(methods, hosts, paths, queries, st.integers(min_value=0), printable)
def test_changed_request_target_fails(
    method: str, host: str, path: str, query: dict[str, str], index: int, replacement: str
) -> None:
    target, headers, body = build(method, host, path, query, b"")
    assert not verifies(method, change_one_char(target, index, replacement), headers, body)


@PROPERTY_SETTINGS
@given(st.sampled_from(["POST", "PUT", "PATCH"]), paths, bodies.filter(bool), st.integers(min_value=0), st.data())
def test_changed_body_fails(method: str, path: str, body: bytes, index: int, data: st.DataObject) -> None:
    target, headers, body = build(method, "h", path, {}, body)
    index %= len(body)
    flipped = data.draw(st.integers(min_value=1, max_value=255))
    tampered = body[:index] + bytes([body[index] ^ flipped]) + body[index + 1 :]
    assert not verifies(method, target, headers, tampered)


@PROPERTY_SETTINGS
@given(methods, hosts, paths, bodies, st.integers(min_value=0), printable, st.data())
def test_changed_signed_header_fails(
    method: str, host: str, path: str, body: bytes, index: int, replacement: str, data: st.DataObject
) -> None:
    target, headers, body = build(method, host, path, {}, body)
    signed_names = [n for n in signing.headers_to_sign(method) if n != "(request-target)"]
    name = data.draw(st.sampled_from(signed_names))
    headers[name] = change_one_char(headers[name], index, replacement)
    assert not verifies(method, target, headers, body)


@PROPERTY_SETTINGS
@given(methods, paths, bodies, st.integers(min_value=0), st.integers(min_value=0, max_value=7))
def test_changed_signature_fails(method: str, path: str, body: bytes, index: int, bit: int) -> None:
    target, headers, body = build(method, "h", path, {}, body)
    params = signing.parse_authorization(headers["authorization"])
    raw = bytearray(base64.b64decode(params["signature"]))
    raw[index % len(raw)] ^= 1 << bit
    headers["authorization"] = signing.build_authorization(
        params["keyId"], params["headers"].split(" "), base64.b64encode(raw).decode()
    )
    assert not verifies(method, target, headers, body)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_property_helpers_sign_what_they_claim(method: str) -> None:
    """Guard for the properties above: the unmodified request really verifies."""
    target, headers, body = build(method, "h", "/a%2Fb", {"q": "x y"}, b"{}")
    assert target == "/a%2Fb?q=x+y"
    assert verifies(method, target, headers, body)
