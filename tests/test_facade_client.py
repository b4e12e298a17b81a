"""The facade client over an httpx MockTransport: request shape, client-side errors, retries, errors, async."""

from __future__ import annotations

import asyncio
import inspect
import json
import pathlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kms_facade import AsyncKmsManagementClient, KmsManagementClient, retry
from kms_facade.client import validate_endpoint
from kms_facade.exceptions import (
    ConnectTimeout,
    InvalidResponse,
    MissingEndpointForNonRegionalServiceClientError,
    RequestException,
    ServiceError,
)
from kms_facade.models import CreateKeyDetails, Key, KeyShape
from kms_facade.retry import DEFAULT_RETRY_STRATEGY, NoneRetryStrategy, RetryStrategyBuilder
from kms_facade.signing import Signer

DATA = json.loads((pathlib.Path(__file__).parent / "data" / "signing-vectors.json").read_text("utf-8"))
ENDPOINT = "https://abcd-management.kms.us-ashburn-1.oraclecloud.com"
KEY_ID = "ocid1.key.oc1..aaaa"
COMPARTMENT = "ocid1.compartment.oc1..cccc"


def signer() -> Signer:
    return Signer(DATA["tenancy"], DATA["user"], DATA["fingerprint"], private_key_content=DATA["private_key_pem"])


def key_json(**overrides: Any) -> dict[str, Any]:
    body = {
        "compartmentId": COMPARTMENT,
        "currentKeyVersion": "ocid1.keyversion.oc1..vvvv",
        "displayName": "k",
        "id": KEY_ID,
        "keyShape": {"algorithm": "AES", "length": 32},
        "lifecycleState": "ENABLED",
        "timeCreated": "2026-01-01T00:00:00.000Z",
        "vaultId": "ocid1.vault.oc1..vvvv",
        "freeformTags": {"team": "blue"},
    }
    body.update(overrides)
    return body


class Recorder:
    """A transport handler that records requests and answers from a script of responses."""

    def __init__(self, *responses: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]) -> None:
        self.script = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        if callable(step):
            return step(request)
        return step


