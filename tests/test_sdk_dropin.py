"""Drop-in proof: code written for the official OCI SDK runs on kms_facade with only its module reference swapped.

Each idiom below is written the way the SDK's documentation writes it, against a module ``sdk`` that is either
``oci`` or ``kms_facade`` (``sdk.key_management.KmsManagementClient``, ``sdk.key_management.models``,
``sdk.exceptions``, ``sdk.pagination``, ``sdk.retry``, ``sdk.util``, ``sdk.circuit_breaker``, ``sdk.wait_until``,
``sdk.config``). It runs once with each, against the same kind of in-process mock (signatures verified), and the
two runs must end the same: the same result, or an exception of the same class (and, where the SDK documents
one, the same message). Waiters sleep through a fake clock that also drives the mock, so nothing really sleeps.
"""

from __future__ import annotations

import datetime
import inspect
import json
import os
import pydoc
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import oci
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

import kms_facade
from kms_facade.signing import fingerprint
from kms_facade.wrapping import wrap_key_material
from kms_mock import ManualClock, MockKmsServer
from tests.support import TENANCY, USER, private_pem

Idiom = Callable[[ModuleType, "Env"], Any]
IDIOMS: dict[str, tuple[Idiom, str | None]] = {}


def idiom(function: Idiom) -> Idiom:
    """An idiom that returns with the SDK."""
    IDIOMS[function.__name__] = (function, None)
    return function


def raising(error_class: str) -> Callable[[Idiom], Idiom]:
    """An idiom that raises ``error_class`` with the SDK."""

    def register(function: Idiom) -> Idiom:
        IDIOMS[function.__name__] = (function, error_class)
        return function

    return register


class FakeTime:
    """``time`` for both libraries' waiters: sleeping moves this clock and the mock's, instantly."""

    def __init__(self, mock_clock: ManualClock) -> None:
        self.mock_clock = mock_clock
        self.now = 1000.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        self.mock_clock.advance(seconds)

    def time(self) -> float:
        return self.now

    monotonic = time


@dataclass
class Env:
    config: dict[str, Any]
    endpoint: str
    time: FakeTime

    compartment: str = ""

    def client(self, sdk: ModuleType, **kwargs: Any) -> Any:
        return sdk.key_management.KmsManagementClient(self.config, self.endpoint, **kwargs)

    def aes_details(self, sdk: ModuleType, name: str = "k") -> Any:
        models = sdk.key_management.models
        return models.CreateKeyDetails(
            compartment_id=self.compartment,
            display_name=name,
            key_shape=models.KeyShape(algorithm="AES", length=32),
        )

    def enabled_key(self, sdk: ModuleType, client: Any, name: str = "k") -> Any:
        key = client.create_key(self.aes_details(sdk, name)).data
        return sdk.wait_until(client, client.get_key(key.id), "lifecycle_state", "ENABLED", max_wait_seconds=60).data


