"""The contract: the spec validates, the generated client matches the reference's operation table, the facade
declares exactly the spec's parameters, and every model round-trips and tolerates what the spec doesn't know."""

from __future__ import annotations

import datetime
import importlib
import inspect
import io
import pathlib
import re
from typing import Any

import kms_api_client.models as models
import pytest
import yaml
from kms_api_client.types import File
from openapi_spec_validator import validate

from kms_facade.binding import BoundOperation, declared_operations
from kms_facade.crypto_operations import CryptoOperations
from kms_facade.operations import KmsOperations
from kms_facade.vault_operations import VaultOperations

SPEC_PATH = pathlib.Path(__file__).parents[1] / "spec" / "kms.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text("utf-8"))

# Reference §1.2: operation, method, path, path params, optional headers.
W = ("if-match", "opc-request-id", "opc-retry-token")
C = ("opc-request-id", "opc-retry-token")
R = ("opc-request-id",)
REFERENCE = [
    ("cancel_key_deletion", "POST", "/20180608/keys/{keyId}/actions/cancelDeletion", W),
    (
        "cancel_key_version_deletion",
        "POST",
        "/20180608/keys/{keyId}/keyVersions/{keyVersionId}/actions/cancelDeletion",
        W,
    ),
    ("change_key_compartment", "POST", "/20180608/keys/{keyId}/actions/changeCompartment", W),
    ("create_key", "POST", "/20180608/keys", C),
    ("create_key_version", "POST", "/20180608/keys/{keyId}/keyVersions", C),
    ("disable_key", "POST", "/20180608/keys/{keyId}/actions/disable", W),
    ("enable_key", "POST", "/20180608/keys/{keyId}/actions/enable", W),
    ("get_key", "GET", "/20180608/keys/{keyId}", R),
    ("get_key_version", "GET", "/20180608/keys/{keyId}/keyVersions/{keyVersionId}", R),
    ("get_wrapping_key", "GET", "/20180608/wrappingKeys", R),
    ("import_key", "POST", "/20180608/keys/import", C),
    ("import_key_version", "POST", "/20180608/keys/{keyId}/keyVersions/import", C),
    ("list_key_versions", "GET", "/20180608/keys/{keyId}/keyVersions", R),
    ("list_keys", "GET", "/20180608/keys", R),
    ("schedule_key_deletion", "POST", "/20180608/keys/{keyId}/actions/scheduleDeletion", W),
    (
        "schedule_key_version_deletion",
        "POST",
        "/20180608/keys/{keyId}/keyVersions/{keyVersionId}/actions/scheduleDeletion",
        W,
    ),
    ("update_key", "PUT", "/20180608/keys/{keyId}", ("if-match", "opc-request-id")),
    # Reference §1.4 (and the SDK's kwargs): the four newer operations.
    ("backup_key", "POST", "/20180608/keys/{keyId}/actions/backup", W),
    (
        "restore_key_from_file",
        "POST",
        "/20180608/keys/actions/restoreFromFile",
        ("content-length", "content-md5", *W),
    ),
    ("restore_key_from_object_store", "POST", "/20180608/keys/actions/restoreFromObjectStore", W),
    ("get_replication_status", "GET", "/20180608/replicaOperations/{replicationId}/status", R),
]
# The crypto endpoint (vault reference §4.2): six POSTs with a required body and opc-request-id only.
CRYPTO_REFERENCE = [
    (name, "POST", f"/20180608/{verb}", R)
    for name, verb in (
        ("decrypt", "decrypt"),
        ("encrypt", "encrypt"),
        ("export_key", "exportKey"),
        ("generate_data_encryption_key", "generateDataEncryptionKey"),
        ("sign", "sign"),
        ("verify", "verify"),
    )
]
CRYPTO_NAMES = sorted(r[0] for r in CRYPTO_REFERENCE)
# The vault API (reference of the vault and crypto APIs, §1.2).
VAULT_REFERENCE = [
    ("backup_vault", "POST", "/20180608/vaults/{vaultId}/actions/backup", W),
    ("cancel_vault_deletion", "POST", "/20180608/vaults/{vaultId}/actions/cancelDeletion", W),
    ("change_vault_compartment", "POST", "/20180608/vaults/{vaultId}/actions/changeCompartment", W),
    ("create_vault", "POST", "/20180608/vaults", C),
    ("create_vault_replica", "POST", "/20180608/vaults/{vaultId}/actions/createReplica", W),
    ("delete_vault_replica", "POST", "/20180608/vaults/{vaultId}/actions/deleteReplica", W),
    ("get_vault", "GET", "/20180608/vaults/{vaultId}", R),
    ("get_vault_usage", "GET", "/20180608/vaults/{vaultId}/usage", R),
    ("list_vault_replicas", "GET", "/20180608/vaults/{vaultId}/actions/listReplicas", W),  # a GET, with W's headers
    ("list_vaults", "GET", "/20180608/vaults", R),
    (
        "restore_vault_from_file",
        "POST",
        "/20180608/vaults/actions/restoreFromFile",
        ("content-length", "content-md5", *W),
    ),
    ("restore_vault_from_object_store", "POST", "/20180608/vaults/actions/restoreFromObjectStore", W),
    ("schedule_vault_deletion", "POST", "/20180608/vaults/{vaultId}/actions/scheduleDeletion", W),
    (
        "update_registered_vault_for_mtls",
        "PUT",
        "/20180608/vaults/{vaultId}/updateRegisteredVaultForMtls",
        ("if-match", "opc-request-id"),
    ),
    ("update_vault", "PUT", "/20180608/vaults/{vaultId}", ("if-match", "opc-request-id")),
]
API_OF = {r[0]: "kms_management" for r in REFERENCE} | {r[0]: "kms_vault" for r in VAULT_REFERENCE}
OPERATIONS_CLASS = {r[0]: KmsOperations for r in REFERENCE} | {r[0]: VaultOperations for r in VAULT_REFERENCE}
OPERATION_NAMES = sorted(API_OF)
TAGGED = (
    [("kms_management", *r) for r in REFERENCE]
    + [("kms_crypto", *r) for r in CRYPTO_REFERENCE]
    + [("kms_vault", *r) for r in VAULT_REFERENCE]
)
QUERY = {
    "list_keys": [
        "compartmentId",
        "limit",
        "page",
        "sortBy",
        "sortOrder",
        "protectionMode",
        "algorithm",
        "length",
        "curveId",
    ],
    "list_key_versions": ["limit", "page", "sortBy", "sortOrder"],
    "list_vaults": ["compartmentId", "limit", "page", "sortBy", "sortOrder"],
    "list_vault_replicas": ["limit", "page", "sortBy", "sortOrder"],
    "restore_vault_from_file": ["compartmentId"],
    "restore_vault_from_object_store": ["compartmentId"],
}


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name.replace("-", "_")).lower()


