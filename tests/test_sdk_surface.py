"""The SDK-shaped surface of the facade, checked against the spec and the SDK: model constants for every enum
value the spec gives a field (whatever its representation), models built empty and by assignment, closed enums
validated, date-times serialised as the SDK sends them, ``util.to_dict``, ``str``, the lazy submodules, the
exception details, ``allow_control_chars`` and ``base_client.endpoint``."""

from __future__ import annotations

import datetime
import inspect
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import oci
import pytest

from kms_facade import AsyncKmsManagementClient, KmsManagementClient, models, util
from kms_facade.binding import declared_operations
from kms_facade.exceptions import InvalidResponse, ServiceError
from kms_facade.operations import KmsOperations
from tests.test_facade_client import ENDPOINT, KEY_ID, key_json, signer
from tests.test_spec_contract import SPEC


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _enum_values(schema: dict[str, Any]) -> Iterator[Any]:
    """Every enum value a property schema allows: inline, through ``$ref``, inside ``anyOf``/``oneOf``/``allOf``,
    or in array items."""
    if "$ref" in schema:
        yield from _enum_values(SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]])
        return
    yield from schema.get("enum", [])
    for key in ("anyOf", "oneOf", "allOf"):
        for member in schema.get(key, []):
            yield from _enum_values(member)
    if "items" in schema:
        yield from _enum_values(schema["items"])


def spec_constants() -> list[tuple[str, str, Any]]:
    found = []
    for model, schema in SPEC["components"]["schemas"].items():
        for prop, definition in schema.get("properties", {}).items():
            if (
                "$ref" in definition
                and "properties" in SPEC["components"]["schemas"][definition["$ref"].rsplit("/", 1)[1]]
            ):
                continue  # a nested model, whose own constants are its class's
            for value in _enum_values(definition):
                if value is not None:
                    found.append((model, f"{_snake(prop).upper()}_{str(value).upper()}", value))
    return found


CONSTANTS = spec_constants()


def test_the_spec_gives_enum_values_to_many_fields() -> None:
    assert len(CONSTANTS) > 50
    assert ("Key", "LIFECYCLE_STATE_ENABLED", "ENABLED") in CONSTANTS
    assert ("WrappedImportKey", "WRAPPING_ALGORITHM_RSA_OAEP_AES_SHA256", "RSA_OAEP_AES_SHA256") in CONSTANTS


@pytest.mark.parametrize(("model", "constant", "value"), CONSTANTS, ids=[f"{m}.{c}" for m, c, _ in CONSTANTS])
def test_every_enum_value_of_a_field_in_the_spec_is_a_constant_of_its_model(
    model: str, constant: str, value: Any
) -> None:
    assert getattr(getattr(models, model), constant) == value


def test_every_constant_of_the_sdks_models_exists_here_with_its_value() -> None:
    compared = 0
    for name in dir(oci.key_management.models):
        theirs = getattr(oci.key_management.models, name)
        ours = getattr(models, name, None)
        if not isinstance(theirs, type) or ours is None:
            continue
        for constant in (c for c in dir(theirs) if c.isupper()):
            assert getattr(ours, constant) == getattr(theirs, constant), f"{name}.{constant}"
            compared += 1
    assert compared > 60