def ok(body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(200, json=key_json() if body is None else body, headers={"etag": "e1", **headers})


def make_client(recorder: Recorder, **kwargs: Any) -> tuple[KmsManagementClient, list[float]]:
    sleeps: list[float] = []
    client = KmsManagementClient(
        {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(recorder), sleep=sleeps.append, **kwargs
    )
    return client, sleeps


def test_get_key_parses_the_model_and_exposes_the_response() -> None:
    recorder = Recorder(ok(**{"opc-request-id": "server-id"}))
    client, _ = make_client(recorder)
    response = client.get_key(KEY_ID)
    assert response.status == 200
    assert isinstance(response.data, Key)
    assert response.data.id == KEY_ID
    assert response.data.freeform_tags == {"team": "blue"}
    assert response.headers["ETag"] == "e1"
    assert response.request_id == "server-id"
    assert response.next_page is None and not response.has_next_page
    assert "authorization" not in {k.lower() for k in response.request.headers}
    assert response.request.method == "GET"
    assert response.request.url == f"{ENDPOINT}/20180608/keys/{KEY_ID}"


def test_requests_carry_oci_headers_and_a_signature() -> None:
    recorder = Recorder(ok())
    client, _ = make_client(recorder)
    client.create_key(
        {"compartmentId": COMPARTMENT, "displayName": "k", "keyShape": {"algorithm": "AES", "length": 32}}
    )
    request = recorder.requests[0]
    assert request.method == "POST"
    assert request.headers["accept"] == "application/json"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("kms-facade/")
    assert request.headers["opc-client-info"].startswith("kms-facade/")
    assert len(request.headers["opc-request-id"]) == 32
    assert "x-content-sha256" in request.headers
    authorization = request.headers["authorization"]
    assert 'headers="date (request-target) host content-length content-type x-content-sha256"' in authorization
    assert "opc-retry-token" not in request.headers  # no retry strategy, no automatic token
    assert "opc-client-retries" not in request.headers
    assert json.loads(request.content)["keyShape"] == {"algorithm": "AES", "length": 32}


def test_models_with_plain_dict_tags_serialise() -> None:
    recorder = Recorder(ok())
    client, _ = make_client(recorder)
    details = CreateKeyDetails(
        compartment_id=COMPARTMENT,
        display_name="k",
        key_shape=KeyShape(algorithm="AES", length=16),
        freeform_tags={"a": "b"},
        defined_tags={"ns": {"k": "v"}},
    )
    client.create_key(details)
    sent = json.loads(recorder.requests[0].content)
    assert sent["freeformTags"] == {"a": "b"}
    assert sent["definedTags"] == {"ns": {"k": "v"}}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.get_key(""), "keyId cannot be None, whitespace or empty string"),
        (lambda c: c.get_key("   "), "keyId cannot be None"),
        (lambda c: c.get_key(None), "keyId cannot be None"),
        (lambda c: c.get_key_version(KEY_ID, ""), "keyVersionId cannot be None"),
        (lambda c: c.list_keys(COMPARTMENT, sort_by="NAME"), "Invalid value for `sort_by`"),
        (lambda c: c.list_keys(COMPARTMENT, protection_mode="CLOUD"), "Invalid value for `protection_mode`"),
        (lambda c: c.list_key_versions(KEY_ID, sort_order="UP"), "Invalid value for `sort_order`"),
        (lambda c: c.list_keys(None), "compartment_id is required"),
        (lambda c: c.get_key(KEY_ID, timeout=3), "get_key got unknown kwargs: ['timeout']"),
        (lambda c: c.update_key(KEY_ID, {}, opc_retry_token="t"), "unknown kwargs: ['opc_retry_token']"),
        (lambda c: c.get_key(KEY_ID, opc_request_id="a\r\nX-Evil: 1"), "must not contain CR or LF"),
        (lambda c: c.enable_key(KEY_ID, if_match="e\n"), "must not contain CR or LF"),
        (lambda c: c.create_key({"displayName": "k"}), "Invalid create_key_details"),
        (
            lambda c: c.create_key(
                {
                    "compartmentId": "c",
                    "displayName": "k",
                    "keyShape": {"algorithm": "AES", "length": 16},
                    "protectionMode": "CLOUD",
                }
            ),
            "Invalid create_key_details",
        ),
        (lambda c: c.create_key(None), "create_key_details is required"),
        (lambda c: c.create_key(42), "must be a CreateKeyDetails or a dict"),
    ],
)
def test_client_side_mistakes_raise_before_sending(call: Callable[[Any], Any], message: str) -> None:
    recorder = Recorder(ok())
    client, _ = make_client(recorder)
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        call(client)
    assert recorder.requests == []


def test_service_error_carries_the_oci_error_body() -> None:
    body = {"code": "NotAuthorizedOrNotFound", "message": "no such key"}
    recorder = Recorder(httpx.Response(404, json=body, headers={"opc-request-id": "rid-404"}))
    client, _ = make_client(recorder)
    with pytest.raises(ServiceError) as caught:
        client.get_key(KEY_ID)
    error = caught.value
    assert (error.status, error.code, error.message) == (404, "NotAuthorizedOrNotFound", "no such key")
    assert error.request_id == "rid-404"
    assert error.operation_name == "get_key"
    assert error.request_endpoint == f"GET {ENDPOINT}/20180608/keys/{KEY_ID}"
    assert error.timestamp
    assert "404 NotAuthorizedOrNotFound: no such key" in str(error)
    assert error.headers["opc-request-id"] == "rid-404"


@pytest.mark.parametrize(("content", "message"), [(b"<html>bad gateway</html>", "<html>bad gateway</html>"), (b"", "")])
def test_non_json_error_body_still_gives_a_service_error(content: bytes, message: str) -> None:
    recorder = Recorder(httpx.Response(502, content=content))
    client, _ = make_client(recorder)
    with pytest.raises(ServiceError) as caught:
        client.get_key(KEY_ID)
    assert (caught.value.status, caught.value.code, caught.value.message) == (502, None, message)


