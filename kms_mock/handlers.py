"""The operations: validated request in, reply (status, JSON body, headers) out. No HTTP plumbing."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from kms_mock.backup_operations import BackupOperations
from kms_mock.crypto import UnwrapError, WrappingKeyPair, check_material_fits_shape, decode_key_material
from kms_mock.errors import ApiError
from kms_mock.key_material import new_material_and_public_key
from kms_mock.render import Renderer
from kms_mock.state import KeyShape, KeyUpdate, ListQuery, NewKey, NewKeyVersion, Vault, check_shape
from kms_mock.validation import ValidRequest, parse_rfc3339

__all__ = ["Handlers", "Reply"]


@dataclass(frozen=True)
class Reply:
    """An operation's answer: status, body (a JSON value, None for no body) and extra headers."""

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)


class Handlers:
    """Runs operations by operationId against one vault."""

    def __init__(
        self,
        vault: Vault,
        wrapping_key: WrappingKeyPair,
        renderer: Renderer,
        backups: BackupOperations,
        *,
        compartment_id: str,
        started_at: float,
        wrapping_key_id: str | None = None,
    ) -> None:
        self.vault = vault
        self.wrapping_key = wrapping_key
        self._render = renderer
        self._backups = backups
        self._compartment_id = compartment_id
        self._started_at = started_at
        self._wrapping_key_id = wrapping_key_id
        self._table: dict[str, Callable[[ValidRequest], Reply]] = {
            "ListKeys": self.list_keys,
            "CreateKey": self.create_key,
            "ImportKey": self.import_key,
            "GetKey": self.get_key,
            "UpdateKey": self.update_key,
            "EnableKey": self.enable_key,
            "DisableKey": self.disable_key,
            "ScheduleKeyDeletion": self.schedule_key_deletion,
            "CancelKeyDeletion": self.cancel_key_deletion,
            "ChangeKeyCompartment": self.change_key_compartment,
            "ListKeyVersions": self.list_key_versions,
            "CreateKeyVersion": self.create_key_version,
            "ImportKeyVersion": self.import_key_version,
            "GetKeyVersion": self.get_key_version,
            "ScheduleKeyVersionDeletion": self.schedule_key_version_deletion,
            "CancelKeyVersionDeletion": self.cancel_key_version_deletion,
            "GetWrappingKey": self.get_wrapping_key,
        }
        for operation_id, handler in backups.table.items():
            self._table[operation_id] = _replying(handler)

    @property
    def operation_ids(self) -> frozenset[str]:
        """The operations this class implements."""
        return frozenset(self._table)

    def dispatch(self, operation_id: str, request: ValidRequest) -> Reply:
        """Run one operation; ApiError for the service's error answers."""
        handler = self._table.get(operation_id)
        if handler is None:
            raise ApiError(501, "MethodNotImplemented", f"The mock does not implement {operation_id}")
        self._backups.guard(operation_id, request)
        return handler(request)

    def dispatch_function(self, operation_id: str) -> Callable[[ValidRequest], Reply]:
        """``dispatch`` for one operation, as a function of the request."""
        return lambda request: self.dispatch(operation_id, request)

    # ------------------------------------------------------------------ keys

    def list_keys(self, request: ValidRequest) -> Reply:
        """ListKeys."""
        q = request.query
        keys, next_page = self.vault.list_keys(
            q["compartmentId"],
            _list_query(q),
            protection_mode=q.get("protectionMode"),
            algorithm=q.get("algorithm"),
            length=q.get("length"),
            curve_id=q.get("curveId"),
        )
        return _page([self._render.key_summary(self._backups.key_view(k)) for k in keys], next_page)

    def create_key(self, request: ValidRequest) -> Reply:
        """CreateKey."""
        body = request.body
        external = body.get("externalKeyReference")
        new = NewKey(
            **_key_fields(body),
            protection_mode=body.get("protectionMode") or "HSM",
            external_key_id=external["externalKeyId"] if external else None,
        )
        check_shape(new)  # before making material for it
        material, public_key = new_material_and_public_key(new.shape)
        key = self.vault.create_key(replace(new, public_key=public_key))
        self._backups.material.record(key.current_key_version, material)
        return self._key_reply(key)

    def import_key(self, request: ValidRequest) -> Reply:
        """ImportKey: unwrap the material, check it fits keyShape, create the key from it."""
        body = request.body
        fields = _key_fields(body)
        shape: KeyShape = fields["shape"]
        public_key, material = self._unwrap_and_check(body["wrappedImportKey"], shape)
        new = NewKey(
            **fields,
            protection_mode=body.get("protectionMode") or "HSM",
            origin="EXTERNAL",
            public_key=public_key,
        )
        key = self.vault.create_key(new)
        self._backups.material.record(key.current_key_version, material)
        return self._key_reply(key)

    def get_key(self, request: ValidRequest) -> Reply:
        """GetKey."""
        return self._key_reply(self.vault.get_key(request.path["keyId"]))

    def update_key(self, request: ValidRequest) -> Reply:
        """UpdateKey."""
        body = request.body
        changes: dict[str, Any] = {}
        if "displayName" in body:
            changes["display_name"] = body["displayName"]
        if "freeformTags" in body:
            changes["freeform_tags"] = body["freeformTags"]
        if "definedTags" in body:
            changes["defined_tags"] = body["definedTags"]
        if "isAutoRotationEnabled" in body:
            changes["is_auto_rotation_enabled"] = body["isAutoRotationEnabled"]
        if "autoKeyRotationDetails" in body:
            changes["auto_key_rotation_details"] = _rotation_details(body["autoKeyRotationDetails"])
        key = self.vault.update_key(request.path["keyId"], KeyUpdate(**changes), _if_match(request))
        return self._key_reply(key)

    def enable_key(self, request: ValidRequest) -> Reply:
        """EnableKey."""
        return self._key_reply(self.vault.enable_key(request.path["keyId"], _if_match(request)))

    def disable_key(self, request: ValidRequest) -> Reply:
        """DisableKey."""
        return self._key_reply(self.vault.disable_key(request.path["keyId"], _if_match(request)))

    def schedule_key_deletion(self, request: ValidRequest) -> Reply:
        """ScheduleKeyDeletion."""
        when = _deletion_time(request.body)
        key = self.vault.schedule_key_deletion(request.path["keyId"], when, _if_match(request))
        return self._key_reply(key)

    def cancel_key_deletion(self, request: ValidRequest) -> Reply:
        """CancelKeyDeletion."""
        return self._key_reply(self.vault.cancel_key_deletion(request.path["keyId"], _if_match(request)))

    def change_key_compartment(self, request: ValidRequest) -> Reply:
        """ChangeKeyCompartment: no body, only etag and request id."""
        key = self.vault.change_key_compartment(
            request.path["keyId"], request.body["compartmentId"], _if_match(request)
        )
        return Reply(200, None, {"etag": key.etag})

    # ------------------------------------------------------------------ key versions

    def list_key_versions(self, request: ValidRequest) -> Reply:
        """ListKeyVersions."""
        versions, next_page = self.vault.list_key_versions(request.path["keyId"], _list_query(request.query))
        return _page([self._render.key_version_summary(v) for v in versions], next_page)

    def create_key_version(self, request: ValidRequest) -> Reply:
        """CreateKeyVersion (the optional body names an external key version)."""
        body = request.body or {}
        key_id = request.path["keyId"]
        material, public_key = new_material_and_public_key(self.vault.key_shape(key_id))
        new = NewKeyVersion(external_key_version_id=body.get("externalKeyVersionId"), public_key=public_key)
        version = self.vault.create_key_version(key_id, new)
        self._backups.material.record(version.id, material)
        return self._version_reply(version)

    def import_key_version(self, request: ValidRequest) -> Reply:
        """ImportKeyVersion: the material must fit the key's own shape."""
        key_id = request.path["keyId"]
        shape = self.vault.key_shape(key_id)
        public_key, material = self._unwrap_and_check(request.body["wrappedImportKey"], shape)
        new = NewKeyVersion(origin="EXTERNAL", public_key=public_key)
        version = self.vault.create_key_version(key_id, new)
        self._backups.material.record(version.id, material)
        return self._version_reply(version)

    def get_key_version(self, request: ValidRequest) -> Reply:
        """GetKeyVersion."""
        return self._version_reply(self.vault.get_key_version(request.path["keyId"], request.path["keyVersionId"]))

    def schedule_key_version_deletion(self, request: ValidRequest) -> Reply:
        """ScheduleKeyVersionDeletion."""
        version = self.vault.schedule_key_version_deletion(
            request.path["keyId"], request.path["keyVersionId"], _deletion_time(request.body), _if_match(request)
        )
        return self._version_reply(version)

    def cancel_key_version_deletion(self, request: ValidRequest) -> Reply:
        """CancelKeyVersionDeletion."""
        version = self.vault.cancel_key_version_deletion(
            request.path["keyId"], request.path["keyVersionId"], _if_match(request)
        )
        return self._version_reply(version)

    # ------------------------------------------------------------------ wrapping key

    def get_wrapping_key(self, request: ValidRequest) -> Reply:
        """GetWrappingKey: the public half of the vault's wrapping key."""
        pem = self.wrapping_key.public_pem
        digest = hashlib.sha256(pem.encode("ascii")).hexdigest()
        body = self._render.wrapping_key(
            key_id=self._wrapping_key_id or f"ocid1.key.oc1.mock.wrapping{digest[:24]}",
            compartment_id=self._compartment_id,
            vault_id=self.vault.vault_id,
            public_pem=pem,
            time_created=self._started_at,
        )
        return Reply(200, body, {"etag": digest[:32]})

    # ------------------------------------------------------------------ helpers

    def _key_reply(self, key: Any) -> Reply:
        return Reply(200, self._backups.key_body(key), {"etag": self._backups.key_view(key).etag})

    def _version_reply(self, version: Any) -> Reply:
        return Reply(200, self._render.key_version(version), {"etag": version.etag})

    def _unwrap_and_check(self, wrapped_import_key: Mapping[str, Any], shape: KeyShape) -> tuple[str | None, bytes]:
        """The derived public key PEM (RSA) or None (AES), and the material; 400 when it is unusable.

        The material goes only to the key material store; it is never logged or echoed.
        """
        try:
            wrapped = decode_key_material(wrapped_import_key["keyMaterial"])
            material = self.wrapping_key.unwrap(wrapped, wrapped_import_key["wrappingAlgorithm"])
            return check_material_fits_shape(material, shape.algorithm, shape.length), material
        except UnwrapError as exc:
            raise ApiError.invalid_parameter(f"wrappedImportKey.keyMaterial: {exc}") from None


