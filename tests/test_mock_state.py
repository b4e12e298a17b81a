"""kms_mock.state: the vault's lifecycles, deletion windows, etags and listings, driven by a ManualClock."""

from __future__ import annotations

import threading

import pytest

from kms_mock.clock import ManualClock
from kms_mock.errors import ApiError
from kms_mock.lifecycle import DAY
from kms_mock.state import KeyShape, KeyUpdate, ListQuery, NewKey, NewKeyVersion, Vault

AES = KeyShape("AES", 32)
T = 10.0  # transition seconds


def make_vault(transition: float = 0.0) -> tuple[Vault, ManualClock]:
    clock = ManualClock()
    return Vault(vault_id="ocid1.vault.oc1..v", clock=clock, transition_seconds=transition), clock


def new_key(name: str = "k", compartment: str = "c1", shape: KeyShape = AES, **kwargs) -> NewKey:
    return NewKey(compartment_id=compartment, display_name=name, shape=shape, **kwargs)


def code_of(call) -> tuple[int, str]:
    with pytest.raises(ApiError) as info:
        call()
    return info.value.status, info.value.code


# ---------------------------------------------------------------------- key lifecycle


def test_create_is_immediately_enabled_without_transition_time():
    vault, _ = make_vault()
    key = vault.create_key(new_key())
    assert key.lifecycle_state == "ENABLED"
    assert vault.get_key_version(key.id, key.current_key_version).lifecycle_state == "ENABLED"


def test_create_goes_through_creating_on_the_clock():
    vault, clock = make_vault(T)
    key = vault.create_key(new_key())
    assert key.lifecycle_state == "CREATING"
    clock.advance(T - 1)
    assert vault.get_key(key.id).lifecycle_state == "CREATING"
    clock.advance(1)
    assert vault.get_key(key.id).lifecycle_state == "ENABLED"


def test_disable_and_enable_pass_through_transitional_states():
    vault, clock = make_vault(T)
    key = vault.create_key(new_key())
    clock.advance(T)
    assert vault.disable_key(key.id).lifecycle_state == "DISABLING"
    assert code_of(lambda: vault.enable_key(key.id)) == (409, "IncorrectState")  # still DISABLING
    clock.advance(T)
    assert vault.get_key(key.id).lifecycle_state == "DISABLED"
    assert vault.enable_key(key.id).lifecycle_state == "ENABLING"
    clock.advance(T)
    assert vault.get_key(key.id).lifecycle_state == "ENABLED"


def test_wrong_state_is_409_incorrect_state():
    vault, _ = make_vault()
    key = vault.create_key(new_key())
    assert code_of(lambda: vault.enable_key(key.id)) == (409, "IncorrectState")
    vault.disable_key(key.id)
    assert code_of(lambda: vault.disable_key(key.id)) == (409, "IncorrectState")
    assert code_of(lambda: vault.create_key_version(key.id)) == (409, "IncorrectState")
    assert code_of(lambda: vault.update_key(key.id, KeyUpdate(display_name="x"))) == (409, "IncorrectState")
    assert code_of(lambda: vault.cancel_key_deletion(key.id)) == (409, "IncorrectState")


def test_update_changes_only_given_fields_and_is_allowed_while_creating():
    vault, clock = make_vault(T)
    key = vault.create_key(new_key(freeform_tags={"a": "1"}))
    updated = vault.update_key(key.id, KeyUpdate(display_name="renamed"))
    assert updated.display_name == "renamed"
    assert updated.freeform_tags == {"a": "1"}
    assert updated.lifecycle_state == "CREATING"
    clock.advance(T)
    updated = vault.update_key(key.id, KeyUpdate(freeform_tags={"b": "2"}))
    assert updated.lifecycle_state == "UPDATING"
    assert updated.display_name == "renamed"
    assert updated.freeform_tags == {"b": "2"}
    clock.advance(T)
    assert vault.get_key(key.id).lifecycle_state == "ENABLED"


def test_unknown_key_is_404():
    vault, _ = make_vault()
    assert code_of(lambda: vault.get_key("nope")) == (404, "NotAuthorizedOrNotFound")
    assert code_of(lambda: vault.disable_key("nope")) == (404, "NotAuthorizedOrNotFound")


# ---------------------------------------------------------------------- deletion


