"""The security matrix, over a real socket: requests crafted with raw httpx (or a raw socket where httpx
would normalise or refuse them) and signed with ``kms_facade.signing``, each wrong in one way. Every one gets
a 4xx with the OCI error body ``{code, message}`` and an ``opc-request-id`` (401 NotAuthenticated for every
authentication failure), and the vault is unchanged. Where a case alters a good request, the good request
is sent afterwards and must succeed: the case failed for the reason it names, not another.
"""

from __future__ import annotations

import base64
import json
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from support import TENANCY, USER, CountingTransport, aes_key_details, new_rsa_key, signer_for, vault_snapshot

from kms_facade import KmsManagementClient
from kms_facade.exceptions import ServiceError
from kms_facade.signing import (
    Signer,
    body_sha256,
    build_authorization,
    fingerprint,
    format_http_date,
    headers_to_sign,
    signing_string,
)
from kms_mock import ManualClock, MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from kms_mock.options import MAX_BODY_BYTES

COMPARTMENT = "ocid1.compartment.oc1..security"
OTHER_COMPARTMENT = "ocid1.compartment.oc1..elsewhere"
BASE = "/20180608/keys"


@dataclass(frozen=True)
class Wire:
    """One request as it goes on the wire: method, raw target, headers in order (repeats allowed), body."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""
    raw: bool = False
    """Send over a plain socket (for what httpx would normalise or refuse: dot segments, duplicate Host)."""

    def with_header(self, name: str, value: str) -> Wire:
        """The same request with ``name`` set to ``value`` (replacing it)."""
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name)
        return replace(self, headers=(*kept, (name, value)))

    def with_extra(self, name: str, value: str) -> Wire:
        """The same request with one more ``name`` header (a duplicate if it is there already)."""
        return replace(self, headers=(*self.headers, (name, value)))


@dataclass
class Answer:
    """A response: status, headers (lower-case names, every value), body."""

    status: int
    headers: dict[str, list[str]] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        values = self.headers.get(name)
        return values[0] if values else None


@dataclass
class Context:
    """What the cases need: the server, the clock, the trusted key and a stranger's key."""

    server: MockKmsServer
    clock: ManualClock
    api_key: rsa.RSAPrivateKey
    stranger: rsa.RSAPrivateKey

    @property
    def host(self) -> str:
        return urlsplit(self.server.endpoint).netloc

    @property
    def signer(self) -> Signer:
        return signer_for(self.api_key, self.clock)

    def key_id(self, of: rsa.RSAPrivateKey | None = None) -> str:
        return f"{TENANCY}/{USER}/{fingerprint((of or self.api_key).public_key())}"

    def victim(self) -> str:
        """A fresh ENABLED key to aim at."""
        with KmsManagementClient({}, self.server.endpoint, signer=self.signer) as client:
            return client.create_key(aes_key_details(COMPARTMENT, "victim")).data.id

    def signed(self, method: str, target: str, body: bytes = b"", signer: Signer | None = None) -> Wire:
        """A correctly signed request (``Signer.sign``)."""
        base = {"content-type": "application/json"} if body or method in {"POST", "PUT"} else {}
        added = (signer or self.signer).sign(method, self.server.endpoint + target, base, body)
        return Wire(method, target, tuple({**base, **added}.items()), body)

    def forged(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        *,
        names: tuple[str, ...] | None = None,
        key_id: str | None = None,
        date_offset: float = 0.0,
    ) -> Wire:
        """A request signed by hand with the trusted key: any signed-header list, keyId or date, a raw target."""
        headers = {"date": format_http_date(self.clock() + date_offset), "host": self.host}
        if method in {"POST", "PUT"}:
            headers |= {
                "content-type": "application/json",
                "content-length": str(len(body)),
                "x-content-sha256": body_sha256(body),
            }
        names = names or headers_to_sign(method)
        text = signing_string(method, target, headers, names)
        signature = self.api_key.sign(text.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
        authorization = build_authorization(key_id or self.key_id(), names, base64.b64encode(signature).decode())
        return Wire(method, target, (*headers.items(), ("authorization", authorization)), body, raw=True)


def send(context: Context, wire: Wire) -> Answer:
    """Send ``wire`` with httpx (no auth, no added headers of ours), or over a plain socket when ``raw``."""
    if wire.raw:
        return send_raw(context.server.endpoint, wire)
    url = context.server.endpoint + wire.target
    with httpx.Client(timeout=10) as http:
        request = http.build_request(wire.method, url, content=wire.body)
        # Exactly the crafted headers, in order and with their repeats (none of httpx's defaults), plus the
        # Host and Content-Length that HTTP/1.1 needs when the case did not set them.
        given = httpx.Headers(list(wire.headers))
        if "host" not in given:
            given["host"] = context.host
        if wire.body and "content-length" not in given:
            given["content-length"] = str(len(wire.body))
        request.headers = given
        assert request.url.raw_path.decode() == wire.target, "httpx changed the target: send it raw"
        response = http.send(request)
    collected: dict[str, list[str]] = {}
    for name, value in response.headers.multi_items():
        collected.setdefault(name.lower(), []).append(value)
    return Answer(response.status_code, collected, response.content)


def send_raw(endpoint: str, wire: Wire | bytes) -> Answer:
    """Write the request bytes to a fresh connection and read the answer until the server closes it."""
    if isinstance(wire, Wire):
        lines = [f"{wire.method} {wire.target} HTTP/1.1", *(f"{k}: {v}" for k, v in wire.headers)]
        if wire.body and not any(k.lower() == "content-length" for k, _ in wire.headers):
            lines.append(f"content-length: {len(wire.body)}")
        data = ("\r\n".join([*lines, "connection: close"]) + "\r\n\r\n").encode("latin-1") + wire.body
    else:
        data = wire
    parts = urlsplit(endpoint)
    assert parts.hostname and parts.port
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, list[str]] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return Answer(int(status_line.split(" ")[1]), headers, body)


