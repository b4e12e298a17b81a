"""kms_mock over a real socket: MockKmsServer + httpx + the OCI signer from kms_facade.signing."""

from __future__ import annotations

import base64
import json
import logging
import os
import socket
import threading
import uuid
from urllib.parse import urlsplit

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker

from kms_facade.signing import Signer, fingerprint
from kms_facade.wrapping import rsa_private_key_material, wrap_key_material_bytes
from kms_mock import ManualClock, MockKmsServer
from kms_mock.faults import FaultInjector, FaultKind
from kms_mock.lifecycle import DAY
from kms_mock.render import format_time
from kms_mock.server import bind_socket
from kms_mock.spec import load_spec
from kms_mock.state import ListQuery
from tests.support import synthetic_backup

SPEC = load_spec()
TENANCY = "ocid1.tenancy.oc1..aaaatenancy"
USER = "ocid1.user.oc1..aaaauser"
KEY = {"compartmentId": "c-main", "displayName": "k", "keyShape": {"algorithm": "AES", "length": 32}}


def private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(scope="module")
def signer(api_key, clock) -> Signer:
    return Signer(
        TENANCY, USER, fingerprint(api_key.public_key()), private_key_content=private_pem(api_key), clock=clock
    )


@pytest.fixture(scope="module")
def mock(api_key, wrapping_key, clock):
    with MockKmsServer(trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, clock=clock) as server:
        yield server


@pytest.fixture
def client(mock, signer):
    with httpx.Client(base_url=mock.endpoint, auth=signer, timeout=5) as http:
        yield http


def compartment() -> str:
    return f"c-{uuid.uuid4().hex[:8]}"


def create(client: httpx.Client, **fields) -> dict:
    response = client.post("/20180608/keys", json={**KEY, **fields})
    assert response.status_code == 200, response.text
    return response.json()


def error(response: httpx.Response) -> tuple[int, str]:
    assert response.headers.get("opc-request-id")
    body = response.json()
    assert set(body) == {"code", "message"}
    return response.status_code, body["code"]


def schema_properties(schema: dict) -> dict:
    resolved = SPEC.resolve(schema)
    return SPEC.resolve(resolved.get("items", resolved)).get("properties", {})


def conforms(operation_id: str, response: httpx.Response) -> httpx.Response:
    """200, the response headers the spec requires, and a body valid against the spec's schema."""
    assert response.status_code == 200, response.text
    op = SPEC.operation(operation_id)
    declared = SPEC.resolve(SPEC.document["paths"][op.path][op.method.lower()]["responses"]["200"])
    for name, header in declared.get("headers", {}).items():
        if SPEC.resolve(header).get("required"):
            assert response.headers.get(name), f"{operation_id} lacks the {name} header"
    schema = SPEC.response_schema(operation_id)
    if schema is None:
        assert response.content == b""
        return response
    validator = OAS30ReadValidator({**schema, "components": SPEC.components}, format_checker=oas30_format_checker)
    document = response.json()
    problems = [e.message for e in validator.iter_errors(document)]
    assert not problems, problems
    for item in document if isinstance(document, list) else [document]:
        assert "timeCreated" not in schema_properties(schema) or item["timeCreated"].endswith("Z")
    return response


# ---------------------------------------------------------------------- every operation


