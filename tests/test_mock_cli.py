"""``python -m kms_mock``: argument parsing, the start-up line, the no-trusted-key warning, shutdown."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade import KmsManagementClient
from kms_facade.auth.signers import InstancePrincipalsSecurityTokenSigner
from kms_facade.signing import fingerprint
from kms_mock.__main__ import parse_args
from kms_mock.auth import load_trusted_keys

STARTUP_LINE = re.compile(r"kms_mock serving on (http://127\.0\.0\.1:(\d+))\n")


def write_pem(path, key: rsa.RSAPrivateKey) -> str:
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return str(path)


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def read_line(stream, timeout: float) -> str:
    """The first line of ``stream``, or '' if none comes within ``timeout`` seconds."""
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return found[0] if found else ""


def run_mock(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kms_mock", "--host", "127.0.0.1", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen) -> tuple[int, str]:
    process.terminate()
    try:
        _, stderr = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return process.returncode, stderr


def test_cli_prints_the_endpoint_once_bound_and_serves(tmp_path, rsa_key):
    wrapping = write_pem(tmp_path / "wrapping.pem", rsa_key)
    process = run_mock("--auth", "off", "--wrapping-key", wrapping)
    try:
        line = read_line(process.stdout, 30)
        match = STARTUP_LINE.fullmatch(line)
        assert match, line
        response = httpx.get(f"{match.group(1)}/20180608/wrappingKeys", timeout=5)
        assert response.status_code == 200
        public = rsa_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        assert response.json()["publicKey"] == public.decode()
    finally:
        code, stderr = stop(process)
    assert code == 0, stderr
    assert "GET /20180608/wrappingKeys 200" in stderr  # the request log line
    assert "BEGIN" not in stderr


def test_cli_warns_when_no_key_is_trusted(tmp_path, rsa_key):
    process = run_mock("--wrapping-key", write_pem(tmp_path / "wrapping.pem", rsa_key))
    try:
        match = STARTUP_LINE.fullmatch(read_line(process.stdout, 30))
        assert match
        response = httpx.get(f"{match.group(1)}/20180608/wrappingKeys", timeout=5)
        assert response.status_code == 401
    finally:
        _, stderr = stop(process)
    assert "every request will get 401" in stderr
    for fix in ("--trust-key", "--oci-config", "--auth off"):
        assert fix in stderr


def test_cli_rejects_an_unreadable_wrapping_key(tmp_path):
    process = run_mock("--auth", "off", "--wrapping-key", str(tmp_path / "missing.pem"))
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "cannot start" in stderr


def test_parse_args_maps_flags_to_options(tmp_path, rsa_key):
    pem = write_pem(tmp_path / "api.pem", rsa_key)
    config = tmp_path / "config"
    config.write_text(
        "[DEFAULT]\nuser=ocid1.user.oc1..u\ntenancy=ocid1.tenancy.oc1..t\nregion=us-ashburn-1\n"
        f"[dev]\nfingerprint={fingerprint(rsa_key.public_key())}\nkey_file={pem}\n"
    )
    options, level = parse_args(
        [
            "--port=0",
            "--trust-key",
            pem,
            "--oci-config",
            str(config),
            "--profile",
            "dev",
            "--fault-rate",
            "0.25",
            "--seed",
            "3",
            "--latency-ms",
            "5",
            "--transition-seconds",
            "2",
            "--rate-limit",
            "10",
            "--vault-id",
            "ocid1.vault.oc1..v",
            "--auth",
            "OFF",
            "--log-level",
            "debug",
        ]
    )
    assert (options.port, options.fault_rate, options.seed, options.latency_ms) == (0, 0.25, 3, 5.0)
    assert (options.transition_seconds, options.rate_limit, options.vault_id, options.auth) == (
        2.0,
        10,
        "ocid1.vault.oc1..v",
        False,
    )
    assert level == "DEBUG"
    assert set(load_trusted_keys(options.trust_keys)) == {fingerprint(rsa_key.public_key())}
    defaults, _ = parse_args([])
    assert (defaults.port, defaults.auth, defaults.rate_limit, defaults.wrapping_key) == (8080, True, None, None)


@pytest.mark.parametrize(
    "argv",
    [
        ["--auth", "maybe"],
        ["--fault-rate", "1.5"],
        ["--latency-ms", "-1"],
        ["--rate-limit", "-2"],
        ["--port", "x"],
        ["--log-level", "loud"],
    ],
)
def test_parse_args_rejects_bad_flags(argv, capsys):
    with pytest.raises(SystemExit) as info:
        parse_args(argv)
    assert info.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_parse_args_reports_a_bad_oci_config(tmp_path, capsys):
    config = tmp_path / "config"
    config.write_text("[DEFAULT]\nuser=u\n")
    with pytest.raises(SystemExit):
        parse_args(["--oci-config", str(config), "--profile", "nope"])
    assert "--oci-config" in capsys.readouterr().err


def test_cli_identity_serves_the_double_that_the_instance_principals_signer_uses(tmp_path, rsa_key, monkeypatch):
    process = run_mock("--identity", "--wrapping-key", write_pem(tmp_path / "wrapping.pem", rsa_key))
    try:
        match = STARTUP_LINE.fullmatch(read_line(process.stdout, 30))
        assert match
        endpoint = match.group(1)
        assert httpx.get(f"{endpoint}/opc/v2/instance/region", timeout=5).status_code == 401  # no Bearer Oracle
        monkeypatch.setenv("OCI_METADATA_BASE_URL", f"{endpoint}/opc/v2")
        signer = InstancePrincipalsSecurityTokenSigner(federation_endpoint=f"{endpoint}/v1/x509")
        assert signer.tenancy_id == "ocid1.tenancy.oc1..kmsmockidentity"
        with KmsManagementClient({}, endpoint, signer=signer) as client:
            assert client.list_keys(compartment_id="ocid1.compartment.oc1..cli").status == 200
    finally:
        code, stderr = stop(process)
    assert code == 0, stderr
    assert "POST /v1/x509 200" in stderr
    assert "every request will get 401" not in stderr  # with --identity, ST$ tokens are trusted


def test_cli_help_documents_the_identity_double(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    for needle in ("--identity", "/opc/v2/", "/v1/x509", "OCI_METADATA_BASE_URL", "--token-ttl"):
        assert needle in text, needle
    options, _ = parse_args(["--identity", "--identity-region", "fra", "--token-ttl", "120"])
    assert (options.identity, options.identity_region, options.identity_token_ttl_seconds) == (True, "fra", 120.0)