# ---------------------------------------------------------------------- the cases


def create_body() -> bytes:
    return json.dumps(aes_key_details(COMPARTMENT, "intruder")).encode()


@dataclass(frozen=True)
class Case:
    """A bad request (and the good one it was made from, if any) and the error it must get."""

    bad: Wire | bytes
    status: int = 401
    code: str = "NotAuthenticated"
    good: Wire | None = None


Build = Callable[[Context], Case]
CASES: dict[str, Build] = {}
REASONS: dict[str, str] = {}


def case(name: str, reason: str) -> Callable[[Build], Build]:
    """Register a case; ``reason`` must appear in the error message (the request failed for that reason)."""

    def register(build: Build) -> Build:
        CASES[name] = build
        REASONS[name] = reason
        return build

    return register


@case("unsigned create", "no authorization header")
def _unsigned(c: Context) -> Case:
    good = c.signed("POST", BASE, create_body())
    bad = replace(good, headers=tuple((k, v) for k, v in good.headers if k != "authorization"))
    return Case(bad, good=good)


@case("unsigned read", "no authorization header")
def _unsigned_read(c: Context) -> Case:
    return Case(Wire("GET", f"{BASE}/{c.victim()}", (("host", c.host),)))


@case("signed by an untrusted key", "not trusted")
def _untrusted(c: Context) -> Case:
    return Case(c.signed("POST", BASE, create_body(), signer=signer_for(c.stranger, c.clock)))


@case("keyId names the trusted fingerprint, signed by another key", "signature does not match")
def _liar(c: Context) -> Case:
    return Case(
        c.signed("POST", BASE, create_body(), signer=signer_for(c.stranger, c.clock, claimed=c.api_key.public_key()))
    )


@case("keyId names an untrusted fingerprint, signed by the trusted key", "not trusted")
def _wrong_fingerprint(c: Context) -> Case:
    body = create_body()
    return Case(c.forged("POST", BASE, body, key_id=c.key_id(c.stranger)), good=c.forged("POST", BASE, body))


@case("keyId without tenancy and user", "keyId is not of the form")
def _bare_key_id(c: Context) -> Case:
    body = create_body()
    bare = fingerprint(c.api_key.public_key())
    return Case(c.forged("POST", BASE, body, key_id=bare), good=c.forged("POST", BASE, body))


