"""Contract fuzzing, CI-sized: schemathesis over spec/kms.yaml against kms_mock on a real socket.

Every operation, every check (``schemathesis.toml``: all built-in checks plus
``tests.fuzz_campaign.documented_rejection``), the examples, coverage and fuzzing phases per operation, and a
stateful run that follows the spec's links. Requests carry real OCI signatures (schemathesis' auth extension
with ``kms_facade.signing.Signer``), and the mock verifies them. A second run breaks the signature five ways
and expects 401 ``NotAuthenticated`` from every operation. The seed is fixed and generation derandomized.
``make fuzz`` (``tests/fuzz_campaign.py``) is the same contract with thousands of cases per operation.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from schemathesis.core.result import Ok
from schemathesis.specs.openapi import checks as openapi_checks

from kms_facade.signing import fingerprint
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from kms_mock.errors import ApiError
from tests.fuzz_campaign import (
    AnyCase,
    OciSigningAuth,
    SigningStats,
    SuccessPaths,
    backup_staging,
    crypto_staging,
    load_config,
    load_schema,
    new_rsa_key,
    run_stateful,
    signer_for,
)
from tests.fuzz_vaults import VaultStaging

STATELESS_EXAMPLES = 40  # fuzzed cases per operation, on top of the examples and coverage phases
STATEFUL_ROUNDS = 10
STATEFUL_SCENARIOS = 20  # per round
BROKEN_EXAMPLES = 6  # per operation and way of breaking the signature
SEED = 20180608

API_KEY = new_rsa_key()
STRANGER = new_rsa_key()
WRAPPING_KEY = WrappingKeyPair(new_rsa_key())
SIGNING = SigningStats()

schema = load_schema(load_config(max_examples=STATELESS_EXAMPLES, seed=SEED, deterministic=True))
schema.auth.set_from_requests(OciSigningAuth(signer_for(API_KEY), stats=SIGNING))

# The same contract without auth provider: each test of the broken run sends its own broken signature.
broken_config = load_config(max_examples=BROKEN_EXAMPLES, seed=SEED, deterministic=True)
broken_config.projects.default.phases.coverage.enabled = False
broken_schema = load_schema(broken_config)

# Requests the runs made, by operation: (phase → count) and (status → count).
PHASES: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
STATUSES: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)


@schema.hook
def after_call(context: schemathesis.HookContext, case: AnyCase, response: schemathesis.Response) -> None:
    phase = case.meta.phase.name.value if case.meta is not None else "other"
    PHASES[case.operation.label][phase] += 1
    STATUSES[case.operation.label][response.status_code] += 1


@pytest.fixture(scope="module")
def mock() -> Iterator[MockKmsServer]:
    """The mock with signature verification on, trusting API_KEY only."""
    with MockKmsServer(trust_keys=[API_KEY.public_key()], wrapping_key=WRAPPING_KEY) as server:
        yield server


@pytest.fixture(scope="module", autouse=True)
def success_paths(mock: MockKmsServer) -> Iterator[SuccessPaths]:
    """Schema-valid cases are steered past the rules a schema cannot express (see SuccessPaths)."""

    def key_shape(key_id: str) -> tuple[str, int] | None:
        try:
            shape = mock.state.key_shape(key_id)
        except ApiError:
            return None
        return shape.algorithm, shape.length

    hook = SuccessPaths(
        WRAPPING_KEY.public_pem, key_shape, backup_staging(mock), crypto_staging(mock), VaultStaging(mock)
    )
    schema.hooks.register_hook_with_name(hook, "map_case")
    yield hook
    schema.hooks.unregister(hook)


# ------------------------------------------------------------------------------- signed, all checks

STAGED_OPERATIONS = frozenset(
    {
        "POST /20180608/keys/{keyId}/actions/backup",
        "POST /20180608/keys/actions/restoreFromFile",
        "POST /20180608/keys/actions/restoreFromObjectStore",
        "GET /20180608/replicaOperations/{replicationId}/status",
        "POST /20180608/keys/{keyId}/keyVersions/{keyVersionId}/actions/cancelDeletion",
        # The crypto operations name their key in the body: steered to real keys (tests/fuzz_crypto.py).
        *(f"POST /20180608/{verb}" for verb in ("encrypt", "decrypt", "generateDataEncryptionKey", "sign", "verify")),
        "POST /20180608/exportKey",
        # The vault API: vaults in the state each operation needs (tests.fuzz_vaults.VaultStaging).
        "GET /20180608/vaults/{vaultId}",
        "PUT /20180608/vaults/{vaultId}",
        "POST /20180608/vaults/{vaultId}/actions/scheduleDeletion",
        "POST /20180608/vaults/{vaultId}/actions/cancelDeletion",
        "POST /20180608/vaults/{vaultId}/actions/backup",
        "POST /20180608/vaults/{vaultId}/actions/changeCompartment",
        "POST /20180608/vaults/{vaultId}/actions/createReplica",
        "POST /20180608/vaults/{vaultId}/actions/deleteReplica",
        "GET /20180608/vaults/{vaultId}/actions/listReplicas",
        "GET /20180608/vaults/{vaultId}/usage",
        "PUT /20180608/vaults/{vaultId}/updateRegisteredVaultForMtls",
        "POST /20180608/vaults/actions/restoreFromFile",
        "POST /20180608/vaults/actions/restoreFromObjectStore",
    }
)


@schema.parametrize()
def test_operation_honours_contract(case: AnyCase, mock: MockKmsServer, success_paths: SuccessPaths) -> None:
    """Stateless: examples, coverage and fuzzing phases, every check, signed requests."""
    if case.operation.label in STAGED_OPERATIONS:
        # The backup operations reach success through staged state (a backup, a key, a replication id), not
        # through links; the map_case hook steers the stateful phase only, so steer their stateless cases here.
        case = success_paths(None, case)  # type: ignore[arg-type]
    case.call_and_validate(base_url=mock.endpoint)


def test_stateful_lifecycles_honour_contract(mock: MockKmsServer) -> None:
    """Stateful: sequences along the spec's links (create → rotate → disable → schedule deletion → ...)."""
    steps = schema.config.phases.stateful.max_steps  # schemathesis.toml
    outcome = run_stateful(
        schema, mock.endpoint, rounds=STATEFUL_ROUNDS, scenarios=STATEFUL_SCENARIOS, steps=steps, seed=SEED
    )
    assert outcome.failures == []
    assert outcome.rounds == STATEFUL_ROUNDS
    assert outcome.steps >= STATEFUL_ROUNDS * STATEFUL_SCENARIOS, outcome