def spec_operation(name: str) -> tuple[str, str, dict[str, Any]]:
    operation_id = "".join(part.title() for part in name.split("_"))
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                # Path-level parameters apply to every operation of the path.
                merged = dict(operation, parameters=item.get("parameters", []) + operation.get("parameters", []))
                return method.upper(), path, merged
    raise AssertionError(f"{operation_id} is not in the spec")


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def parameters(operation: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(p) for p in operation.get("parameters", [])]


def test_the_spec_is_a_valid_openapi_3_0_document() -> None:
    validate(SPEC)
    assert SPEC["openapi"] == "3.0.3"
    operation_ids = [
        op["operationId"] for item in SPEC["paths"].values() for op in item.values() if isinstance(op, dict)
    ]
    assert len(operation_ids) == 42 == len(set(operation_ids))  # 21 key, 6 crypto and 15 vault operations
    tags = {op["operationId"]: op["tags"] for item in SPEC["paths"].values() for op in item.values() if "tags" in op}
    crypto = {"".join(part.title() for part in name.split("_")) for name in CRYPTO_NAMES}
    vault = {"".join(part.title() for part in r[0].split("_")) for r in VAULT_REFERENCE}
    assert {op for op, tag in tags.items() if tag == ["KmsCrypto"]} == crypto
    assert {op for op, tag in tags.items() if tag == ["KmsVault"]} == vault
    assert {op for op, tag in tags.items() if tag == ["KmsManagement"]} == set(operation_ids) - crypto - vault
    crypto_endpoint = "https://{vaultPrefix}-crypto.kms.{region}.oraclecloud.com"
    for path, item in SPEC["paths"].items():
        servers = [server["url"] for server in item.get("servers", [])]
        assert (crypto_endpoint in servers) == (
            path.rsplit("/", 1)[1] in {r[2].rsplit("/", 1)[1] for r in CRYPTO_REFERENCE}
        )