def _replying(handler: Callable[[ValidRequest], tuple[int, Any, dict[str, str]]]) -> Callable[[ValidRequest], Reply]:
    def run(request: ValidRequest) -> Reply:
        return Reply(*handler(request))

    return run


def _page(items: list[dict[str, Any]], next_page: str | None) -> Reply:
    return Reply(200, items, {"opc-next-page": next_page} if next_page else {})


def _list_query(query: Mapping[str, Any]) -> ListQuery:
    return ListQuery(
        limit=query.get("limit", 100),
        page=query.get("page"),
        sort_by=query.get("sortBy") or "TIMECREATED",
        sort_order=query.get("sortOrder"),
    )


def _if_match(request: ValidRequest) -> str | None:
    return request.headers.get("if-match")


def _key_fields(body: Mapping[str, Any]) -> dict[str, Any]:
    shape = body["keyShape"]
    return {
        "compartment_id": body["compartmentId"],
        "display_name": body["displayName"],
        "shape": KeyShape(shape["algorithm"], shape["length"], shape.get("curveId")),
        "freeform_tags": body.get("freeformTags"),
        "defined_tags": body.get("definedTags"),
        "is_auto_rotation_enabled": body.get("isAutoRotationEnabled"),
        "auto_key_rotation_details": _rotation_details(body.get("autoKeyRotationDetails")),
    }


def _rotation_details(details: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Keep what callers set (interval, schedule start); the service owns the other fields."""
    if details is None:
        return None
    kept: dict[str, Any] = {}
    if details.get("rotationIntervalInDays") is not None:
        kept["rotationIntervalInDays"] = details["rotationIntervalInDays"]
    if details.get("timeOfScheduleStart") is not None:
        # Only the date counts: the schedule starts at 00:00 UTC on the date as written. (Converting to UTC
        # first could leave datetime's range, e.g. 0001-01-01T00:30:00+01:00, and answer 500; the contract
        # fuzzer found the neighbouring year-padding bug in format_time.)
        day = parse_rfc3339(details["timeOfScheduleStart"]).date()
        kept["timeOfScheduleStart"] = f"{day.year:04d}-{day.month:02d}-{day.day:02d}T00:00:00.000Z"
    return kept


def _deletion_time(body: Mapping[str, Any] | None) -> float | None:
    text = (body or {}).get("timeOfDeletion")
    return None if text is None else parse_rfc3339(text).timestamp()