def test_redirects_are_not_followed() -> None:
    recorder = Recorder(httpx.Response(302, headers={"location": "https://elsewhere.example/"}))
    client, _ = make_client(recorder)
    with pytest.raises(ServiceError) as caught:
        client.get_key(KEY_ID)
    assert caught.value.status == 302
    assert len(recorder.requests) == 1


def test_retries_reuse_the_retry_token_and_refresh_request_id_and_signature() -> None:
    unavailable = httpx.Response(503, json={"code": "ServiceUnavailable", "message": "busy"})
    recorder = Recorder(unavailable, httpx.ConnectError("reset"), ok())
    client, sleeps = make_client(recorder, retry_strategy=DEFAULT_RETRY_STRATEGY)
    response = client.create_key(
        {"compartmentId": COMPARTMENT, "displayName": "k", "keyShape": {"algorithm": "AES", "length": 32}}
    )
    assert response.data.id == KEY_ID
    assert len(recorder.requests) == 3
    tokens = {r.headers["opc-retry-token"] for r in recorder.requests}
    assert len(tokens) == 1 and len(tokens.pop()) == 30
    assert len({r.headers["opc-request-id"] for r in recorder.requests}) == 3
    assert all(r.headers["opc-client-retries"] == "true" for r in recorder.requests)
    assert len(sleeps) == 2 and all(0 < s <= 30 for s in sleeps)


def test_signature_is_fresh_on_every_attempt() -> None:
    now = [1_767_225_600.0]
    recorder = Recorder(httpx.Response(429, json={"code": "TooManyRequests", "message": "slow down"}), ok())
    clock_signer = Signer(
        DATA["tenancy"],
        DATA["user"],
        DATA["fingerprint"],
        private_key_content=DATA["private_key_pem"],
        clock=lambda: now[0],
    )
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    client = KmsManagementClient(
        {},
        ENDPOINT,
        signer=clock_signer,
        transport=httpx.MockTransport(recorder),
        sleep=sleep,
        retry_strategy=DEFAULT_RETRY_STRATEGY,
    )
    client.get_key(KEY_ID)
    first, second = recorder.requests
    assert first.headers["date"] != second.headers["date"]
    assert first.headers["authorization"] != second.headers["authorization"]


def test_caller_request_id_is_kept_on_every_attempt() -> None:
    recorder = Recorder(httpx.Response(500, json={"code": "InternalServerError", "message": "x"}), ok())
    client, _ = make_client(recorder, retry_strategy=DEFAULT_RETRY_STRATEGY)
    client.get_key(KEY_ID, opc_request_id="MINE")
    assert [r.headers["opc-request-id"] for r in recorder.requests] == ["MINE", "MINE"]


def test_no_retry_by_default_and_per_call_strategy_wins() -> None:
    recorder = Recorder(httpx.Response(503, json={"code": "ServiceUnavailable", "message": "busy"}), ok())
    client, _ = make_client(recorder)
    with pytest.raises(ServiceError):
        client.get_key(KEY_ID)
    assert len(recorder.requests) == 1
    assert client.get_key(KEY_ID, retry_strategy=DEFAULT_RETRY_STRATEGY).status == 200

    recorder = Recorder(httpx.Response(503, json={"code": "ServiceUnavailable", "message": "busy"}), ok())
    client, _ = make_client(recorder, retry_strategy=DEFAULT_RETRY_STRATEGY)
    with pytest.raises(ServiceError):
        client.get_key(KEY_ID, retry_strategy=NoneRetryStrategy())
    assert "opc-client-retries" not in recorder.requests[0].headers


def test_update_key_never_gets_an_automatic_retry_token() -> None:
    recorder = Recorder(ok())
    client, _ = make_client(recorder, retry_strategy=DEFAULT_RETRY_STRATEGY)
    client.update_key(KEY_ID, {"displayName": "new"})
    assert "opc-retry-token" not in recorder.requests[0].headers
    assert recorder.requests[0].method == "PUT"


def test_non_retryable_errors_are_raised_at_once() -> None:
    recorder = Recorder(httpx.Response(409, json={"code": "Conflict", "message": "token reused"}))
    client, sleeps = make_client(recorder, retry_strategy=DEFAULT_RETRY_STRATEGY)
    with pytest.raises(ServiceError, match="Conflict"):
        client.enable_key(KEY_ID)
    assert len(recorder.requests) == 1 and sleeps == []