@pytest.mark.parametrize(("tag", "name", "method", "path", "headers"), TAGGED, ids=[r[1] for r in TAGGED])
def test_spec_and_generated_client_match_the_reference(
    tag: str, name: str, method: str, path: str, headers: tuple[str, ...]
) -> None:
    spec_method, spec_path, operation = spec_operation(name)
    assert (spec_method, spec_path) == (method, path)
    params = parameters(operation)
    path_params = re.findall(r"{(\w+)}", path)
    assert [p["name"] for p in params if p["in"] == "path"] == path_params
    assert sorted(p["name"] for p in params if p["in"] == "header") == sorted(headers)
    assert [p["name"] for p in params if p["in"] == "query"] == QUERY.get(name, [])

    module = importlib.import_module(f"kms_api_client.api.{tag}.{name}")
    generated = inspect.signature(module.sync_detailed).parameters
    expected = {snake(p) for p in path_params} | {snake(h) for h in headers} | {snake(q) for q in QUERY.get(name, [])}
    expected |= {"client"} | ({"body"} if "requestBody" in operation else set())
    assert set(generated) == expected
    values = {snake(p): f"id-{p}" for p in path_params} | {snake(h): "v" for h in headers}
    if "compartmentId" in QUERY.get(name, []):
        values["compartment_id"] = "c"
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        media = content["application/json"]
        schema = media["schema"]
        reference = schema["$ref"] if "$ref" in schema else schema["allOf"][0]["$ref"]  # nullable: allOf [$ref]
        model = getattr(models, reference.rsplit("/", 1)[-1])
        example = media["example"] if "example" in media else next(iter(media["examples"].values()))["value"]
        values["body"] = model.from_dict(example)
    elif content:
        assert list(content) == ["application/octet-stream"]
        values["body"] = File(payload=io.BytesIO(b"backup bytes"))
    kwargs = module._get_kwargs(**values)
    if "application/json" in content:
        assert kwargs["json"] == values["body"].to_dict()
        assert kwargs["headers"]["Content-Type"] == "application/json"
    elif content:
        assert kwargs["content"].read() == b"backup bytes"
        assert kwargs["headers"]["Content-Type"] == "application/octet-stream"
    assert kwargs["method"].upper() == method
    url = path
    for parameter in path_params:
        url = url.replace(f"{{{parameter}}}", f"id-{parameter}")
    assert kwargs["url"] == url
    sent_headers = {h for h in kwargs["headers"] if h != "Content-Type"}
    assert sent_headers == set(headers)


def test_the_facade_declares_every_operation_of_the_spec_once() -> None:
    declared = sorted([*declared_operations(KmsOperations), *declared_operations(VaultOperations)])
    assert declared == OPERATION_NAMES
    assert sorted(declared_operations(CryptoOperations)) == CRYPTO_NAMES
    assert {bound.api_tag for bound in declared_operations(VaultOperations).values()} == {"kms_vault"}


