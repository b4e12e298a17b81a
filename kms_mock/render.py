"""Vault snapshots → response JSON, through the generated models so responses have the spec's shape.

Each body is built as a wire dict, loaded with the generated model's ``from_dict`` (which fails on a missing
required field) and written back with ``to_dict``. Date-times are then written as RFC 3339 UTC with
milliseconds and a ``Z`` (``2026-01-01T00:00:00.000Z``), as the service does; which fields are date-times
comes from the spec's response schemas.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from kms_api_client.models import Key, KeySummary, KeyVersion, KeyVersionSummary, WrappingKey

from kms_mock.spec import ApiSpec
from kms_mock.state import KeySnapshot, KeyVersionSnapshot

__all__ = ["Renderer", "format_time"]


def format_time(epoch_seconds: float) -> str:
    """``epoch_seconds`` as ``YYYY-MM-DDTHH:MM:SS.mmmZ``."""
    moment = datetime.datetime.fromtimestamp(epoch_seconds, datetime.UTC)
    # Not strftime("%Y"): it does not pad years before 1000 ("104-10-07"), which is no RFC 3339 date-time
    # (found by the contract fuzzer through a client-chosen timeOfScheduleStart).
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond // 1000:03d}Z"
    )


def _zulu(text: str) -> str:
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return format_time(moment.timestamp())


class Renderer:
    """Builds response bodies for one vault."""

    def __init__(self, spec: ApiSpec) -> None:
        self._spec = spec
        schemas = spec.components["schemas"]
        self._schemas = {name: schemas[name] for name in ("Key", "KeySummary", "KeyVersion", "KeyVersionSummary")}
        self._schemas["WrappingKey"] = schemas["WrappingKey"]

    def key(self, key: KeySnapshot) -> dict[str, Any]:
        """A ``Key``."""
        wire = {
            **_key_common(key),
            "currentKeyVersion": key.current_key_version,
            "keyShape": _shape(key),
            "isPrimary": True,
        }
        if key.time_of_deletion is not None:
            wire["timeOfDeletion"] = format_time(key.time_of_deletion)
        if key.auto_key_rotation_details is not None:
            wire["autoKeyRotationDetails"] = key.auto_key_rotation_details
        return self._through("Key", Key.from_dict(wire).to_dict())

    def key_summary(self, key: KeySnapshot) -> dict[str, Any]:
        """A ``KeySummary`` (with the algorithm of the key's shape)."""
        wire = {**_key_common(key), "algorithm": key.shape.algorithm}
        return self._through("KeySummary", KeySummary.from_dict(wire).to_dict())

    def key_version(self, version: KeyVersionSnapshot) -> dict[str, Any]:
        """A ``KeyVersion``."""
        wire = {**_version_common(version), "isPrimary": True}
        if version.public_key is not None:
            wire["publicKey"] = version.public_key
        return self._through("KeyVersion", KeyVersion.from_dict(wire).to_dict())

    def key_version_summary(self, version: KeyVersionSnapshot) -> dict[str, Any]:
        """A ``KeyVersionSummary``."""
        return self._through("KeyVersionSummary", KeyVersionSummary.from_dict(_version_common(version)).to_dict())

    def wrapping_key(
        self, *, key_id: str, compartment_id: str, vault_id: str, public_pem: str, time_created: float
    ) -> dict[str, Any]:
        """The vault's ``WrappingKey``."""
        wire = {
            "id": key_id,
            "compartmentId": compartment_id,
            "vaultId": vault_id,
            "lifecycleState": "ENABLED",
            "publicKey": public_pem,
            "timeCreated": format_time(time_created),
        }
        return self._through("WrappingKey", WrappingKey.from_dict(wire).to_dict())

    # ------------------------------------------------------------------ date-times in Z form

    def _through(self, schema_name: str, body: dict[str, Any]) -> dict[str, Any]:
        result = self._dates(body, self._schemas[schema_name])
        assert isinstance(result, dict)
        return result

    def _dates(self, value: Any, schema: Mapping[str, Any]) -> Any:
        branches = self._branches(schema)
        if isinstance(value, str):
            return _zulu(value) if any(b.get("format") == "date-time" for b in branches) else value
        if isinstance(value, dict):
            out = {}
            for name, item in value.items():
                sub = next((b["properties"][name] for b in branches if name in b.get("properties", {})), None)
                out[name] = item if sub is None else self._dates(item, sub)
            return out
        if isinstance(value, list):
            items = next((b["items"] for b in branches if "items" in b), None)
            return value if items is None else [self._dates(item, items) for item in value]
        return value

    def _branches(self, schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """``schema`` and, recursively, its allOf/anyOf/oneOf members, with ``$ref`` resolved."""
        found: list[Mapping[str, Any]] = []
        pending = [schema]
        while pending:
            node = self._spec.resolve(pending.pop())
            found.append(node)
            for combinator in ("allOf", "anyOf", "oneOf"):
                pending.extend(node.get(combinator, []))
        return found


def _shape(key: KeySnapshot) -> dict[str, Any]:
    shape: dict[str, Any] = {"algorithm": key.shape.algorithm, "length": key.shape.length}
    if key.shape.curve_id is not None:
        shape["curveId"] = key.shape.curve_id
    return shape


def _key_common(key: KeySnapshot) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": key.id,
        "compartmentId": key.compartment_id,
        "displayName": key.display_name,
        "lifecycleState": key.lifecycle_state,
        "timeCreated": format_time(key.time_created),
        "vaultId": key.vault_id,
        "protectionMode": key.protection_mode,
        "isAutoRotationEnabled": bool(key.is_auto_rotation_enabled),
        "freeformTags": key.freeform_tags,
        "definedTags": key.defined_tags,
    }
    if key.external_key_reference is not None:
        wire["externalKeyReferenceDetails"] = key.external_key_reference
    return wire


def _version_common(version: KeyVersionSnapshot) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": version.id,
        "keyId": version.key_id,
        "compartmentId": version.compartment_id,
        "vaultId": version.vault_id,
        "lifecycleState": version.lifecycle_state,
        "origin": version.origin,
        "timeCreated": format_time(version.time_created),
        "isAutoRotated": False,
    }
    if version.time_of_deletion is not None:
        wire["timeOfDeletion"] = format_time(version.time_of_deletion)
    if version.external_key_reference is not None:
        wire["externalKeyReferenceDetails"] = version.external_key_reference
    return wire