def test_empty_construction_attribute_assignment_and_the_wire_dict() -> None:
    details = models.CreateKeyDetails()
    assert details.to_dict() == {}
    details.compartment_id = "c"
    details.display_name = "k"
    details.key_shape = models.KeyShape(algorithm="AES", length=32)
    details.protection_mode = "SOFTWARE"
    assert details.protection_mode is models.ProtectionMode.SOFTWARE
    assert details.to_dict() == {
        "compartmentId": "c",
        "displayName": "k",
        "keyShape": {"algorithm": "AES", "length": 32},
        "protectionMode": "SOFTWARE",
    }


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: models.CreateKeyDetails(protection_mode="CLOUD"),
            "Invalid value for `protection_mode`, must be None or one of ['HSM', 'SOFTWARE', 'EXTERNAL']",
        ),
        (
            lambda: models.ImportKeyDetails(protection_mode="EXTERNAL"),
            "Invalid value for `protection_mode`, must be None or one of ['HSM', 'SOFTWARE']",
        ),
        (
            lambda: setattr(models.WrappedImportKey(), "wrapping_algorithm", "RSA_PKCS1"),
            "Invalid value for `wrapping_algorithm`, must be None or one of ['RSA_OAEP_SHA256', 'RSA_OAEP_AES_SHA256']",
        ),
    ],
)
def test_closed_enums_raise_the_sdks_message_on_construction_and_assignment(build: Any, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        build()
    assert str(raised.value) == message


def test_open_enums_keep_unknown_values() -> None:
    shape = models.KeyShape(algorithm="QUANTUM", length=32, curve_id="NIST_P999")
    assert (shape.algorithm, shape.curve_id) == ("QUANTUM", "NIST_P999")
    assert shape.to_dict() == {"algorithm": "QUANTUM", "length": 32, "curveId": "NIST_P999"}


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (datetime.datetime(2030, 1, 2, 3, 4, 5), "2030-01-02T03:04:05Z"),
        (datetime.datetime(2030, 1, 2, 3, 4, 5, 600000), "2030-01-02T03:04:05.600000Z"),
        (
            datetime.datetime(2030, 1, 2, 8, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=5))),
            "2030-01-02T03:04:05Z",
        ),
        ("2030-01-02T03:04:05Z", "2030-01-02T03:04:05Z"),
    ],
)
def test_date_times_are_sent_as_the_sdk_sends_them(value: Any, wire: str) -> None:
    assert models.ScheduleKeyDeletionDetails(time_of_deletion=value).to_dict() == {"timeOfDeletion": wire}
    sdk = oci.base_client.BaseClient.sanitize_for_serialization
    if not isinstance(value, str):
        assert sdk(None, value) == wire  # type: ignore[arg-type]


def test_util_to_dict_and_str_match_the_sdk_for_the_same_model() -> None:
    wire = {
        "compartmentId": "c",
        "id": "v",
        "keyId": "k",
        "origin": "INTERNAL",
        "lifecycleState": "ENABLED",
        "timeCreated": "2026-01-01T00:00:00Z",
        "vaultId": "vault",
    }
    ours = models.KeyVersion.from_dict(wire)
    theirs = oci.key_management.models.KeyVersion(
        compartment_id="c",
        id="v",
        key_id="k",
        origin="INTERNAL",
        lifecycle_state="ENABLED",
        time_created=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        vault_id="vault",
    )
    assert util.to_dict(ours) == oci.util.to_dict(theirs)
    assert str(ours) == str(theirs)
    assert util.to_dict([ours, {"n": datetime.datetime(2030, 1, 1)}]) == oci.util.to_dict(
        [theirs, {"n": datetime.datetime(2030, 1, 1)}]
    )
    assert repr(ours).startswith("KeyVersion(id='v', key_id='k'")  # a repr that names the class and fields


def test_unknown_fields_are_kept_on_the_model_and_in_its_wire_dict() -> None:
    key = models.Key.from_dict({**key_json(), "brandNew": 1})
    assert key.additional_properties == {"brandNew": 1}
    assert key.to_dict()["brandNew"] == 1
    assert "brandNew" not in util.to_dict(key)


def test_sentinels_behave_like_the_sdks() -> None:
    for ours, theirs in (
        (util.WAIT_RESOURCE_NOT_FOUND, oci.util.WAIT_RESOURCE_NOT_FOUND),
        (util.NONE_SENTINEL, oci.util.NONE_SENTINEL),
    ):
        assert (repr(ours), bool(ours)) == (repr(theirs), bool(theirs))
    assert util.Sentinel("WaitResourceNotFound", truthy=False) is util.WAIT_RESOURCE_NOT_FOUND


