"""Write the spec as openapi-python-client should read it: SPEC in, the adjusted copy to OUT.

The spec writes a nullable reference the OpenAPI 3.0.3 way, `type` + `nullable: true` + `allOf: [$ref]` (Redocly's
`nullable-type-sibling` rule requires the `type`). openapi-python-client 0.29.1 turns `nullable` into a union with
null in `Schema.handle_nullable` (openapi_python_client/schema/openapi_schema_pydantic/schema.py), which tries
`type` first: with a `type` beside the `allOf`, the null is added to the type list and then lost when the `allOf`
is resolved, so the field could not be `None`. Without the `type` the same function takes its allOf branch
(`oneOf: [null, allOf]`). No upstream issue describes this; the copy drops that `type`.

Request-only models: the OCI SDK raises `ValueError` for an enum value outside the list only in models that are
sent and never received (CreateKeyDetails.protectionMode, WrappedImportKey.wrappingAlgorithm, ...); a model shared
with responses (KeyShape, AutoKeyRotationDetails) keeps any value, because the service may add one. Whether a model
is reachable from a response is a fact of the spec, so the copy derives it and marks each component schema that no
response reaches with `x-python-closed-enums: true`; `templates/model.py.jinja` validates the enums of those only.

Secrets: a property marked `x-sensitive: true` in the spec (plaintext data, data keys) is listed on its schema as
`x-python-sensitive`; `templates/model.py.jinja` keeps its value out of the model's `repr()` and `str()` (the value
itself, `to_dict()` and the wire are unchanged).

Request bodies: the optional body of `CreateKeyVersion` is nullable (other generators send `null` for an unset
optional body). For a nullable body the 0.29.1 endpoint template sends `json=body` unless the body is a model, so
an unset body would be sent as the `UNSET` marker. The copy drops `nullable` from request-body schemas: the
Python client leaves an unset body out, as the SDK does, and never needs to send `null`.

Schema order: 0.29.1 builds the component schemas in document order, and a property referring to a schema not
built yet gets a placeholder without its `additionalProperties`, so `templates/property_templates/
model_property.py.jinja` cannot tell a reference to a map-only schema (FreeformTags, DefinedTags) from one to a
model, and writes `value.to_dict()` for a plain dict (the vault schemas, at the start of the document, met
them first). The copy moves the map-only schemas to the front; the spec keeps its own order.
"""

from __future__ import annotations

import sys
from typing import Any

import yaml


def adjust(node: Any) -> Any:
    """``node`` with ``type`` removed wherever it stands beside ``nullable: true`` and ``allOf``."""
    if isinstance(node, dict):
        if node.get("nullable") is True and "allOf" in node:
            node = {key: value for key, value in node.items() if key != "type"}
        return {key: adjust(value) for key, value in node.items()}
    if isinstance(node, list):
        return [adjust(item) for item in node]
    return node


def without_nullable_bodies(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with ``nullable`` removed from the top schema of every JSON request body."""
    for path in document.get("paths", {}).values():
        for operation in path.values():
            body = operation.get("requestBody", {}) if isinstance(operation, dict) else {}
            schema = body.get("content", {}).get("application/json", {}).get("schema")
            if isinstance(schema, dict) and schema.pop("nullable", None) and set(schema) <= {"type", "allOf"} and len(schema.get("allOf", ())) == 1:
                body["content"]["application/json"]["schema"] = schema["allOf"][0]
    return document


def _refs(node: Any) -> set[str]:
    """Names of the component schemas that ``node`` refers to directly."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for item in node:
            found |= _refs(item)
    return found


def mark_request_only(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with ``x-python-closed-enums: true`` on every component schema that no response reaches."""
    schemas = document.get("components", {}).get("schemas", {})
    responses: list[Any] = list(document.get("components", {}).get("responses", {}).values())
    for path in document.get("paths", {}).values():
        for operation in path.values():
            if isinstance(operation, dict):
                responses += list(operation.get("responses", {}).values())
    reached: set[str] = set()
    pending = set().union(*(_refs(response.get("content", {})) for response in responses if isinstance(response, dict)))
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending |= _refs(schemas.get(name, {}))
    for name, schema in schemas.items():
        if name not in reached and isinstance(schema, dict):
            schema["x-python-closed-enums"] = True
    return document


def mark_sensitive(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with ``x-python-sensitive: [wire names]`` on each schema that has ``x-sensitive`` properties."""
    for schema in document.get("components", {}).get("schemas", {}).values():
        properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
        hidden = [name for name, node in properties.items() if isinstance(node, dict) and node.get("x-sensitive")]
        if hidden:
            schema["x-python-sensitive"] = hidden
    return document


def map_schemas_first(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the map-only component schemas (only ``additionalProperties``) first, else unchanged."""
    schemas = document.get("components", {}).get("schemas", {})

    def is_map(schema: Any) -> bool:
        return isinstance(schema, dict) and "additionalProperties" in schema and not schema.get("properties")

    ordered = {name: schema for name, schema in schemas.items() if is_map(schema)}
    ordered.update((name, schema) for name, schema in schemas.items() if name not in ordered)
    if schemas:
        document["components"]["schemas"] = ordered
    return document


if __name__ == "__main__":
    source, target = sys.argv[1:]
    with open(source, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    with open(target, "w", encoding="utf-8") as handle:
        adjusted = map_schemas_first(mark_sensitive(mark_request_only(without_nullable_bodies(adjust(document)))))
        yaml.safe_dump(adjusted, handle, sort_keys=False, allow_unicode=True)
