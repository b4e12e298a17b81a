"""``make demo``: a vault and a whole key lifecycle in it, through the facade against the embedded mock server.

Starts kms_mock in-process with a throw-away API key, creates a vault with ``KmsVaultClient`` and waits for it
to be ACTIVE, points the management client at the vault's management endpoint, then creates, lists, updates,
rotates, imports, disables/enables, schedules and cancels deletions, and moves a key; on the vault's crypto
endpoint it encrypts, envelope-encrypts a stream, rotates the key and decrypts the old data
(:mod:`demo.crypto_steps`); finally it schedules the vault's deletion (its keys follow), printing one line per
step.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from demo.auth_modes import client_for, server_options
from demo.crypto_steps import run_crypto
from kms_facade import (
    KmsCryptoClient,
    KmsManagementClient,
    KmsManagementClientCompositeOperations,
    KmsVaultClient,
    KmsVaultClientCompositeOperations,
    Response,
)
from kms_facade.pagination import list_call_get_all_results
from kms_facade.signing import fingerprint
from kms_facade.wrapping import wrap_key_material
from kms_mock import MockKmsServer

COMPARTMENT = "ocid1.compartment.oc1..demo"
OTHER_COMPARTMENT = "ocid1.compartment.oc1..demo-archive"
AES_256 = {"algorithm": "AES", "length": 32}


def throwaway_config() -> dict[str, Any]:
    """An OCI config dict holding a freshly generated API key (never written to disk)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    return {
        "user": "ocid1.user.oc1..demo-user",
        "tenancy": "ocid1.tenancy.oc1..demo-tenancy",
        "fingerprint": fingerprint(key.public_key()),
        "key_content": pem,
        "region": "us-ashburn-1",
    }


def _state(data: Any) -> str:
    state = getattr(data, "lifecycle_state", None)
    if state is None:
        return "-"
    return state.value if isinstance(state, Enum) else str(state)


@dataclass
class Steps:
    """Runs and reports the steps: one line each, a summary at the end."""

    out: Callable[[str], None]
    done: int = 0
    started: float = field(default_factory=time.perf_counter)

    def record(self, label: str, response: Response[Any]) -> Response[Any]:
        """Print the step's operation, status, lifecycle state and opc-request-id."""
        self.done += 1
        data = response.data
        state = f"{len(data)} items" if isinstance(data, list) else _state(data)
        self.out(
            f"{self.done:>2}. {label:<44} {response.operation_name:<30} {response.status}  "
            f"{state:<18} opc-request-id={response.request_id}"
        )
        return response

    def record_local(self, label: str, detail: str) -> None:
        """Print a step done locally (envelope encryption around the vault's calls)."""
        self.done += 1
        self.out(f"{self.done:>2}. {label:<44} {'(local)':<30} {detail}")


