"""Contract fuzzing of kms_mock through spec/kms.yaml with schemathesis, on signed requests.

This module holds what the CI-sized pytest run (``tests/test_contract_fuzz.py``) and the large campaign
share: the request signer that plugs OCI signatures into schemathesis' auth extension, the check that pins
every allowed rejection of schema-valid data to its documented rule, the hook that steers schema-valid data
past the rules a schema cannot express, the seeded stateful runner, and the loading of the schema with the
committed ``schemathesis.toml``.

``python -m tests.fuzz_campaign`` (``make fuzz``) is the large campaign: it starts ``python -m kms_mock`` on a
free port with signature verification on (trusting a fresh API key), runs the schemathesis CLI over every
operation with every check and all phases (examples, coverage, fuzzing with ``--max-examples``, default
2000, cases per operation, stateful), then ``--stateful-rounds`` (default 100) more seeded stateful rounds,
and prints a summary: requests per operation, phase and status class, signed/unsigned requests, stateful
steps and failures. The exit status is non-zero when anything failed.
"""

from __future__ import annotations

import argparse
import base64
import collections
import contextlib
import hashlib
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx
import hypothesis
import hypothesis.errors
import requests
import schemathesis
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from schemathesis.auths import GLOBAL_AUTH_STORAGE
from schemathesis.config import SchemathesisConfig

from kms_facade.signing import Signer, fingerprint, headers_to_sign
from kms_facade.wrapping import rsa_private_key_material, wrap_key_material_bytes
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from kms_mock.object_store import object_path
from kms_mock.state import KeyShape, NewKey
from tests.fuzz_crypto import CRYPTO_OPERATIONS, CryptoStaging, crypto_staging
from tests.fuzz_vaults import VaultStaging
from tests.support import synthetic_backup

if TYPE_CHECKING:
    from schemathesis.specs.openapi.schemas import OpenApiSchema

AnyCase = schemathesis.Case[Any]

REPO = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO / "spec" / "kms.yaml"
CONFIG_PATH = REPO / "schemathesis.toml"
TENANCY = "ocid1.tenancy.oc1..aaaaaaaafuzztenancy"
USER = "ocid1.user.oc1..aaaaaaaafuzzuser"
DEFAULT_CAMPAIGN_EXAMPLES = 2000
DEFAULT_STATEFUL_ROUNDS = 100
STATEFUL_SCENARIOS = 20


# ------------------------------------------------------------------------------------------ API keys


def new_rsa_key(bits: int = 2048) -> rsa.RSAPrivateKey:
    """A fresh RSA key (API keys and test wrapping keys; 2048 bits keeps start-up fast)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def private_pem(key: rsa.RSAPrivateKey) -> str:
    """The key as an unencrypted PKCS#8 PEM."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def public_pem(key: rsa.RSAPrivateKey) -> str:
    """The key's public half as a SubjectPublicKeyInfo PEM."""
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def signer_for(
    key: rsa.RSAPrivateKey, *, key_fingerprint: str | None = None, clock: Callable[[], float] = time.time
) -> Signer:
    """A facade ``Signer`` for ``key``; ``key_fingerprint`` overrides the keyId's fingerprint (to lie about it)."""
    return Signer(
        TENANCY,
        USER,
        key_fingerprint or fingerprint(key.public_key()),
        private_key_content=private_pem(key),
        clock=clock,
    )


# ---------------------------------------------------------------------------------------- signing


class UnsignableRequestError(RuntimeError):
    """The request schemathesis is about to send is not the one that would be signed (a harness bug)."""


