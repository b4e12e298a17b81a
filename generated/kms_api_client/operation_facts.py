"""Where each operation's parameters go on the wire: ``{operation: {location: [[python, wire], ...]}}``.

Written by ``generator/operation_facts.py`` from the spec during ``make generate``; do not edit.
"""

from typing import Any

PARAMETERS: dict[str, dict[str, Any]] = {
    "backup_key": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "backup_vault": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "cancel_key_deletion": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "cancel_key_version_deletion": {
        "path": [["key_id", "keyId"], ["key_version_id", "keyVersionId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "cancel_vault_deletion": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "change_key_compartment": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "change_vault_compartment": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "create_key": {
        "path": [],
        "query": [],
        "header": [["opc_request_id", "opc-request-id"], ["opc_retry_token", "opc-retry-token"]],
    },
    "create_key_version": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [["opc_request_id", "opc-request-id"], ["opc_retry_token", "opc-retry-token"]],
    },
    "create_vault": {
        "path": [],
        "query": [],
        "header": [["opc_request_id", "opc-request-id"], ["opc_retry_token", "opc-retry-token"]],
    },
    "create_vault_replica": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "decrypt": {"path": [], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
    "delete_vault_replica": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "disable_key": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "enable_key": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "encrypt": {"path": [], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
    "export_key": {"path": [], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
    "generate_data_encryption_key": {"path": [], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
    "get_key": {"path": [["key_id", "keyId"]], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
    "get_key_version": {
        "path": [["key_id", "keyId"], ["key_version_id", "keyVersionId"]],
        "query": [],
        "header": [["opc_request_id", "opc-request-id"]],
    },
    "get_replication_status": {
        "path": [["replication_id", "replicationId"]],
        "query": [],
        "header": [["opc_request_id", "opc-request-id"]],
    },
    "get_vault": {"path": [["vault_id", "vaultId"]], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
    "get_vault_usage": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [["opc_request_id", "opc-request-id"]],
    },
    "get_wrapping_key": {"path": [], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
    "import_key": {
        "path": [],
        "query": [],
        "header": [["opc_request_id", "opc-request-id"], ["opc_retry_token", "opc-retry-token"]],
    },
    "import_key_version": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [["opc_request_id", "opc-request-id"], ["opc_retry_token", "opc-retry-token"]],
    },
    "list_key_versions": {
        "path": [["key_id", "keyId"]],
        "query": [["limit", "limit"], ["page", "page"], ["sort_by", "sortBy"], ["sort_order", "sortOrder"]],
        "header": [["opc_request_id", "opc-request-id"]],
    },
    "list_keys": {
        "path": [],
        "query": [
            ["compartment_id", "compartmentId"],
            ["limit", "limit"],
            ["page", "page"],
            ["sort_by", "sortBy"],
            ["sort_order", "sortOrder"],
            ["protection_mode", "protectionMode"],
            ["algorithm", "algorithm"],
            ["length", "length"],
            ["curve_id", "curveId"],
        ],
        "header": [["opc_request_id", "opc-request-id"]],
    },
    "list_vault_replicas": {
        "path": [["vault_id", "vaultId"]],
        "query": [["limit", "limit"], ["page", "page"], ["sort_by", "sortBy"], ["sort_order", "sortOrder"]],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "list_vaults": {
        "path": [],
        "query": [
            ["compartment_id", "compartmentId"],
            ["limit", "limit"],
            ["page", "page"],
            ["sort_by", "sortBy"],
            ["sort_order", "sortOrder"],
        ],
        "header": [["opc_request_id", "opc-request-id"]],
    },
    "restore_key_from_file": {
        "path": [],
        "query": [],
        "header": [
            ["content_length", "content-length"],
            ["if_match", "if-match"],
            ["content_md5", "content-md5"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "restore_key_from_object_store": {
        "path": [],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "restore_vault_from_file": {
        "path": [],
        "query": [["compartment_id", "compartmentId"]],
        "header": [
            ["content_length", "content-length"],
            ["if_match", "if-match"],
            ["content_md5", "content-md5"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "restore_vault_from_object_store": {
        "path": [],
        "query": [["compartment_id", "compartmentId"]],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "schedule_key_deletion": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "schedule_key_version_deletion": {
        "path": [["key_id", "keyId"], ["key_version_id", "keyVersionId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "schedule_vault_deletion": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [
            ["if_match", "if-match"],
            ["opc_request_id", "opc-request-id"],
            ["opc_retry_token", "opc-retry-token"],
        ],
    },
    "sign": {"path": [], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
    "update_key": {
        "path": [["key_id", "keyId"]],
        "query": [],
        "header": [["if_match", "if-match"], ["opc_request_id", "opc-request-id"]],
    },
    "update_registered_vault_for_mtls": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [["if_match", "if-match"], ["opc_request_id", "opc-request-id"]],
    },
    "update_vault": {
        "path": [["vault_id", "vaultId"]],
        "query": [],
        "header": [["if_match", "if-match"], ["opc_request_id", "opc-request-id"]],
    },
    "verify": {"path": [], "query": [], "header": [["opc_request_id", "opc-request-id"]]},
}