def test_fuzzing_reached_every_operation_and_its_success_path(mock: MockKmsServer) -> None:
    """Guards the harness itself: every operation was called signed, and every one succeeded at least once.

    Runs after the fuzzing tests above (pytest keeps file order). A 2xx for every operation means the
    signed path, the links and the importable key material really reached each operation's logic.
    """
    labels = {result.ok().label for result in schema.get_all_operations() if isinstance(result, Ok)}
    assert len(labels) == 42  # 21 management operations, 6 crypto operations, 15 vault operations
    if set(PHASES) != labels:
        pytest.fail(f"run the whole module: the tests above reached only {sorted(PHASES)}")
    never_succeeded = sorted(label for label in labels if not any(200 <= s < 300 for s in STATUSES[label]))
    assert never_succeeded == [], {label: dict(STATUSES[label]) for label in never_succeeded}
    assert SIGNING.signed > 0
    # Verbs the OCI signature does not define (schemathesis' unsupported-method probes) go unsigned: 401.
    assert set(SIGNING.unsigned) <= {"OPTIONS", "TRACE", "QUERY"}


# -------------------------------------------------------------------------------- broken signatures


def _alter_after_signing(request: requests.PreparedRequest) -> None:
    """Change a signed part: the last body byte if there is a body, else the request target."""
    if isinstance(request.body, bytes) and request.body:
        last = request.body[-1:]
        request.body = request.body[:-1] + (b" " if last != b" " else b"\t")
    else:
        separator = "&" if "?" in (request.url or "") else "?"
        request.url = f"{request.url}{separator}tampered=1"


