"""kms_mock's small parts: timelines, routing, retry tokens, faults, rate limits, request validation."""

from __future__ import annotations

import json

import pytest

from kms_mock.clock import ManualClock
from kms_mock.errors import ApiError, clip
from kms_mock.faults import FaultInjector, FaultKind
from kms_mock.lifecycle import Timeline
from kms_mock.ratelimit import RATE_CLASSES, RateLimiter
from kms_mock.retry_tokens import TOKEN_LIFETIME_SECONDS, RetryTokenCache
from kms_mock.routing import Router, split_raw_path
from kms_mock.spec import load_spec
from kms_mock.validation import RequestValidator, parse_rfc3339

JSON = [(b"content-type", b"application/json")]


def error_of(call) -> ApiError:
    with pytest.raises(ApiError) as info:
        call()
    return info.value


# ---------------------------------------------------------------------- clock and timeline


def test_manual_clock_moves_only_forward():
    clock = ManualClock(100.0)
    clock.advance(2.5)
    assert clock() == 102.5
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)


def test_timeline_state_is_the_last_started_phase():
    timeline = Timeline.start(100.0, ("CREATING", 0), ("ENABLED", 5))
    states = [timeline.state_at(t) for t in (100.0, 104.9, 105.0, 1e9)]
    assert states == ["CREATING", "CREATING", "ENABLED", "ENABLED"]
    instant = Timeline.start(100.0, ("CREATING", 0), ("ENABLED", 0))
    assert instant.state_at(100.0) == "ENABLED"
    with pytest.raises(ValueError, match="time order"):
        Timeline.start(0.0, ("A", 0), ("B", 5), ("C", 1))


# ---------------------------------------------------------------------- routing


ROUTER = Router(
    [
        ("GET", "/20180608/keys", "ListKeys"),
        ("POST", "/20180608/keys", "CreateKey"),
        ("POST", "/20180608/keys/import", "ImportKey"),
        ("GET", "/20180608/keys/{keyId}", "GetKey"),
        ("PUT", "/20180608/keys/{keyId}", "UpdateKey"),
        ("GET", "/20180608/keys/{keyId}/keyVersions/{keyVersionId}", "GetKeyVersion"),
    ]
)


def test_split_raw_path_decodes_each_segment_alone():
    assert split_raw_path(b"/a/b%2Fc/%2E%2E/%0D%0A") == ["a", "b/c", "..", "\r\n"]
    assert split_raw_path(b"/a/%FF") == ["a", "\ufffd"]


def test_router_matches_literals_before_parameters():
    assert ROUTER.match("POST", b"/20180608/keys/import") == ("ImportKey", {})
    assert ROUTER.match("GET", b"/20180608/keys/import") == ("GetKey", {"keyId": "import"})
    assert ROUTER.match("GET", b"/20180608/keys/a%2Fb") == ("GetKey", {"keyId": "a/b"})
    target, params = ROUTER.match("GET", b"/20180608/keys/k/keyVersions/..")
    assert (target, params) == ("GetKeyVersion", {"keyId": "k", "keyVersionId": ".."})


@pytest.mark.parametrize("path", [b"/", b"/nope", b"/20180608/keys/a/b", b"/20180608/keys/", b"20180608/keys"])
def test_router_404_for_unknown_paths(path):
    error = error_of(lambda: ROUTER.match("GET", path))
    assert (error.status, error.code) == (404, "NotFound")


def test_router_405_names_the_allowed_methods():
    error = error_of(lambda: ROUTER.match("DELETE", b"/20180608/keys/k1"))
    assert (error.status, error.code) == (405, "MethodNotAllowed")
    assert error.headers["allow"] == "GET, PUT"
    assert error_of(lambda: ROUTER.match("PATCH", b"/20180608/keys")).headers["allow"] == "GET, POST"


def test_clip_escapes_control_characters_and_shortens():
    assert clip("a\r\nb") == repr("a\\r\\nb")
    long = clip("x" * 500)
    assert len(long) < 120
    assert "500 chars" in long


# ---------------------------------------------------------------------- retry tokens


