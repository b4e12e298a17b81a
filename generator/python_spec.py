"""Write the spec as openapi-python-client should read it: SPEC in, the adjusted copy to OUT.

The spec writes a nullable reference the OpenAPI 3.0.3 way, `type` + `nullable: true` + `allOf: [$ref]` (Redocly's
`nullable-type-sibling` rule requires the `type`). openapi-python-client 0.29.1 turns `nullable` into a union with
null in `Schema.handle_nullable` (openapi_python_client/schema/openapi_schema_pydantic/schema.py), which tries
`type` first: with a `type` beside the `allOf`, the null is added to the type list and then lost when the `allOf`
is resolved, so the field could not be `None`. Without the `type` the same function takes its allOf branch
(`oneOf: [null, allOf]`). No upstream issue describes this; the copy drops that `type`.

Request bodies: the optional body of `CreateKeyVersion` is nullable (other generators send `null` for an unset
optional body). For a nullable body the 0.29.1 endpoint template sends `json=body` unless the body is a model, so
an unset body would be sent as the `UNSET` marker. The copy drops `nullable` from request-body schemas: the
Python client leaves an unset body out, as the SDK does, and never needs to send `null`.
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


if __name__ == "__main__":
    source, target = sys.argv[1:]
    with open(source, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    with open(target, "w", encoding="utf-8") as handle:
        yaml.safe_dump(without_nullable_bodies(adjust(document)), handle, sort_keys=False, allow_unicode=True)