@dataclass
class SigningStats:
    """How many requests the auth signed, and how many it had to send unsigned (verbs OCI cannot sign)."""

    signed: int = 0
    unsigned: collections.Counter[str] = field(default_factory=collections.Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def count(self, method: str | None, *, signed: bool) -> None:
        """Record one request."""
        with self._lock:
            if signed:
                self.signed += 1
            else:
                self.unsigned[method or "?"] += 1


class OciSigningAuth(requests.auth.AuthBase):
    """Signs every request with ``kms_facade.signing.Signer`` right before it is sent.

    As a ``requests`` auth it runs on the *prepared* request, after schemathesis has serialized the case and
    ``requests`` has encoded the URL and body, so it signs the exact method, path, query, host and body bytes
    that go on the wire. Registered through schemathesis' auth extension (``schema.auth.set_from_requests``),
    so schemathesis knows the requests are authenticated: its ``ignored_auth`` check then re-sends them
    without these credentials and with invalid ones, and expects 401.

    Verbs OCI signing does not define (the reference: anything but GET/HEAD/DELETE/POST/PUT/PATCH, e.g. the
    TRACE and OPTIONS of schemathesis' unsupported-method probes) cannot be signed; they go unsigned and the
    mock must refuse them with 401. ``tamper`` (for the negative runs) edits the request after signing.
    """

    def __init__(
        self,
        signer: Signer,
        *,
        tamper: Callable[[requests.PreparedRequest], None] | None = None,
        stats: SigningStats | None = None,
    ) -> None:
        self.signer = signer
        self.tamper = tamper
        self.stats = stats or SigningStats()

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        method = request.method or "GET"
        try:
            headers_to_sign(method)
        except ValueError:
            self.stats.count(method, signed=False)
            return request
        body = _body_bytes(request)
        url = request.url or ""
        target = httpx.URL(url).raw_path.decode("ascii")
        if target != request.path_url:
            raise UnsignableRequestError(f"the signed target {target!r} differs from the sent {request.path_url!r}")
        headers = {name: _text(value) for name, value in request.headers.items()}
        request.headers.update(self.signer.sign(method, url, headers, body))
        if self.tamper is not None:
            self.tamper(request)
        self.stats.count(method, signed=True)
        return request


def _body_bytes(request: requests.PreparedRequest) -> bytes:
    """The body as it will be sent; a text body is replaced by its bytes so signing and sending agree."""
    body = request.body
    if body is None:
        return b""
    if isinstance(body, str):
        # http.client would encode a text body as ISO-8859-1; do it here, once, for both.
        encoded = body.encode("iso-8859-1")
        request.body = encoded
        return encoded
    if isinstance(body, bytes):
        return body
    raise UnsignableRequestError(f"cannot sign a streamed body of type {type(body).__name__}")


def _text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


# ------------------------------------------------------------------- allowed rejections, precisely

_CONFLICT = frozenset({"IncorrectState", "InvalidatedRetryToken"})
_NOT_FOUND = frozenset({"NotAuthorizedOrNotFound"})
_STALE_ETAG = frozenset({"NoEtagMatch"})
_BAD_PARAMETER = frozenset({"InvalidParameter", "MissingParameter"})


@dataclass(frozen=True)
class Rule:
    """The error codes (and, optionally, the message pattern) of one allowed rejection."""

    codes: frozenset[str]
    message: re.Pattern[str] | None = None


_PAGE_TOKEN = Rule(_BAD_PARAMETER, re.compile(r"page: the page token "))
_MATERIAL = Rule(_BAD_PARAMETER, re.compile(r"wrappedImportKey\.keyMaterial: "))
_NOT_A_BACKUP_TEXT = r"the body is not a key backup|the backup does not authenticate|Unmatched Content MD5"
_NOT_A_BACKUP = Rule(_BAD_PARAMETER, re.compile(rf"{_NOT_A_BACKUP_TEXT}|the request body is required"))
_RESTORE_CONFLICT = frozenset({"NotAuthorizedOrResourceAlreadyExists", "InvalidatedRetryToken"})
_NOT_A_VAULT_BACKUP_TEXT = r"the body is not a vault backup|the backup does not authenticate|Unmatched Content MD5"
_NOT_A_VAULT_BACKUP = Rule(_BAD_PARAMETER, re.compile(rf"{_NOT_A_VAULT_BACKUP_TEXT}|the request body is required"))
_WINDOW = Rule(_BAD_PARAMETER, re.compile(r"timeOfDeletion must be between 7 and 30 days from now"))

_CRYPTO_MISFIT = Rule(
    _BAD_PARAMETER,
    re.compile(
        r"\w+ is not valid base64|\w+ is \d+ bytes once decoded|ciphertext: |AES keys use |keyVersionId is required"
    ),
)

DOCUMENTED_REJECTIONS: Mapping[str, Mapping[int, Rule]] = {
    "ListKeys": {400: _PAGE_TOKEN},
    "ListKeyVersions": {400: _PAGE_TOKEN, 404: Rule(_NOT_FOUND)},
    "CreateKey": {
        # Combinations only: an unknown algorithm or curve is already invalid by the (request) schema.
        400: Rule(
            _BAD_PARAMETER,
            re.compile(r"keyShape\.(length: |curveId|algorithm: EXTERNAL keys )|externalKeyReference "),
        ),
        409: Rule(frozenset({"InvalidatedRetryToken"})),
    },
    "ImportKey": {
        400: Rule(_BAD_PARAMETER, re.compile(r"wrappedImportKey\.keyMaterial: |keyShape\.curveId is only allowed ")),
        409: Rule(frozenset({"InvalidatedRetryToken"})),
    },
    "GetKey": {404: Rule(_NOT_FOUND)},
    "UpdateKey": {404: Rule(_NOT_FOUND), 409: Rule(frozenset({"IncorrectState"})), 412: Rule(_STALE_ETAG)},
    "EnableKey": {404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT), 412: Rule(_STALE_ETAG)},
    "DisableKey": {404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT), 412: Rule(_STALE_ETAG)},
    "ScheduleKeyDeletion": {400: _WINDOW, 404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT), 412: Rule(_STALE_ETAG)},
    "CancelKeyDeletion": {404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT), 412: Rule(_STALE_ETAG)},
    "ChangeKeyCompartment": {404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT), 412: Rule(_STALE_ETAG)},
    "CreateKeyVersion": {
        400: Rule(_BAD_PARAMETER, re.compile(r"externalKeyVersionId is only allowed")),
        404: Rule(_NOT_FOUND),
        409: Rule(_CONFLICT),
    },
    "ImportKeyVersion": {400: _MATERIAL, 404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT)},
    "GetKeyVersion": {404: Rule(_NOT_FOUND)},
    "ScheduleKeyVersionDeletion": {
        400: _WINDOW,
        404: Rule(_NOT_FOUND),
        409: Rule(_CONFLICT),
        412: Rule(_STALE_ETAG),
    },
    "CancelKeyVersionDeletion": {404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT), 412: Rule(_STALE_ETAG)},
    "GetWrappingKey": {},
    "BackupKey": {
        400: Rule(
            _BAD_PARAMETER, re.compile(r"backupLocation\.\w+ is not a valid name|EXTERNAL keys cannot be backed")
        ),
        404: Rule(_NOT_FOUND),
        409: Rule(_CONFLICT),
        412: Rule(_STALE_ETAG),
    },
    "RestoreKeyFromFile": {400: _NOT_A_BACKUP, 409: Rule(_RESTORE_CONFLICT)},
    "RestoreKeyFromObjectStore": {
        400: Rule(
            _BAD_PARAMETER, re.compile(rf"{_NOT_A_BACKUP_TEXT}|backupLocation( is required|\.\w+ is not a valid)")
        ),
        404: Rule(_NOT_FOUND, re.compile(r"No backup exists at the given backupLocation")),
        409: Rule(_RESTORE_CONFLICT),
    },
    "GetReplicationStatus": {404: Rule(_NOT_FOUND)},
    # Crypto: a key the body names that does not exist, data that does not fit the key (tests/fuzz_crypto.py
    # steers the positive cases to keys and data that fit; these stay the answers when it cannot).
    **{
        operation_id: {400: _CRYPTO_MISFIT, 404: Rule(_NOT_FOUND), 409: Rule(frozenset({"Conflict"}))}
        for operation_id in ("Encrypt", "Decrypt", "GenerateDataEncryptionKey", "Sign", "Verify", "ExportKey")
    },
    # The vault API.
    "ListVaults": {400: _PAGE_TOKEN},
    "CreateVault": {
        400: Rule(_BAD_PARAMETER, re.compile(r"externalKeyManagerMetadata is ")),
        409: Rule(frozenset({"InvalidatedRetryToken"})),
    },
    "GetVault": {404: Rule(_NOT_FOUND)},
    "UpdateVault": {404: Rule(_NOT_FOUND), 409: Rule(frozenset({"IncorrectState"})), 412: Rule(_STALE_ETAG)},
    "ScheduleVaultDeletion": {
        400: _WINDOW,
        404: Rule(_NOT_FOUND),
        409: Rule(_CONFLICT | {"Conflict"}),
        412: Rule(_STALE_ETAG),
    },
    "CancelVaultDeletion": {404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT), 412: Rule(_STALE_ETAG)},
    "ChangeVaultCompartment": {404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT), 412: Rule(_STALE_ETAG)},
    "BackupVault": {
        400: Rule(_BAD_PARAMETER, re.compile(r"backupLocation\.\w+ is not a valid name")),
        404: Rule(_NOT_FOUND),
        409: Rule(_CONFLICT),
        412: Rule(_STALE_ETAG),
    },
    "RestoreVaultFromFile": {400: _NOT_A_VAULT_BACKUP, 409: Rule(_RESTORE_CONFLICT)},
    "RestoreVaultFromObjectStore": {
        400: Rule(
            _BAD_PARAMETER,
            re.compile(rf"{_NOT_A_VAULT_BACKUP_TEXT}|backupLocation( is required|\.\w+ is not a valid)"),
        ),
        404: Rule(_NOT_FOUND, re.compile(r"No backup exists at the given backupLocation")),
        409: Rule(_RESTORE_CONFLICT),
    },
    "CreateVaultReplica": {404: Rule(_NOT_FOUND), 409: Rule(_CONFLICT | {"Conflict"}), 412: Rule(_STALE_ETAG)},
    "DeleteVaultReplica": {
        404: Rule(_NOT_FOUND),
        409: Rule(frozenset({"InvalidatedRetryToken"})),
        412: Rule(_STALE_ETAG),
    },
    "ListVaultReplicas": {400: _PAGE_TOKEN, 404: Rule(_NOT_FOUND), 412: Rule(_STALE_ETAG)},
    "GetVaultUsage": {404: Rule(_NOT_FOUND)},
    "UpdateRegisteredVaultForMtls": {
        404: Rule(_NOT_FOUND),
        409: Rule(frozenset({"IncorrectState"})),
        412: Rule(_STALE_ETAG),
    },
}