@case("path altered after signing", "signature does not match")
def _path(c: Context) -> Case:
    signed_for, aimed_at = c.victim(), c.victim()
    good = c.signed("POST", f"{BASE}/{signed_for}/actions/disable")
    return Case(replace(good, target=f"{BASE}/{aimed_at}/actions/disable"), good=good)


@case("query altered after signing", "signature does not match")
def _query(c: Context) -> Case:
    good = c.signed("GET", f"{BASE}?compartmentId={COMPARTMENT}")
    return Case(replace(good, target=f"{BASE}?compartmentId={OTHER_COMPARTMENT}"), good=good)


@case("query added after signing", "signature does not match")
def _query_added(c: Context) -> Case:
    good = c.signed("GET", f"{BASE}?compartmentId={COMPARTMENT}")
    return Case(replace(good, target=f"{BASE}?compartmentId={COMPARTMENT}&limit=1"), good=good)


@case("body altered after signing", "x-content-sha256 does not match")
def _body(c: Context) -> Case:
    good = c.signed("POST", BASE, create_body())
    return Case(replace(good, body=good.body.replace(b"intruder", b"imposter")), good=good)


@case("body altered, hash and length recomputed", "signature does not match")
def _body_rehashed(c: Context) -> Case:
    good = c.signed("POST", BASE, create_body())
    body = good.body.replace(b"intruder", b"imposter")
    bad = replace(good, body=body).with_header("x-content-sha256", body_sha256(body))
    return Case(bad, good=good)


@case("date altered after signing", "signature does not match")
def _date(c: Context) -> Case:
    good = c.signed("POST", BASE, create_body())
    return Case(good.with_header("date", format_http_date(c.clock() + 1)), good=good)


@case("host altered after signing", "signature does not match")
def _host(c: Context) -> Case:
    good = c.signed("POST", BASE, create_body())
    return Case(good.with_header("host", c.host.replace("127.0.0.1", "localhost")), good=good)


@case("content-type altered after signing", "signature does not match")
def _content_type(c: Context) -> Case:
    good = c.signed("POST", BASE, create_body())
    return Case(good.with_header("content-type", "application/json; charset=utf-8"), good=good)


@case("date 6 minutes behind", "360 s away")
def _date_behind(c: Context) -> Case:
    body = create_body()
    return Case(c.forged("POST", BASE, body, date_offset=-360), good=c.forged("POST", BASE, body))


@case("date 6 minutes ahead", "360 s away")
def _date_ahead(c: Context) -> Case:
    body = create_body()
    return Case(c.forged("POST", BASE, body, date_offset=360), good=c.forged("POST", BASE, body))


def _without(method: str, name: str) -> tuple[str, ...]:
    return tuple(n for n in headers_to_sign(method) if n != name)


@case("signed headers lack host (GET)", "'host' must be signed")
def _no_host_get(c: Context) -> Case:
    target = f"{BASE}/{c.victim()}"
    return Case(c.forged("GET", target, names=_without("GET", "host")), good=c.forged("GET", target))


@case("signed headers lack host (POST)", "'host' must be signed")
def _no_host_post(c: Context) -> Case:
    body = create_body()
    return Case(c.forged("POST", BASE, body, names=_without("POST", "host")), good=c.forged("POST", BASE, body))


@case("signed headers lack x-content-sha256", "'x-content-sha256' must be signed")
def _no_sha(c: Context) -> Case:
    body = create_body()
    names = _without("POST", "x-content-sha256")
    return Case(c.forged("POST", BASE, body, names=names), good=c.forged("POST", BASE, body))


@case("signed headers lack (request-target)", "'(request-target)' must be signed")
def _no_target(c: Context) -> Case:
    target = f"{BASE}/{c.victim()}/actions/disable"
    names = _without("POST", "(request-target)")
    return Case(c.forged("POST", target, names=names), good=c.forged("POST", target))


