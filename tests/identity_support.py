"""Shared by the token-signer tests: a settable clock, and the key lifecycle every signer must run."""

from __future__ import annotations

import time
from typing import Any

from support import private_pem

from kms_facade import AsyncKmsManagementClient, KmsManagementClient

COMPARTMENT = "ocid1.compartment.oc1..identity"


class FakeClock:
    """Epoch seconds that only move when a test says so (shared by the mock and the signers)."""

    def __init__(self) -> None:
        self.now = float(int(time.time()))

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _details(name: str) -> dict[str, Any]:
    return {"compartmentId": COMPARTMENT, "displayName": name, "keyShape": {"algorithm": "AES", "length": 32}}


def run_lifecycle(client: KmsManagementClient, name: str) -> list[str]:
    """Create, read, version, disable, enable, schedule and cancel deletion; the states seen."""
    key = client.create_key(_details(name)).data
    states = [str(client.get_key(key.id).data.lifecycle_state)]
    client.create_key_version(key.id)
    states.append(str(client.disable_key(key.id).data.lifecycle_state))
    states.append(str(client.enable_key(key.id).data.lifecycle_state))
    states.append(str(client.schedule_key_deletion(key.id, {}).data.lifecycle_state))
    states.append(str(client.cancel_key_deletion(key.id).data.lifecycle_state))
    assert len(client.list_key_versions(key.id).data) == 2
    return states


async def run_lifecycle_async(client: AsyncKmsManagementClient, name: str) -> list[str]:
    """:func:`run_lifecycle` on the asyncio client."""
    key = (await client.create_key(_details(name))).data
    states = [str((await client.get_key(key.id)).data.lifecycle_state)]
    await client.create_key_version(key.id)
    states.append(str((await client.disable_key(key.id)).data.lifecycle_state))
    states.append(str((await client.enable_key(key.id)).data.lifecycle_state))
    states.append(str((await client.schedule_key_deletion(key.id, {})).data.lifecycle_state))
    states.append(str((await client.cancel_key_deletion(key.id)).data.lifecycle_state))
    assert len((await client.list_key_versions(key.id)).data) == 2
    return states


EXPECTED_STATES = ["ENABLED", "DISABLED", "ENABLED", "PENDING_DELETION", "ENABLED"]


def nested_environment(identity: Any, key: Any, endpoint: str) -> dict[str, str]:
    """``OCI_RESOURCE_PRINCIPAL_*`` for version 3.0: a 2.2 leaf (an RPST for ``key``), the parent at ``endpoint``."""
    leaf = identity.issue_resource_principal_session_token(key.public_key(), "ocid1.fnfunc.oc1..leaf")
    values = {
        "VERSION": "3.0",
        "VERSION_FOR_LEAF_RESOURCE": "2.2",
        "RPST_FOR_LEAF_RESOURCE": leaf,
        "PRIVATE_PEM_FOR_LEAF_RESOURCE": private_pem(key),
        "REGION_FOR_LEAF_RESOURCE": "phx",
        "RPT_URL_FOR_PARENT_RESOURCE": endpoint,
        "RPST_ENDPOINT_FOR_PARENT_RESOURCE": endpoint,
    }
    return {"OCI_RESOURCE_PRINCIPAL_" + name: value for name, value in values.items()}