def _error_body(response: schemathesis.Response) -> tuple[str, str]:
    try:
        document = response.json()
    except ValueError:
        return "", ""
    if not isinstance(document, dict):
        return "", ""
    return str(document.get("code", "")), str(document.get("message", ""))


@schemathesis.check
def documented_rejection(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: AnyCase) -> bool | None:
    """A schema-valid request that is refused must be refused for the documented rule of its status.

    ``schemathesis.toml`` lets some operations answer schema-valid data with 400/404/409/412 (rules a schema
    cannot express). This check pins each such answer to the error code, and for 400 the message, of that
    rule, so the allowance cannot hide a request the mock wrongly rejects for another reason.
    """
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code < 400:
        return None
    operation_id = case.operation.schema.get_operation_id(case.operation) or ""
    rule = DOCUMENTED_REJECTIONS.get(operation_id, {}).get(response.status_code)
    if rule is None:
        return None  # Not an allowed rejection: positive_data_acceptance reports it.
    code, message = _error_body(response)
    if code not in rule.codes or (rule.message is not None and not rule.message.match(message)):
        raise AssertionError(
            f"{operation_id} refused schema-valid data with {response.status_code} {code}: {message!r}, "
            f"which is not the documented rule for that status"
        )
    return None


# ------------------------------------------------------------------------------- reaching success

