"""kms_facade.signing: known-answer vectors, the signer, key loading and every verifier rejection."""

from __future__ import annotations

import asyncio
import base64
import email.utils
import json
import pathlib
import traceback
from collections.abc import Callable

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding

from kms_facade import signing
from kms_facade.exceptions import InvalidKeyFilePath, InvalidPrivateKey, MissingPrivateKeyPassphrase
from kms_facade.signing import SignatureError, Signer

DATA = json.loads((pathlib.Path(__file__).parent / "data" / "signing-vectors.json").read_text("utf-8"))
VECTORS = DATA["vectors"]
PRIVATE_PEM: str = DATA["private_key_pem"]
PUBLIC_KEY = signing.load_public_key(DATA["public_key_pem"])
TRUSTED = {DATA["fingerprint"]: PUBLIC_KEY}
PASS_PHRASE = "correct horse battery staple"
T0 = 1_767_225_600.0  # Thu, 01 Jan 2026 00:00:00 GMT


def vector_id(vector: dict[str, object]) -> str:
    return f"{vector['method']} {vector['url']}"


def epoch(http_date: str) -> float:
    return email.utils.parsedate_to_datetime(http_date).timestamp()


def make_signer(now: float = T0, **kwargs: object) -> Signer:
    return Signer(
        DATA["tenancy"],
        DATA["user"],
        DATA["fingerprint"],
        private_key_content=kwargs.pop("private_key_content", PRIVATE_PEM),  # type: ignore[arg-type]
        clock=lambda: now,
        **kwargs,  # type: ignore[arg-type]
    )


def encrypted_pem(pass_phrase: str = PASS_PHRASE) -> bytes:
    key = signing.load_private_key(PRIVATE_PEM)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(pass_phrase.encode()),
    )


# --------------------------------------------------------------------------- known-answer vectors


def test_vector_key_fingerprint_and_key_id() -> None:
    assert signing.fingerprint(PUBLIC_KEY) == DATA["fingerprint"]
    assert signing.fingerprint(signing.load_public_key(PRIVATE_PEM)) == DATA["fingerprint"]
    assert make_signer().key_id == DATA["key_id"]


@pytest.mark.parametrize("vector", VECTORS, ids=vector_id)
def test_auth_flow_reproduces_vector(vector: dict[str, object]) -> None:
    headers: dict[str, str] = vector["request_headers"]  # type: ignore[assignment]
    body = str(vector["body"]).encode("utf-8")
    request = httpx.Request(
        str(vector["method"]),
        str(vector["url"]),
        content=body,
        headers={"content-type": headers["content-type"]},
    )
    signed = next(make_signer(epoch(headers["date"])).auth_flow(request))
    assert signed.headers["authorization"] == vector["authorization"]
    for name, value in headers.items():
        assert signed.headers[name] == value, name


@pytest.mark.parametrize("vector", VECTORS, ids=vector_id)
def test_sign_reproduces_vector_and_computes_body_headers(vector: dict[str, object]) -> None:
    headers: dict[str, str] = vector["request_headers"]  # type: ignore[assignment]
    body = str(vector["body"]).encode("utf-8")
    given = {"Host": headers["host"]}  # mixed case on purpose; body headers left for the signer to compute
    added = make_signer(epoch(headers["date"])).sign(str(vector["method"]), str(vector["url"]), given, body)
    assert added.pop("authorization") == vector["authorization"]
    assert added == {name: headers[name] for name in signing.headers_to_sign(str(vector["method"]))[3:]} | {
        "date": headers["date"]
    }


@pytest.mark.parametrize("vector", VECTORS, ids=vector_id)
def test_verify_accepts_vector(vector: dict[str, object]) -> None:
    headers: dict[str, str] = vector["request_headers"]  # type: ignore[assignment]
    target = httpx.URL(str(vector["url"])).raw_path.decode()
    key_id = signing.verify_request(
        str(vector["method"]),
        target,
        {**headers, "authorization": str(vector["authorization"])},
        str(vector["body"]).encode("utf-8"),
        TRUSTED,
        now=epoch(headers["date"]),
    )
    assert key_id == DATA["key_id"]


# --------------------------------------------------------------------------- protocol helpers


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("GET", ("date", "(request-target)", "host")),
        ("head", ("date", "(request-target)", "host")),
        ("DELETE", ("date", "(request-target)", "host")),
        *[
            (m, ("date", "(request-target)", "host", "content-length", "content-type", "x-content-sha256"))
            for m in ("POST", "PUT", "patch")
        ],
    ],
)
def test_headers_to_sign(method: str, expected: tuple[str, ...]) -> None:
    assert signing.headers_to_sign(method) == expected


