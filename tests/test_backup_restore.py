"""backup_key, restore_key_from_file, restore_key_from_object_store and get_replication_status, end to end:
the facade (sync and async) against the mock on a real socket, signatures verified, on an injected clock."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kms_facade import AsyncKmsManagementClient, KmsManagementClient, KmsManagementClientCompositeOperations
from kms_facade.exceptions import ServiceError
from kms_facade.models import (
    BackupKeyDetails,
    BackupLocationBucket,
    BackupLocationDestination,
    BackupLocationURI,
)
from kms_facade.retry import RetryStrategyBuilder
from kms_facade.wrapping import wrap_key_material
from kms_mock import MockKmsServer
from kms_mock.__main__ import parse_args
from kms_mock.crypto import WrappingKeyPair
from kms_mock.state import KeyShape
from tests.support import aes_key_details, signer_for

COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaabackups"
AES_256 = KeyShape("AES", 32)
DAY = 86_400.0
TRANSITION = 5.0


class FakeClock:
    """The mock's clock and the signer's: moves only when told (or when a waiter sleeps)."""

    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(
    api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair, clock: FakeClock, tmp_path: Path
) -> Iterator[MockKmsServer]:
    with MockKmsServer(
        trust_keys=[api_key.public_key()],
        wrapping_key=wrapping_key,
        clock=clock,
        transition_seconds=TRANSITION,
        object_store_dir=tmp_path / "object-store",
    ) as running:
        yield running


@pytest.fixture
def client(server: MockKmsServer, api_key: rsa.RSAPrivateKey, clock: FakeClock) -> Iterator[KmsManagementClient]:
    with KmsManagementClient({}, server.endpoint, signer=signer_for(api_key, clock)) as made:
        yield made


def _settled_key(client: KmsManagementClient, clock: FakeClock, **details: Any) -> str:
    key_id = str(client.create_key(aes_key_details(COMPARTMENT, "backed-up", **details)).data.id)
    clock.sleep(TRANSITION)
    return key_id


def _delete(client: KmsManagementClient, clock: FakeClock, key_id: str) -> None:
    client.schedule_key_deletion(key_id, {})
    clock.sleep(31 * DAY)
    assert client.get_key(key_id).data.lifecycle_state == "DELETED"


def _backed_up(server: MockKmsServer, client: KmsManagementClient, clock: FakeClock) -> tuple[str, bytes]:
    """A settled key, backed up to the mock's default place (the backup settled too), and the backup's bytes."""
    key_id = _settled_key(client, clock)
    client.backup_key(key_id)
    clock.sleep(TRANSITION)
    return key_id, server.app.backups.store.get(("kmsmock", "kms-mock-backups", f"{key_id}.backup"))


def _md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode("ascii")


BUCKET = BackupLocationBucket(
    destination=BackupLocationDestination.BUCKET,
    namespace="ns",
    bucket_name="key-backups",
    object_name="payments.backup",
)


def test_backup_delete_restore_brings_back_the_key_its_versions_and_their_material(
    server: MockKmsServer, client: KmsManagementClient, clock: FakeClock, wrapping_key: WrappingKeyPair, tmp_path: Path
) -> None:
    key_id = _settled_key(client, clock)
    client.create_key_version(key_id)
    clock.sleep(TRANSITION)
    known = os.urandom(32)  # imported material the test knows, so it can encrypt outside the mock
    wrapped = wrap_key_material(wrapping_key.public_pem, known)
    imported = client.import_key_version(key_id, {"wrappedImportKey": wrapped.to_dict()}).data.id
    clock.sleep(TRANSITION)
    versions = [v.id for v in client.list_key_versions(key_id, sort_order="ASC").data]
    assert len(versions) == 3 and versions[-1] == imported
    material = server.app.backups.material
    sealed = {vid: material.encrypt(vid, AES_256, f"secret of {vid}".encode()) for vid in versions}
    nonce = os.urandom(12)
    outside = nonce + AESGCM(known).encrypt(nonce, b"encrypted outside the mock", None)
    before = client.get_key(key_id).data

    composite = KmsManagementClientCompositeOperations(client)
    polls: list[str] = []
    backed_up = composite.backup_key_and_wait_for_state(
        key_id,
        wait_for_states=["ENABLED"],
        operation_kwargs={"backup_key_details": BackupKeyDetails(backup_location=BUCKET)},
        waiter_kwargs={"sleep": clock.sleep, "clock": clock, "wait_callback": lambda n, r: polls.append("poll")},
    )
    assert backed_up.data.lifecycle_state == "ENABLED" and polls  # it went through BACKUP_IN_PROGRESS
    blob = (tmp_path / "object-store" / "ns" / "key-backups" / "payments.backup").read_bytes()
    for secret in [material.material(vid, AES_256) for vid in versions]:
        assert secret not in blob and base64.b64encode(secret) not in blob
    assert key_id.encode() not in blob and b"backed-up" not in blob

    _delete(client, clock, key_id)
    with (tmp_path / "object-store" / "ns" / "key-backups" / "payments.backup").open("rb") as backup_file:
        restored = composite.restore_key_from_file_and_wait_for_state(
            backup_file, wait_for_states=["ENABLED"], waiter_kwargs={"sleep": clock.sleep, "clock": clock}
        )
    key = restored.data
    assert (key.id, key.lifecycle_state, key.restored_from_key_id) == (key_id, "ENABLED", key_id)
    assert (key.display_name, key.current_key_version) == (before.display_name, before.current_key_version)
    after = [v for v in client.list_key_versions(key_id, sort_order="ASC").data]
    assert sorted(v.id for v in after) == sorted(versions)
    assert {v.lifecycle_state for v in after} == {"ENABLED"}
    # The restored versions decrypt what the originals encrypted: the same key material came back.
    for vid, ciphertext in sealed.items():
        assert material.decrypt(vid, AES_256, ciphertext) == f"secret of {vid}".encode()
    assert material.decrypt(imported, AES_256, outside) == b"encrypted outside the mock"


def test_backup_and_restore_show_their_transitional_states_and_refuse_other_writes(
    client: KmsManagementClient, clock: FakeClock
) -> None:
    key_id = _settled_key(client, clock)
    response = client.backup_key(key_id)
    assert response.data.lifecycle_state == "BACKUP_IN_PROGRESS"
    assert response.headers["etag"] == client.get_key(key_id).headers["etag"]
    with pytest.raises(ServiceError) as caught:
        client.disable_key(key_id)
    assert (caught.value.status, caught.value.code) == (409, "IncorrectState")
    assert "BACKUP_IN_PROGRESS" in caught.value.message
    clock.sleep(TRANSITION)
    assert client.get_key(key_id).data.lifecycle_state == "ENABLED"
    client.disable_key(key_id)
    clock.sleep(TRANSITION)
    assert client.backup_key(key_id).data.lifecycle_state == "BACKUP_IN_PROGRESS"
    clock.sleep(TRANSITION)
    assert client.get_key(key_id).data.lifecycle_state == "DISABLED"  # back to its state before
    client.schedule_key_deletion(key_id, {})
    with pytest.raises(ServiceError) as caught:
        client.backup_key(key_id)
    assert (caught.value.status, caught.value.code) == (409, "IncorrectState")


def test_a_key_that_still_exists_cannot_be_restored(
    server: MockKmsServer, client: KmsManagementClient, clock: FakeClock
) -> None:
    key_id, blob = _backed_up(server, client, clock)
    for state in ("ENABLED", "PENDING_DELETION"):
        assert client.get_key(key_id).data.lifecycle_state == state
        with pytest.raises(ServiceError) as caught:
            client.restore_key_from_file(blob)
        assert (caught.value.status, caught.value.code) == (409, "NotAuthorizedOrResourceAlreadyExists")
        if state == "ENABLED":
            client.schedule_key_deletion(key_id, {})
            clock.sleep(TRANSITION)


@pytest.mark.parametrize("damage", ["flip a ciphertext byte", "flip the tag", "truncate", "not a backup", "empty"])
def test_a_tampered_backup_is_refused_with_400_and_changes_nothing(
    server: MockKmsServer, client: KmsManagementClient, clock: FakeClock, damage: str
) -> None:
    key_id, blob = _backed_up(server, client, clock)
    _delete(client, clock, key_id)
    damaged = {
        "flip a ciphertext byte": blob[:40] + bytes([blob[40] ^ 1]) + blob[41:],
        "flip the tag": blob[:-1] + bytes([blob[-1] ^ 0x80]),
        "truncate": blob[: len(blob) // 2],
        "not a backup": b'{"id": "' + key_id.encode() + b'"}',
        "empty": b"",
    }[damage]
    with pytest.raises(ServiceError) as caught:
        client.restore_key_from_file(damaged)
    assert caught.value.status == 400
    assert caught.value.code in {"InvalidParameter", "MissingParameter"}
    assert client.get_key(key_id).data.lifecycle_state == "DELETED"


def test_a_backup_of_another_vault_does_not_authenticate(
    client: KmsManagementClient, clock: FakeClock, wrapping_key: WrappingKeyPair
) -> None:
    with (
        MockKmsServer(auth=False, wrapping_key=wrapping_key) as other,
        KmsManagementClient({}, other.endpoint, signer=signer_for(rsa_key(), clock)) as other_client,
    ):
        key_id = _settled_key(other_client, clock)
        other_client.backup_key(key_id)
        blob = other.app.backups.store.get(("kmsmock", "kms-mock-backups", f"{key_id}.backup"))
    with pytest.raises(ServiceError) as caught:
        client.restore_key_from_file(blob)
    assert (caught.value.status, caught.value.code) == (400, "InvalidParameter")
    assert "does not authenticate" in caught.value.message


def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_content_md5_is_checked_and_answered(
    server: MockKmsServer, client: KmsManagementClient, clock: FakeClock
) -> None:
    key_id, blob = _backed_up(server, client, clock)
    _delete(client, clock, key_id)
    with pytest.raises(ServiceError) as caught:
        client.restore_key_from_file(blob, content_md5=_md5(blob + b"x"))
    assert (caught.value.status, caught.value.code, caught.value.message) == (
        400,
        "InvalidParameter",
        "Unmatched Content MD5",
    )
    response = client.restore_key_from_file(blob, content_md5=_md5(blob), content_length=len(blob))
    assert response.headers["opc-content-md5"] == _md5(blob)
    assert response.data.lifecycle_state == "RESTORING"


def test_retry_tokens_make_backup_and_restore_idempotent(
    server: MockKmsServer, client: KmsManagementClient, clock: FakeClock
) -> None:
    key_id = _settled_key(client, clock)
    first = client.backup_key(key_id, opc_retry_token="backup-once")
    again = client.backup_key(key_id, opc_retry_token="backup-once")
    assert again.headers["opc-work-request-id"] == first.headers["opc-work-request-id"]
    clock.sleep(TRANSITION)
    blob = server.app.backups.store.get(("kmsmock", "kms-mock-backups", f"{key_id}.backup"))
    _delete(client, clock, key_id)
    restored = client.restore_key_from_file(blob, opc_retry_token="restore-once")
    replayed = client.restore_key_from_file(blob, opc_retry_token="restore-once")  # not 409: the same answer
    assert replayed.headers["opc-work-request-id"] == restored.headers["opc-work-request-id"]
    assert replayed.data.id == restored.data.id == key_id
    with pytest.raises(ServiceError) as caught:
        client.restore_key_from_file(blob, opc_retry_token="restore-twice")
    assert caught.value.status == 409


def test_restore_from_the_object_store_with_the_async_client(
    server: MockKmsServer, api_key: rsa.RSAPrivateKey, clock: FakeClock
) -> None:
    uri = "https://objectstorage.example/p/token/n/ns/b/key-backups/o/async.backup"
    location = BackupLocationURI(destination=BackupLocationDestination.PRE_AUTHENTICATED_REQUEST_URI, uri=uri)

    async def scenario() -> tuple[str, str, str]:
        async with AsyncKmsManagementClient({}, server.endpoint, signer=signer_for(api_key, clock)) as client:
            key = (await client.create_key(aes_key_details(COMPARTMENT, "async"))).data
            clock.sleep(TRANSITION)
            await client.backup_key(key.id, backup_key_details={"backupLocation": location.to_dict()})
            clock.sleep(TRANSITION)
            with pytest.raises(ServiceError) as caught:
                await client.restore_key_from_object_store(
                    restore_key_from_object_store_details={"backupLocation": {**location.to_dict(), "uri": uri + "x"}}
                )
            assert caught.value.status == 404
            await client.schedule_key_deletion(key.id, {})
            clock.sleep(31 * DAY)
            restored = await client.restore_key_from_object_store(
                restore_key_from_object_store_details={"backupLocation": location.to_dict()}
            )
            clock.sleep(TRANSITION)
            settled = await client.get_key(key.id)
            return str(key.id), str(restored.data.lifecycle_state), str(settled.data.lifecycle_state)

    key_id, during, after = asyncio.run(scenario())
    assert (during, after) == ("RESTORING", "ENABLED")
    assert server.state.get_key(key_id).lifecycle_state == "ENABLED"


def test_replication_status_of_the_ids_writes_hand_out(client: KmsManagementClient, clock: FakeClock) -> None:
    response = client.create_key(aes_key_details(COMPARTMENT, "replicated"))
    replication_id = response.headers["opc-work-request-id"]
    status = client.get_replication_status(replication_id).data
    assert [(d.region, d.status) for d in status.replica_details] == [("us-phoenix-1", "REPLICATING")]
    clock.sleep(TRANSITION)
    status = client.get_replication_status(replication_id).data
    assert [(d.region, d.status) for d in status.replica_details] == [("us-phoenix-1", "REPLICATED")]
    assert "opc-work-request-id" not in client.get_key(response.data.id).headers  # reads hand out none
    with pytest.raises(ServiceError) as caught:
        client.get_replication_status("ocid1.kmsreplication.oc1.mock.unknown")
    assert (caught.value.status, caught.value.code) == (404, "NotAuthorizedOrNotFound")


def test_the_cli_sets_the_object_store_and_replica_regions(tmp_path: Path) -> None:
    options, _ = parse_args(
        ["--object-store", str(tmp_path), "--replica-region", "eu-frankfurt-1", "--replica-region", "uk-london-1"]
    )
    assert options.object_store_dir == str(tmp_path)
    assert tuple(options.replica_regions) == ("eu-frankfurt-1", "uk-london-1")
    assert tuple(parse_args([])[0].replica_regions) == ("us-phoenix-1",)


# ----------------------------------------------------------------------- the binary body, client side


def _key_json() -> dict[str, Any]:
    return {
        "compartmentId": COMPARTMENT,
        "currentKeyVersion": "ocid1.keyversion.oc1..v",
        "displayName": "k",
        "id": "ocid1.key.oc1..k",
        "keyShape": {"algorithm": "AES", "length": 32},
        "lifecycleState": "RESTORING",
        "timeCreated": "2026-01-01T00:00:00.000Z",
        "vaultId": "ocid1.vault.oc1..v",
    }


class _FlakyOnce:
    """Answers 503 to the first request and 200 to the next; records what it got."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) == 1:
            return httpx.Response(503, json={"code": "ServiceUnavailable", "message": "later"})
        return httpx.Response(200, json=_key_json(), headers={"etag": "e"})