_IMPORTS = frozenset({"ImportKey", "ImportKeyVersion"})
_SCHEDULES = frozenset({"ScheduleKeyDeletion", "ScheduleKeyVersionDeletion", "ScheduleVaultDeletion"})
_LISTINGS = frozenset({"ListKeys", "ListKeyVersions", "ListVaults", "ListVaultReplicas"})
_SHAPED = frozenset({"CreateKey", "ImportKey"})
_LENGTHS = {"AES": (16, 24, 32), "RSA": (256, 384, 512), "ECDSA": (32, 48, 66)}
_CURVES = {32: "NIST_P256", 48: "NIST_P384", 66: "NIST_P521"}
_RSA_BITS = {256: 2048, 384: 3072, 512: 4096}
_DAY = 86_400.0


def _fitting_shape(body: dict[str, Any], digest: bytes, *, external_allowed: bool) -> dict[str, Any]:
    """``body`` with a ``keyShape`` the service accepts (and, for CreateKey, a consistent EXTERNAL choice)."""
    body = dict(body)
    shape = dict(body["keyShape"])
    external = external_allowed and body.get("protectionMode") == "EXTERNAL"
    algorithm = "AES" if external or shape.get("algorithm") not in _LENGTHS else str(shape["algorithm"])
    if not external_allowed and algorithm == "ECDSA":
        algorithm = "RSA"  # ECDSA keys cannot be imported
    lengths = _LENGTHS[algorithm]
    length = shape.get("length") if shape.get("length") in lengths else lengths[digest[2] % len(lengths)]
    shape.update(algorithm=algorithm, length=length)
    shape.pop("curveId", None)
    if algorithm == "ECDSA":
        shape["curveId"] = _CURVES[int(length)]
    body["keyShape"] = shape
    if external and not isinstance(body.get("externalKeyReference"), dict):
        body["externalKeyReference"] = {"externalKeyId": f"fuzz-external-{digest.hex()[:12]}"}
    elif not external:
        body.pop("externalKeyReference", None)
    return body


@dataclass(frozen=True)
class BackupStaging:
    """What the success paths of the backup operations need from the mock under test (in-process only)."""

    backup: Callable[[], bytes]
    """A backup this vault opens, of a key it does not hold."""
    place: Callable[[Mapping[str, Any]], None]
    """Put such a backup at a ``backupLocation`` (wire dict) of the mock's object store."""
    replication_id: Callable[[], str]
    """A replication id the mock handed out."""
    key_id: Callable[[], str]
    """The id of an ENABLED key of the mock, to back up."""
    pending_version: Callable[[], tuple[str, str]] | None = None
    """(key id, version id) of a key version of the mock that is PENDING_DELETION, to cancel."""