@pytest.mark.parametrize("method", ["OPTIONS", "TRACE", "CONNECT", ""])
def test_headers_to_sign_rejects_other_verbs(method: str) -> None:
    with pytest.raises(ValueError, match="does not support"):
        signing.headers_to_sign(method)


def test_body_sha256() -> None:
    assert signing.body_sha256(b"") == signing.EMPTY_BODY_SHA256
    assert signing.body_sha256(b'{"displayName": "renamed"}') == "unE6iVbkZwIVJQDyeEsNeTnK57ioM/Jix1BADcZKZxs="


@pytest.mark.parametrize("when", [0, 951_782_400.5, T0, T0 + 86_399, 4_102_444_800, 1_709_164_800])
def test_format_http_date_matches_stdlib(when: float) -> None:
    assert signing.format_http_date(when) == email.utils.formatdate(int(when), usegmt=True)


def test_format_http_date_known_value() -> None:
    assert signing.format_http_date(T0 + 3) == "Thu, 01 Jan 2026 00:00:03 GMT"


def test_signing_string_layout() -> None:
    text = signing.signing_string(
        "GET",
        "/20180608/keys?compartmentId=c&limit=3",
        {"date": "D", "host": "h:8080", "x-ignored": "y"},
        signing.headers_to_sign("GET"),
    )
    assert text == "date: D\n(request-target): get /20180608/keys?compartmentId=c&limit=3\nhost: h:8080"


def test_signing_string_rejects_absent_header_and_line_breaks() -> None:
    with pytest.raises(ValueError, match="'host' is absent"):
        signing.signing_string("GET", "/", {"date": "D"}, ["date", "host"])
    with pytest.raises(ValueError, match="line break"):
        signing.signing_string("GET", "/", {"date": "D\r\nhost: evil"}, ["date"])


def test_build_authorization_order_and_parse_round_trip() -> None:
    value = signing.build_authorization("t/u/f", ["date", "host"], "c2ln")
    assert value == 'Signature algorithm="rsa-sha256",headers="date host",keyId="t/u/f",signature="c2ln",version="1"'
    assert signing.parse_authorization(value) == {
        "algorithm": "rsa-sha256",
        "headers": "date host",
        "keyId": "t/u/f",
        "signature": "c2ln",
        "version": "1",
    }


def test_parse_authorization_is_order_independent() -> None:
    value = 'Signature version="1", signature="c2ln",keyId="a/b/c" ,headers="date",algorithm="rsa-sha256"'
    assert signing.parse_authorization(value) == {
        "version": "1",
        "signature": "c2ln",
        "keyId": "a/b/c",
        "headers": "date",
        "algorithm": "rsa-sha256",
    }


@pytest.mark.parametrize(
    "value",
    [
        "",
        "Signature",
        "Signature ",
        'Bearer keyId="a/b/c"',
        'Signature keyId="a/b/c",',
        'Signature keyId="a/b/c",keyId="a/b/d"',
        "Signature keyId=a/b/c",
        'Signature keyId="a/b/c" signature="x"',
        'Signature keyId="a/b/c,signature="x"',
        'Signature ="x"',
    ],
)
def test_parse_authorization_rejects_malformed(value: str) -> None:
    with pytest.raises(SignatureError):
        signing.parse_authorization(value)


# --------------------------------------------------------------------------- keys


def test_load_private_key_variants() -> None:
    assert signing.load_private_key(PRIVATE_PEM).key_size == 2048
    assert signing.load_private_key(PRIVATE_PEM.encode(), "ignored for a clear key").key_size == 2048
    assert signing.load_private_key(encrypted_pem(), PASS_PHRASE).key_size == 2048
    assert signing.load_private_key(encrypted_pem(), PASS_PHRASE.encode()).key_size == 2048


def test_load_private_key_traditional_encrypted_pem() -> None:
    key = signing.load_private_key(PRIVATE_PEM)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.BestAvailableEncryption(PASS_PHRASE.encode()),
    )
    assert b"Proc-Type: 4,ENCRYPTED" in pem
    assert signing.fingerprint(signing.load_private_key(pem, PASS_PHRASE).public_key()) == DATA["fingerprint"]
    with pytest.raises(MissingPrivateKeyPassphrase):
        signing.load_private_key(pem, None)