def test_every_operation_round_trips_and_conforms(client, wrapping_key, mock):
    seen: set[str] = set()

    def call(operation_id: str, method: str, path: str, **kwargs) -> dict:
        seen.add(operation_id)
        response = conforms(operation_id, client.request(method, path, **kwargs))
        return response.json() if response.content else {}

    where = compartment()
    wrapping = call("GetWrappingKey", "GET", "/20180608/wrappingKeys")
    assert wrapping["publicKey"] == wrapping_key.public_pem
    key = call("CreateKey", "POST", "/20180608/keys", json={**KEY, "compartmentId": where, "freeformTags": {"a": "b"}})
    base = f"/20180608/keys/{key['id']}"
    assert (key["lifecycleState"], key["freeformTags"], key["isPrimary"]) == ("ENABLED", {"a": "b"}, True)
    assert call("GetKey", "GET", base)["id"] == key["id"]
    listed = call("ListKeys", "GET", "/20180608/keys", params={"compartmentId": where})
    assert [(k["id"], k["algorithm"]) for k in listed] == [(key["id"], "AES")]
    updated = call("UpdateKey", "PUT", base, json={"displayName": "renamed"})
    assert updated["displayName"] == "renamed"
    first_version = key["currentKeyVersion"]
    version = call("CreateKeyVersion", "POST", f"{base}/keyVersions")
    assert call("GetKey", "GET", base)["currentKeyVersion"] == version["id"]
    versions = call("ListKeyVersions", "GET", f"{base}/keyVersions")
    assert [v["id"] for v in versions] == [version["id"], first_version]
    old = f"{base}/keyVersions/{first_version}"
    assert call("GetKeyVersion", "GET", old)["keyId"] == key["id"]
    scheduled = call("ScheduleKeyVersionDeletion", "POST", f"{old}/actions/scheduleDeletion", json={})
    assert scheduled["lifecycleState"] == "PENDING_DELETION"
    assert call("CancelKeyVersionDeletion", "POST", f"{old}/actions/cancelDeletion")["lifecycleState"] == "ENABLED"
    assert call("DisableKey", "POST", f"{base}/actions/disable")["lifecycleState"] == "DISABLED"
    assert call("EnableKey", "POST", f"{base}/actions/enable")["lifecycleState"] == "ENABLED"
    moved_to = compartment()
    call("ChangeKeyCompartment", "POST", f"{base}/actions/changeCompartment", json={"compartmentId": moved_to})
    assert call("GetKeyVersion", "GET", old)["compartmentId"] == moved_to
    pending = call("ScheduleKeyDeletion", "POST", f"{base}/actions/scheduleDeletion", json={})
    assert pending["lifecycleState"] == "PENDING_DELETION"
    assert pending["timeOfDeletion"].endswith("Z")
    assert call("CancelKeyDeletion", "POST", f"{base}/actions/cancelDeletion")["lifecycleState"] == "ENABLED"

    # The crypto endpoint, on the same AES key, and on an RSA key.
    sealed = call("Encrypt", "POST", "/20180608/encrypt", json={"keyId": key["id"], "plaintext": "SEVMTE8gV09STEQ="})
    opened = call("Decrypt", "POST", "/20180608/decrypt", json={"keyId": key["id"], "ciphertext": sealed["ciphertext"]})
    assert (opened["plaintext"], opened["plaintextChecksum"]) == ("SEVMTE8gV09STEQ=", "2279966299")
    data_key = {"keyId": key["id"], "keyShape": {"algorithm": "AES", "length": 16}, "includePlaintextKey": False}
    assert set(call("GenerateDataEncryptionKey", "POST", "/20180608/generateDataEncryptionKey", json=data_key)) == {
        "ciphertext"
    }
    rsa_shape = {"algorithm": "RSA", "length": 256}
    signer = call("CreateKey", "POST", "/20180608/keys", json={**KEY, "compartmentId": where, "keyShape": rsa_shape})
    to_sign = {"keyId": signer["id"], "message": "aGVsbG8=", "signingAlgorithm": "SHA_256_RSA_PKCS1_V1_5"}
    signed = call("Sign", "POST", "/20180608/sign", json=to_sign)
    checked = {**to_sign, "keyVersionId": signed["keyVersionId"], "signature": signed["signature"]}
    assert call("Verify", "POST", "/20180608/verify", json=checked) == {"isSignatureValid": True}
    software = call(
        "CreateKey", "POST", "/20180608/keys", json={**KEY, "compartmentId": where, "protectionMode": "SOFTWARE"}
    )
    export = {"keyId": software["id"], "algorithm": "RSA_OAEP_SHA256", "publicKey": wrapping_key.public_pem}
    exported = call("ExportKey", "POST", "/20180608/exportKey", json=export)
    assert wrapping_key.unwrap(base64.b64decode(exported["encryptedKey"]), "RSA_OAEP_SHA256")

    material = os.urandom(32)
    wrapped = base64.b64encode(wrap_key_material_bytes(wrapping["publicKey"], material, "RSA_OAEP_SHA256")).decode()
    imported = call(
        "ImportKey",
        "POST",
        "/20180608/keys/import",
        json={**KEY, "wrappedImportKey": {"keyMaterial": wrapped, "wrappingAlgorithm": "RSA_OAEP_SHA256"}},
    )
    wrapped = base64.b64encode(wrap_key_material_bytes(wrapping["publicKey"], os.urandom(32))).decode()
    imported_version = call(
        "ImportKeyVersion",
        "POST",
        f"/20180608/keys/{imported['id']}/keyVersions/import",
        json={"wrappedImportKey": {"keyMaterial": wrapped, "wrappingAlgorithm": "RSA_OAEP_AES_SHA256"}},
    )
    assert imported_version["origin"] == "EXTERNAL"

    backup_at = {"destination": "BUCKET", "namespace": "n", "bucketName": "b", "objectName": f"{imported['id']}.bak"}
    backup = conforms(
        "BackupKey",
        client.post(f"/20180608/keys/{imported['id']}/actions/backup", json={"backupLocation": backup_at}),
    )
    seen.add("BackupKey")
    assert backup.json()["id"] == imported["id"]
    status = call(
        "GetReplicationStatus", "GET", f"/20180608/replicaOperations/{backup.headers['opc-work-request-id']}/status"
    )
    assert [d["status"] for d in status["replicaDetails"]] == ["REPLICATED"]
    blob = mock.app.backups.store.get(("n", "b", f"{imported['id']}.bak"))
    other = mock.app.backups.sealer.seal(synthetic_backup())
    restored = call(
        "RestoreKeyFromFile",
        "POST",
        "/20180608/keys/actions/restoreFromFile",
        content=other,
        headers={"content-type": "application/octet-stream"},
    )
    assert restored["restoredFromKeyId"] == restored["id"]
    mock.app.backups.store.put(("n", "b", "other.bak"), mock.app.backups.sealer.seal(synthetic_backup()))
    location = {**backup_at, "objectName": "other.bak"}
    call(
        "RestoreKeyFromObjectStore",
        "POST",
        "/20180608/keys/actions/restoreFromObjectStore",
        json={"backupLocation": location},
    )
    assert blob  # the key's own backup is in the mock's object store
    # The vault API: tests/test_vault_lifecycle.py and tests/test_vault_sdk_compatibility.py.
    assert seen == {op.operation_id for op in SPEC.operations if op.tag in ("KmsManagement", "KmsCrypto")}