def backup_staging(mock: MockKmsServer) -> BackupStaging:
    """Backups of keys the mock does not hold, sealed by its own backup key, and its replication ids."""
    backups = mock.app.backups

    def backup() -> bytes:
        return backups.sealer.seal(synthetic_backup())

    def place(location: Mapping[str, Any]) -> None:
        backups.store.put(object_path(location, ""), backup())

    def key_id() -> str:
        details = NewKey(
            compartment_id="ocid1.compartment.oc1..fuzzbackups", display_name="b", shape=KeyShape("AES", 32)
        )
        return mock.state.create_key(details).id

    def pending_version() -> tuple[str, str]:
        created = mock.state.get_key(key_id())
        mock.state.create_key_version(created.id)
        mock.state.schedule_key_version_deletion(created.id, created.current_key_version, time.time() + 10 * _DAY)
        return created.id, created.current_key_version

    return BackupStaging(backup, place, lambda: mock.app.replication.start(time.time()), key_id, pending_version)


class SuccessPaths:
    """A ``map_case`` hook that steers the schema-valid cases past the rules a schema cannot express.

    Generated data that is valid by the schema still rarely gets a 2xx here: random ``keyMaterial`` never
    unwraps, a random ``timeOfDeletion`` is almost never 7 to 30 days ahead, a random ``if-match`` never is
    the current etag, and the fuzzer reuses short ``opc-retry-token`` values across different requests (409).
    Those answers are right and stay under test (``tests/test_mock_*``, and in the schemathesis run the negative
    cases and the stateful phase's wrong-state calls); but without this the operations' success paths (and
    their 200 responses' conformance) would hardly be reached, and schemathesis would rightly warn that
    schema-valid data is mostly rejected ("Schema validation mismatch"): each rule steered here is listed with
    its operation in ``schemathesis.toml``. For every positive-mode case (the generated data's hash picks the
    values, so runs stay reproducible), it therefore:

    - replaces ``opc-retry-token`` with one derived from that hash (same request, same token);
    - drops ``if-match`` and, for the listings, ``page`` (an opaque token only this server issues);
    - moves a ``timeOfDeletion`` into the window (8 to 28 days from now);
    - for ``CreateKey``/``ImportKey``, makes ``keyShape``'s length (and ``curveId``) fit its algorithm and an
      ``EXTERNAL`` key an AES key with an ``externalKeyReference`` (only such keys keep one);
    - for ``ImportKey``/``ImportKeyVersion``, wraps fresh material of the key's shape with the vault's public
      wrapping key (``key_shape(key_id)`` gives ``(algorithm, length)`` of an existing key, or None);
    - with a :class:`BackupStaging`: sends a real backup to ``RestoreKeyFromFile`` (without ``content-md5``,
      ``content-length`` and the retry token derived above), puts one at the location
      ``RestoreKeyFromObjectStore`` names, asks ``GetReplicationStatus`` about an id the mock handed out, and
      ``BackupKey`` to back up a key the mock holds, ``CancelKeyVersionDeletion`` to cancel the deletion of a
      version that is pending deletion (the stateful phase reaches one only when its links happen to line up);
    - with a :class:`~tests.fuzz_crypto.CryptoStaging`: gives the crypto operations a key, algorithm and data
      that fit (see :mod:`tests.fuzz_crypto`).
    - with a :class:`tests.fuzz_vaults.VaultStaging`: gives the vault operations a vault in the state they need
      and the vault restores a real vault backup.

    Everything else the fuzzer generated is kept, and negative cases are left alone, so what they negate
    stays negated.
    """

    def __init__(
        self,
        wrapping_public_pem: str,
        key_shape: Callable[[str], tuple[str, int] | None],
        staging: BackupStaging | None = None,
        crypto: CryptoStaging | None = None,
        vaults: VaultStaging | None = None,
    ) -> None:
        self._wrapping_public_pem = wrapping_public_pem
        self._key_shape = key_shape
        self._staging = staging
        self._crypto = crypto
        self._vaults = vaults
        self._rsa_keys: dict[int, rsa.RSAPrivateKey] = {}
        self._lock = threading.Lock()

    def __call__(self, context: schemathesis.HookContext, case: AnyCase) -> AnyCase:
        meta = case.meta
        if meta is None or not meta.generation.mode.is_positive:
            return case
        generated = repr((case.path_parameters, case.query, case.headers, case.body))
        digest = hashlib.sha256(generated.encode("utf-8", "backslashreplace")).digest()
        operation_id = case.operation.schema.get_operation_id(case.operation) or ""
        headers = case.headers
        if isinstance(headers, MutableMapping):  # a case-insensitive mapping: edit it in place
            for name in [name for name in headers if name.lower() in {"if-match", "opc-retry-token"}]:
                if name.lower() == "opc-retry-token":
                    headers[name] = f"fuzz-{digest.hex()[:40]}"
                else:
                    del headers[name]
        if operation_id in _LISTINGS and isinstance(case.query, dict):
            case.query.pop("page", None)
        if operation_id in _SHAPED and isinstance(case.body, dict) and isinstance(case.body.get("keyShape"), dict):
            case.body = _fitting_shape(case.body, digest, external_allowed=operation_id == "CreateKey")
        body = case.body
        if operation_id in _SCHEDULES and isinstance(body, dict) and "timeOfDeletion" in body:
            when = time.time() + (8 + digest[1] % 21) * _DAY
            case.body = {**body, "timeOfDeletion": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(when))}
        elif operation_id in _IMPORTS and isinstance(body, dict) and isinstance(body.get("wrappedImportKey"), dict):
            case.body = self._with_material(operation_id, body, case.path_parameters or {}, digest)
        elif operation_id in CRYPTO_OPERATIONS and self._crypto is not None and isinstance(body, dict):
            case.body = self._crypto.steer(operation_id, body, digest)
        elif self._staging is not None:
            self._stage(operation_id, case)
        if self._vaults is not None:
            self._vaults.stage(operation_id, case)
        return case

    def _stage(self, operation_id: str, case: AnyCase) -> None:
        assert self._staging is not None
        if operation_id == "RestoreKeyFromFile":
            case.body = self._staging.backup()
            if isinstance(case.headers, MutableMapping):
                # The retry token derived from the generated data would now name a different body (409).
                staged = {"content-md5", "content-length", "opc-retry-token"}
                for name in [name for name in case.headers if name.lower() in staged]:
                    del case.headers[name]
        elif operation_id == "RestoreKeyFromObjectStore" and isinstance(case.body, dict):
            location = case.body.get("backupLocation")
            if isinstance(location, dict):
                with contextlib.suppress(Exception):  # an invalid name: the mock's 400 is the answer under test
                    self._staging.place(location)
        elif operation_id == "GetReplicationStatus":
            case.path_parameters = {**(case.path_parameters or {}), "replicationId": self._staging.replication_id()}
        elif operation_id == "BackupKey":
            case.path_parameters = {**(case.path_parameters or {}), "keyId": self._staging.key_id()}
        elif operation_id == "CancelKeyVersionDeletion" and self._staging.pending_version is not None:
            key_id, version_id = self._staging.pending_version()
            case.path_parameters = {**(case.path_parameters or {}), "keyId": key_id, "keyVersionId": version_id}

    def _with_material(
        self, operation_id: str, body: dict[str, Any], path: Mapping[str, Any], digest: bytes
    ) -> dict[str, Any]:
        shape = self._shape(operation_id, body, path)
        material = self._material(shape, digest) if shape is not None else None
        if material is None:
            return body  # a shape that cannot be imported: the mock's 400 is the answer under test
        algorithm = str(body["wrappedImportKey"].get("wrappingAlgorithm"))
        if algorithm != "RSA_OAEP_SHA256" or len(material) > 64:
            algorithm = "RSA_OAEP_AES_SHA256"  # RSA-OAEP alone cannot wrap an RSA private key
        wrapped = wrap_key_material_bytes(self._wrapping_public_pem, material, algorithm)
        wrapped_import_key = {"keyMaterial": base64.b64encode(wrapped).decode("ascii"), "wrappingAlgorithm": algorithm}
        return {**body, "wrappedImportKey": {**body["wrappedImportKey"], **wrapped_import_key}}

    def _shape(self, operation_id: str, body: dict[str, Any], path: Mapping[str, Any]) -> tuple[str, int] | None:
        if operation_id == "ImportKey":
            shape = body.get("keyShape")
            if isinstance(shape, dict) and isinstance(shape.get("length"), int):
                return str(shape.get("algorithm")), shape["length"]
            return None
        key_id = path.get("keyId")
        return self._key_shape(key_id) if isinstance(key_id, str) else None

    def _material(self, shape: tuple[str, int], digest: bytes) -> bytes | None:
        algorithm, length = shape
        if algorithm == "AES" and length in {16, 24, 32}:
            return hashlib.sha256(b"aes" + digest).digest()[:length]
        if algorithm == "RSA" and length in _RSA_BITS:
            with self._lock:
                key = self._rsa_keys.get(length)
                if key is None:
                    key = self._rsa_keys[length] = new_rsa_key(_RSA_BITS[length])
            return rsa_private_key_material(key)
        return None


