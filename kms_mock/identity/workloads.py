"""What a workload finds on disk or in its environment, made by the double: a session profile as
``oci session authenticate`` writes it, and the resource-principal 2.2 environment a function gets."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade.signing import fingerprint
from kms_mock.identity.service import IdentityService

__all__ = ["resource_principal_environment", "write_session_profile"]


def _new_key() -> tuple[rsa.RSAPrivateKey, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return key, pem.decode("ascii")


def _write_private(path: Path, text: str) -> None:
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="ascii") as handle:
        handle.write(text)


def write_session_profile(service: IdentityService, directory: str | os.PathLike[str], profile: str = "DEFAULT") -> str:
    """Write ``config`` and ``sessions/<profile>/{oci_api_key.pem,token}`` under ``directory``; the config path.

    The profile has ``security_token_file`` and ``key_file`` and no ``user``, like the CLI's (files 0600).
    """
    key, pem = _new_key()
    session = Path(directory) / "sessions" / profile
    session.mkdir(parents=True, exist_ok=True)
    _write_private(session / "oci_api_key.pem", pem)
    _write_private(session / "token", service.issue_session_token(key.public_key()))
    config = Path(directory) / "config"
    config.write_text(
        f"[{profile}]\n"
        f"fingerprint={fingerprint(key.public_key())}\n"
        f"key_file={session / 'oci_api_key.pem'}\n"
        f"tenancy={service.tenancy_id}\n"
        f"region={service.region}\n"
        f"security_token_file={session / 'token'}\n",
        encoding="utf-8",
    )
    return str(config)


def resource_principal_environment(service: IdentityService, resource_id: str) -> dict[str, str]:
    """``OCI_RESOURCE_PRINCIPAL_*`` for version 2.2: an RPST issued for a new session key, and that key."""
    key, pem = _new_key()
    return {
        "OCI_RESOURCE_PRINCIPAL_VERSION": "2.2",
        "OCI_RESOURCE_PRINCIPAL_RPST": service.issue_resource_principal_session_token(key.public_key(), resource_id),
        "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM": pem,
        "OCI_RESOURCE_PRINCIPAL_REGION": service.region,
    }