def test_schedule_deletion_defaults_to_30_days_then_deletes_on_the_clock():
    vault, clock = make_vault(T)
    key = vault.create_key(new_key())
    clock.advance(T)
    now = clock()
    scheduled = vault.schedule_key_deletion(key.id)
    assert scheduled.lifecycle_state == "SCHEDULING_DELETION"
    assert scheduled.time_of_deletion == now + 30 * DAY
    clock.advance(T)
    assert vault.get_key(key.id).lifecycle_state == "PENDING_DELETION"
    assert code_of(lambda: vault.update_key(key.id, KeyUpdate(display_name="x"))) == (409, "IncorrectState")
    clock.advance(30 * DAY - T)
    assert vault.get_key(key.id).lifecycle_state == "DELETING"
    clock.advance(T)
    deleted = vault.get_key(key.id)
    assert deleted.lifecycle_state == "DELETED"
    assert deleted.time_of_deletion == now + 30 * DAY


@pytest.mark.parametrize(
    ("days", "ok"), [(6.99, False), (7, True), (15, True), (30, True), (30.01, False), (-1, False)]
)
def test_deletion_window_is_7_to_30_days(days, ok):
    vault, clock = make_vault()
    key = vault.create_key(new_key())
    when = clock() + days * DAY
    if ok:
        assert vault.schedule_key_deletion(key.id, when).time_of_deletion == when
    else:
        assert code_of(lambda: vault.schedule_key_deletion(key.id, when)) == (400, "InvalidParameter")
        assert vault.get_key(key.id).lifecycle_state == "ENABLED"


def test_cancel_deletion_restores_the_state_before_scheduling():
    vault, clock = make_vault(T)
    key = vault.create_key(new_key())
    clock.advance(T)
    vault.disable_key(key.id)
    clock.advance(T)
    vault.schedule_key_deletion(key.id)
    clock.advance(T)
    cancelled = vault.cancel_key_deletion(key.id)
    assert cancelled.lifecycle_state == "CANCELLING_DELETION"
    assert cancelled.time_of_deletion is None
    clock.advance(T)
    assert vault.get_key(key.id).lifecycle_state == "DISABLED"


def test_versions_follow_their_key_into_deletion_and_back():
    vault, _ = make_vault()
    key = vault.create_key(new_key())
    old = key.current_key_version
    vault.schedule_key_deletion(key.id)
    version = vault.get_key_version(key.id, old)
    assert version.lifecycle_state == "PENDING_DELETION"
    assert version.time_of_deletion is not None
    vault.cancel_key_deletion(key.id)
    assert vault.get_key_version(key.id, old).lifecycle_state == "ENABLED"


# ---------------------------------------------------------------------- versions


def test_rotation_moves_current_version_once_the_new_one_is_enabled():
    vault, clock = make_vault(T)
    key = vault.create_key(new_key())
    clock.advance(T)
    first = key.current_key_version
    version = vault.create_key_version(key.id)
    assert version.lifecycle_state == "CREATING"
    assert version.origin == "INTERNAL"
    assert vault.get_key(key.id).current_key_version == first
    clock.advance(T)
    assert vault.get_key_version(key.id, version.id).lifecycle_state == "ENABLED"
    assert vault.get_key(key.id).current_key_version == version.id


def test_version_deletion_refuses_the_current_version_and_accepts_older_ones():
    vault, clock = make_vault()
    key = vault.create_key(new_key())
    first = key.current_key_version
    assert code_of(lambda: vault.schedule_key_version_deletion(key.id, first)) == (409, "IncorrectState")
    second = vault.create_key_version(key.id)
    assert code_of(lambda: vault.schedule_key_version_deletion(key.id, second.id)) == (409, "IncorrectState")
    when = clock() + 8 * DAY
    scheduled = vault.schedule_key_version_deletion(key.id, first, when)
    assert (scheduled.lifecycle_state, scheduled.time_of_deletion) == ("PENDING_DELETION", when)
    assert code_of(lambda: vault.schedule_key_version_deletion(key.id, first)) == (409, "IncorrectState")
    assert vault.cancel_key_version_deletion(key.id, first).lifecycle_state == "ENABLED"
    assert code_of(lambda: vault.schedule_key_version_deletion(key.id, first, clock() + DAY)) == (
        400,
        "InvalidParameter",
    )


def test_version_of_another_key_is_404():
    vault, _ = make_vault()
    one = vault.create_key(new_key("one"))
    two = vault.create_key(new_key("two"))
    assert code_of(lambda: vault.get_key_version(two.id, one.current_key_version)) == (
        404,
        "NotAuthorizedOrNotFound",
    )
    assert code_of(lambda: vault.schedule_key_version_deletion(two.id, one.current_key_version)) == (
        404,
        "NotAuthorizedOrNotFound",
    )


def test_change_compartment_moves_key_and_versions():
    vault, _ = make_vault()
    key = vault.create_key(new_key())
    version = vault.create_key_version(key.id)
    moved = vault.change_key_compartment(key.id, "c2")
    assert moved.compartment_id == "c2"
    assert moved.etag != key.etag
    assert vault.get_key_version(key.id, version.id).compartment_id == "c2"
    assert vault.list_keys("c1", ListQuery())[0] == []
    assert [k.id for k in vault.list_keys("c2", ListQuery())[0]] == [key.id]
    vault.schedule_key_deletion(key.id)
    assert code_of(lambda: vault.change_key_compartment(key.id, "c3")) == (409, "IncorrectState")


