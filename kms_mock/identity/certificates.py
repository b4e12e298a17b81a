"""The double's X.509 fixtures: a root CA, an intermediate, and instance leaf certificates (reference §9.1)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from kms_facade.auth.keys import certificate_text, sha1_fingerprint

__all__ = ["CertificateAuthority", "LeafIdentity"]

_VALIDITY = datetime.timedelta(days=365)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


@dataclass(frozen=True)
class LeafIdentity:
    """An instance's identity: its leaf certificate and key, as the metadata service hands them out."""

    tenancy_id: str
    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey

    @property
    def certificate_pem(self) -> str:
        return _pem(self.certificate)

    @property
    def private_key_pem(self) -> str:
        return self.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode("ascii")

    @property
    def sha1_fingerprint(self) -> str:
        return sha1_fingerprint(self.certificate)

    @property
    def sha256_fingerprint(self) -> str:
        return self.certificate.fingerprint(hashes.SHA256()).hex(":")

    @property
    def wire_text(self) -> str:
        return certificate_text(self.certificate)

    def __repr__(self) -> str:
        return f"LeafIdentity(tenancy_id={self.tenancy_id!r}, sha1={self.sha1_fingerprint})"


class CertificateAuthority:
    """A root and an intermediate CA; issues leaf certificates with ``OU=opc-tenant:<tenancy>``."""

    def __init__(self, now: float) -> None:
        self._not_before = datetime.datetime.fromtimestamp(now, datetime.UTC) - datetime.timedelta(days=1)
        self._root_key = _key()
        root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kms_mock identity root CA")])
        self.root = self._sign(root_name, root_name, self._root_key.public_key(), self._root_key, ca=True)
        self._intermediate_key = _key()
        intermediate_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kms_mock identity intermediate CA")])
        self.intermediate = self._sign(
            intermediate_name, root_name, self._intermediate_key.public_key(), self._root_key, ca=True
        )

    @property
    def intermediate_pem(self) -> str:
        return _pem(self.intermediate)

    def issue_leaf(self, tenancy_id: str, instance_id: str) -> LeafIdentity:
        """A new leaf key and certificate for an instance of ``tenancy_id``."""
        key = _key()
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, instance_id),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "opc-certtype:instance"),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"opc-instance:{instance_id}"),
                x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"opc-tenant:{tenancy_id}"),
            ]
        )
        certificate = self._sign(subject, self.intermediate.subject, key.public_key(), self._intermediate_key, ca=False)
        return LeafIdentity(tenancy_id, certificate, key)

    def issue_server_certificate(self, address: str = "127.0.0.1") -> tuple[str, str]:
        """A TLS server certificate for ``address`` (SAN IP) signed by the intermediate: (chain PEM, key PEM)."""
        import ipaddress  # noqa: PLC0415

        key = _key()
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, address)])
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.intermediate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(self._not_before)
            .not_valid_after(self._not_before + _VALIDITY)
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(address))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        )
        certificate = builder.sign(self._intermediate_key, hashes.SHA256())
        key_pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode("ascii")
        return _pem(certificate) + self.intermediate_pem, key_pem

    @property
    def root_pem(self) -> str:
        return _pem(self.root)

    def _sign(
        self,
        subject: x509.Name,
        issuer: x509.Name,
        public_key: rsa.RSAPublicKey,
        signing_key: rsa.RSAPrivateKey,
        *,
        ca: bool,
    ) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(self._not_before)
            .not_valid_after(self._not_before + _VALIDITY)
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        return builder.sign(signing_key, hashes.SHA256())