def test_retry_token_replays_rejects_other_requests_and_expires():
    cache: RetryTokenCache[str] = RetryTokenCache()
    assert cache.lookup("t", "req-a", 0.0) is None
    cache.remember("t", "req-a", "response-a", 0.0)
    assert cache.lookup("t", "req-a", 10.0) == "response-a"
    error = error_of(lambda: cache.lookup("t", "req-b", 10.0))
    assert (error.status, error.code) == (409, "InvalidatedRetryToken")
    assert cache.lookup("t", "req-a", TOKEN_LIFETIME_SECONDS - 1) == "response-a"
    assert cache.lookup("t", "req-b", TOKEN_LIFETIME_SECONDS) is None  # expired: a fresh token again
    assert len(cache) == 0


# ---------------------------------------------------------------------- faults and rate limits


def test_faults_are_reproducible_by_seed_and_cover_every_kind():
    one = FaultInjector(1.0, seed=7)
    two = FaultInjector(1.0, seed=7)
    first = [one.draw(mutating=True) for _ in range(200)]
    assert first == [two.draw(mutating=True) for _ in range(200)]
    assert first != [FaultInjector(1.0, seed=8).draw(mutating=True) for _ in range(200)]
    assert all(f is not None for f in first)
    assert {f.kind for f in first if f} == set(FaultKind)
    assert any(f.after_apply for f in first if f)
    assert not any(f.after_apply for f in first if f and f.kind is FaultKind.TOO_MANY_REQUESTS)
    reads = FaultInjector(1.0, seed=7)
    assert not any(f and f.after_apply for f in (reads.draw(mutating=False) for _ in range(100)))


def test_fault_rate_is_respected():
    assert all(FaultInjector(0.0, seed=1).draw(True) is None for _ in range(50))
    some = FaultInjector(0.3, seed=3)
    hits = sum(some.draw(True) is not None for _ in range(2000))
    assert 450 < hits < 750
    with pytest.raises(ValueError, match="between 0 and 1"):
        FaultInjector(1.5)


def test_rate_limiter_counts_per_class_per_second():
    now = [0.0]
    limiter = RateLimiter(2, monotonic=lambda: now[0])
    assert [limiter.allow("management-read") for _ in range(3)] == [True, True, False]
    assert limiter.allow("management-write")
    now[0] = 0.99
    assert not limiter.allow("management-read")
    now[0] = 1.0
    assert limiter.allow("management-read")
    assert RateLimiter(None).allow("x")


def test_every_spec_operation_has_a_rate_class():
    assert {op.operation_id for op in load_spec().operations} == set(RATE_CLASSES)


# ---------------------------------------------------------------------- validation against the spec


SPEC = load_spec()
VALIDATOR = RequestValidator(SPEC)


def validate(operation_id: str, *, path=None, query=b"", headers=JSON, body=b""):
    op = SPEC.operation(operation_id)
    return VALIDATOR.validate(op, path or {}, query, headers, body)


def body_of(document) -> bytes:
    return json.dumps(document).encode()


def test_list_keys_parameters_are_typed_and_defaulted():
    request = validate("ListKeys", query=b"compartmentId=c%2F1&length=32&sortOrder=ASC")
    assert request.query["compartmentId"] == "c/1"
    assert request.query["length"] == 32
    assert request.query["limit"] == 100
    assert "sortBy" not in request.query  # the handler applies TIMECREATED (the spec says so in prose)
    assert "sortOrder" in request.query


@pytest.mark.parametrize(
    ("query", "code", "needle"),
    [
        (b"", "MissingParameter", "compartmentId"),
        (b"compartmentId=c&limit=0", "InvalidParameter", "limit"),
        (b"compartmentId=c&limit=1001", "InvalidParameter", "limit"),
        (b"compartmentId=c&limit=ten", "InvalidParameter", "limit"),
        (b"compartmentId=c&sortBy=SIZE", "InvalidParameter", "sortBy"),
        (b"compartmentId=c&length=8", "InvalidParameter", "length"),
        (b"compartmentId=c&algorithm=aes", "InvalidParameter", "algorithm"),
        (b"compartmentId=c&compartmentId=d", "InvalidParameter", "compartmentId"),
        (b"compartmentId=" + b"x" * 300, "InvalidParameter", "compartmentId"),
    ],
)
def test_bad_query_parameters_are_400_naming_the_field(query, code, needle):
    error = error_of(lambda: validate("ListKeys", query=query))
    assert (error.status, error.code) == (400, code)
    assert needle in error.message
    assert "x" * 100 not in error.message