@pytest.fixture(scope="module")
def key_file(api_key: rsa.RSAPrivateKey, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("sdk") / "api_key.pem"
    path.write_text(private_pem(api_key))
    return str(path)


@pytest.fixture
def env(api_key: rsa.RSAPrivateKey, wrapping_key: Any, key_file: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Env]:
    # A fresh mock per test: its clock starts at the real time (the SDK dates its signatures with the real clock)
    # and the fake sleeps of one test stay far below the 5 minutes of allowed skew.
    clock = ManualClock(datetime.datetime.now(datetime.UTC).timestamp())
    fake = FakeTime(clock)
    monkeypatch.setattr(oci.waiter, "time", fake)
    monkeypatch.setattr(kms_facade.waiters, "time", fake)
    config = {
        "user": USER,
        "tenancy": TENANCY,
        "fingerprint": fingerprint(api_key.public_key()),
        "key_file": key_file,
        "region": "us-ashburn-1",
    }
    with MockKmsServer(
        trust_keys=[api_key.public_key()], wrapping_key=wrapping_key, clock=clock, transition_seconds=2
    ) as mock:
        yield Env(config, mock.endpoint, fake)


def outcome(function: Idiom, sdk: ModuleType, env: Env) -> tuple[str, Any]:
    env.compartment = f"ocid1.compartment.oc1..{uuid.uuid4().hex}"  # each run lists only what it made
    try:
        return "returned", function(sdk, env)
    except Exception as error:
        print(f"{sdk.__name__}: {type(error).__name__}: {error}")  # shown when the comparison fails
        return "raised", type(error).__name__


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.function.__name__ == "test_the_idiom_ends_as_it_does_with_the_sdk":
        metafunc.parametrize("name", list(IDIOMS))


def test_the_idiom_ends_as_it_does_with_the_sdk(name: str, env: Env) -> None:
    function, raises = IDIOMS[name]
    with_sdk = outcome(function, oci, env)
    assert with_sdk[0] == ("raised" if raises else "returned"), with_sdk  # the idiom does what it means to
    if raises:
        assert with_sdk[1] == raises
    with_facade = outcome(function, kms_facade, env)
    assert with_facade == with_sdk


# --- a key's life, as the SDK's examples write it ---------------------------------------------------------------


@idiom
def key_lifecycle_script(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = sdk.key_management.KmsManagementClient(env.config, service_endpoint=env.endpoint)
    composite = sdk.key_management.KmsManagementClientCompositeOperations(client)
    details = models.CreateKeyDetails(
        compartment_id=env.compartment,
        display_name="payments",
        key_shape=models.KeyShape(algorithm=models.KeyShape.ALGORITHM_AES, length=32),
        protection_mode=models.CreateKeyDetails.PROTECTION_MODE_SOFTWARE,
        freeform_tags={"team": "payments"},
    )
    created = client.create_key(details)
    key_id = created.data.id
    enabled = sdk.wait_until(
        client, client.get_key(key_id), "lifecycle_state", models.Key.LIFECYCLE_STATE_ENABLED, max_wait_seconds=300
    )
    trail = [created.data.lifecycle_state, enabled.data.lifecycle_state, enabled.data.protection_mode]
    updated = composite.update_key_and_wait_for_state(
        key_id,
        models.UpdateKeyDetails(display_name="payments-v2"),
        wait_for_states=[models.Key.LIFECYCLE_STATE_ENABLED],
        operation_kwargs={"if_match": enabled.headers["etag"]},
    ).data
    trail.append(updated.display_name)
    version = composite.create_key_version_and_wait_for_state(
        key_id, wait_for_states=[models.KeyVersion.LIFECYCLE_STATE_ENABLED]
    ).data
    trail.append(version.origin == models.KeyVersion.ORIGIN_INTERNAL)
    versions = sdk.pagination.list_call_get_all_results(client.list_key_versions, key_id).data
    trail.append(len(versions))
    disabled = composite.disable_key_and_wait_for_state(
        key_id, wait_for_states=[models.Key.LIFECYCLE_STATE_DISABLED], waiter_kwargs={"max_wait_seconds": 300}
    )
    trail.append(disabled.data.lifecycle_state)
    composite.enable_key_and_wait_for_state(key_id, wait_for_states=[models.Key.LIFECYCLE_STATE_ENABLED])
    when = datetime.datetime.utcnow() + datetime.timedelta(days=10)  # naive: the SDK takes it as UTC
    pending = composite.schedule_key_deletion_and_wait_for_state(
        key_id,
        models.ScheduleKeyDeletionDetails(time_of_deletion=when),
        wait_for_states=[models.Key.LIFECYCLE_STATE_PENDING_DELETION],
    ).data
    trail += [
        pending.lifecycle_state,
        pending.time_of_deletion.replace(microsecond=0, tzinfo=None) == when.replace(microsecond=0),
    ]
    back = composite.cancel_key_deletion_and_wait_for_state(
        key_id, wait_for_states=[models.Key.LIFECYCLE_STATE_ENABLED]
    ).data
    trail += [back.lifecycle_state, back.time_of_deletion is None]
    client.change_key_compartment(key_id, models.ChangeKeyCompartmentDetails(compartment_id=env.compartment + "x"))
    trail.append(client.get_key(key_id).data.compartment_id.endswith("x"))
    return trail


# --- models -------------------------------------------------------------------------------------------------------


@idiom
def model_constants(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    return (
        models.Key.LIFECYCLE_STATE_ENABLED,
        models.Key.LIFECYCLE_STATE_BACKUP_IN_PROGRESS,
        models.Key.PROTECTION_MODE_EXTERNAL,
        models.KeySummary.ALGORITHM_ECDSA,
        models.KeyVersion.LIFECYCLE_STATE_PENDING_DELETION,
        models.KeyVersion.ORIGIN_EXTERNAL,
        models.KeyVersionSummary.ORIGIN_INTERNAL,
        models.KeyShape.ALGORITHM_AES,
        models.KeyShape.CURVE_ID_NIST_P384,
        models.CreateKeyDetails.PROTECTION_MODE_HSM,
        models.ImportKeyDetails.PROTECTION_MODE_SOFTWARE,
        models.WrappedImportKey.WRAPPING_ALGORITHM_RSA_OAEP_SHA256,
        models.WrappedImportKey.WRAPPING_ALGORITHM_RSA_OAEP_AES_SHA256,
        models.WrappingKey.LIFECYCLE_STATE_ENABLED,
        models.AutoKeyRotationDetails.LAST_ROTATION_STATUS_IN_PROGRESS,
    )


@idiom
def empty_model_then_attribute_assignment(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    details = models.CreateKeyDetails()
    details.compartment_id = env.compartment
    details.display_name = "assigned"
    details.key_shape = models.KeyShape()
    details.key_shape.algorithm = "AES"
    details.key_shape.length = 16
    details.protection_mode = "SOFTWARE"
    key = env.client(sdk).create_key(details).data
    return key.display_name, key.key_shape.length, key.protection_mode


@idiom
def enum_fields_take_plain_strings(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    details = models.CreateKeyDetails(
        compartment_id=env.compartment,
        display_name="plain",
        key_shape=models.KeyShape(algorithm="RSA", length=256),
        protection_mode="HSM",
    )
    key = env.client(sdk).create_key(details).data
    return key.key_shape.algorithm == "RSA", key.protection_mode == models.Key.PROTECTION_MODE_HSM


@idiom
def bad_enum_value_in_a_request_model_message(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    try:
        models.CreateKeyDetails(protection_mode="CLOUD")
    except ValueError as error:
        return str(error)
    return "accepted"


@idiom
def bad_enum_value_on_assignment_message(sdk: ModuleType, env: Env) -> Any:
    wrapped = sdk.key_management.models.WrappedImportKey()
    try:
        wrapped.wrapping_algorithm = "RSA_PKCS1"
    except ValueError as error:
        return str(error)
    return "accepted"


@idiom
def shared_models_do_not_reject_unknown_enum_values(sdk: ModuleType, env: Env) -> Any:
    shape = sdk.key_management.models.KeyShape(algorithm="QUANTUM", length=32)
    return shape.length  # the SDK keeps "UNKNOWN_ENUM_VALUE", the facade the string itself


@raising("TypeError")
def unknown_model_kwarg(sdk: ModuleType, env: Env) -> Any:
    return sdk.key_management.models.KeyShape(algorithm="AES", lenght=32)


@idiom
def models_compare_by_value(sdk: ModuleType, env: Env) -> Any:
    shape = sdk.key_management.models.KeyShape
    return shape(algorithm="AES", length=32) == shape(algorithm="AES", length=32), shape(length=16) == shape(length=32)


@idiom
def str_of_a_model_is_sorted_json_of_its_fields(sdk: ModuleType, env: Env) -> Any:
    shape = sdk.key_management.models.KeyShape(algorithm="ECDSA", length=48, curve_id="NIST_P384")
    return str(shape), json.loads(str(shape))


@idiom
def absent_optional_fields_read_as_none(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    return key.time_of_deletion is None, key.restored_from_key_id is None, key.key_shape.curve_id is None


@idiom
def util_to_dict_of_a_response_model(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client, "as-dict")
    flat = sdk.util.to_dict(key)
    return sorted(flat), flat["display_name"], flat["key_shape"], flat["lifecycle_state"], flat["time_of_deletion"]


@idiom
def util_to_dict_of_a_list_and_a_dict(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    env.enabled_key(sdk, client, "one")
    summaries = client.list_keys(env.compartment).data
    flat = sdk.util.to_dict({"keys": summaries, "when": datetime.datetime(2030, 1, 2, 3, 4, 5)})
    return [item["display_name"] for item in flat["keys"]], flat["when"], sorted(flat["keys"][0])


@idiom
def str_of_a_response_model(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client, "printed")
    printed = json.loads(str(key))
    return printed["display_name"], printed["lifecycle_state"], sorted(printed)


# --- date-times -----------------------------------------------------------------------------------------------------


@idiom
def naive_datetime_is_taken_as_utc(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    when = datetime.datetime.utcnow() + datetime.timedelta(days=8)
    pending = client.schedule_key_deletion(key.id, models.ScheduleKeyDeletionDetails(time_of_deletion=when)).data
    return pending.time_of_deletion.utcoffset(), pending.time_of_deletion.replace(
        tzinfo=None, microsecond=0
    ) == when.replace(microsecond=0)


@idiom
def aware_datetime_in_another_zone(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    zone = datetime.timezone(datetime.timedelta(hours=5))
    when = (datetime.datetime.now(zone) + datetime.timedelta(days=9)).replace(microsecond=0)
    pending = client.schedule_key_deletion(key.id, models.ScheduleKeyDeletionDetails(time_of_deletion=when)).data
    return pending.time_of_deletion == when


@idiom
def iso_8601_string_for_a_date_time_field(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    when = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=12)).strftime("%Y-%m-%dT%H:%M:%SZ")
    pending = client.schedule_key_deletion(key.id, models.ScheduleKeyDeletionDetails(time_of_deletion=when)).data
    return pending.time_of_deletion.strftime("%Y-%m-%dT%H:%M:%SZ") == when


# --- responses, client-side checks ------------------------------------------------------------------------------


@idiom
def response_attributes(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    response = client.get_key(key.id, opc_request_id="MYREQUEST")
    return (
        response.status,
        bool(response.headers["etag"]),
        bool(response.headers["ETag"]),
        response.request_id.startswith("MYREQUEST") or response.request_id == "MYREQUEST",
        response.has_next_page,
        response.next_page,
        type(response.data).__name__,
        response.request.method.upper(),
        response.request.header_params["opc-request-id"],
        response.request.url.endswith(f"/20180608/keys/{key.id}"),
    )


@raising("ValueError")
def unknown_kwarg(sdk: ModuleType, env: Env) -> Any:
    return env.client(sdk).get_key("ocid1.key.oc1..k", opc_request="x")


@idiom
def unknown_kwarg_message(sdk: ModuleType, env: Env) -> Any:
    try:
        env.client(sdk).get_key("ocid1.key.oc1..k", opc_request="x")
    except ValueError as error:
        return str(error)
    return None


@idiom
def empty_path_parameter_message(sdk: ModuleType, env: Env) -> Any:
    messages = []
    for value in ("", "   ", None):
        try:
            env.client(sdk).get_key(value)
        except ValueError as error:
            messages.append(str(error))
    return messages


@raising("ValueError")
def bad_enum_query_parameter(sdk: ModuleType, env: Env) -> Any:
    return env.client(sdk).list_keys(env.compartment, sort_by="NAME")


@raising("ValueError")
def per_call_timeout_is_not_a_kwarg_of_the_method(sdk: ModuleType, env: Env) -> Any:
    return env.client(sdk).get_wrapping_key(opc_request_id="x", timeout=3)


@idiom
def wrapping_key_and_import(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    public_pem = client.get_wrapping_key().data.public_key
    material = wrap_key_material(public_pem, os.urandom(32)).to_dict()["keyMaterial"]
    wrapped = models.WrappedImportKey(
        key_material=material, wrapping_algorithm=models.WrappedImportKey.WRAPPING_ALGORITHM_RSA_OAEP_AES_SHA256
    )
    imported = client.import_key(
        models.ImportKeyDetails(
            compartment_id=env.compartment,
            display_name="imported",
            key_shape=models.KeyShape(algorithm="AES", length=32),
            wrapped_import_key=wrapped,
            protection_mode="SOFTWARE",
        )
    ).data
    return public_pem.startswith("-----BEGIN PUBLIC KEY-----"), imported.display_name, imported.protection_mode


@idiom
def change_key_compartment_returns_no_data(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    response = client.change_key_compartment(
        key.id, models.ChangeKeyCompartmentDetails(compartment_id=env.compartment + "b")
    )
    return response.status, response.data


# --- errors -------------------------------------------------------------------------------------------------------


@idiom
def service_error_attributes(sdk: ModuleType, env: Env) -> Any:
    try:
        env.client(sdk).get_key("ocid1.key.oc1..missing")
    except sdk.exceptions.ServiceError as error:
        details = error.args[0]
        return (
            error.status,
            error.code,
            error.operation_name,
            error.target_service,
            error.api_reference_link,
            error.request_endpoint.startswith("GET http://127.0.0.1"),
            bool(error.request_id),
            error.original_request.method.upper(),
            error.original_request.header_params["opc-request-id"] == error.request_id,
            bool(error.client_version),
            bool(error.timestamp),
            sorted(details),
            details["status"],
            details["code"],
            details["opc-request-id"] == error.request_id,
            isinstance(error, sdk.exceptions.TransientServiceError),
        )
    return None


@raising("ServiceError")
def not_found_raises_service_error(sdk: ModuleType, env: Env) -> Any:
    return env.client(sdk).get_key_version("ocid1.key.oc1..missing", "ocid1.keyversion.oc1..missing")


@raising("ServiceError")
def stale_if_match_is_412(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    return client.disable_key(key.id, if_match="not-the-etag")


@raising("TransientServiceError")
def wrong_state_is_a_transient_service_error(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    return client.enable_key(key.id)  # already ENABLED: 409 IncorrectState


@idiom
def transient_error_is_a_service_error_with_its_code(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    try:
        client.cancel_key_deletion(key.id)
    except sdk.exceptions.ServiceError as error:
        return type(error).__name__, error.status, error.code
    return None


@idiom
def no_circuit_breaker_gives_plain_service_errors(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk, circuit_breaker_strategy=sdk.circuit_breaker.NoCircuitBreakerStrategy())
    key = env.enabled_key(sdk, client)
    try:
        client.enable_key(key.id)
    except sdk.exceptions.ServiceError as error:
        return type(error).__name__
    return None


# --- the circuit breaker ------------------------------------------------------------------------------------------


def _trip(sdk: ModuleType, client: Any, key_id: str, times: int) -> list[str]:
    return [_ended(lambda: client.enable_key(key_id)) for _ in range(times)]


def _ended(call: Callable[[], Any]) -> str:
    """``ok``, or the class name of what ``call`` raised."""
    try:
        call()
    except Exception as error:
        return type(error).__name__
    return "ok"


@idiom
def circuit_breaker_opens_after_the_threshold(sdk: ModuleType, env: Env) -> Any:
    strategy = sdk.circuit_breaker.CircuitBreakerStrategy(failure_threshold=3, recovery_timeout=30)
    client = env.client(sdk, circuit_breaker_strategy=strategy)
    key = env.enabled_key(sdk, client)
    return [*_trip(sdk, client, key.id, 4), _ended(lambda: client.get_key(key.id))]  # any call fails fast when open


@idiom
def default_circuit_breaker_is_shared_by_clients(sdk: ModuleType, env: Env) -> Any:
    first = env.client(sdk)
    key = env.enabled_key(sdk, first)
    outcomes = _trip(sdk, first, key.id, 10)
    second = env.client(sdk)  # a new client, with the default strategy too
    return [*outcomes, _ended(lambda: second.get_key(key.id))]


@idiom
def a_success_resets_the_count(sdk: ModuleType, env: Env) -> Any:
    strategy = sdk.circuit_breaker.CircuitBreakerStrategy(failure_threshold=3)
    client = env.client(sdk, circuit_breaker_strategy=strategy)
    key = env.enabled_key(sdk, client)
    outcomes = _trip(sdk, client, key.id, 2)
    client.get_key(key.id)
    return outcomes + _trip(sdk, client, key.id, 2)


@idiom
def circuit_breaker_strategy_defaults(sdk: ModuleType, env: Env) -> Any:
    strategy = sdk.circuit_breaker.CircuitBreakerStrategy()
    default = sdk.circuit_breaker.DEFAULT_CIRCUIT_BREAKER_STRATEGY
    return (
        strategy.failure_threshold,
        strategy.recovery_timeout,
        dict(strategy.failure_statuses_and_codes),
        default.failure_threshold,
        default.recovery_timeout,
        strategy.is_transient_error(409, "IncorrectState"),
        strategy.is_transient_error(409, "Conflict"),
        strategy.is_transient_error(503, None),
        strategy.is_transient_error(501, "MethodNotImplemented"),
        sdk.circuit_breaker.GLOBAL_CIRCUIT_BREAKER_STRATEGY,
    )


@raising("TypeError")
def a_circuit_breaker_strategy_must_be_one(sdk: ModuleType, env: Env) -> Any:
    return env.client(sdk, circuit_breaker_strategy="off")


# --- client kwargs ------------------------------------------------------------------------------------------------


@idiom
def client_kwargs_of_the_sdk(sdk: ModuleType, env: Env) -> Any:
    client = env.client(
        sdk,
        allow_control_chars=True,
        enable_strict_url_encoding=True,
        circuit_breaker_callback=lambda error: None,
        timeout=(5, 30),
        retry_strategy=sdk.retry.NoneRetryStrategy(),
    )
    key = env.enabled_key(sdk, client)
    return client.base_client.endpoint == env.endpoint, client.get_key(key.id).data.id == key.id


@idiom
def per_call_kwargs_of_the_sdk(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    got = client.get_key(key.id, allow_control_chars=True, enable_strict_url_encoding=True)
    listed = client.list_keys(env.compartment, allow_control_chars=False, enable_strict_url_encoding=False)
    return got.data.id == key.id, len(listed.data)


@idiom
def retry_strategies(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk, retry_strategy=sdk.retry.DEFAULT_RETRY_STRATEGY)
    key = env.enabled_key(sdk, client)
    custom = sdk.retry.RetryStrategyBuilder(max_attempts=3, total_elapsed_time_seconds=60).get_retry_strategy()
    got = client.get_key(key.id, retry_strategy=custom)
    none = client.get_key(key.id, retry_strategy=sdk.retry.NoneRetryStrategy())
    return got.data.id == none.data.id == key.id


@idiom
def config_from_file(sdk: ModuleType, env: Env) -> Any:
    path = os.path.join(os.path.dirname(env.config["key_file"]), "config")
    with open(path, "w") as handle:
        handle.write("[DEFAULT]\nregion=us-phoenix-1\n[ADMIN]\n")
        for name in ("user", "tenancy", "fingerprint", "key_file"):
            handle.write(f"{name}={env.config[name]}\n")
    config = sdk.config.from_file(file_location=path, profile_name="ADMIN")
    sdk.config.validate_config(config)
    client = sdk.key_management.KmsManagementClient(config, env.endpoint)
    return config["region"], config["user"], client.get_wrapping_key().status


# --- pagination ---------------------------------------------------------------------------------------------------


def _keys(sdk: ModuleType, env: Env, client: Any, count: int) -> list[str]:
    return [client.create_key(env.aes_details(sdk, f"key-{i}")).data.id for i in range(count)]


@idiom
def pagination_helpers(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    _keys(sdk, env, client, 5)
    everything = sdk.pagination.list_call_get_all_results(client.list_keys, env.compartment, limit=2)
    records = list(
        sdk.pagination.list_call_get_all_results_generator(
            client.list_keys, "record", env.compartment, limit=2, sort_by="DISPLAYNAME", sort_order="ASC"
        )
    )
    pages = list(
        sdk.pagination.list_call_get_all_results_generator(client.list_keys, "response", env.compartment, limit=2)
    )
    up_to = sdk.pagination.list_call_get_up_to_limit(client.list_keys, 3, 2, env.compartment)
    return (
        len(everything.data),
        [summary.display_name for summary in records],
        [len(page.data) for page in pages],
        len(up_to.data),
        everything.has_next_page,
    )


@idiom
def manual_paging_with_next_page(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    _keys(sdk, env, client, 3)
    sizes, page = [], None
    while True:
        response = client.list_keys(env.compartment, limit=2, page=page)
        sizes.append(len(response.data))
        if not response.has_next_page:
            return sizes
        page = response.next_page


# --- waiters and composite operations -----------------------------------------------------------------------------


@idiom
def wait_until_returns_the_response_passed_when_it_already_satisfies(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    response = client.get_key(key.id)
    before = len(env.time.slept)
    waited = sdk.wait_until(client, response, "lifecycle_state", "ENABLED")
    return waited is response, len(env.time.slept) - before


@idiom
def wait_until_a_tuple_of_states(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    created = client.create_key(env.aes_details(sdk))
    states = (
        sdk.key_management.models.Key.LIFECYCLE_STATE_ENABLED,
        sdk.key_management.models.Key.LIFECYCLE_STATE_DISABLED,
    )
    waited = sdk.wait_until(client, client.get_key(created.data.id), "lifecycle_state", states, max_wait_seconds=60)
    return waited.data.lifecycle_state


@idiom
def wait_until_with_evaluate_response_and_callback(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    created = client.create_key(env.aes_details(sdk))
    calls = []
    waited = sdk.wait_until(
        client,
        client.get_key(created.data.id),
        evaluate_response=lambda r: r.data.lifecycle_state == "ENABLED",
        wait_callback=lambda times, r: calls.append((times, r.data.lifecycle_state)),
        max_wait_seconds=60,
    )
    return waited.data.lifecycle_state, calls


@idiom
def wait_until_with_fetch_func(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    created = client.create_key(env.aes_details(sdk, "fetched"))
    seen = []

    def fetch(response: Any = None) -> Any:
        seen.append(response.data.lifecycle_state)
        listed = client.list_keys(env.compartment)
        return client.get_key(listed.data[0].id)

    waited = sdk.wait_until(client, created, "lifecycle_state", "ENABLED", fetch_func=fetch, max_wait_seconds=60)
    return waited.data.display_name, seen


@idiom
def wait_until_succeed_on_not_found(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    result = sdk.wait_until(
        client,
        client.get_key(key.id),
        "lifecycle_state",
        "DELETED",
        succeed_on_not_found=True,
        fetch_func=lambda response=None: client.get_key("ocid1.key.oc1..gone"),
    )
    return result is sdk.util.WAIT_RESOURCE_NOT_FOUND, bool(result), repr(result)


@raising("ServiceError")
def wait_until_404_without_succeed_on_not_found(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    return sdk.wait_until(
        client,
        client.get_key(key.id),
        "lifecycle_state",
        "DELETED",
        fetch_func=lambda response=None: client.get_key("ocid1.key.oc1..gone"),
    )


@raising("MaximumWaitTimeExceeded")
def wait_until_gives_up(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    return sdk.wait_until(client, client.get_key(key.id), "lifecycle_state", "DISABLED", max_wait_seconds=10)


@raising("WaitUntilNotSupported")
def wait_until_on_a_post_response(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    created = client.create_key(env.aes_details(sdk))
    return sdk.wait_until(client, created, "lifecycle_state", "ENABLED")


@raising("ValueError")
def wait_until_with_property_and_evaluate_response(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    return sdk.wait_until(client, client.get_key(key.id), "lifecycle_state", evaluate_response=lambda r: True)


@raising("RuntimeError")
def wait_until_with_neither(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    return sdk.wait_until(client, client.get_key(key.id))


@raising("ValueError")
def wait_until_on_a_missing_property(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    key = env.enabled_key(sdk, client)
    return sdk.wait_until(client, client.get_key(key.id), "state", "ENABLED")


@idiom
def composite_without_states_returns_at_once(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    composite = sdk.key_management.KmsManagementClientCompositeOperations(client)
    response = composite.create_key_and_wait_for_state(env.aes_details(sdk))
    return response.data.lifecycle_state, response.status


@idiom
def composite_waits_case_insensitively(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    composite = sdk.key_management.KmsManagementClientCompositeOperations(client)
    response = composite.create_key_and_wait_for_state(
        env.aes_details(sdk), wait_for_states=["enabled"], waiter_kwargs={"max_wait_seconds": 60}
    )
    return response.data.lifecycle_state


@idiom
def composite_failure_keeps_the_partial_result(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    composite = sdk.key_management.KmsManagementClientCompositeOperations(client)
    try:
        composite.create_key_and_wait_for_state(
            env.aes_details(sdk), wait_for_states=["DISABLED"], waiter_kwargs={"max_wait_seconds": 5}
        )
    except sdk.exceptions.CompositeOperationError as error:
        return len(error.partial_results), error.partial_results[0].data.lifecycle_state, type(error.cause).__name__
    return None


# --- introspection --------------------------------------------------------------------------------------------------


@idiom
def operations_are_methods_for_inspect_and_help(sdk: ModuleType, env: Env) -> Any:
    client_class = sdk.key_management.KmsManagementClient
    names = ["create_key", "get_key", "list_keys", "schedule_key_version_deletion"]
    signatures = [list(inspect.signature(getattr(client_class, name)).parameters)[:2] for name in names]
    rendered = pydoc.plain(pydoc.render_doc(client_class))
    return (
        [inspect.isfunction(getattr(client_class, name)) for name in names],
        signatures,
        all(f"{name}(self" in rendered for name in names),
        all(bool(getattr(client_class, name).__doc__) for name in names),
        inspect.ismethod(env.client(sdk).get_key),
    )


@raising("ServiceError")
def a_required_field_left_unset_is_refused_by_the_service(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    details = models.CreateKeyDetails(
        compartment_id=env.compartment, key_shape=models.KeyShape(algorithm="AES", length=16)
    )
    return env.client(sdk).create_key(details)  # no display_name


# --- more everyday calls ----------------------------------------------------------------------------------------


@idiom
def a_signer_instead_of_the_config_key(sdk: ModuleType, env: Env) -> Any:
    signer = sdk.signer.Signer(
        tenancy=env.config["tenancy"],
        user=env.config["user"],
        fingerprint=env.config["fingerprint"],
        private_key_file_location=env.config["key_file"],
    )
    client = sdk.key_management.KmsManagementClient(env.config, env.endpoint, signer=signer)
    return client.get_wrapping_key().data.lifecycle_state


@raising("MissingEndpointForNonRegionalServiceClientError")
def the_management_client_needs_its_endpoint(sdk: ModuleType, env: Env) -> Any:
    return sdk.key_management.KmsManagementClient(env.config, None)


@idiom
def list_keys_with_filters_and_sorting(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    for name, mode in (("b-soft", "SOFTWARE"), ("a-hsm", "HSM"), ("c-soft", "SOFTWARE")):
        details = env.aes_details(sdk, name)
        details.protection_mode = mode
        client.create_key(details)
    soft = client.list_keys(
        env.compartment,
        protection_mode=models.KeySummary.PROTECTION_MODE_SOFTWARE,
        algorithm=models.KeySummary.ALGORITHM_AES,
        length=32,
        sort_by="DISPLAYNAME",
        sort_order="DESC",
    ).data
    return [summary.display_name for summary in soft], [summary.protection_mode for summary in soft]


@idiom
def ecdsa_key_with_its_curve(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    details = models.CreateKeyDetails(
        compartment_id=env.compartment,
        display_name="signing",
        key_shape=models.KeyShape(
            algorithm=models.KeyShape.ALGORITHM_ECDSA, length=32, curve_id=models.KeyShape.CURVE_ID_NIST_P256
        ),
    )
    key = client.create_key(details).data
    return key.key_shape.curve_id == models.KeyShape.CURVE_ID_NIST_P256, key.key_shape.algorithm


@idiom
def a_retry_token_makes_a_create_idempotent(sdk: ModuleType, env: Env) -> Any:
    client = env.client(sdk)
    details = env.aes_details(sdk, "once")
    first = client.create_key(details, opc_retry_token="token-" + env.compartment[-12:]).data
    again = client.create_key(details, opc_retry_token="token-" + env.compartment[-12:]).data
    return first.id == again.id, len(client.list_keys(env.compartment).data)


@idiom
def key_versions_schedule_and_cancel_deletion(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    composite = sdk.key_management.KmsManagementClientCompositeOperations(client)
    key = env.enabled_key(sdk, client)
    version = composite.create_key_version_and_wait_for_state(
        key.id, wait_for_states=[models.KeyVersion.LIFECYCLE_STATE_ENABLED]
    ).data
    first = client.get_key_version(
        key.id, client.list_key_versions(key.id, sort_by="TIMECREATED", sort_order="ASC").data[0].id
    )
    when = datetime.datetime.utcnow() + datetime.timedelta(days=15)
    pending = composite.schedule_key_version_deletion_and_wait_for_state(
        key.id,
        first.data.id,
        models.ScheduleKeyVersionDeletionDetails(time_of_deletion=when),
        wait_for_states=[models.KeyVersion.LIFECYCLE_STATE_PENDING_DELETION],
    ).data
    back = composite.cancel_key_version_deletion_and_wait_for_state(
        key.id, first.data.id, wait_for_states=[models.KeyVersion.LIFECYCLE_STATE_ENABLED]
    ).data
    return version.key_id == key.id, pending.lifecycle_state, back.lifecycle_state, back.time_of_deletion is None


@idiom
def import_a_key_version(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    client = env.client(sdk)
    public_pem = client.get_wrapping_key().data.public_key

    def wrapped() -> Any:
        material = wrap_key_material(public_pem, os.urandom(16), algorithm="RSA_OAEP_SHA256").to_dict()["keyMaterial"]
        return models.WrappedImportKey(key_material=material, wrapping_algorithm="RSA_OAEP_SHA256")

    key = client.import_key(
        models.ImportKeyDetails(
            compartment_id=env.compartment,
            display_name="imported",
            key_shape=models.KeyShape(algorithm="AES", length=16),
            wrapped_import_key=wrapped(),
        )
    ).data
    key = sdk.wait_until(client, client.get_key(key.id), "lifecycle_state", "ENABLED", max_wait_seconds=60).data
    version = client.import_key_version(key.id, models.ImportKeyVersionDetails(wrapped_import_key=wrapped())).data
    return version.origin, version.key_id == key.id


@raising("ValueError")
def a_request_model_with_a_bad_enum_never_reaches_the_service(sdk: ModuleType, env: Env) -> Any:
    models = sdk.key_management.models
    return env.client(sdk).import_key(
        models.ImportKeyDetails(
            compartment_id=env.compartment,
            display_name="x",
            key_shape=models.KeyShape(algorithm="AES", length=16),
            wrapped_import_key=models.WrappedImportKey(key_material="AAAA", wrapping_algorithm="RSA_OAEP"),
        )
    )