@pytest.mark.parametrize(
    "shape",
    [
        KeyShape("AES", 17),
        KeyShape("RSA", 32),
        KeyShape("ECDSA", 32),
        KeyShape("ECDSA", 48, "NIST_P256"),
        KeyShape("AES", 32, "NIST_P256"),
        KeyShape("DES", 8),
    ],
)
def test_impossible_shapes_are_400(shape):
    vault, _ = make_vault()
    status, _code = code_of(lambda: vault.create_key(new_key(shape=shape)))
    assert status == 400
    assert vault.key_count() == 0


def test_external_keys_need_a_reference_and_aes():
    vault, _ = make_vault()
    assert code_of(lambda: vault.create_key(new_key(protection_mode="EXTERNAL")))[0] == 400
    rsa = KeyShape("RSA", 256)
    assert (
        code_of(lambda: vault.create_key(new_key(shape=rsa, protection_mode="EXTERNAL", external_key_id="x")))[0] == 400
    )
    key = vault.create_key(new_key(protection_mode="EXTERNAL", external_key_id="ext-1"))
    assert key.external_key_reference is not None
    assert key.external_key_reference["externalKeyId"] == "ext-1"
    version = vault.create_key_version(key.id, NewKeyVersion(external_key_version_id="ext-v2"))
    assert version.external_key_reference == {"externalKeyId": "ext-1", "externalKeyVersionId": "ext-v2"}
    plain = vault.create_key(new_key())
    assert code_of(lambda: vault.create_key_version(plain.id, NewKeyVersion(external_key_version_id="x")))[0] == 400


# ---------------------------------------------------------------------- etags


def test_etag_changes_on_every_change_and_if_match_guards_writes():
    vault, clock = make_vault(T)
    key = vault.create_key(new_key())
    creating = key.etag
    clock.advance(T)
    enabled = vault.get_key(key.id).etag
    assert enabled != creating  # the phase change is a change
    assert vault.get_key(key.id).etag == enabled  # reading is not
    assert code_of(lambda: vault.disable_key(key.id, if_match=creating)) == (412, "NoEtagMatch")
    assert vault.get_key(key.id).lifecycle_state == "ENABLED"
    assert vault.get_key(key.id).etag == enabled
    disabling = vault.disable_key(key.id, if_match=enabled)
    assert disabling.etag not in {creating, enabled}
    clock.advance(T)
    assert vault.enable_key(key.id, if_match="*").lifecycle_state == "ENABLING"


def test_version_etag_guards_version_writes():
    vault, _ = make_vault()
    key = vault.create_key(new_key())
    old = vault.get_key_version(key.id, key.current_key_version)
    vault.create_key_version(key.id)
    assert code_of(lambda: vault.schedule_key_version_deletion(key.id, old.id, if_match="bad")) == (
        412,
        "NoEtagMatch",
    )
    scheduled = vault.schedule_key_version_deletion(key.id, old.id, if_match=old.etag)
    assert scheduled.etag != old.etag


# ---------------------------------------------------------------------- listings


def make_keys(vault: Vault, clock: ManualClock, names: list[str], **kwargs) -> list[str]:
    ids = []
    for name in names:
        ids.append(vault.create_key(new_key(name, **kwargs)).id)
        clock.advance(1)
    return ids


def all_pages(fetch, limit: int) -> list[str]:
    seen: list[str] = []
    page = None
    while True:
        items, page = fetch(ListQuery(limit=limit, page=page))
        seen.extend(item.id for item in items)
        if page is None:
            return seen


def test_default_sort_is_newest_first_and_displayname_is_ascending():
    vault, clock = make_vault()
    ids = make_keys(vault, clock, ["b", "c", "a"])
    assert [k.id for k in vault.list_keys("c1", ListQuery())[0]] == ids[::-1]
    by_name = vault.list_keys("c1", ListQuery(sort_by="DISPLAYNAME"))[0]
    assert [k.display_name for k in by_name] == ["a", "b", "c"]
    by_name_desc = vault.list_keys("c1", ListQuery(sort_by="DISPLAYNAME", sort_order="DESC"))[0]
    assert [k.display_name for k in by_name_desc] == ["c", "b", "a"]
    oldest_first = vault.list_keys("c1", ListQuery(sort_order="ASC"))[0]
    assert [k.id for k in oldest_first] == ids