def test_long_path_parameter_is_400():
    error = error_of(lambda: validate("GetKey", path={"keyId": "k" * 256}))
    assert (error.status, error.code) == (400, "InvalidParameter")
    assert "keyId" in error.message


def test_header_parameters_are_validated():
    headers = [*JSON, (b"opc-retry-token", b"t" * 65)]
    error = error_of(lambda: validate("CreateKeyVersion", path={"keyId": "k"}, headers=headers))
    assert "opc-retry-token" in error.message
    twice = [*JSON, (b"if-match", b"a"), (b"If-Match", b"b")]
    assert error_of(lambda: validate("EnableKey", path={"keyId": "k"}, headers=twice)).status == 400


GOOD_KEY = {"compartmentId": "c", "displayName": "d", "keyShape": {"algorithm": "AES", "length": 32}}


@pytest.mark.parametrize(
    ("document", "code", "needle"),
    [
        ({}, "MissingParameter", "compartmentId"),
        ({**GOOD_KEY, "keyShape": {"algorithm": "AES"}}, "MissingParameter", "keyShape.length"),
        ({**GOOD_KEY, "keyShape": {"algorithm": "AES", "length": 513}}, "InvalidParameter", "keyShape.length"),
        ({**GOOD_KEY, "keyShape": {"algorithm": "AES", "length": "32"}}, "InvalidParameter", "keyShape.length"),
        ({**GOOD_KEY, "protectionMode": "CLOUD"}, "InvalidParameter", "protectionMode"),
        ({**GOOD_KEY, "displayName": ""}, "InvalidParameter", "displayName"),
        ({**GOOD_KEY, "freeformTags": {"a": 1}}, "InvalidParameter", "freeformTags.a"),
        ({**GOOD_KEY, "compartmentId": None}, "InvalidParameter", "compartmentId"),
        ([1, 2], "InvalidParameter", "request body"),
    ],
)
def test_bad_bodies_are_400_naming_the_field(document, code, needle):
    error = error_of(lambda: validate("CreateKey", body=body_of(document)))
    assert (error.status, error.code) == (400, code)
    assert needle in error.message


def test_body_parsing_problems():
    for raw in (b"{", b'{"a": NaN}', b"\xff\xfe", b"[" * 100_000):
        error = error_of(lambda raw=raw: validate("CreateKey", body=raw))
        assert (error.status, error.code) == (400, "CannotParseRequest")
    assert error_of(lambda: validate("CreateKey")).code == "MissingParameter"
    wrong_type = [(b"content-type", b"text/plain")]
    error = error_of(lambda: validate("CreateKey", headers=wrong_type, body=body_of(GOOD_KEY)))
    assert (error.status, error.code) == (415, "UnsupportedMediaType")
    assert error_of(lambda: validate("CreateKey", headers=[], body=body_of(GOOD_KEY))).status == 415
    charset = [(b"Content-Type", b"application/json; charset=utf-8")]
    assert validate("CreateKey", headers=charset, body=body_of(GOOD_KEY)).body == GOOD_KEY


def test_optional_and_absent_bodies():
    assert validate("CreateKeyVersion", path={"keyId": "k"}).body is None
    assert validate("EnableKey", path={"keyId": "k"}, body=b"ignored").body is None
    assert validate("ScheduleKeyDeletion", path={"keyId": "k"}, body=b"{}").body == {}
    bad_time = body_of({"timeOfDeletion": "next tuesday"})
    error = error_of(lambda: validate("ScheduleKeyDeletion", path={"keyId": "k"}, body=bad_time))
    assert "timeOfDeletion" in error.message


def test_parse_rfc3339():
    assert parse_rfc3339("2030-01-15T00:00:00.000Z").timestamp() == 1_894_665_600
    assert parse_rfc3339("2030-01-15T02:00:00+02:00").timestamp() == 1_894_665_600
    for bad in ("2030-01-15", "2030-01-15T00:00:00", "yesterday"):
        with pytest.raises(ValueError):
            parse_rfc3339(bad)