def _retrying(**kwargs: Any) -> Any:
    return RetryStrategyBuilder(**kwargs).get_retry_strategy()


@pytest.mark.parametrize("kind", ["bytes", "file object", "non-seekable stream", "async stream"])
def test_the_binary_body_is_signed_and_resent_whole_on_a_retry(api_key: rsa.RSAPrivateKey, kind: str) -> None:
    blob = os.urandom(300)

    class Stream:  # a stream that cannot seek, like a pipe
        def __init__(self) -> None:
            self._io = io.BytesIO(blob)

        def read(self, size: int = -1) -> bytes:
            return self._io.read(size)

    body: Any = {"bytes": blob, "file object": io.BytesIO(blob)}.get(kind, Stream())
    handler = _FlakyOnce()
    options: dict[str, Any] = {
        "signer": signer_for(api_key, lambda: 1_900_000_000.0),
        "retry_strategy": _retrying(),
        "token_source": lambda: "t" * 30,
    }
    if kind == "async stream":

        async def run() -> Any:
            async def no_sleep(seconds: float) -> None:
                return None

            async with AsyncKmsManagementClient(
                {},
                "https://x-management.kms.example",
                transport=httpx.MockTransport(handler),
                sleep=no_sleep,
                **options,
            ) as async_client:
                return await async_client.restore_key_from_file(body)

        response = asyncio.run(run())
    else:
        with KmsManagementClient(
            {},
            "https://x-management.kms.example",
            transport=httpx.MockTransport(handler),
            sleep=lambda s: None,
            **options,
        ) as sync_client:
            response = sync_client.restore_key_from_file(body)
    assert response.data.lifecycle_state == "RESTORING"
    assert len(handler.requests) == 2
    for sent in handler.requests:
        assert sent.content == blob
        assert sent.headers["content-type"] == "application/octet-stream"
        assert sent.headers["content-length"] == str(len(blob))
        assert sent.headers["x-content-sha256"] == base64.b64encode(hashlib.sha256(blob).digest()).decode()
        assert sent.headers["opc-retry-token"] == "t" * 30  # the auto token, the same on both attempts
        assert "content-length" in sent.headers["authorization"]