# ------------------------------------------------------------------------------------ the schema


def load_config(
    *, max_examples: int | None = None, seed: int | None = None, deterministic: bool = False
) -> SchemathesisConfig:
    """The committed ``schemathesis.toml``, optionally with another fuzzing budget or seed, or derandomized."""
    config = SchemathesisConfig.from_path(CONFIG_PATH)
    if seed is not None:
        config.update(seed=seed, max_failures=None)
    generation = config.projects.default.generation
    if max_examples is not None:
        generation.update(max_examples=max_examples)
    if deterministic:
        generation.update(deterministic=True)
    return config


def load_schema(config: SchemathesisConfig | None = None) -> OpenApiSchema:
    """The spec, loaded with ``config`` (default: the committed one)."""
    return schemathesis.openapi.from_path(SPEC_PATH, config=config or load_config())


# ------------------------------------------------------------------------------------ stateful runs


@dataclass
class StatefulOutcome:
    """What :func:`run_stateful` did: scenarios run, steps (requests) made, rounds cut short, failures."""

    rounds: int = 0
    cut_short: int = 0
    steps: int = 0
    failures: list[str] = field(default_factory=list)


def run_stateful(
    schema: OpenApiSchema, base_url: str, *, rounds: int, scenarios: int, steps: int, seed: int
) -> StatefulOutcome:
    """Run ``rounds`` seeded state machines over the spec's links against ``base_url``, every check on.

    The mock's state lives across scenarios, so Hypothesis may find a round's data generation inconsistent
    between replays (``FlakyStrategyDefinition``; schemathesis' own runner also ends a round there): the next
    seed then takes over. Every check failure is recorded when it happens, so it is reported even if
    Hypothesis cannot replay it; the first round with a failure ends the run.
    """
    outcome = StatefulOutcome()

    class Lifecycles(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: AnyCase) -> dict[str, str]:
            return {"base_url": base_url}

        def validate_response(self, response: schemathesis.Response, case: AnyCase, *args: Any, **kwargs: Any) -> None:
            outcome.steps += 1
            try:
                super().validate_response(response, case, *args, **kwargs)
            except Exception as exc:
                outcome.failures.append(f"{case.operation.label} -> {response.status_code}: {exc}")
                raise

    settings = hypothesis.settings(
        max_examples=scenarios,
        stateful_step_count=steps,
        database=None,
        deadline=None,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    for round_ in range(rounds):
        outcome.rounds += 1
        try:
            hypothesis.seed(seed + round_)(Lifecycles).run(settings=settings)
        except hypothesis.errors.FlakyStrategyDefinition:
            outcome.cut_short += 1
        except Exception:
            if not outcome.failures:
                raise
        if outcome.failures:
            break
    return outcome


# ------------------------------------------------------------------------------------ the campaign


@dataclass
class CampaignTally:
    """Requests the schemathesis run made through ``case.call``, by operation, phase and status class."""

    by_operation: dict[str, collections.Counter[str]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, case: AnyCase, response: schemathesis.Response) -> None:
        """Count one request."""
        phase = case.meta.phase.name.value if case.meta is not None else "other"
        status_class = f"{response.status_code // 100}xx"
        with self._lock:
            counter = self.by_operation.setdefault(case.operation.label, collections.Counter())
            counter[phase] += 1
            counter[status_class] += 1
            counter["total"] += 1

    def render(self) -> str:
        """A table: one line per operation, then the totals."""
        columns = ("total", "examples", "coverage", "fuzzing", "stateful", "2xx", "4xx", "5xx")
        width = max((len(label) for label in self.by_operation), default=10)
        lines = [f"{'operation':<{width}} " + " ".join(f"{name:>9}" for name in columns)]
        totals: collections.Counter[str] = collections.Counter()
        for label in sorted(self.by_operation):
            counter = self.by_operation[label]
            totals.update(counter)
            lines.append(f"{label:<{width}} " + " ".join(f"{counter[name]:>9}" for name in columns))
        lines.append(f"{'all operations':<{width}} " + " ".join(f"{totals[name]:>9}" for name in columns))
        return "\n".join(lines)


def key_shape_over_http(endpoint: str, signer: Signer) -> Callable[[str], tuple[str, int] | None]:
    """A ``key_shape`` oracle for :class:`SuccessPaths` that asks the mock (signed ``GetKey``), cached per key."""
    client = httpx.Client(base_url=endpoint, auth=signer, timeout=10)
    known: dict[str, tuple[str, int] | None] = {}
    lock = threading.Lock()

    def key_shape(key_id: str) -> tuple[str, int] | None:
        with lock:
            if key_id not in known:
                known[key_id] = _fetch_shape(client, key_id)
            return known[key_id]

    return key_shape


def _fetch_shape(client: httpx.Client, key_id: str) -> tuple[str, int] | None:
    try:
        response = client.get(f"/20180608/keys/{quote(key_id, safe='')}")
    except (httpx.HTTPError, UnicodeError):
        return None
    shape = response.json().get("keyShape") if response.status_code == 200 else None
    if isinstance(shape, dict) and isinstance(shape.get("length"), int):
        return str(shape.get("algorithm")), shape["length"]
    return None


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz_campaign", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--max-examples",
        type=int,
        default=DEFAULT_CAMPAIGN_EXAMPLES,
        help=f"fuzzed cases per operation (default {DEFAULT_CAMPAIGN_EXAMPLES})",
    )
    parser.add_argument(
        "--stateful-rounds",
        type=int,
        default=DEFAULT_STATEFUL_ROUNDS,
        help=f"extra seeded stateful rounds of {STATEFUL_SCENARIOS} scenarios (default {DEFAULT_STATEFUL_ROUNDS})",
    )
    parser.add_argument("--seed", type=int, default=None, help="seed (default: the one in schemathesis.toml)")
    parser.add_argument("--workers", type=int, default=1, help="schemathesis workers (default 1)")
    parser.add_argument("extra", nargs="*", help="more `schemathesis run` options, after --")
    return parser.parse_args(argv)