def ec_private_pem() -> bytes:
    return ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.mark.parametrize(
    ("pem", "pass_phrase", "error", "reason"),
    [
        (encrypted_pem(), None, MissingPrivateKeyPassphrase, "encrypted"),
        (encrypted_pem(), "wrong " + PASS_PHRASE, InvalidPrivateKey, "pass phrase is wrong"),
        (DATA["public_key_pem"], None, InvalidPrivateKey, "public key"),
        ("not a key at all", None, InvalidPrivateKey, "not a PEM private key"),
        (b"", PASS_PHRASE, InvalidPrivateKey, "not a PEM private key"),
        (ec_private_pem(), None, InvalidPrivateKey, "RSA"),
    ],
)
def test_load_private_key_errors_never_leak_secrets(
    pem: str | bytes, pass_phrase: str | None, error: type[Exception], reason: str
) -> None:
    with pytest.raises(error, match=reason) as caught:
        signing.load_private_key(pem, pass_phrase)
    shown = "".join(traceback.format_exception(caught.value)) + repr(caught.value)
    assert PASS_PHRASE not in shown
    assert "MII" not in shown  # no base64 key material


def test_load_public_key_errors() -> None:
    with pytest.raises(ValueError, match="not a PEM RSA public key"):
        signing.load_public_key("garbage")
    with pytest.raises(ValueError, match="not a PEM RSA public key"):
        signing.load_public_key(encrypted_pem())
    with pytest.raises(ValueError, match="not an RSA key"):
        signing.load_public_key(ec_private_pem())


# --------------------------------------------------------------------------- signer


def test_signer_needs_a_key() -> None:
    with pytest.raises(ValueError, match="private_key_content or private_key_file_location"):
        Signer("t", "u", "f")


def test_signer_key_file_with_home_expansion_and_pass_phrase(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "key.pem").write_bytes(encrypted_pem())
    signer = Signer("t", "u", "f", private_key_file_location="~/key.pem", pass_phrase=PASS_PHRASE, clock=lambda: T0)
    added = signer.sign("GET", "https://h/x", {}, b"")
    text = signing.signing_string("GET", "/x", {**added, "host": "h"}, signing.headers_to_sign("GET"))
    signature = base64.b64decode(signing.parse_authorization(added["authorization"])["signature"])
    PUBLIC_KEY.verify(signature, text.encode(), padding.PKCS1v15(), hashes.SHA256())


def test_signer_missing_key_file(tmp_path: pathlib.Path) -> None:
    missing = tmp_path / "nope.pem"
    with pytest.raises(InvalidKeyFilePath, match=r"nope\.pem"):
        Signer("t", "u", "f", private_key_file_location=str(missing))


def test_signer_content_wins_over_file(tmp_path: pathlib.Path) -> None:
    signer = Signer(
        "t", "u", "f", private_key_file_location=str(tmp_path / "absent.pem"), private_key_content=PRIVATE_PEM
    )
    assert signer.key_id == "t/u/f"


def test_signer_repr_shows_only_key_id() -> None:
    signer = Signer("t", "u", "f", pass_phrase=PASS_PHRASE, private_key_content=encrypted_pem().decode())
    assert repr(signer) == "Signer(key_id='t/u/f')"
    assert PASS_PHRASE not in repr(vars(signer))
    assert not any(isinstance(value, (str, bytes)) and PASS_PHRASE in str(value) for value in vars(signer).values())


def test_signer_rejects_unsupported_verb() -> None:
    with pytest.raises(ValueError, match="OPTIONS"):
        make_signer().sign("OPTIONS", "https://h/", {}, b"")


def test_every_attempt_gets_a_fresh_date_and_signature() -> None:
    now = [T0]
    signer = Signer(
        DATA["tenancy"],
        DATA["user"],
        DATA["fingerprint"],
        private_key_content=PRIVATE_PEM,
        clock=lambda: now[0],
    )
    request = httpx.Request("POST", "https://h/20180608/keys", content=b"{}")
    first = dict(next(signer.auth_flow(request)).headers)
    now[0] += 7
    second = dict(next(signer.auth_flow(request)).headers)
    assert first["date"] == "Thu, 01 Jan 2026 00:00:00 GMT"
    assert second["date"] == "Thu, 01 Jan 2026 00:00:07 GMT"
    assert first["authorization"] != second["authorization"]
    signing.verify_request("POST", "/20180608/keys", second, b"{}", TRUSTED, now=now[0])