@pytest.mark.parametrize(
    ("operations", "name"),
    [(OPERATIONS_CLASS[name], name) for name in OPERATION_NAMES] + [(CryptoOperations, name) for name in CRYPTO_NAMES],
)
def test_each_operation_is_derived_from_the_spec(operations: type[Any], name: str) -> None:
    """What the facade derives (on first call) is what the spec says; a signature that does not fit fails."""
    _, _, operation = spec_operation(name)
    bound = vars(operations)[name]
    assert isinstance(bound, BoundOperation)
    spec = bound.spec  # derive_operation raises TypeError when the declaration does not fit the spec
    params = parameters(operation)
    assert spec.path_params == tuple((snake(p["name"]), p["name"]) for p in params if p["in"] == "path")
    assert spec.headers == {snake(p["name"]) for p in params if p["in"] == "header"}
    assert spec.query_params == {snake(p["name"]) for p in params if p["in"] == "query"}
    if spec.body is not None:
        assert spec.body.required == operation["requestBody"].get("required", False)
        assert spec.body.binary == ("application/octet-stream" in operation["requestBody"]["content"])
    else:
        assert "requestBody" not in operation
    declared = set(bound.signature.parameters) - {"retry_strategy"}
    # The engine sends opc-request-id on every call; the SDK's export_key offers no kwarg for it.
    headers = spec.headers - {"opc_request_id"} if name == "export_key" else spec.headers
    assert declared == headers | spec.query_params | {p for p, _ in spec.path_params} | (
        {spec.body.name} if spec.body else set()
    )
    assert spec.auto_retry_token == ("opc_retry_token" in declared)


def test_a_declaration_that_does_not_fit_the_spec_is_refused() -> None:
    def get_key(self: Any, key_id: str, *, opc_request_id: str | None = None, color: str | None = None) -> Any: ...

    with pytest.raises(TypeError, match=r"extra \['color'\]"):
        _ = BoundOperation(get_key).spec

    def update_key(self: Any, key_id: str, update_key_details: Any = None, *, if_match: str | None = None) -> Any: ...

    with pytest.raises(TypeError, match="required in the spec"):
        _ = BoundOperation(update_key).spec

    def get_key_version(self: Any, key_version_id: str, key_id: str, *, opc_request_id: str | None = None) -> Any: ...

    with pytest.raises(TypeError, match="must come first, in the spec's order"):
        _ = BoundOperation(get_key_version).spec


def model_examples() -> list[tuple[str, Any]]:
    schemas = SPEC["components"]["schemas"]
    return [(name, schema["example"]) for name, schema in schemas.items() if "example" in schema]


@pytest.mark.parametrize(("name", "example"), model_examples(), ids=[n for n, _ in model_examples()])
def test_every_model_round_trips(name: str, example: Any) -> None:
    model = getattr(models, name)
    parsed = model.from_dict(example)
    assert model.from_dict(parsed.to_dict()) == parsed
    again = parsed.to_dict()
    for key in example if isinstance(example, dict) else ():
        assert key in again


def test_every_object_schema_has_an_example_and_every_property_a_description() -> None:
    for name, schema in SPEC["components"]["schemas"].items():
        assert schema.get("description"), name
        if schema.get("type") == "object" and "properties" in schema:
            assert "example" in schema, name
            for prop, definition in schema["properties"].items():
                assert definition.get("description"), f"{name}.{prop}"


def test_unknown_fields_enum_values_and_nulls_parse() -> None:
    key = models.Key.from_dict(
        {
            "compartmentId": "c",
            "currentKeyVersion": "v",
            "displayName": "k",
            "id": "k1",
            "keyShape": {"algorithm": "QUANTUM", "length": 32, "curveId": None, "futureField": 1},
            "lifecycleState": "HIBERNATING",
            "protectionMode": "CLOUD_HSM",
            "timeCreated": "2026-01-01T00:00:00.000Z",
            "vaultId": "vault",
            "timeOfDeletion": None,
            "replicaDetails": None,
            "freeformTags": None,
            "autoKeyRotationDetails": {"lastRotationStatus": "PAUSED"},
            "somethingNew": {"nested": True},
        }
    )
    assert key.lifecycle_state == "HIBERNATING"
    assert key.key_shape.algorithm == "QUANTUM"
    assert key.protection_mode == "CLOUD_HSM"
    assert key.time_of_deletion is None
    assert key.additional_properties == {"somethingNew": {"nested": True}}
    assert key.to_dict()["somethingNew"] == {"nested": True}
    summary = models.KeyVersionSummary.from_dict(
        {
            "compartmentId": "c",
            "id": "v",
            "keyId": "k",
            "origin": "QUANTUM_SOURCE",
            "lifecycleState": "ARCHIVED",
            "timeCreated": "2026-01-01T00:00:00Z",
            "vaultId": "vault",
        }
    )
    assert summary.lifecycle_state == "ARCHIVED"