def test_bad_binary_bodies_raise_before_sending(api_key: rsa.RSAPrivateKey) -> None:
    handler = _FlakyOnce()
    with KmsManagementClient(
        {},
        "https://x-management.kms.example",
        signer=signer_for(api_key, lambda: 1_900_000_000.0),
        transport=httpx.MockTransport(handler),
    ) as client:
        with pytest.raises(TypeError, match="read"):
            client.restore_key_from_file(12345)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="content_length is 3"):
            client.restore_key_from_file(b"abcd", content_length=3)
        with pytest.raises(ValueError, match="required"):
            client.restore_key_from_file(None)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="backup_key_details"):
            client.backup_key("k", backup_key_details={"backupLocation": {"destination": "FLOPPY_DISK"}})
        with pytest.raises(ValueError, match="unknown kwargs"):
            client.backup_key("k", content_md5="x")
    assert handler.requests == []


def test_a_backup_location_model_serialises_as_the_sdk_does() -> None:
    details = BackupKeyDetails(backup_location=BUCKET)
    assert json.loads(json.dumps(details.to_dict())) == {
        "backupLocation": {
            "destination": "BUCKET",
            "namespace": "ns",
            "bucketName": "key-backups",
            "objectName": "payments.backup",
        }
    }
    parsed = BackupKeyDetails.from_dict(
        {"backupLocation": {"destination": "PRE_AUTHENTICATED_REQUEST_URI", "uri": "u"}}
    )
    assert isinstance(parsed.backup_location, BackupLocationURI)