for _name in ("authorization", "date", "x-content-sha256", "content-type"):

    def _duplicate(c: Context, name: str = _name) -> Case:
        good = c.signed("POST", BASE, create_body())
        value = next(v for k, v in good.headers if k == name)
        return Case(good.with_extra(name, value), good=good)

    case(f"duplicated {_name} header (same value)", "more than once")(_duplicate)


@case("duplicated host header", "not valid HTTP")
def _duplicate_host(c: Context) -> Case:
    good = c.forged("POST", BASE, create_body())
    # RFC 9112 §3.2: a request with more than one Host is answered 400 before anything else looks at it.
    return Case(good.with_extra("host", c.host), status=400, code="CannotParseRequest", good=good)


@case("conflicting content-length headers", "not valid HTTP")
def _duplicate_length(c: Context) -> Case:
    good = c.forged("POST", BASE, create_body())
    bad = good.with_extra("content-length", str(len(good.body) + 1))
    return Case(bad, status=400, code="CannotParseRequest", good=good)


@case("oversized body, signed", "exceeds the limit")
def _oversized(c: Context) -> Case:
    document = aes_key_details(COMPARTMENT, "x" * MAX_BODY_BYTES)
    return Case(c.signed("POST", BASE, json.dumps(document).encode()), status=413, code="PayloadTooLarge")


@case("oversized declared length, no body sent", "exceeds the limit")
def _declared(c: Context) -> Case:
    head = f"POST {BASE} HTTP/1.1\r\nhost: {c.host}\r\ncontent-type: application/json\r\n"
    bad = (head + "content-length: 100000000\r\n\r\n").encode()
    return Case(bad, status=413, code="PayloadTooLarge")


@case("id '..' (raw)", "'..' does not exist")
def _dot_dot(c: Context) -> Case:
    return Case(c.forged("GET", f"{BASE}/.."), status=404, code="NotAuthorizedOrNotFound")


@case("version id '..' reaching for the key's own action (raw)", "KeyVersion '..' does not exist")
def _dot_dot_climb(c: Context) -> Case:
    key = c.victim()
    bad = c.forged("POST", f"{BASE}/{key}/keyVersions/../actions/scheduleDeletion", b"{}")
    # Not normalised: '..' stays the version id, so this is the version route, and no version has that id.
    return Case(bad, status=404, code="NotAuthorizedOrNotFound")


@case("id with a raw '/'", "No such resource path")
def _slash(c: Context) -> Case:
    key = c.victim()
    return Case(c.forged("POST", f"{BASE}/{key}/x/actions/disable"), status=404, code="NotFound")


@case("id with '%2F' and '..'", "does not exist")
def _encoded_slash(c: Context) -> Case:
    first, second = c.victim(), c.victim()
    bad = c.signed("POST", f"{BASE}/{first}%2F..%2F{second}/actions/disable")
    return Case(bad, status=404, code="NotAuthorizedOrNotFound")


@case("version id with '%2F'", "does not exist")
def _encoded_slash_version(c: Context) -> Case:
    key = c.victim()
    bad = c.signed("GET", f"{BASE}/{key}/keyVersions/..%2F..%2F{key}")
    return Case(bad, status=404, code="NotAuthorizedOrNotFound")


@case("id with encoded CR/LF", "does not exist")
def _encoded_crlf(c: Context) -> Case:
    bad = c.signed("POST", f"{BASE}/{c.victim()}%0D%0Aset-cookie:%20x/actions/disable")
    return Case(bad, status=404, code="NotAuthorizedOrNotFound")


@case("id with a raw CR/LF", "not valid HTTP")
def _raw_crlf(c: Context) -> Case:
    key = c.victim()
    bad = f"POST {BASE}/{key}\r\n/actions/disable HTTP/1.1\r\nhost: {c.host}\r\ncontent-length: 0\r\n\r\n"
    return Case(bad.encode(), status=400, code="CannotParseRequest")


# ---------------------------------------------------------------------- the test


@pytest.fixture(scope="module")
def context() -> Iterator[Context]:
    clock = ManualClock()
    api_key, stranger = new_rsa_key(), new_rsa_key()
    with MockKmsServer(
        trust_keys=[api_key.public_key()], wrapping_key=WrappingKeyPair.generate(2048), clock=clock
    ) as s:
        yield Context(s, clock, api_key, stranger)