def run_lifecycle(client: KmsManagementClient, steps: Steps) -> None:
    """The key lifecycle of ``make demo``; raises on the first failure."""
    composite = KmsManagementClientCompositeOperations(client)
    created = composite.create_key_and_wait_for_state(
        {"compartmentId": COMPARTMENT, "displayName": "demo-key", "keyShape": AES_256},
        wait_for_states=["ENABLED"],
    )
    key = steps.record("create an AES-256 key, wait for ENABLED", created).data
    for number in range(4):
        client.create_key({"compartmentId": COMPARTMENT, "displayName": f"demo-extra-{number}", "keyShape": AES_256})
    everything = list_call_get_all_results(client.list_keys, COMPARTMENT, limit=2)
    steps.record(f"list keys in pages of 2 ({len(everything.data)} keys)", everything)
    etag = client.get_key(key.id).headers["etag"]
    steps.record(
        "update its tags (if-match its etag)",
        client.update_key(key.id, {"freeformTags": {"team": "payments", "env": "demo"}}, if_match=etag),
    )
    rotated = steps.record("rotate it (create_key_version)", client.create_key_version(key.id)).data
    wrapping = steps.record("fetch the vault's wrapping key", client.get_wrapping_key()).data
    material = os.urandom(32)
    imported = client.import_key(
        {
            "compartmentId": COMPARTMENT,
            "displayName": "demo-imported",
            "keyShape": AES_256,
            "wrappedImportKey": wrap_key_material(wrapping.public_key, material).to_dict(),
        }
    )
    steps.record("import an AES-256 key (RSA_OAEP_AES_SHA256)", imported)
    new_version = client.import_key_version(
        imported.data.id,
        {"wrappedImportKey": wrap_key_material(wrapping.public_key, os.urandom(32), "RSA_OAEP_SHA256").to_dict()},
    )
    steps.record("import a new version of it (RSA_OAEP_SHA256)", new_version)
    steps.record("disable the key", composite.disable_key_and_wait_for_state(key.id, ["DISABLED"]))
    steps.record("enable it again", composite.enable_key_and_wait_for_state(key.id, ["ENABLED"]))
    old_version = client.list_key_versions(key.id, sort_by="TIMECREATED", sort_order="ASC").data[0]
    assert old_version.id != rotated.id
    steps.record(
        "schedule deletion of the old key version",
        client.schedule_key_version_deletion(key.id, old_version.id, {}),
    )
    steps.record("cancel that key version's deletion", client.cancel_key_version_deletion(key.id, old_version.id))
    steps.record("schedule deletion of the key (30 days)", client.schedule_key_deletion(key.id, {}))
    steps.record("cancel the key's deletion", client.cancel_key_deletion(key.id))
    steps.record(
        "move it to another compartment",
        client.change_key_compartment(key.id, {"compartmentId": OTHER_COMPARTMENT}),
    )
    moved = steps.record("get it back", client.get_key(key.id)).data
    if moved.compartment_id != OTHER_COMPARTMENT or _state(moved) != "ENABLED":
        raise RuntimeError(f"unexpected final key: {moved.compartment_id} {_state(moved)}")


def run_vault_story(vaults: KmsVaultClient, client: KmsManagementClient, crypto: KmsCryptoClient, steps: Steps) -> None:
    """Create a vault, run the key lifecycle on its management endpoint and the crypto steps on its crypto
    endpoint, then schedule the vault's deletion."""
    composite = KmsVaultClientCompositeOperations(vaults)
    created = composite.create_vault_and_wait_for_state(
        {"compartmentId": COMPARTMENT, "displayName": "demo-vault", "vaultType": "VIRTUAL_PRIVATE"},
        wait_for_states=["ACTIVE"],
    )
    vault = steps.record("create a vault, wait for ACTIVE", created).data
    client.base_client.endpoint = vault.management_endpoint  # the vault's own keys from here on
    crypto.base_client.endpoint = vault.crypto_endpoint
    run_lifecycle(client, steps)
    run_crypto(client, crypto, steps, COMPARTMENT)
    key = client.list_keys(OTHER_COMPARTMENT).data[0]
    steps.record(
        "schedule the vault's deletion (30 days)",
        composite.schedule_vault_deletion_and_wait_for_state(vault.id, {}, ["PENDING_DELETION"]),
    )
    following = steps.record("its keys follow it", client.get_key(key.id)).data
    if _state(following) != "PENDING_DELETION":
        raise RuntimeError(f"the vault's key is {_state(following)}, not PENDING_DELETION")


def run(out: Callable[[str], None] = print, auth: str = "api_key", **mock_options: Any) -> int:
    """Start the mock, run the lifecycle, print a summary; 0 on success, 1 on any failure.

    ``auth`` is one of :data:`demo.auth_modes.MODES` (``make demo AUTH=instance_principal``).
    """
    config = throwaway_config()
    steps = Steps(out)
    options = {**server_options(auth), **mock_options}
    with MockKmsServer(trust_keys=[config["key_content"]], **options) as server:
        out(f"kms_mock serving on {server.endpoint} (signature checks on, auth mode {auth})")
        with (
            client_for(auth, server, config, KmsVaultClient) as vaults,
            client_for(auth, server, config, KmsManagementClient) as client,
            client_for(auth, server, config, KmsCryptoClient) as crypto,
        ):
            try:
                run_vault_story(vaults, client, crypto, steps)
            except Exception as error:
                out(f"FAILED after {steps.done} steps: {type(error).__name__}: {error}")
                return 1
    elapsed = time.perf_counter() - steps.started
    out(f"OK: {steps.done} steps of the vault and key lifecycle passed in {elapsed:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(run(auth=sys.argv[1] if len(sys.argv) > 1 else "api_key"))