def test_body_headers_defaults_and_caller_values() -> None:
    signer = make_signer()
    empty = signer.sign("POST", "https://h/a/actions/enable", {}, b"")
    assert empty["content-length"] == "0"
    assert empty["content-type"] == "application/json"
    assert empty["x-content-sha256"] == signing.EMPTY_BODY_SHA256
    kept = signer.sign(
        "PUT",
        "https://h/a",
        {"Content-Type": "application/octet-stream", "X-Content-SHA256": "preset"},
        b"abc",
    )
    assert "content-type" not in kept
    assert "x-content-sha256" not in kept
    assert kept["content-length"] == "3"
    get = signer.sign("GET", "https://h/a", {"content-length": "5"}, b"")
    assert set(get) == {"date", "host", "authorization"}


def test_host_keeps_non_default_port_and_raw_path_is_signed_as_sent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        signing.verify_request(
            request.method,
            request.url.raw_path.decode(),
            {k.decode().lower(): v.decode() for k, v in request.headers.raw},
            request.content,
            TRUSTED,
            now=T0 + 1,
        )
        return httpx.Response(200)

    with httpx.Client(transport=httpx.MockTransport(handler), auth=make_signer()) as client:
        client.get("http://127.0.0.1:8080/20180608/keys/a%2Fb", params={"page": "AA+/="})
        client.post("http://127.0.0.1:8080/20180608/keys", json={"x": "é"})
    assert seen[0].headers["host"] == "127.0.0.1:8080"
    assert seen[0].url.raw_path == b"/20180608/keys/a%2Fb?page=AA%2B%2F%3D"
    assert seen[1].headers["x-content-sha256"] == signing.body_sha256(seen[1].content)


def test_async_client_is_signed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        key_id = signing.verify_request(
            request.method,
            request.url.raw_path.decode(),
            dict(request.headers),
            request.content,
            TRUSTED,
            now=T0,
        )
        return httpx.Response(200, text=key_id)

    async def main() -> list[str]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler), auth=make_signer()) as client:
            responses = await asyncio.gather(
                client.put("https://h/20180608/keys/k", content=b'{"displayName": "n"}'),
                client.delete("https://h/20180608/keys/k"),
            )
        return [r.text for r in responses]

    assert asyncio.run(main()) == [DATA["key_id"]] * 2


# --------------------------------------------------------------------------- verifier rejections


def signed_headers(
    method: str = "POST",
    target: str = "/20180608/keys",
    body: bytes = b'{"a": 1}',
    *,
    names: list[str] | None = None,
    headers: dict[str, str] | None = None,
    algorithm: str = "rsa-sha256",
    version: str = "1",
    key_id: str = DATA["key_id"],
) -> dict[str, str]:
    """A request signed with the vector key, with any part of the protocol overridden."""
    base = {
        "date": signing.format_http_date(T0),
        "host": "h",
        "content-length": str(len(body)),
        "content-type": "application/json",
        "x-content-sha256": signing.body_sha256(body),
    }
    base.update(headers or {})
    names = names if names is not None else list(signing.headers_to_sign(method))
    text = signing.signing_string(method, target, base, names)
    signature = signing.load_private_key(PRIVATE_PEM).sign(text.encode(), padding.PKCS1v15(), hashes.SHA256())
    b64 = base64.b64encode(signature).decode()
    base["authorization"] = (
        f'Signature algorithm="{algorithm}",headers="{" ".join(names)}",keyId="{key_id}",'
        f'signature="{b64}",version="{version}"'
    )
    return base


def verify(
    headers: dict[str, str],
    method: str = "POST",
    target: str = "/20180608/keys",
    body: bytes = b'{"a": 1}',
    now: float = T0,
) -> str:
    return signing.verify_request(method, target, headers, body, TRUSTED, now)


def without(headers: dict[str, str], name: str) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k != name}


def tamper_signature(headers: dict[str, str]) -> dict[str, str]:
    params = signing.parse_authorization(headers["authorization"])
    raw = bytearray(base64.b64decode(params["signature"]))
    raw[0] ^= 1
    return {
        **headers,
        "authorization": signing.build_authorization(
            params["keyId"], params["headers"].split(), base64.b64encode(raw).decode()
        ),
    }


