"""The canned JSON bodies the benchmark server answers with: one Key and one page of 100 KeySummary."""

from __future__ import annotations

import json
from typing import Any

VAULT_ID = "ocid1.vault.oc1.iad.benchvault.abuwcljrbenchvault"
COMPARTMENT_ID = "ocid1.compartment.oc1..aaaaaaaabenchcompartment"
KEY_ID = "ocid1.key.oc1.iad.benchvault.abuwcljrbenchkey0000"
LIST_SIZE = 100


def key_body() -> dict[str, Any]:
    """A Key as ``GetKey`` returns it: every required field and the usual optional ones."""
    return {
        "id": KEY_ID,
        "compartmentId": COMPARTMENT_ID,
        "currentKeyVersion": "ocid1.keyversion.oc1.iad.benchvault.abuwcljrbenchversion0",
        "displayName": "payments-master-key",
        "keyShape": {"algorithm": "AES", "length": 32},
        "protectionMode": "HSM",
        "lifecycleState": "ENABLED",
        "timeCreated": "2026-01-02T03:04:05.678Z",
        "timeOfDeletion": None,
        "vaultId": VAULT_ID,
        "isPrimary": True,
        "isAutoRotationEnabled": False,
        "freeformTags": {"Department": "Finance"},
        "definedTags": {"Operations": {"CostCenter": "42"}},
    }


def key_summary_body(index: int) -> dict[str, Any]:
    """The ``index``-th KeySummary of the canned page."""
    return {
        "id": f"ocid1.key.oc1.iad.benchvault.abuwcljrbenchkey{index:04d}",
        "compartmentId": COMPARTMENT_ID,
        "displayName": f"bench-key-{index:04d}",
        "lifecycleState": "ENABLED",
        "timeCreated": f"2026-01-02T03:{index % 60:02d}:05.678Z",
        "vaultId": VAULT_ID,
        "protectionMode": "HSM",
        "algorithm": "AES",
        "isAutoRotationEnabled": False,
        "freeformTags": {"Department": "Finance"},
        "definedTags": {"Operations": {"CostCenter": "42"}},
    }


def list_body(size: int = LIST_SIZE) -> list[dict[str, Any]]:
    """A bare JSON array of ``size`` KeySummary, as ``ListKeys`` returns one page."""
    return [key_summary_body(i) for i in range(size)]


def encode(body: object) -> bytes:
    """Compact JSON, as a service sends it."""
    return json.dumps(body, separators=(",", ":")).encode("utf-8")