class _Unsigned(requests.auth.AuthBase):
    """No signature at all: drops any ``Authorization`` header the fuzzer generated for the security scheme."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers.pop("Authorization", None)
        return request


BROKEN_SIGNATURES: dict[str, Callable[[], requests.auth.AuthBase]] = {
    "unsigned": _Unsigned,
    "untrusted-key": lambda: OciSigningAuth(signer_for(STRANGER)),
    "keyid-claims-trusted-fingerprint": lambda: OciSigningAuth(
        signer_for(STRANGER, key_fingerprint=fingerprint(API_KEY.public_key()))
    ),
    "date-6-minutes-old": lambda: OciSigningAuth(signer_for(API_KEY, clock=lambda: time.time() - 360)),
    "altered-after-signing": lambda: OciSigningAuth(signer_for(API_KEY), tamper=_alter_after_signing),
}


@pytest.fixture(scope="module")
def guarded_mock() -> Iterator[MockKmsServer]:
    """A second mock for the broken run, so its state can be checked untouched afterwards."""
    with MockKmsServer(trust_keys=[API_KEY.public_key()], wrapping_key=WRAPPING_KEY) as server:
        yield server
        assert server.state.key_count() == 0


@pytest.mark.parametrize("breakage", sorted(BROKEN_SIGNATURES))
@broken_schema.parametrize()
def test_bad_signature_gets_401(case: AnyCase, breakage: str, guarded_mock: MockKmsServer) -> None:
    """Any request, valid or not, whose signature is missing or wrong gets 401 NotAuthenticated."""
    response = case.call(base_url=guarded_mock.endpoint, auth=BROKEN_SIGNATURES[breakage]())
    assert response.status_code == 401, response.text
    assert response.json()["code"] == "NotAuthenticated"
    case.validate_response(
        response,
        checks=[
            openapi_checks.status_code_conformance,
            openapi_checks.content_type_conformance,
            openapi_checks.response_headers_conformance,
            openapi_checks.response_schema_conformance,
        ],
    )


# ------------------------------------------------------------------- what the fuzzer found stays fixed


@pytest.fixture
def signed_client(mock: MockKmsServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.endpoint, auth=signer_for(API_KEY), timeout=10) as client:
        yield client


def _new_key(client: httpx.Client) -> str:
    body = {"compartmentId": "ocid1.compartment.oc1..fuzzfixed", "displayName": "k", "keyShape": SHAPE_AES_32}
    response = client.post("/20180608/keys", json=body)
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


SHAPE_AES_32 = {"algorithm": "AES", "length": 32}


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        # strftime("%Y") wrote "104-10-07", which is no RFC 3339 date-time (response_schema_conformance).
        ("0104-10-07T05:00:00Z", "0104-10-07T00:00:00.000Z"),
        # Converting to UTC first left datetime's range (OverflowError: a 500).
        ("0001-01-01T00:30:00+01:00", "0001-01-01T00:00:00.000Z"),
        ("9999-12-31T23:30:00-01:00", "9999-12-31T00:00:00.000Z"),
    ],
)
def test_schedule_start_of_any_valid_date_is_kept_as_that_date(
    signed_client: httpx.Client, given: str, stored: str
) -> None:
    key_id = _new_key(signed_client)
    details = {"autoKeyRotationDetails": {"rotationIntervalInDays": 90, "timeOfScheduleStart": given}}
    response = signed_client.put(f"/20180608/keys/{key_id}", json=details)
    assert response.status_code == 200, response.text
    assert response.json()["autoKeyRotationDetails"]["timeOfScheduleStart"] == stored


def test_non_ascii_key_material_is_invalid_not_a_server_error(signed_client: httpx.Client) -> None:
    # openapi-schema-validator's `byte` format check raised UnicodeEncodeError on it: a 500.
    key_id = _new_key(signed_client)
    body = {"wrappedImportKey": {"keyMaterial": "é" * 20, "wrappingAlgorithm": "RSA_OAEP_SHA256"}}
    response = signed_client.post(f"/20180608/keys/{key_id}/keyVersions/import", json=body)
    assert response.status_code == 400, response.text
    assert response.json() == {
        "code": "InvalidParameter",
        "message": "wrappedImportKey.keyMaterial must be valid base64",
    }


def test_request_key_shapes_name_known_algorithms_only(signed_client: httpx.Client) -> None:
    # The spec's KeyShape is open for responses; requests are narrowed, so the validator (not the mock's
    # combination rules) refuses an unknown algorithm, and schemathesis no longer counts it as valid data.
    body = {"compartmentId": "c", "displayName": "k", "keyShape": {"algorithm": "AES-XTS", "length": 32}}
    response = signed_client.post("/20180608/keys", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["message"].startswith("keyShape.algorithm ")
    assert "unsupported algorithm" not in response.json()["message"]


@pytest.mark.parametrize("destination", [["BUCKET"], "Key", "ChangeKeyCompartmentDetails", None])
def test_a_backup_location_of_no_listed_destination_is_invalid_not_a_server_error(
    signed_client: httpx.Client, destination: Any
) -> None:
    # openapi-schema-validator's discriminator support raised TypeError (a 500) for a list, and resolved any
    # other value to the schema of that name, so {"destination": "ChangeKeyCompartmentDetails", ...} passed.
    key_id = _new_key(signed_client)
    location = {"destination": destination, "compartmentId": "c", "uri": "u"}
    response = signed_client.post(f"/20180608/keys/{key_id}/actions/backup", json={"backupLocation": location})
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "InvalidParameter"


@pytest.mark.parametrize(
    "location",
    [
        {"destination": "BUCKET", "uri": "https://objectstorage.example/p/t/o"},
        {"destination": "PRE_AUTHENTICATED_REQUEST_URI", "namespace": "n", "bucketName": "b", "objectName": "o"},
    ],
)
def test_a_backup_location_whose_destination_names_the_other_variant_is_invalid(
    signed_client: httpx.Client, location: dict[str, str]
) -> None:
    # Both variants share the BackupLocationDestination enum (as the SDK's subclasses share its constants), so
    # only the discriminator ties a value to its variant: the mock spells the mapping out (a 500 before).
    response = signed_client.post("/20180608/keys/actions/restoreFromObjectStore", json={"backupLocation": location})
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "InvalidParameter"