def test_attempts_are_capped() -> None:
    recorder = Recorder(httpx.Response(503, json={"code": "ServiceUnavailable", "message": "busy"}))
    strategy = RetryStrategyBuilder(max_attempts=3).get_retry_strategy()
    client, sleeps = make_client(recorder, retry_strategy=strategy)
    with pytest.raises(ServiceError):
        client.get_key(KEY_ID)
    assert len(recorder.requests) == 3 and len(sleeps) == 2


def test_transport_failures_become_facade_exceptions() -> None:
    client, _ = make_client(Recorder(httpx.ConnectError("refused")))
    with pytest.raises(RequestException, match="ConnectError"):
        client.get_key(KEY_ID)
    client, _ = make_client(Recorder(httpx.ReadTimeout("slow")))
    with pytest.raises(ConnectTimeout):
        client.get_key(KEY_ID)
    client, _ = make_client(Recorder(httpx.RemoteProtocolError("dropped")))
    with pytest.raises(RequestException):
        client.get_key(KEY_ID)


def test_forward_compatible_responses_parse() -> None:
    body = key_json(lifecycleState="HIBERNATING", brandNewField={"x": 1}, timeOfDeletion=None, isPrimary=None)
    client, _ = make_client(Recorder(ok(body)))
    key = client.get_key(KEY_ID).data
    assert key.lifecycle_state == "HIBERNATING"
    assert key.additional_properties["brandNewField"] == {"x": 1}


def test_list_keys_sends_the_documented_query_and_reads_the_next_page() -> None:
    summary = {
        "compartmentId": COMPARTMENT,
        "displayName": "k",
        "id": KEY_ID,
        "lifecycleState": "ENABLED",
        "timeCreated": "2026-01-01T00:00:00Z",
        "vaultId": "ocid1.vault.oc1..v",
    }
    recorder = Recorder(httpx.Response(200, json=[summary], headers={"opc-next-page": "P2"}))
    client, _ = make_client(recorder)
    response = client.list_keys(COMPARTMENT, limit=1, sort_by="DISPLAYNAME", sort_order="ASC", algorithm="AES")
    query = dict(recorder.requests[0].url.params)
    assert query == {
        "compartmentId": COMPARTMENT,
        "limit": "1",
        "sortBy": "DISPLAYNAME",
        "sortOrder": "ASC",
        "algorithm": "AES",
    }
    assert response.next_page == "P2" and response.has_next_page
    assert response.data[0].id == KEY_ID


def test_change_key_compartment_returns_no_data() -> None:
    recorder = Recorder(httpx.Response(200, headers={"etag": "e2"}))
    client, _ = make_client(recorder)
    response = client.change_key_compartment(KEY_ID, {"compartmentId": "ocid1.compartment.oc1..new"})
    assert response.data is None
    assert response.headers["etag"] == "e2"


def test_path_ids_are_percent_encoded_as_one_segment() -> None:
    recorder = Recorder(ok())
    client, _ = make_client(recorder)
    client.get_key("a/../b")
    assert recorder.requests[0].url.raw_path == b"/20180608/keys/a%2F..%2Fb"


@pytest.mark.parametrize(
    "endpoint",
    ["ftp://host", "https://", "https://user:pw@host", "https://host?x=1", "https://host#frag", "https://ho st"],
)
def test_bad_endpoints_are_rejected(endpoint: str) -> None:
    with pytest.raises(ValueError, match="service_endpoint"):
        validate_endpoint(endpoint)


def test_missing_endpoint_is_a_client_error() -> None:
    with pytest.raises(MissingEndpointForNonRegionalServiceClientError):
        KmsManagementClient({}, None, signer=signer())


def test_context_manager_closes_the_pool() -> None:
    with make_client(Recorder(ok()))[0] as client:
        client.get_key(KEY_ID)
    with pytest.raises(RuntimeError):
        client.get_key(KEY_ID)