def test_import_rsa_key_derives_the_public_key(client, wrapping_key, caplog):
    caplog.set_level(logging.DEBUG)
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    material = rsa_private_key_material(private)
    blob = base64.b64encode(wrap_key_material_bytes(wrapping_key.public_pem, material)).decode()
    body = {
        **KEY,
        "keyShape": {"algorithm": "RSA", "length": 256},
        "wrappedImportKey": {"keyMaterial": blob, "wrappingAlgorithm": "RSA_OAEP_AES_SHA256"},
    }
    key = conforms("ImportKey", client.post("/20180608/keys/import", json=body)).json()
    version = client.get(f"/20180608/keys/{key['id']}/keyVersions/{key['currentKeyVersion']}").json()
    expected = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert version["publicKey"] == expected.decode()
    assert version["origin"] == "EXTERNAL"
    # A 3072-bit key does not fit the key's 256-byte length.
    bigger = rsa_private_key_material(rsa.generate_private_key(public_exponent=65537, key_size=3072))
    blob2 = base64.b64encode(wrap_key_material_bytes(wrapping_key.public_pem, bigger)).decode()
    response = client.post(
        f"/20180608/keys/{key['id']}/keyVersions/import",
        json={"wrappedImportKey": {"keyMaterial": blob2, "wrappingAlgorithm": "RSA_OAEP_AES_SHA256"}},
    )
    assert error(response) == (400, "InvalidParameter")
    assert "keyShape.length" in response.json()["message"]
    text = caplog.text + response.text
    for secret in (blob, blob2, base64.b64encode(material).decode()[:40]):
        assert secret not in text


