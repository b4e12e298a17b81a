"""Session key pairs and the PEM-to-wire form of keys and certificates (reference §1.3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
    from cryptography.x509 import Certificate

__all__ = [
    "certificate_text",
    "new_session_key",
    "public_key_text",
    "sanitize_pem",
    "sha1_fingerprint",
    "tenancy_from_certificate",
]

SESSION_KEY_BITS = 2048


def new_session_key() -> RSAPrivateKey:
    """A fresh RSA-2048 session key (public exponent 65537)."""
    from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: PLC0415

    return rsa.generate_private_key(public_exponent=65537, key_size=SESSION_KEY_BITS)


def sanitize_pem(pem: str) -> str:
    """A PEM's base64 body alone: the ``-----BEGIN/END ...-----`` lines and every line break removed."""
    return "".join(line for line in pem.strip().splitlines() if not line.startswith("-----")).strip()


def public_key_text(key: RSAPublicKey) -> str:
    """A public key as sent on the wire: bare base64 of its DER SubjectPublicKeyInfo."""
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415

    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return sanitize_pem(pem.decode("ascii"))


def certificate_text(certificate: Certificate) -> str:
    """A certificate as sent on the wire: bare base64 of its DER."""
    from cryptography.hazmat.primitives import serialization  # noqa: PLC0415

    return sanitize_pem(certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"))


def sha1_fingerprint(certificate: Certificate) -> str:
    """SHA-1 of the certificate's DER as upper-case hex pairs joined by ':' (the fed-x509 key id)."""
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415

    return certificate.fingerprint(hashes.SHA1()).hex(":").upper()  # noqa: S303 - the protocol's fingerprint


def tenancy_from_certificate(certificate: Certificate) -> str:
    """The tenancy OCID in the subject: the first ``opc-tenant:`` value, else the first ``opc-identity:``."""
    values = [str(attribute.value) for attribute in certificate.subject]
    for prefix in ("opc-tenant:", "opc-identity:"):
        for value in values:
            if value.startswith(prefix):
                return value[len(prefix) :]
    raise ValueError("the certificate does not contain a tenancy OCID (no opc-tenant: subject attribute)")