def test_filters_combine():
    vault, clock = make_vault()
    make_keys(vault, clock, ["aes"])
    make_keys(vault, clock, ["rsa"], shape=KeyShape("RSA", 256))
    make_keys(vault, clock, ["ec"], shape=KeyShape("ECDSA", 48, "NIST_P384"), protection_mode="SOFTWARE")

    def names(**filters) -> list[str]:
        return sorted(k.display_name for k in vault.list_keys("c1", ListQuery(), **filters)[0])

    assert names(algorithm="RSA") == ["rsa"]
    assert names(length=48) == ["ec"]
    assert names(curve_id="NIST_P384", protection_mode="SOFTWARE") == ["ec"]
    assert names(protection_mode="HSM") == ["aes", "rsa"]
    assert names(algorithm="AES", length=256) == []


def test_pages_are_complete_and_stable_under_concurrent_inserts():
    vault, clock = make_vault()
    ids = make_keys(vault, clock, [f"k{i}" for i in range(7)])
    first, token = vault.list_keys("c1", ListQuery(limit=3))
    assert [k.id for k in first] == ids[::-1][:3]
    assert token is not None
    inserted = make_keys(vault, clock, ["new1", "new2"])  # newer: they belong before page 1
    rest = []
    while token is not None:
        page, token = vault.list_keys("c1", ListQuery(limit=3, page=token))
        rest.extend(k.id for k in page)
    assert rest == ids[::-1][3:]
    assert not set(inserted) & set(rest)
    by_name = all_pages(lambda q: vault.list_keys("c1", ListQuery(q.limit, q.page, "DISPLAYNAME")), 2)
    assert len(by_name) == len(set(by_name)) == 9


def test_page_token_is_bound_to_its_listing_and_tamper_evident():
    vault, clock = make_vault()
    make_keys(vault, clock, ["a", "b", "c"])
    _, token = vault.list_keys("c1", ListQuery(limit=1))
    assert token is not None
    assert code_of(lambda: vault.list_keys("c1", ListQuery(limit=1, page=token), algorithm="AES")) == (
        400,
        "InvalidParameter",
    )
    assert code_of(lambda: vault.list_keys("c1", ListQuery(limit=1, page=token, sort_by="DISPLAYNAME")))[0] == 400
    assert code_of(lambda: vault.list_keys("c2", ListQuery(limit=1, page=token)))[0] == 400
    assert code_of(lambda: vault.list_keys("c1", ListQuery(limit=1, page=token[:-2] + "xx")))[0] == 400
    assert code_of(lambda: vault.list_keys("c1", ListQuery(limit=1, page="garbage")))[0] == 400
    # The limit may change between pages.
    assert len(vault.list_keys("c1", ListQuery(limit=5, page=token))[0]) == 2


def test_key_versions_page_too():
    vault, clock = make_vault()
    key = vault.create_key(new_key())
    for _ in range(4):
        clock.advance(1)
        vault.create_key_version(key.id)
    versions = all_pages(lambda q: vault.list_key_versions(key.id, q), 2)
    assert len(versions) == len(set(versions)) == 5
    assert versions[0] == vault.get_key(key.id).current_key_version  # newest first
    assert code_of(lambda: vault.list_key_versions("nope", ListQuery()))[0] == 404


def test_concurrent_creates_are_all_kept():
    vault, _ = make_vault()
    ids: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(25):
            key_id = vault.create_key(new_key()).id
            with lock:
                ids.append(key_id)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(ids)) == 200
    assert vault.key_count() == 200
    assert len(all_pages(lambda q: vault.list_keys("c1", q), 1000)) == 200


def test_tokens_fit_the_spec_limit_even_for_long_unicode_names():
    vault, clock = make_vault()
    names = [chr(0x1F600 + i) * 255 for i in range(5)]  # 255 emoji: far over 1024 characters as JSON
    make_keys(vault, clock, names)
    seen, page, tokens = [], None, []
    while True:
        items, page = vault.list_keys("c1", ListQuery(limit=2, page=page, sort_by="DISPLAYNAME"))
        seen.extend(k.display_name for k in items)
        if page is None:
            break
        tokens.append(page)
    assert seen == sorted(names)
    assert tokens
    assert all(len(token) <= 1024 for token in tokens)
    assert code_of(lambda: vault.list_keys("c1", ListQuery(page=tokens[0])))[0] == 400  # other sort


@pytest.mark.parametrize("token", ["é.é", "~x.y", "a.b.c", ".", "x" * 2000, "\x00"])
def test_junk_page_tokens_are_400(token):
    vault, clock = make_vault()
    make_keys(vault, clock, ["a", "b"])
    assert code_of(lambda: vault.list_keys("c1", ListQuery(page=token))) == (400, "InvalidParameter")
