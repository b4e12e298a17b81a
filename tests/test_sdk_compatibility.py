"""The official OCI SDK (oci 2.189.0) as the ground truth, for all 21 operations.

1. The SDK's ``KmsManagementClient`` drives every operation against the mock over a real socket, with
   signatures verified, and accepts every answer (its own deserialisation into its own models).
2. The facade and the SDK send the same requests for the same 21 calls: both are captured as the mock
   received them (method, path, query, body and the headers that carry meaning) and compared.

Two mocks with the same vault id, backup key and wrapping key serve the two clients, so the same sealed
backup restores on both; OCIDs the mocks make up are compared by order of first appearance.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import hashlib
import io
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import oci
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from oci.key_management import models as sdk_models

from kms_facade import KmsManagementClient
from kms_facade.signing import fingerprint
from kms_facade.wrapping import wrap_key_material_bytes
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from kms_mock.object_store import object_path
from tests.support import TENANCY, USER, private_pem, synthetic_backup

COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaasdkcompat"
OTHER_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaasdkcompatother"
VAULT_ID = "ocid1.vault.oc1.mock.sdkcompatibility"
BACKUP_KEY = bytes(range(32))
BUCKET = {"destination": "BUCKET", "namespace": "compat", "bucketName": "backups", "objectName": "key.backup"}
STAGED = {"destination": "BUCKET", "namespace": "compat", "bucketName": "backups", "objectName": "staged.backup"}
# Headers whose values must agree (others are the client's own: user-agent, opc-client-info, date, ...).
# content-length is compared for binary bodies; for JSON it follows the encoding (the SDK writes ", " and
# ": ", httpx no spaces) and is checked to frame the body. if-match is compared for presence: each client
# sends the etag its own mock answered.
COMPARED_HEADERS = ("accept", "content-type", "opc-retry-token", "content-md5")
_OCID = re.compile(r"ocid1\.[a-z]+\.oc1\.[A-Za-z0-9._-]*?[0-9a-f]{32}")


@dataclass(frozen=True)
class Seen:
    """One request as the mock received it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    status: int


@dataclass(frozen=True)
class Fixture:
    """What both runs share: the same wrapped material, deletion time and sealed backups."""

    api_key: rsa.RSAPrivateKey
    wrapping_key: WrappingKeyPair
    wrapped_aes_key: str
    time_of_deletion: datetime.datetime
    file_backup: bytes
    store_backup: bytes


@pytest.fixture(scope="module")
def shared(api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair) -> Fixture:
    wrapped = wrap_key_material_bytes(wrapping_key.public_pem, os.urandom(32), "RSA_OAEP_SHA256")
    # Sealed once by a throw-away mock of the same vault (vault id and backup key are all a seal depends on).
    with MockKmsServer(auth=False, wrapping_key=wrapping_key, vault_id=VAULT_ID, backup_key=BACKUP_KEY) as sealer:
        file_backup = sealer.app.backups.sealer.seal(synthetic_backup(versions=3))
        store_backup = sealer.app.backups.sealer.seal(synthetic_backup(versions=1))
    return Fixture(
        api_key=api_key,
        wrapping_key=wrapping_key,
        wrapped_aes_key=base64.b64encode(wrapped).decode("ascii"),
        time_of_deletion=datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(days=10),
        file_backup=file_backup,
        store_backup=store_backup,
    )


@pytest.fixture
def serve(shared: Fixture, tmp_path: Path) -> Callable[[], AbstractContextManager[tuple[MockKmsServer, list[Seen]]]]:
    """A factory of mock servers that verify signatures and record every request they receive."""

    @contextlib.contextmanager
    def start() -> Iterator[tuple[MockKmsServer, list[Seen]]]:
        folder = tmp_path / os.urandom(4).hex()
        with MockKmsServer(
            trust_keys=[shared.api_key.public_key()],
            wrapping_key=shared.wrapping_key,
            vault_id=VAULT_ID,
            backup_key=BACKUP_KEY,
            object_store_dir=folder,
            compartment_id=COMPARTMENT,
        ) as server:
            server.app.backups.store.put(object_path(STAGED, ""), shared.store_backup)
            seen: list[Seen] = []
            process = server.app._process

            def recording(scope: Any, body: bytes) -> Any:
                outcome = process(scope, body)
                headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
                raw_path = scope.get("raw_path") or scope["path"].encode()
                query = scope.get("query_string", b"").decode("latin-1")
                status = getattr(outcome, "status", 0)
                seen.append(Seen(scope["method"], raw_path.decode("latin-1"), query, headers, body, status))
                return outcome

            server.app._process = recording  # type: ignore[method-assign]
            yield server, seen

    return start


