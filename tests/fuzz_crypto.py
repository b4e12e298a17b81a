"""Steering the crypto operations' schema-valid fuzz cases to success (a part of ``SuccessPaths``).

A crypto request names its key in the body, so random data answers 404; a random ``plaintext`` is rarely
base64, a random ``ciphertext`` never authenticates, and a random algorithm rarely fits the key. For each
positive case of the six operations, :class:`CryptoStaging` puts in a key of the mock that fits (an AES
SOFTWARE key, or an RSA key), the algorithm that fits it, base64 that decodes within the limits, a ciphertext
the mock made with the case's own ``associatedData``, and a real RSA public key to export to. Everything else
the fuzzer generated is kept.
"""

from __future__ import annotations

import base64
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kms_mock import MockKmsServer
from kms_mock.ciphertext import seal
from kms_mock.crypto import WrappingKeyPair
from kms_mock.state import KeyShape, NewKey

__all__ = ["CRYPTO_OPERATIONS", "CryptoStaging", "crypto_staging"]

CRYPTO_OPERATIONS = frozenset({"Encrypt", "Decrypt", "GenerateDataEncryptionKey", "Sign", "Verify", "ExportKey"})
_RSA_SIGNING = [f"SHA_{bits}_RSA_{scheme}" for scheme in ("PKCS_PSS", "PKCS1_V1_5") for bits in (224, 256, 384, 512)]
_DIGEST_BYTES = {"224": 28, "256": 32, "384": 48, "512": 64}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _fits(text: Any, limit: int) -> bool:
    try:
        return 0 < len(base64.b64decode(str(text), validate=True)) <= limit
    except ValueError:
        return False


@dataclass
class CryptoStaging:
    """Keys of the mock under test (made on first need) and what fits them."""

    aes_key: Callable[[], tuple[str, str]]
    """(key id, current version id) of an ENABLED AES-256 SOFTWARE key."""
    rsa_key: Callable[[], tuple[str, str]]
    """(key id, current version id) of an ENABLED RSA-2048 key."""
    ciphertext: Callable[[str, str, bytes, Any], str]
    """base64 AES ciphertext of (key id, version id, plaintext, associatedData), made by the mock's format."""
    export_public_pem: str

    def steer(self, operation_id: str, body: dict[str, Any], digest: bytes) -> dict[str, Any]:
        """``body`` of a positive case of ``operation_id``, made to fit a real key."""
        body = dict(body)
        body.pop("keyVersionId", None)
        sample = hashlib.sha256(b"plain" + digest).digest()
        if operation_id in {"Encrypt", "Decrypt", "GenerateDataEncryptionKey", "ExportKey"}:
            key_id, version_id = self.aes_key()
            body["keyId"] = key_id
            if operation_id == "Encrypt":
                body["encryptionAlgorithm"] = "AES_256_GCM"
                if not _fits(body.get("plaintext"), 4096):
                    body["plaintext"] = _b64(sample)
            elif operation_id == "Decrypt":
                body["encryptionAlgorithm"] = "AES_256_GCM"
                body["ciphertext"] = self.ciphertext(key_id, version_id, sample, body.get("associatedData"))
            elif operation_id == "GenerateDataEncryptionKey":
                body["keyShape"] = {"algorithm": "AES", "length": (16, 24, 32)[digest[0] % 3]}
            else:
                body["publicKey"] = self.export_public_pem
            return body
        key_id, version_id = self.rsa_key()
        body["keyId"] = key_id
        algorithm = str(body.get("signingAlgorithm"))
        if algorithm not in _RSA_SIGNING:
            algorithm = body["signingAlgorithm"] = _RSA_SIGNING[digest[1] % len(_RSA_SIGNING)]
        if body.get("messageType") == "DIGEST":
            body["message"] = _b64(hashlib.sha512(sample).digest()[: _DIGEST_BYTES[algorithm.split("_")[1]]])
        elif not _fits(body.get("message"), 4096):
            body["message"] = _b64(sample)
        if operation_id == "Verify":
            body["keyVersionId"] = version_id
            if not _fits(body.get("signature"), 768):
                body["signature"] = _b64(sample)  # a signature that does not verify: isSignatureValid false
        return body


def crypto_staging(mock: MockKmsServer) -> CryptoStaging:
    """Staging with keys created in the mock's vault (in-process) and its key material."""
    service = mock.app.default_vault
    made: dict[str, tuple[str, str]] = {}
    lock = threading.Lock()

    def key(algorithm: str, length: int) -> tuple[str, str]:
        with lock:
            if algorithm not in made:
                details = NewKey(
                    compartment_id="ocid1.compartment.oc1..fuzzcrypto",
                    display_name=f"fuzz-{algorithm}",
                    shape=KeyShape(algorithm, length),
                    protection_mode="SOFTWARE",
                )
                created = mock.state.create_key(details)
                made[algorithm] = (created.id, created.current_key_version)
            return made[algorithm]

    def ciphertext(key_id: str, version_id: str, plaintext: bytes, associated_data: Any) -> str:
        material = service.material.material(version_id, KeyShape("AES", 32))
        aad = associated_data if isinstance(associated_data, dict) else None
        return _b64(seal(material, version_id, plaintext, aad))

    return CryptoStaging(
        aes_key=lambda: key("AES", 32),
        rsa_key=lambda: key("RSA", 256),
        ciphertext=ciphertext,
        export_public_pem=WrappingKeyPair.generate(2048).public_pem,
    )
