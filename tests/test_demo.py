"""`make demo` runs the vault story and the whole key lifecycle in the vault: the same code, with a smaller wrapping
key so the test starts fast."""

from __future__ import annotations

import pytest

from demo.__main__ import run
from demo.auth_modes import MODES
from kms_mock.crypto import WrappingKeyPair


def test_the_demo_runs_the_whole_lifecycle() -> None:
    lines: list[str] = []
    assert run(lines.append, wrapping_key=WrappingKeyPair.generate(2048), vault_wrapping_key_bits=2048) == 0
    steps = [line for line in lines if line[:3].strip().rstrip(".").isdigit()]
    assert len(steps) == 24  # the vault (3), the key lifecycle (15), the crypto endpoint (4 calls, 2 local)
    local = [line for line in steps if " (local) " in line]
    assert len(local) == 2 and "envelope-encrypt" in local[0] and "authenticated" in local[1]
    steps = [line for line in steps if line not in local]
    assert all(" 200 " in line and "opc-request-id=" in line for line in steps)
    assert "create_vault" not in steps[0] and " get_vault " in steps[0] and " ACTIVE " in steps[0]
    assert " get_vault " in steps[-2] and " PENDING_DELETION " in steps[-2]
    assert " get_key " in steps[-1] and " PENDING_DELETION " in steps[-1]
    for operation in (
        "list_keys",
        "update_key",
        "create_key_version",
        "get_wrapping_key",
        "import_key",
        "import_key_version",
        "schedule_key_version_deletion",
        "cancel_key_version_deletion",
        "schedule_key_deletion",
        "cancel_key_deletion",
        "change_key_compartment",
        "encrypt",
        "decrypt",
    ):
        assert any(f" {operation} " in line for line in steps), operation
    assert lines[-1].startswith("OK: 24 steps")


def test_the_demo_reports_a_failure_and_exits_non_zero() -> None:
    lines: list[str] = []
    # With a 100% fault rate every request fails; no retry strategy is configured, so the first step fails.
    assert run(lines.append, wrapping_key=WrappingKeyPair.generate(2048), fault_rate=1.0, seed=1) == 1
    assert lines[-1].startswith("FAILED after 0 steps")


@pytest.mark.parametrize("auth", MODES[1:])
def test_the_demo_runs_in_every_token_auth_mode(auth: str) -> None:
    lines: list[str] = []
    assert (
        run(lines.append, auth=auth, wrapping_key=WrappingKeyPair.generate(2048), vault_wrapping_key_bits=2048) == 0
    ), lines[-1]
    assert f"auth mode {auth}" in lines[0]
    assert lines[-1].startswith("OK: 24 steps")


def test_the_demo_refuses_an_unknown_auth_mode() -> None:
    with pytest.raises(ValueError, match="unknown AUTH mode"):
        run(print, auth="password")