@pytest.mark.parametrize(
    ("material", "algorithm", "shape_length", "needle"),
    [
        ("!!notbase64", "RSA_OAEP_SHA256", 32, "base64"),
        (base64.b64encode(b"x" * 256).decode(), "RSA_OAEP_SHA256", 32, "RSA-OAEP"),
        (None, "RSA_OAEP_SHA256", 16, "keyShape.length"),
    ],
)
def test_import_rejects_unusable_material(client, wrapping_key, material, algorithm, shape_length, needle):
    if material is None:
        material = base64.b64encode(
            wrap_key_material_bytes(wrapping_key.public_pem, os.urandom(32), algorithm)
        ).decode()
    before = client.get("/20180608/keys", params={"compartmentId": KEY["compartmentId"], "limit": 1000}).json()
    response = client.post(
        "/20180608/keys/import",
        json={
            **KEY,
            "keyShape": {"algorithm": "AES", "length": shape_length},
            "wrappedImportKey": {"keyMaterial": material, "wrappingAlgorithm": algorithm},
        },
    )
    assert error(response)[0] == 400
    assert needle in response.json()["message"]
    after = client.get("/20180608/keys", params={"compartmentId": KEY["compartmentId"], "limit": 1000}).json()
    assert len(after) == len(before)


# ---------------------------------------------------------------------- authentication


def test_unsigned_and_badly_signed_requests_get_401_and_change_nothing(mock, api_key, clock):
    count = mock.state.key_count()
    with httpx.Client(base_url=mock.endpoint, timeout=5) as anonymous:
        response = anonymous.post("/20180608/keys", json=KEY)
        assert error(response) == (401, "NotAuthenticated")
        assert "authorization" in response.json()["message"]
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    fp = fingerprint(stranger.public_key())
    wrong = Signer(TENANCY, USER, fp, private_key_content=private_pem(stranger), clock=clock)
    late = Signer(
        TENANCY,
        USER,
        fingerprint(api_key.public_key()),
        private_key_content=private_pem(api_key),
        clock=lambda: clock() + 301,
    )
    liar = Signer(
        TENANCY, USER, fingerprint(api_key.public_key()), private_key_content=private_pem(stranger), clock=clock
    )
    for signer, reason in ((wrong, "not trusted"), (late, "clock"), (liar, "does not match")):
        with httpx.Client(base_url=mock.endpoint, auth=signer, timeout=5) as http:
            response = http.post("/20180608/keys", json=KEY)
            assert error(response) == (401, "NotAuthenticated")
            assert reason in response.json()["message"]
    assert mock.state.key_count() == count


def signed_headers(signer: Signer, method: str, url: str, body: bytes = b"", **extra: str) -> dict[str, str]:
    headers = {"content-type": "application/json", **extra}
    return {**headers, **signer.sign(method, url, headers, body)}


def test_tampered_body_and_duplicated_headers_get_401(mock, signer):
    url = f"{mock.endpoint}/20180608/keys"
    body = json.dumps(KEY).encode()
    count = mock.state.key_count()
    with httpx.Client(timeout=5) as http:
        headers = signed_headers(signer, "POST", url, body)
        tampered = http.post(url, content=body.replace(b'"k"', b'"x"'), headers=headers)
        assert error(tampered) == (401, "NotAuthenticated")
        assert "x-content-sha256" in tampered.json()["message"]
        for duplicate in ("date", "authorization", "x-content-sha256"):
            pairs = [*signed_headers(signer, "POST", url, body).items(), (duplicate, "again")]
            response = http.post(url, content=body, headers=pairs)
            assert error(response) == (401, "NotAuthenticated")
            assert "more than once" in response.json()["message"]
        assert http.post(url, content=body, headers=signed_headers(signer, "POST", url, body)).status_code == 200
    assert mock.state.key_count() == count + 1


def test_auth_on_without_trusted_keys_explains_itself(wrapping_key):
    with MockKmsServer(wrapping_key=wrapping_key) as server, httpx.Client(base_url=server.endpoint) as http:
        response = http.get("/20180608/wrappingKeys")
        assert error(response) == (401, "NotAuthenticated")
        assert "--trust-key" in response.json()["message"]