def test_async_client_runs_many_calls_in_flight() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["opc-request-id"])
        key_id = request.url.path.rsplit("/", 1)[-1]
        return httpx.Response(200, json=key_json(id=key_id), headers={"etag": "e"})

    async def main() -> list[str]:
        async with AsyncKmsManagementClient(
            {}, ENDPOINT, signer=signer(), transport=httpx.MockTransport(handler)
        ) as client:
            responses = await asyncio.gather(*(client.get_key(f"key-{i}") for i in range(64)))
            return [r.data.id for r in responses]

    ids = asyncio.run(main())
    assert ids == [f"key-{i}" for i in range(64)]
    assert len(set(seen)) == 64


def test_async_client_retries_with_an_injected_sleep() -> None:
    recorder = Recorder(httpx.Response(503, json={"code": "ServiceUnavailable", "message": "x"}), ok())
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main() -> int:
        client = AsyncKmsManagementClient(
            {},
            ENDPOINT,
            signer=signer(),
            transport=httpx.MockTransport(recorder),
            sleep=sleep,
            retry_strategy=DEFAULT_RETRY_STRATEGY,
        )
        try:
            return (await client.enable_key(KEY_ID)).status
        finally:
            await client.close()

    assert asyncio.run(main()) == 200
    assert len(recorder.requests) == 2 and len(sleeps) == 1
    assert recorder.requests[0].headers["opc-retry-token"] == recorder.requests[1].headers["opc-retry-token"]


def test_global_retry_strategy_applies_when_neither_call_nor_client_sets_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retry, "GLOBAL_RETRY_STRATEGY", DEFAULT_RETRY_STRATEGY)
    recorder = Recorder(httpx.Response(503, json={"code": "ServiceUnavailable", "message": "busy"}), ok())
    client, sleeps = make_client(recorder)
    assert client.get_key(KEY_ID).status == 200
    assert len(recorder.requests) == 2 and len(sleeps) == 1
    # The client's own strategy still wins over the global one.
    recorder = Recorder(httpx.Response(503, json={"code": "ServiceUnavailable", "message": "busy"}), ok())
    client, _ = make_client(recorder, retry_strategy=NoneRetryStrategy())
    with pytest.raises(ServiceError):
        client.get_key(KEY_ID)


@pytest.mark.parametrize(("value", "retries"), [("true", True), ("TRUE", True), ("false", False), ("1", False)])
def test_global_retry_strategy_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, retries: bool) -> None:
    monkeypatch.setenv("OCI_SDK_DEFAULT_RETRY_ENABLED", value)
    strategy = retry._global_from_environment()
    assert strategy is not None and strategy.retries_enabled is retries
    monkeypatch.delenv("OCI_SDK_DEFAULT_RETRY_ENABLED")
    assert retry._global_from_environment() is None


def test_methods_carry_the_documented_signature_and_docstring() -> None:
    client, _ = make_client(Recorder(ok()))
    signature = inspect.signature(client.list_keys)
    assert list(signature.parameters)[:2] == ["compartment_id", "limit"]
    assert signature.return_annotation == "Response[list[KeySummary]]"
    assert client.get_key.__name__ == "get_key"
    assert "management read" in (client.get_key.__doc__ or "")
    assert KmsManagementClient.get_key.__doc__ == client.get_key.__doc__


@pytest.mark.parametrize("dots", [".", ".."])
def test_dot_segment_ids_are_refused_before_sending(dots: str) -> None:
    recorder = Recorder(ok())
    client, _ = make_client(recorder)
    with pytest.raises(ValueError, match=r"cannot be '\.' or '\.\.'"):
        client.schedule_key_version_deletion(KEY_ID, dots, {})
    with pytest.raises(ValueError, match="keyId cannot be"):
        client.disable_key(dots)
    assert recorder.requests == []


def test_a_success_body_that_does_not_fit_the_model_raises_invalid_response() -> None:
    body = key_json()
    del body["keyShape"]
    client, _ = make_client(Recorder(ok(body, **{"opc-request-id": "rid-bad"})))
    with pytest.raises(InvalidResponse, match="get_key: the 200 response does not fit") as caught:
        client.get_key(KEY_ID)
    assert caught.value.request_id == "rid-bad"
    assert caught.value.operation_name == "get_key"
