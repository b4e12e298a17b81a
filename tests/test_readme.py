"""Every Python example of the README runs, in order, against a throw-away API key in ~/.oci/config."""

from __future__ import annotations

import pathlib
import re
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade.signing import fingerprint

README = pathlib.Path(__file__).parents[1] / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text("utf-8"), flags=re.DOTALL)


@pytest.fixture
def oci_home(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    oci = tmp_path / ".oci"
    oci.mkdir()
    key_file = oci / "api_key.pem"
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    (oci / "config").write_text(
        "[DEFAULT]\n"
        "user=ocid1.user.oc1..readme\n"
        "tenancy=ocid1.tenancy.oc1..readme\n"
        f"fingerprint={fingerprint(key.public_key())}\n"
        "key_file=~/.oci/api_key.pem\n"
        "region=us-ashburn-1\n"
    )
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("OCI_CONFIG_FILE", raising=False)
    return tmp_path


def test_the_readme_has_examples_for_each_family() -> None:
    text = "\n".join(python_blocks())
    for needle in (
        "config.from_file",
        "create_key",
        "create_key_version",
        "ServiceError",
        "RetryStrategyBuilder",
        "list_call_get_all_results",
        "wait_until",
        "AsyncKmsManagementClient",
        "wrap_key_material",
        "MockKmsServer",
        "CircuitBreakerStrategy",
        "from oci.key_management.models import",
        "from kms_facade.key_management.models import",
        "InstancePrincipalsSecurityTokenSigner",
        "get_resource_principals_signer",
        "get_oke_workload_identity_resource_principal_signer",
        "write_session_profile",
        "KmsVaultClientCompositeOperations",
        "management_endpoint",
    ):
        assert needle in text, needle


def test_the_migration_example_differs_from_the_sdk_snippet_only_in_the_package_imported() -> None:
    blocks = python_blocks()
    sdk = next(block for block in blocks if block.startswith("from oci "))
    facade = blocks[blocks.index(sdk) + 1]
    assert facade.replace("kms_facade", "oci") == sdk
    imports = [line for line in facade.splitlines() if line.startswith(("from ", "import "))]
    assert all("kms_facade" in line for line in imports)
    assert "kms_facade" not in "\n".join(line for line in facade.splitlines() if line not in imports)


# Variables the README's authentication examples set: restored after the test.
README_ENVIRONMENT = (
    "OCI_METADATA_BASE_URL",
    "OCI_RESOURCE_PRINCIPAL_VERSION",
    "OCI_RESOURCE_PRINCIPAL_RPST",
    "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM",
    "OCI_RESOURCE_PRINCIPAL_REGION",
    "KUBERNETES_SERVICE_HOST",
    "OCI_KUBERNETES_SERVICE_ACCOUNT_CERT_PATH",
)


def test_every_readme_example_runs(
    oci_home: pathlib.Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in README_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    namespace: dict[str, Any] = {"__name__": "readme"}
    for block in python_blocks():
        exec(compile(block, str(README), "exec"), namespace)
    # The pytest example defines a fixture and a test: run them as pytest would.
    fixture = namespace["mock_vault"].__wrapped__()
    namespace["test_key_becomes_enabled"](next(fixture))
    with pytest.raises(StopIteration):
        next(fixture)
    printed = capsys.readouterr().out
    assert "Invalid value for `sort_by`" in printed
    assert "payments" in printed
    # The SDK snippet, then its port (which also lists the SDK's key: same vault, same compartment).
    assert "migrated ENABLED 1\nmigrated ENABLED 2\n" in printed
    assert "us-phoenix-1 ENABLED" in printed
    assert "SecurityTokenSigner ip" in printed
    assert "True 200" in printed
    # The vault section: the regional endpoint from the config's region, then a key in a vault of its own.
    assert "https://kms.us-ashburn-1.oraclecloud.com\n" in printed
    assert "-management 1\n" in printed