def _config(shared: Fixture) -> dict[str, str]:
    """One OCI config for both clients (an API key given as key_content)."""
    return {
        "user": USER,
        "tenancy": TENANCY,
        "fingerprint": fingerprint(shared.api_key.public_key()),
        "key_content": private_pem(shared.api_key),
        "region": "us-ashburn-1",
    }


def _sdk_client(shared: Fixture, endpoint: str) -> oci.key_management.KmsManagementClient:
    return oci.key_management.KmsManagementClient(
        _config(shared), endpoint, circuit_breaker_strategy=oci.circuit_breaker.NoCircuitBreakerStrategy()
    )


def _facade_client(shared: Fixture, endpoint: str) -> KmsManagementClient:
    return KmsManagementClient(_config(shared), endpoint)


def run_21_calls(client: Any, models: Any, shared: Fixture) -> dict[str, Any]:
    """The same 21 calls, written once for either client (``models`` is the SDK's or the facade's module)."""
    results: dict[str, Any] = {}

    def call(name: str, *args: Any, **kwargs: Any) -> Any:
        response = getattr(client, name)(*args, **kwargs)
        assert 200 <= response.status < 300, (name, response.status)
        results[name] = response
        return response

    call("get_wrapping_key")
    shape = models.KeyShape(algorithm="AES", length=32)
    key = call(
        "create_key",
        models.CreateKeyDetails(compartment_id=COMPARTMENT, display_name="compat", key_shape=shape),
        opc_retry_token="create-compat-0001",
    ).data
    first_version = key.current_key_version
    call("update_key", key.id, models.UpdateKeyDetails(display_name="compat-renamed"))
    call("create_key_version", key.id)
    call("list_key_versions", key.id, limit=10, sort_order="DESC")
    call("get_key_version", key.id, first_version)
    etag = call("get_key", key.id).headers["etag"]
    call("list_keys", COMPARTMENT, limit=5, sort_by="DISPLAYNAME", sort_order="ASC", algorithm="AES")
    call("disable_key", key.id, if_match=etag)
    call("enable_key", key.id)
    wrapped = models.WrappedImportKey(key_material=shared.wrapped_aes_key, wrapping_algorithm="RSA_OAEP_SHA256")
    imported = call(
        "import_key",
        models.ImportKeyDetails(
            compartment_id=COMPARTMENT, display_name="imported", key_shape=shape, wrapped_import_key=wrapped
        ),
    ).data
    call("import_key_version", imported.id, models.ImportKeyVersionDetails(wrapped_import_key=wrapped))
    deletion = models.ScheduleKeyVersionDeletionDetails(time_of_deletion=shared.time_of_deletion)
    call("schedule_key_version_deletion", key.id, first_version, deletion)
    call("cancel_key_version_deletion", key.id, first_version)
    call("change_key_compartment", key.id, models.ChangeKeyCompartmentDetails(compartment_id=OTHER_COMPARTMENT))
    location = models.BackupLocationBucket(namespace="compat", bucket_name="backups", object_name="key.backup")
    backup = call(
        "backup_key",
        key.id,
        backup_key_details=models.BackupKeyDetails(backup_location=location),
        opc_retry_token="backup-compat-0001",
    )
    call("get_replication_status", backup.headers["opc-work-request-id"])
    call("schedule_key_deletion", imported.id, models.ScheduleKeyDeletionDetails())
    call("cancel_key_deletion", imported.id)
    blob = shared.file_backup
    md5 = base64.b64encode(hashlib.md5(blob, usedforsecurity=False).digest()).decode("ascii")
    call("restore_key_from_file", io.BytesIO(blob), content_md5=md5)
    staged = models.BackupLocationBucket(namespace="compat", bucket_name="backups", object_name="staged.backup")
    call(
        "restore_key_from_object_store",
        restore_key_from_object_store_details=models.RestoreKeyFromObjectStoreDetails(backup_location=staged),
    )
    return results


OPERATIONS = 21


