"""Key material of every key version, and the mock's use of it (AES-GCM), so a restore can be proven.

The vault state (:mod:`kms_mock.state`) holds no secrets. This store keeps each version's material: what
``ImportKey``/``ImportKeyVersion`` unwrapped, or, for versions the service generated, material made on first
need (a backup, or a test using the key). A backup carries it sealed (:mod:`kms_mock.backup`), and a restore
puts it back under the same version OCIDs. Material never appears in a log line, a repr or an answer.
"""

from __future__ import annotations

import os
import threading

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kms_mock.asymmetric import PrivateKey, public_pem
from kms_mock.asymmetric import private_key as load_private_key
from kms_mock.state import KeyShape

__all__ = ["KeyMaterialStore", "new_material", "new_material_and_public_key"]

_CURVES: dict[str, ec.EllipticCurve] = {
    "NIST_P256": ec.SECP256R1(),
    "NIST_P384": ec.SECP384R1(),
    "NIST_P521": ec.SECP521R1(),
}
_NONCE_BYTES = 12


def new_material(shape: KeyShape) -> bytes:
    """Fresh material for ``shape``: raw AES key bytes, or a PKCS#8 DER private key (RSA, ECDSA)."""
    if shape.algorithm == "AES":
        return os.urandom(shape.length)
    private: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    if shape.algorithm == "RSA":
        private = rsa.generate_private_key(public_exponent=65537, key_size=shape.length * 8)
    else:
        private = ec.generate_private_key(_CURVES[shape.curve_id or "NIST_P256"])
    return private.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def new_material_and_public_key(shape: KeyShape) -> tuple[bytes, str | None]:
    """Fresh material for a service-generated version and, for RSA and ECDSA, its public key PEM (made now,
    so that GetKeyVersion's ``publicKey`` is the key the crypto endpoint signs with)."""
    material = new_material(shape)
    return material, None if shape.algorithm == "AES" else public_pem(material)


class KeyMaterialStore:
    """Material by key version OCID (thread-safe)."""

    def __init__(self) -> None:
        self._material: dict[str, bytes] = {}
        self._private_keys: dict[str, PrivateKey] = {}  # parsed once: loading an RSA key checks it, slowly
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"KeyMaterialStore({len(self._material)} versions)"

    def record(self, version_id: str, material: bytes) -> None:
        """Remember the material of ``version_id`` (imported, or restored from a backup)."""
        with self._lock:
            self._material[version_id] = bytes(material)
            self._private_keys.pop(version_id, None)

    def material(self, version_id: str, shape: KeyShape) -> bytes:
        """The material of ``version_id``, made for ``shape`` on first need if the service generated it."""
        with self._lock:
            found = self._material.get(version_id)
            if found is None:
                found = self._material[version_id] = new_material(shape)
            return found

    def private_key(self, version_id: str, shape: KeyShape) -> PrivateKey:
        """The RSA or EC private key of ``version_id`` (its material parsed once)."""
        material = self.material(version_id, shape)
        with self._lock:
            found = self._private_keys.get(version_id)
            if found is None:
                found = self._private_keys[version_id] = load_private_key(material)
            return found

    def encrypt(self, version_id: str, shape: KeyShape, plaintext: bytes, aad: bytes = b"") -> bytes:
        """AES-256/192/128-GCM with the version's material: nonce || ciphertext || tag (AES keys only)."""
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._aes(version_id, shape).encrypt(nonce, plaintext, aad)

    def decrypt(self, version_id: str, shape: KeyShape, ciphertext: bytes, aad: bytes = b"") -> bytes:
        """The inverse of :meth:`encrypt`; ``cryptography.exceptions.InvalidTag`` if it does not authenticate."""
        return self._aes(version_id, shape).decrypt(ciphertext[:_NONCE_BYTES], ciphertext[_NONCE_BYTES:], aad)

    def _aes(self, version_id: str, shape: KeyShape) -> AESGCM:
        if shape.algorithm != "AES":
            raise ValueError("only AES keys encrypt and decrypt in the mock")
        return AESGCM(self.material(version_id, shape))