def check_error(answer: Answer, status: int, code: str, reason: str) -> None:
    assert answer.status == status, (answer.status, answer.body[:300])
    assert answer.header("content-type") == "application/json"
    document = json.loads(answer.body)
    assert set(document) == {"code", "message"}, document
    assert document["code"] == code, document
    assert isinstance(document["message"], str)
    assert reason in document["message"], document
    request_id = answer.header("opc-request-id")
    assert request_id and request_id.isprintable()
    assert "set-cookie" not in answer.headers


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_request_gets_a_4xx_oci_error_and_changes_nothing(context: Context, name: str) -> None:
    built = CASES[name](context)
    compartments = [COMPARTMENT, OTHER_COMPARTMENT]
    before = vault_snapshot(context.server, compartments)
    answer = send_raw(context.server.endpoint, built.bad) if isinstance(built.bad, bytes) else send(context, built.bad)
    check_error(answer, built.status, built.code, REASONS[name])
    assert vault_snapshot(context.server, compartments) == before
    if built.good is not None:
        control = send(context, built.good)
        assert control.status == 200, control.body[:300]


def test_the_matrix_covers_every_case_of_the_issue() -> None:
    names = " ".join(CASES)
    for needle in (
        "unsigned",
        "untrusted key",
        "fingerprint",
        "path altered",
        "query altered",
        "body altered",
        "date altered",
        "date 6 minutes",
        "lack host",
        "lack x-content-sha256",
        "duplicated",
        "oversized",
        "'..'",
        "raw '/'",
        "%2F",
        "CR/LF",
    ):
        assert needle in names, needle
    print(f"\n[security matrix] {len(CASES)} cases")


# ---------------------------------------------------------------------- through the facade


@pytest.mark.parametrize("bad_id", [".", ".."])
def test_facade_refuses_dot_segment_ids_before_sending(context: Context, bad_id: str) -> None:
    """httpx removes dot segments from a URL, so an id '..' would climb to another resource (a version id
    '..' in schedule_key_version_deletion would schedule the *key's* deletion): it must be a ValueError."""
    key = context.victim()
    before = vault_snapshot(context.server, [COMPARTMENT])
    outcomes: dict[str, str] = {}
    transport = CountingTransport()
    with KmsManagementClient({}, context.server.endpoint, signer=context.signer, transport=transport) as client:
        calls: dict[str, Callable[[], object]] = {
            "schedule_key_version_deletion": lambda: client.schedule_key_version_deletion(key, bad_id, {}),
            "get_key_version": lambda: client.get_key_version(key, bad_id),
            "disable_key": lambda: client.disable_key(bad_id),
        }
        for name, call in calls.items():
            try:
                call()
                outcomes[name] = "returned"
            except ValueError:
                outcomes[name] = "ValueError"
            except Exception as error:  # report whatever escaped
                outcomes[name] = f"{type(error).__name__}: {error}"[:160]
    state = context.server.state.get_key(key).lifecycle_state
    assert (outcomes, state, transport.log.requests) == (dict.fromkeys(calls, "ValueError"), "ENABLED", 0)
    assert vault_snapshot(context.server, [COMPARTMENT]) == before


@pytest.mark.parametrize("odd_id", ["a/b", "a%2Fb", "%2E%2E", "a\r\nb", "../x", "x/.."])
def test_facade_sends_odd_ids_as_one_segment(context: Context, odd_id: str) -> None:
    """Ids with '/', '%2F' or CR/LF reach the server as one path segment and get 404, never another resource."""
    key = context.victim()
    before = vault_snapshot(context.server, [COMPARTMENT])
    with KmsManagementClient({}, context.server.endpoint, signer=context.signer) as client:
        for call in (
            lambda: client.disable_key(odd_id),
            lambda: client.get_key(odd_id),
            lambda: client.schedule_key_version_deletion(key, odd_id, {}),
        ):
            with pytest.raises(ServiceError) as caught:
                call()
            assert caught.value.status == 404, caught.value
    assert vault_snapshot(context.server, [COMPARTMENT]) == before