def test_tag_maps_are_plain_dicts() -> None:
    key = models.Key.from_dict(
        {
            "compartmentId": "c",
            "currentKeyVersion": "v",
            "displayName": "k",
            "id": "k1",
            "keyShape": {"algorithm": "AES", "length": 32},
            "lifecycleState": "ENABLED",
            "timeCreated": "2026-01-01T00:00:00Z",
            "vaultId": "vault",
            "freeformTags": {"team": "blue"},
            "definedTags": {"Operations": {"CostCenter": "42"}},
        }
    )
    assert key.freeform_tags == {"team": "blue"}
    assert isinstance(key.freeform_tags, dict)
    assert dict(key.defined_tags)["Operations"] == {"CostCenter": "42"}
    details = models.UpdateKeyDetails(freeform_tags={"a": "b"}, defined_tags={"ns": {"k": 1}})
    assert details.to_dict() == {"freeformTags": {"a": "b"}, "definedTags": {"ns": {"k": 1}}}


KEY_SUMMARY = {
    "id": "k1",
    "compartmentId": "c",
    "displayName": "k",
    "lifecycleState": "ENABLED",
    "timeCreated": "2026-01-01T00:00:00Z",
    "vaultId": "vault",
}


@pytest.mark.parametrize(
    ("field", "attribute", "value", "expected"),
    [
        ("lifecycleState", "lifecycle_state", "ENABLED", models.KeyLifecycleState.ENABLED),
        ("lifecycleState", "lifecycle_state", "HIBERNATING", models.KeyLifecycleState.from_value("HIBERNATING")),
        ("protectionMode", "protection_mode", "HSM", models.ProtectionMode.HSM),
        ("protectionMode", "protection_mode", "CLOUD_HSM", models.ProtectionMode.from_value("CLOUD_HSM")),
        ("protectionMode", "protection_mode", 7, 7),
        ("protectionMode", "protection_mode", None, None),
        ("algorithm", "algorithm", ["AES"], ["AES"]),
        ("freeformTags", "freeform_tags", {"team": "blue"}, models.FreeformTags({"team": "blue"})),
        ("freeformTags", "freeform_tags", "not-a-map", "not-a-map"),
        ("externalKeyReferenceDetails", "external_key_reference_details", {"unexpected": 1}, {"unexpected": 1}),
        ("isAutoRotationEnabled", "is_auto_rotation_enabled", None, None),
    ],
)
def test_union_fields_parse_to_their_type_or_pass_through_unchanged(
    field: str, attribute: str, value: Any, expected: Any
) -> None:
    summary = models.KeySummary.from_dict({**KEY_SUMMARY, field: value})
    parsed = getattr(summary, attribute)
    assert parsed == expected
    assert type(parsed) is type(expected)
    assert field not in summary.additional_properties


def test_open_enums_keep_unknown_values_and_requests_still_reject_them() -> None:
    unknown = models.KeyLifecycleState.from_value("HIBERNATING")
    assert isinstance(unknown, models.KeyLifecycleState)
    assert unknown == "HIBERNATING" and unknown.value == "HIBERNATING" and str(unknown) == "HIBERNATING"
    assert unknown not in list(models.KeyLifecycleState)
    assert models.KeyLifecycleState.from_value("ENABLED") is models.KeyLifecycleState.ENABLED
    with pytest.raises(ValueError, match="not a string"):
        models.KeySummary.from_dict({**KEY_SUMMARY, "lifecycleState": 7})
    with pytest.raises(ValueError):
        models.KeyLifecycleState("HIBERNATING")  # calling the class stays strict (the facade's query checks)