def test_auth_off_accepts_unsigned_requests(wrapping_key):
    with MockKmsServer(auth=False, wrapping_key=wrapping_key) as server, httpx.Client(base_url=server.endpoint) as http:
        assert http.post("/20180608/keys", json=KEY).status_code == 200
        assert server.state.key_count() == 1


# ---------------------------------------------------------------------- request ids, routes, hostile input


def test_request_id_is_echoed_or_generated(client):
    echoed = client.get("/20180608/wrappingKeys", headers={"opc-request-id": "my-request-1"})
    assert echoed.headers["opc-request-id"] == "my-request-1"
    generated = client.get("/20180608/nope")
    assert len(generated.headers["opc-request-id"]) == 32
    too_long = client.get("/20180608/wrappingKeys", headers={"opc-request-id": "r" * 99})
    assert error(too_long) == (400, "InvalidParameter")
    assert too_long.headers["opc-request-id"] != "r" * 99


def test_unknown_routes_and_methods(client):
    assert error(client.get("/20180608/nothing")) == (404, "NotFound")
    assert error(client.get("/20180608/keys/k/actions/enable")) == (405, "MethodNotAllowed")
    response = client.delete("/20180608/keys/some-key")
    assert error(response) == (405, "MethodNotAllowed")
    assert response.headers["allow"] == "GET, PUT"
    assert error(client.get("/20180608/keys/unknown-key")) == (404, "NotAuthorizedOrNotFound")


@pytest.mark.parametrize(
    "raw_id",
    ["a%2Fb", "%2E%2E", "..%2F..%2Fkeys", "%0D%0Aset-cookie:%20x", "%00", "%FF%FE", "k" * 255, "%E2%80%AE"],
)
def test_hostile_ids_are_one_segment_and_never_500(client, raw_id):
    key = create(client)
    for method, suffix in (("GET", ""), ("POST", "/actions/disable"), ("GET", f"/keyVersions/{raw_id}")):
        path = f"/20180608/keys/{raw_id}{suffix}"
        if suffix.startswith("/keyVersions"):
            path = f"/20180608/keys/{key['id']}{suffix}"
        response = client.request(method, path)
        status, code = error(response)
        assert status == 404, response.text
        assert code == "NotAuthorizedOrNotFound"
        assert "set-cookie" not in response.headers
    assert client.get(f"/20180608/keys/{key['id']}").json()["lifecycleState"] == "ENABLED"


def test_overlong_ids_are_400(client):
    assert error(client.get("/20180608/keys/" + "k" * 256)) == (400, "InvalidParameter")
    assert error(client.get("/20180608/keys/" + "k" * 20_000)) == (400, "InvalidParameter")


def test_request_lines_beyond_the_parser_limit_get_an_oci_error(open_mock):
    # An unfinished request line longer than h11's limit: the server answers without waiting for the rest.
    answer = raw_exchange(open_mock.endpoint, b"GET /20180608/keys/" + b"k" * 100_000)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"opc-request-id: " in head.lower()
    assert json.loads(body)["code"] == "CannotParseRequest"


def test_payload_limits_media_types_and_malformed_json(mock, client):
    count = mock.state.key_count()
    too_big = client.post(
        "/20180608/keys", content=b"{" + b" " * (1024 * 1024), headers={"content-type": "application/json"}
    )
    assert error(too_big) == (413, "PayloadTooLarge")
    wrong_type = client.post("/20180608/keys", content=json.dumps(KEY), headers={"content-type": "text/plain"})
    assert error(wrong_type) == (415, "UnsupportedMediaType")
    for junk in (b"{", b'{"compartmentId": NaN}', b"\xff", b"[" * 50_000):
        response = client.post("/20180608/keys", content=junk, headers={"content-type": "application/json"})
        assert error(response) == (400, "CannotParseRequest")
    missing = client.post("/20180608/keys", json={"displayName": "d"})
    assert error(missing) == (400, "MissingParameter")
    assert "compartmentId" in missing.json()["message"]
    assert mock.state.key_count() == count


def raw_exchange(endpoint: str, data: bytes) -> bytes:
    parts = urlsplit(endpoint)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.fixture(scope="module")
def open_mock(wrapping_key):
    """A mock without signature checks, for hand-written raw requests."""
    with MockKmsServer(auth=False, wrapping_key=wrapping_key) as server:
        yield server