def _run_cli(endpoint: str, args: argparse.Namespace) -> int:
    """``schemathesis run`` in this process (so it shares the auth, hooks and check registered here)."""
    from schemathesis.cli import schemathesis as cli  # noqa: PLC0415 - the CLI is only needed here

    command = ["--config-file", str(CONFIG_PATH), "run", str(SPEC_PATH), "--url", endpoint]
    command += ["--max-examples", str(args.max_examples), "--workers", str(args.workers)]
    if args.seed is not None:
        command += ["--seed", str(args.seed)]
    command += args.extra
    print(f"fuzz campaign: schemathesis {' '.join(command)}", flush=True)
    try:
        cli.main(command, standalone_mode=False)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the campaign and print its summary; the exit status is non-zero on any failure."""
    args = _parse_args(argv)
    api_key = new_rsa_key()
    wrapping_key = new_rsa_key()
    signer = signer_for(api_key)
    stats = SigningStats()
    tally = CampaignTally()
    GLOBAL_AUTH_STORAGE.set_from_requests(OciSigningAuth(signer, stats=stats))

    @schemathesis.hook
    def after_call(context: schemathesis.HookContext, case: AnyCase, response: schemathesis.Response) -> None:
        tally.record(case, response)

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kms-fuzz-") as folder:
        trusted = Path(folder) / "api-key.pub.pem"
        trusted.write_text(public_pem(api_key))
        wrapping = Path(folder) / "wrapping-key.pem"
        wrapping.write_text(private_pem(wrapping_key))
        # In-process (a real server on a socket, in a thread), so that backups sealed with its own key can be
        # staged for the restore operations, as in the CI-sized run.
        with MockKmsServer(trust_keys=[trusted], wrapping_key=WrappingKeyPair.from_pem(wrapping.read_text())) as mock:
            endpoint = mock.endpoint
            success_paths = SuccessPaths(
                public_pem(wrapping_key),
                key_shape_over_http(endpoint, signer),
                backup_staging(mock),
                crypto_staging(mock),
                VaultStaging(mock),
            )
            schemathesis.hook("map_case")(success_paths)
            status = _run_cli(endpoint, args)
            config = load_config(seed=args.seed)
            print(f"\nfuzz campaign: {args.stateful_rounds} more stateful rounds of {STATEFUL_SCENARIOS} scenarios")
            stateful = run_stateful(
                load_schema(config),
                endpoint,
                rounds=args.stateful_rounds,
                scenarios=STATEFUL_SCENARIOS,
                steps=config.projects.default.phases.stateful.max_steps,
                seed=config.seed,
            )
    elapsed = time.monotonic() - started
    print()
    print("=" * 30, "fuzz campaign summary", "=" * 30)
    print(tally.render())
    unsigned = ", ".join(f"{method} {count}" for method, count in sorted(stats.unsigned.items())) or "none"
    print(f"signed requests: {stats.signed}; unsigned (verbs OCI cannot sign, must get 401): {unsigned}")
    print(f"schemathesis run: exit status {status} ({'no failures' if status == 0 else 'FAILURES, see above'})")
    print(
        f"stateful rounds: {stateful.rounds} ({stateful.cut_short} ended early by Hypothesis' replay check), "
        f"{stateful.steps} steps, {len(stateful.failures)} failures"
    )
    for failure in stateful.failures:
        print(f"  FAILURE {failure}")
    print(f"elapsed: {elapsed:.0f} s")
    return status or (1 if stateful.failures else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