def test_submodules_resolve_lazily_from_import_kms_facade() -> None:
    script = """
import sys, kms_facade
lazy = ["kms_facade.models", "kms_facade.pagination", "kms_facade.key_management"]
assert not [m for m in lazy if m in sys.modules], [m for m in lazy if m in sys.modules]
assert kms_facade.models.Key.LIFECYCLE_STATE_ENABLED == "ENABLED"
assert kms_facade.pagination.list_call_get_all_results
assert kms_facade.retry.DEFAULT_RETRY_STRATEGY and kms_facade.config.from_file and kms_facade.signing.Signer
assert kms_facade.signer.Signer is kms_facade.signing.Signer
assert kms_facade.util.to_dict and kms_facade.exceptions.ServiceError
assert kms_facade.circuit_breaker.NoCircuitBreakerStrategy
assert kms_facade.key_management.KmsManagementClient is kms_facade.KmsManagementClient
assert kms_facade.key_management.models.Key is kms_facade.models.Key
from kms_facade.key_management.models import CreateKeyDetails
try:
    kms_facade.nothing
except AttributeError:
    pass
else:
    raise AssertionError("kms_facade.nothing resolved")
"""
    subprocess.run([sys.executable, "-c", script], check=True)


def answering(*responses: httpx.Response) -> KmsManagementClient:
    queue = list(responses)
    return KmsManagementClient(
        {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(lambda request: queue.pop(0))
    )


def test_service_error_carries_the_sdks_details() -> None:
    body = {"code": "NotAuthorizedOrNotFound", "message": "no such key", "extraField": 7}
    client = answering(httpx.Response(404, json=body, headers={"opc-request-id": "RID"}))
    with pytest.raises(ServiceError) as raised:
        client.get_key(KEY_ID)
    error = raised.value
    assert error.api_reference_link == "https://docs.oracle.com/iaas/api/#/en/key/release/Key/GetKey"
    assert error.client_version.startswith("kms-facade/")
    assert error.original_request.method == "GET" and "authorization" not in error.original_request.headers
    details = error.args[0]
    assert details["extra_field"] == 7 and details["opc-request-id"] == "RID"
    assert "apierrors_404__404_notauthorizedornotfound" in details["troubleshooting_tips"]
    assert set(details) >= {
        "target_service",
        "status",
        "code",
        "message",
        "operation_name",
        "timestamp",
        "client_version",
        "request_endpoint",
        "logging_tips",
    }


def test_allow_control_chars_parses_raw_control_characters_in_strings() -> None:
    raw = json.dumps(key_json(displayName="tab\there")).replace("\\t", "\t").encode()
    strict = answering(httpx.Response(200, content=raw))
    with pytest.raises(InvalidResponse):
        strict.get_key(KEY_ID)
    per_call = answering(httpx.Response(200, content=raw))
    assert per_call.get_key(KEY_ID, allow_control_chars=True).data.display_name == "tab\there"
    lenient = KmsManagementClient(
        {},
        ENDPOINT,
        signer=signer(),
        allow_control_chars=True,
        transport=httpx.MockTransport(lambda r: httpx.Response(200, content=raw)),
    )
    assert lenient.get_key(KEY_ID).data.display_name == "tab\there"
    with pytest.raises(InvalidResponse):
        lenient.get_key(KEY_ID, allow_control_chars=False)


def test_base_client_endpoint_reads_and_moves_the_client() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=key_json())

    client = KmsManagementClient({}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(handler))
    assert client.base_client.endpoint == ENDPOINT
    client.base_client.endpoint = "https://other-management.kms.us-phoenix-1.oraclecloud.com"
    client.get_key(KEY_ID)
    assert seen == [f"https://other-management.kms.us-phoenix-1.oraclecloud.com/20180608/keys/{KEY_ID}"]
    with pytest.raises(ValueError):
        client.base_client.endpoint = "ftp://nowhere"


OPERATION_NAMES = list(declared_operations(KmsOperations))


def test_each_client_class_holds_its_operations_as_functions_with_typed_signatures() -> None:
    assert len(OPERATION_NAMES) == 21
    for client_class in (KmsManagementClient, AsyncKmsManagementClient):
        for name in OPERATION_NAMES:
            assert name in vars(client_class)  # its own member, as autodoc lists them without :inherited-members:
            function = getattr(client_class, name)
            assert inspect.isfunction(function) and function.__doc__
            assert str(inspect.signature(function).return_annotation).startswith("Response[")