def test_raw_cr_lf_in_the_request_line_gets_an_oci_error(open_mock):
    answer = raw_exchange(open_mock.endpoint, b"GET /20180608/keys/a\rb HTTP/1.1\r\nhost: x\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"opc-request-id: " in head.lower()
    assert json.loads(body)["code"] == "CannotParseRequest"


def test_raw_dot_segments_are_not_normalised(open_mock):
    request = b"GET /20180608/keys/../wrappingKeys HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"
    answer = raw_exchange(open_mock.endpoint, request)
    assert answer.startswith(b"HTTP/1.1 404")
    assert b'"NotFound"' in answer
    request = b"GET /20180608/keys/.. HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"
    answer = raw_exchange(open_mock.endpoint, request)
    assert answer.startswith(b"HTTP/1.1 404")
    assert b'"NotAuthorizedOrNotFound"' in answer


# ---------------------------------------------------------------------- retry tokens and etags


def test_retry_token_replays_the_original_and_rejects_another_request(mock, client, clock):
    where = compartment()
    token = {"opc-retry-token": uuid.uuid4().hex}
    first = client.post("/20180608/keys", json={**KEY, "compartmentId": where}, headers=token)
    again = client.post("/20180608/keys", json={**KEY, "compartmentId": where}, headers=token)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert again.headers["etag"] == first.headers["etag"]
    assert again.headers["opc-request-id"] != first.headers["opc-request-id"]
    assert len(client.get("/20180608/keys", params={"compartmentId": where}).json()) == 1
    other = client.post("/20180608/keys", json={**KEY, "compartmentId": where, "displayName": "x"}, headers=token)
    assert error(other) == (409, "InvalidatedRetryToken")
    clock.advance(DAY)
    expired = client.post("/20180608/keys", json={**KEY, "compartmentId": where, "displayName": "x"}, headers=token)
    assert expired.status_code == 200
    assert len(client.get("/20180608/keys", params={"compartmentId": where}).json()) == 2


def test_failed_requests_do_not_consume_the_retry_token(client):
    key = create(client)
    token = {"opc-retry-token": uuid.uuid4().hex}
    path = f"/20180608/keys/{key['id']}/actions/enable"
    assert error(client.post(path, headers=token)) == (409, "IncorrectState")
    client.post(f"/20180608/keys/{key['id']}/actions/disable")
    assert client.post(path, headers=token).json()["lifecycleState"] == "ENABLED"


def test_if_match_guards_writes(client):
    key = create(client)
    path = f"/20180608/keys/{key['id']}"
    etag = client.get(path).headers["etag"]
    renamed = client.put(path, json={"displayName": "one"}, headers={"if-match": etag})
    assert renamed.headers["etag"] != etag
    stale = client.put(path, json={"displayName": "two"}, headers={"if-match": etag})
    assert error(stale) == (412, "NoEtagMatch")
    assert error(client.post(f"{path}/actions/disable", headers={"if-match": etag})) == (412, "NoEtagMatch")
    current = client.get(path)
    assert (current.json()["displayName"], current.json()["lifecycleState"]) == ("one", "ENABLED")
    assert current.headers["etag"] == renamed.headers["etag"]


def test_schedule_deletion_window_over_http(client, clock):
    key = create(client)
    path = f"/20180608/keys/{key['id']}/actions/scheduleDeletion"
    too_soon = {"timeOfDeletion": format_time(clock() + 6 * DAY)}
    response = client.post(path, json=too_soon)
    assert error(response) == (400, "InvalidParameter")
    assert "7 and 30 days" in response.json()["message"]
    when = format_time(clock() + 10 * DAY)
    assert client.post(path, json={"timeOfDeletion": when}).json()["timeOfDeletion"] == when
    assert error(client.put(f"/20180608/keys/{key['id']}", json={"displayName": "x"})) == (409, "IncorrectState")


# ---------------------------------------------------------------------- listings


def test_list_keys_pages_with_opaque_tokens(client):
    where = compartment()
    ids = [create(client, compartmentId=where, displayName=f"k{i}")["id"] for i in range(5)]
    seen, page = [], None
    while True:
        params = {"compartmentId": where, "limit": 2, "sortBy": "DISPLAYNAME"}
        response = conforms(
            "ListKeys", client.get("/20180608/keys", params={**params, **({"page": page} if page else {})})
        )
        seen.extend(k["id"] for k in response.json())
        page = response.headers.get("opc-next-page")
        if page is None:
            break
        assert len(response.json()) == 2
        mixed = client.get("/20180608/keys", params={"compartmentId": where, "page": page, "algorithm": "RSA"})
        assert error(mixed) == (400, "InvalidParameter")
    assert seen == ids
    assert error(client.get("/20180608/keys", params={"compartmentId": where, "limit": 1001})) == (
        400,
        "InvalidParameter",
    )
    assert error(client.get("/20180608/keys")) == (400, "MissingParameter")


# ---------------------------------------------------------------------- transitions, latency, rate limits


def test_transitional_states_follow_the_injected_clock(wrapping_key):
    clock = ManualClock()
    with (
        MockKmsServer(auth=False, wrapping_key=wrapping_key, clock=clock, transition_seconds=30) as server,
        httpx.Client(base_url=server.endpoint, timeout=5) as http,
    ):
        key = http.post("/20180608/keys", json=KEY).json()
        assert key["lifecycleState"] == "CREATING"
        assert error(http.post(f"/20180608/keys/{key['id']}/keyVersions")) == (409, "IncorrectState")
        clock.advance(30)
        assert http.get(f"/20180608/keys/{key['id']}").json()["lifecycleState"] == "ENABLED"
        assert http.post(f"/20180608/keys/{key['id']}/actions/disable").json()["lifecycleState"] == "DISABLING"


def test_latency_delays_every_response_through_the_injected_sleep(wrapping_key):
    delays: list[float] = []

    async def record(seconds: float) -> None:
        delays.append(seconds)

    with (
        MockKmsServer(auth=False, wrapping_key=wrapping_key, latency_ms=250, sleep=record) as server,
        httpx.Client(base_url=server.endpoint, timeout=5) as http,
    ):
        assert http.get("/20180608/wrappingKeys").status_code == 200
        assert http.get("/20180608/nowhere").status_code == 404
    assert delays == [0.25, 0.25]


def test_rate_limit_per_class(wrapping_key):
    now = [0.0]
    with (
        MockKmsServer(auth=False, wrapping_key=wrapping_key, rate_limit=2, monotonic=lambda: now[0]) as server,
        httpx.Client(base_url=server.endpoint, timeout=5) as http,
    ):
        assert [http.get("/20180608/wrappingKeys").status_code for _ in range(2)] == [200, 200]
        throttled = http.get("/20180608/keys", params={"compartmentId": "c"})
        assert error(throttled) == (429, "TooManyRequests")
        assert throttled.headers["retry-after"] == "1"
        assert http.post("/20180608/keys", json=KEY).status_code == 200  # another class
        now[0] = 1.0
        assert http.get("/20180608/wrappingKeys").status_code == 200


# ---------------------------------------------------------------------- faults


def raw_signed_post(endpoint: str, signer: Signer, path: str, document: dict) -> bytes:
    body = json.dumps(document).encode()
    url = endpoint + path
    headers = signed_headers(signer, "POST", url, body)
    head = [f"POST {path} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items()), "connection: close"]
    return raw_exchange(endpoint, ("\r\n".join(head) + "\r\n\r\n").encode() + body)


def fault_plan(seed: int, count: int, *, mutating: bool = True) -> list:
    """The faults a server with fault rate 1 and ``seed`` injects into its first ``count`` requests."""
    injector = FaultInjector(1.0, seed)
    return [injector.draw(mutating=mutating) for _ in range(count)]


def test_faults_follow_the_seed_before_and_after_the_operation(api_key, wrapping_key, clock, signer):
    seed = next(s for s in range(100) if {f.kind for f in fault_plan(s, 24)} == set(FaultKind))
    plan = fault_plan(seed, 24)
    options = {"trust_keys": [api_key.public_key()], "wrapping_key": wrapping_key, "clock": clock}
    with MockKmsServer(fault_rate=1.0, seed=seed, **options) as server:
        for fault in plan:
            assert fault is not None
            before = server.state.key_count()
            answer = raw_signed_post(server.endpoint, signer, "/20180608/keys", KEY)
            applied = server.state.key_count() - before
            assert applied == int(fault.after_apply)
            if fault.kind is FaultKind.DROP_BEFORE_RESPONSE:
                assert answer == b""
            elif fault.kind is FaultKind.DROP_AFTER_STATUS_LINE:
                assert answer == (
                    b"HTTP/1.1 200 OK\r\n" if fault.after_apply else b"HTTP/1.1 503 Service Unavailable\r\n"
                )
            else:
                assert answer.startswith(f"HTTP/1.1 {fault.kind.value} ".encode()), answer[:40]
                assert b"opc-request-id" in answer.lower()


def test_dropped_connections_fail_fast_in_httpx(api_key, wrapping_key, clock, signer):
    drops = {FaultKind.DROP_BEFORE_RESPONSE, FaultKind.DROP_AFTER_STATUS_LINE}
    seed = next(s for s in range(100) if drops <= {f.kind for f in fault_plan(s, 12, mutating=False)})
    plan = fault_plan(seed, 12, mutating=False)
    options = {"trust_keys": [api_key.public_key()], "wrapping_key": wrapping_key, "clock": clock}
    with (
        MockKmsServer(fault_rate=1.0, seed=seed, **options) as server,
        httpx.Client(base_url=server.endpoint, auth=signer, timeout=3) as http,
    ):
        for fault in plan:
            assert fault is not None
            if fault.kind in drops:
                with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                    http.get("/20180608/wrappingKeys")
            else:
                assert http.get("/20180608/wrappingKeys").status_code == int(fault.kind.value)


def lost_then_clean(seed: int) -> bool:
    """True if, with this seed and rate 0.5, the first write faults after applying and the second is clean."""
    injector = FaultInjector(0.5, seed)
    first = injector.draw(mutating=True)
    return first is not None and first.after_apply and injector.draw(mutating=True) is None


def test_a_lost_response_is_recovered_by_the_retry_token(api_key, wrapping_key, clock, signer):
    seed = next(s for s in range(1000) if lost_then_clean(s))
    options = {"trust_keys": [api_key.public_key()], "wrapping_key": wrapping_key, "clock": clock}
    with (
        MockKmsServer(fault_rate=0.5, seed=seed, **options) as server,
        httpx.Client(base_url=server.endpoint, auth=signer, timeout=3) as http,
    ):
        token = {"opc-retry-token": "lost-response-token"}
        try:
            lost = http.post("/20180608/keys", json=KEY, headers=token)
            assert lost.status_code >= 500
        except httpx.TransportError:
            pass
        assert server.state.key_count() == 1
        retried = http.post("/20180608/keys", json=KEY, headers=token)
        assert retried.status_code == 200
        assert server.state.key_count() == 1
        assert [k.id for k in server.state.list_keys("c-main", ListQuery())[0]] == [retried.json()["id"]]


# ---------------------------------------------------------------------- concurrency


def test_concurrent_clients_lose_nothing(mock, signer):
    where = compartment()
    failures: list[str] = []

    def work() -> None:
        with httpx.Client(base_url=mock.endpoint, auth=signer, timeout=10) as http:
            for _ in range(5):
                response = http.post("/20180608/keys", json={**KEY, "compartmentId": where})
                if response.status_code != 200:
                    failures.append(response.text)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with httpx.Client(base_url=mock.endpoint, auth=signer, timeout=5) as http:
        listed = http.get("/20180608/keys", params={"compartmentId": where, "limit": 1000}).json()
    assert len({k["id"] for k in listed}) == 40


def test_listening_socket_lets_asyncio_disable_nagle():
    # asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP; without it every response
    # waits ~40 ms for a delayed ACK between the header and body writes.
    sock = bind_socket("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


def test_responses_are_not_delayed_by_nagle(client):
    key = create(client)
    elapsed = 0.0
    for _ in range(20):
        elapsed += client.get(f"/20180608/keys/{key['id']}").elapsed.total_seconds()
    assert elapsed < 0.4  # with Nagle's algorithm on, 20 requests take about 0.8 s