def test_the_official_sdk_drives_all_21_operations_and_accepts_every_answer(
    shared: Fixture, serve: Callable[[], AbstractContextManager[tuple[MockKmsServer, list[Seen]]]]
) -> None:
    with serve() as (server, seen):
        results = run_21_calls(_sdk_client(shared, server.endpoint), sdk_models, shared)
        assert len(results) == OPERATIONS
        assert len(seen) == OPERATIONS and all(s.headers["authorization"].startswith("Signature ") for s in seen)
        key = results["create_key"].data
        assert isinstance(key, sdk_models.Key) and key.lifecycle_state == "ENABLED"
        assert isinstance(results["list_keys"].data, list) and results["list_keys"].data
        backed_up = results["backup_key"].data
        assert isinstance(backed_up, sdk_models.Key) and backed_up.id == key.id
        assert results["backup_key"].headers["opc-work-request-id"].startswith("ocid1.kmsreplication.")
        status = results["get_replication_status"].data
        assert isinstance(status, sdk_models.ReplicationStatusDetails)
        assert [(d.region, d.status) for d in status.replica_details] == [("us-phoenix-1", "REPLICATED")]
        restored = results["restore_key_from_file"].data
        assert isinstance(restored, sdk_models.Key) and restored.restored_from_key_id == restored.id
        assert len(server.state.list_key_versions(restored.id, _all())[0]) == 3
        assert results["restore_key_from_file"].headers["opc-content-md5"]
        assert isinstance(results["restore_key_from_object_store"].data, sdk_models.Key)
        assert results["change_key_compartment"].data is None
        # Given bytes (not a stream), the SDK labels the body application/json; the mock takes it all the same.
        blob = server.app.backups.sealer.seal(synthetic_backup(versions=1))
        from_bytes = _sdk_client(shared, server.endpoint).restore_key_from_file(blob)
        assert seen[-1].headers["content-type"] == "application/json" and seen[-1].body == blob
        assert isinstance(from_bytes.data, sdk_models.Key) and from_bytes.data.lifecycle_state == "ENABLED"


def _all() -> Any:
    from kms_mock.state import ListQuery  # noqa: PLC0415

    return ListQuery(limit=1000)


def _normalise(text: str, names: dict[str, str]) -> str:
    """OCIDs the mocks made up, replaced by their order of first appearance in this run."""
    return _OCID.sub(lambda match: names.setdefault(match.group(0), f"<ocid{len(names)}>"), text)


def _instants(value: Any) -> Any:
    """Date-times as instants: the SDK writes ``...Z``, the generated models ``...+00:00`` (same instant)."""
    if isinstance(value, dict):
        return {key: _instants(item) for key, item in value.items()}
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)", value):
        return datetime.datetime.fromisoformat(value)
    return value


def _comparable(seen: Sequence[Seen]) -> list[dict[str, Any]]:
    names: dict[str, str] = {}
    requests = []
    for request in seen:
        content_type = request.headers.get("content-type", "")
        binary = not content_type.startswith("application/json")
        if request.body and not binary:
            body: Any = _instants(json.loads(_normalise(request.body.decode("utf-8"), names)))
        else:
            body = request.body
        declared_length = request.headers.get("content-length")
        requests.append(
            {
                "method": request.method,
                "path": _normalise(request.path, names),
                "query": sorted(parse_qsl(_normalise(request.query, names), keep_blank_values=True)),
                "body": body,
                "headers": {name: request.headers.get(name) for name in COMPARED_HEADERS},
                "content-length": declared_length if binary else declared_length in {None, str(len(request.body))},
                "if-match": "if-match" in request.headers,
                "body-hash-signed": request.headers.get("x-content-sha256")
                == base64.b64encode(hashlib.sha256(request.body).digest()).decode("ascii")
                if request.method in {"POST", "PUT"}
                else None,
                "status": request.status,
            }
        )
    return requests


def differences(sdk: Sequence[dict[str, Any]], facade: Sequence[dict[str, Any]]) -> list[str]:
    """One line per request the two clients sent differently (``_comparable`` forms, in call order)."""
    return [
        f"{expected['method']} {expected['path']}: "
        + ", ".join(f"{k}: sdk {expected[k]!r} facade {actual[k]!r}" for k in expected if expected[k] != actual[k])
        for expected, actual in zip(sdk, facade, strict=True)
        if actual != expected
    ]


def test_the_facade_and_the_sdk_send_the_same_requests_for_the_same_21_calls(
    shared: Fixture, serve: Callable[[], AbstractContextManager[tuple[MockKmsServer, list[Seen]]]]
) -> None:
    from kms_facade import models as facade_models  # noqa: PLC0415

    with serve() as (server, sdk_seen):
        run_21_calls(_sdk_client(shared, server.endpoint), sdk_models, shared)
    with serve() as (server, facade_seen), _facade_client(shared, server.endpoint) as client:
        run_21_calls(client, facade_models, shared)  # the SDK's model code, unchanged
    sdk, facade = _comparable(sdk_seen), _comparable(facade_seen)
    assert len(sdk) == len(facade) == OPERATIONS
    found = differences(sdk, facade)
    assert found == [], "\n".join(found)
    restore = next(r for r in facade if r["path"].endswith("/restoreFromFile"))
    assert restore["headers"]["content-type"] == "application/octet-stream"
    assert restore["body"] == shared.file_backup