REJECTIONS: list[tuple[str, Callable[[], str], str]] = [
    ("no authorization", lambda: verify(without(signed_headers(), "authorization")), "no authorization"),
    (
        "not a Signature header",
        lambda: verify({**signed_headers(), "authorization": "Basic dTpw"}),
        "not of the form",
    ),
    (
        "lacks version",
        lambda: verify(
            {
                **signed_headers(),
                "authorization": signed_headers()["authorization"].replace(',version="1"', ""),
            }
        ),
        "'version'",
    ),
    ("algorithm", lambda: verify(signed_headers(algorithm="hmac-sha256")), "algorithm"),
    ("version", lambda: verify(signed_headers(version="2")), "version"),
    (
        "unknown fingerprint",
        lambda: verify(signed_headers(key_id="t/u/00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff")),
        "not trusted",
    ),
    ("keyId shape", lambda: verify(signed_headers(key_id=DATA["fingerprint"])), "tenancy/user/fingerprint"),
    ("token keyId", lambda: verify(signed_headers(key_id="ST$token")), "tenancy/user/fingerprint"),
    ("keyId extra segment", lambda: verify(signed_headers(key_id="x/" + DATA["key_id"])), "tenancy/user/fingerprint"),
    (
        "keyId empty segment",
        lambda: verify(signed_headers(key_id="/u/" + DATA["fingerprint"])),
        "tenancy/user/fingerprint",
    ),
    (
        "host not signed (GET)",
        lambda: verify(signed_headers("GET", "/x", b"", names=["date", "(request-target)"]), "GET", "/x", b""),
        "'host' must be signed",
    ),
    (
        "x-content-sha256 not signed",
        lambda: verify(signed_headers(names=["date", "(request-target)", "host", "content-length", "content-type"])),
        "'x-content-sha256' must be signed",
    ),
    (
        "repeated signed name",
        lambda: verify(
            signed_headers(names=["date", "date", "(request-target)", "host"], method="GET", body=b""),
            "GET",
            body=b"",
        ),
        "repeated",
    ),
    (
        "signed header absent",
        lambda: verify(without(signed_headers(), "content-type")),
        "'content-type' is absent",
    ),
    ("date absent", lambda: verify(without(signed_headers(), "date")), "'date' is absent"),
    (
        "date unparseable",
        lambda: verify(signed_headers(headers={"date": "yesterday-ish"})),
        "not an HTTP date",
    ),
    ("date too old", lambda: verify(signed_headers(), now=T0 + 301), "away from the server's clock"),
    ("date in the future", lambda: verify(signed_headers(), now=T0 - 301), "away from the server's clock"),
    ("body hash", lambda: verify(signed_headers(), body=b'{"a": 2}'), "x-content-sha256 does not match"),
    (
        "content-length",
        lambda: verify(signed_headers(headers={"content-length": "9"})),
        "content-length does not match",
    ),
    (
        "signature not base64",
        lambda: verify(
            {
                **signed_headers(),
                "authorization": signed_headers()["authorization"].replace('signature="', 'signature="!'),
            }
        ),
        "base64",
    ),
    ("bad signature", lambda: verify(tamper_signature(signed_headers())), "signature does not match"),
    ("other path", lambda: verify(signed_headers(), target="/20180608/keys?x=1"), "signature does not match"),
    ("other host", lambda: verify({**signed_headers(), "host": "evil"}), "signature does not match"),
    ("unsupported method", lambda: verify(signed_headers(), method="OPTIONS"), "OPTIONS"),
]


@pytest.mark.parametrize(("case", "call", "reason"), REJECTIONS, ids=[r[0] for r in REJECTIONS])
def test_verify_rejects(case: str, call: Callable[[], str], reason: str) -> None:
    with pytest.raises(SignatureError, match=reason) as caught:
        call()
    assert caught.value.reason == str(caught.value)
    assert "MII" not in caught.value.reason


def test_verify_accepts_within_skew_and_any_param_order() -> None:
    headers = signed_headers()
    assert verify(headers, now=T0 + 299) == DATA["key_id"]
    assert verify(headers, now=T0 - 299) == DATA["key_id"]
    params = signing.parse_authorization(headers["authorization"])
    reordered = "Signature " + ",".join(f'{k}="{v}"' for k, v in reversed(params.items()))
    assert verify({**headers, "authorization": reordered}) == DATA["key_id"]


def test_verify_honours_max_skew() -> None:
    with pytest.raises(SignatureError):
        signing.verify_request(
            "POST", "/20180608/keys", signed_headers(), b'{"a": 1}', TRUSTED, T0 + 61, max_skew_seconds=60
        )


def test_verify_accepts_unsigned_content_length_on_delete() -> None:
    headers = {**signed_headers("DELETE", "/k", b""), "content-length": "0"}
    assert verify(headers, "DELETE", "/k", b"") == DATA["key_id"]