def test_every_enum_has_unique_constant_names_for_generators_with_one_namespace() -> None:
    names: list[str] = []
    for name, schema in SPEC["components"]["schemas"].items():
        if "enum" in schema:
            varnames = schema["x-enum-varnames"]
            assert len(varnames) == len(schema["enum"]), name
            assert all(v.startswith(snake(name).upper() + "_") for v in varnames), name
            names += varnames
    assert len(names) == len(set(names))


def test_optional_fields_that_are_absent_read_as_none_and_dates_that_do_not_parse_pass_through() -> None:
    summary = models.KeySummary.from_dict(KEY_SUMMARY)
    assert summary.protection_mode is None and summary.freeform_tags is None
    assert summary.to_dict() == KEY_SUMMARY  # what was received, and nothing for the absent fields
    key_version = models.KeyVersion.from_dict(
        {
            "id": "v",
            "keyId": "k",
            "compartmentId": "c",
            "vaultId": "vault",
            "timeCreated": "2026-01-01T00:00:00Z",
            "timeOfDeletion": "next tuesday",
        }
    )
    assert key_version.time_of_deletion == "next tuesday"
    key_version = models.KeyVersion.from_dict({**key_version.to_dict(), "timeOfDeletion": "2026-02-01T00:00:00Z"})
    assert key_version.time_of_deletion == datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC)


# Reference §2.1-2.4 and §2.7: the fields marked [Required] of each response model.
REQUIRED_BY_REFERENCE = {
    "Key": {
        "compartmentId",
        "currentKeyVersion",
        "displayName",
        "id",
        "keyShape",
        "lifecycleState",
        "timeCreated",
        "vaultId",
    },
    "KeySummary": {"compartmentId", "displayName", "id", "lifecycleState", "timeCreated", "vaultId"},
    "KeyVersion": {"compartmentId", "id", "keyId", "timeCreated", "vaultId"},
    "KeyVersionSummary": {"compartmentId", "id", "keyId", "origin", "timeCreated", "vaultId"},
    "WrappingKey": {"compartmentId", "id", "lifecycleState", "publicKey", "timeCreated", "vaultId"},
    # Vault reference §4.3, the crypto endpoint's answers.
    "EncryptedData": {"ciphertext"},
    "DecryptedData": {"plaintext", "plaintextChecksum"},
    "GeneratedKey": {"ciphertext"},
    "SignedData": {"keyId", "keyVersionId", "signature", "signingAlgorithm"},
    "VerifiedData": {"isSignatureValid"},
    "ExportedKeyData": {"keyVersionId", "keyId", "timeCreated", "vaultId", "encryptedKey", "algorithm"},
}


@pytest.mark.parametrize("name", sorted(REQUIRED_BY_REFERENCE))
def test_response_models_require_what_the_reference_requires_and_let_everything_else_be_null(name: str) -> None:
    schema = SPEC["components"]["schemas"][name]
    assert set(schema["required"]) == REQUIRED_BY_REFERENCE[name]
    for prop, definition in schema["properties"].items():
        if prop in REQUIRED_BY_REFERENCE[name]:
            assert not definition.get("nullable"), f"{name}.{prop}"
        else:
            assert definition.get("nullable") is True, f"{name}.{prop}"
            assert "type" in definition, f"{name}.{prop}: nullable needs a type beside it (OpenAPI 3.0.3)"


def test_no_inline_enum_or_object_is_left_for_a_generator_to_name() -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if where.count("/") != 1:  # below a component: only references, scalars and maps
                assert "enum" not in node, where
                assert not (node.get("type") == "object" and "properties" in node), where
                assert "anyOf" not in node and "oneOf" not in node, where
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}/{index}")

    for name, schema in SPEC["components"]["schemas"].items():
        for key, value in schema.items():
            walk(value, f"{name}/{key}")
