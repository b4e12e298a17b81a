"""The crypto endpoint's operations on one vault's keys: Encrypt, Decrypt, GenerateDataEncryptionKey, Sign,
Verify and ExportKey, with each key version's own material (:class:`~kms_mock.key_material.KeyMaterialStore`).

Rules (the spec's descriptions state them; reference §4.4-§4.6 for the choices marked there as inferred):

- The key and the key version used must be ENABLED (a key UPDATING its metadata still works), else 409
  ``Conflict`` (not ``IncorrectState``, which the SDK's retry strategy retries for 90 s).
- AES keys: ``AES_256_GCM`` (the default); the ciphertext names its version (:mod:`kms_mock.ciphertext`).
  RSA keys: ``RSA_OAEP_SHA_1``/``RSA_OAEP_SHA_256`` with ``keyVersionId`` both ways. ECDSA keys do not encrypt.
- Every client mistake (bad base64, a misfit algorithm, a tampered ciphertext, a wrong associatedData, too
  long an input, a non-AES master key for a data key, a non-SOFTWARE key to export) is 400
  ``InvalidParameter``. Messages name sizes and causes, never plaintext or material.
"""

from __future__ import annotations

import base64
import os
import zlib
from collections.abc import Callable, Mapping
from typing import Any, Final

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade.wrapping import wrap_key_material_bytes
from kms_mock import asymmetric
from kms_mock.ciphertext import CiphertextError, key_version_of, open_ciphertext, seal
from kms_mock.crypto import strict_b64decode
from kms_mock.errors import ApiError
from kms_mock.handlers import Reply
from kms_mock.key_material import KeyMaterialStore
from kms_mock.render import format_time
from kms_mock.state import KeySnapshot, Vault
from kms_mock.validation import ValidRequest

__all__ = ["CryptoOperations", "plaintext_checksum"]

MAX_MESSAGE_BYTES: Final = 4096
_USABLE_KEY_STATES: Final = frozenset({"ENABLED", "UPDATING"})
_EXPORT_KEY_BITS: Final = (2048, 3072, 4096)
_DEK_LENGTHS: Final = (16, 24, 32)


def plaintext_checksum(plaintext: bytes) -> str:
    """``plaintextChecksum``: the CRC-32 (IEEE, zlib) of the plaintext bytes, in decimal (reference §4.5)."""
    return str(zlib.crc32(plaintext))


def _encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _decode(body: Mapping[str, Any], field: str, limit: int | None = None) -> bytes:
    try:
        data = strict_b64decode(str(body[field]))
    except ValueError:
        raise ApiError.invalid_parameter(f"{field} is not valid base64") from None
    if limit is not None and len(data) > limit:
        raise ApiError.invalid_parameter(f"{field} is {len(data)} bytes once decoded; at most {limit} are allowed")
    return data


def _not_enabled(what: str, state: str) -> ApiError:
    return ApiError(409, "Conflict", f"The {what} is {state}; crypto operations need an ENABLED key and key version")


class CryptoOperations:
    """The six crypto operations of one vault; ``table`` maps operationId to handler."""

    def __init__(self, vault: Vault, material: KeyMaterialStore) -> None:
        self.vault = vault
        self.material = material
        self.table: dict[str, Callable[[ValidRequest], Reply]] = {
            "Encrypt": self.encrypt,
            "Decrypt": self.decrypt,
            "GenerateDataEncryptionKey": self.generate_data_encryption_key,
            "Sign": self.sign,
            "Verify": self.verify,
            "ExportKey": self.export_key,
        }

    # ------------------------------------------------------------------ operations

    def encrypt(self, request: ValidRequest) -> Reply:
        """Encrypt: AES-GCM with a self-describing ciphertext, or RSA-OAEP with the given version."""
        body = request.body
        key = self._usable_key(body["keyId"])
        plaintext = _decode(body, "plaintext", MAX_MESSAGE_BYTES)
        algorithm = body.get("encryptionAlgorithm") or "AES_256_GCM"
        version_id = self._version_for(key, body.get("keyVersionId"), required=key.shape.algorithm == "RSA")
        ciphertext = self._encrypt(key, version_id, algorithm, plaintext, body.get("associatedData"))
        return Reply(
            200,
            {
                "ciphertext": _encode(ciphertext),
                "keyId": key.id,
                "keyVersionId": version_id,
                "encryptionAlgorithm": algorithm,
            },
        )

    def decrypt(self, request: ValidRequest) -> Reply:
        """Decrypt: the AES ciphertext's own version (checked against keyVersionId if given), or RSA-OAEP."""
        body = request.body
        key = self._usable_key(body["keyId"])
        ciphertext = _decode(body, "ciphertext")
        algorithm = body.get("encryptionAlgorithm") or "AES_256_GCM"
        given = body.get("keyVersionId")
        if key.shape.algorithm == "AES":
            self._require_aes(key, algorithm)
            try:
                version_id = key_version_of(ciphertext)
            except CiphertextError as error:
                raise ApiError.invalid_parameter(f"ciphertext: {error}") from None
            if given is not None and given != version_id:
                raise ApiError.invalid_parameter("ciphertext: it was made by another key version than keyVersionId")
            self._usable_version(key, version_id, foreign="ciphertext: it was not made by this key")
            try:
                plaintext = open_ciphertext(self._material(key, version_id), ciphertext, body.get("associatedData"))
            except CiphertextError as error:
                raise ApiError.invalid_parameter(f"ciphertext: {error}") from None
        else:
            version_id = self._version_for(key, given, required=True)
            private = self._private_key(key, version_id, algorithm)
            try:
                plaintext = asymmetric.oaep_decrypt(private, algorithm, ciphertext)
            except asymmetric.AlgorithmMismatch as error:
                raise ApiError.invalid_parameter(str(error)) from None
        return Reply(
            200,
            {
                "plaintext": _encode(plaintext),
                "plaintextChecksum": plaintext_checksum(plaintext),
                "keyId": key.id,
                "keyVersionId": version_id,
                "encryptionAlgorithm": algorithm,
            },
        )

    def generate_data_encryption_key(self, request: ValidRequest) -> Reply:
        """GenerateDataEncryptionKey: a fresh AES key, sealed by an AES master key's current version."""
        body = request.body
        key = self._usable_key(body["keyId"])
        if key.shape.algorithm != "AES":
            raise ApiError.invalid_parameter(
                f"data encryption keys are generated with AES master keys only; this key is {key.shape.algorithm}"
            )
        shape = body["keyShape"]
        if shape.get("algorithm") != "AES" or shape.get("length") not in _DEK_LENGTHS:
            raise ApiError.invalid_parameter("keyShape of a data encryption key must be AES with length 16, 24 or 32")
        version_id = self._version_for(key, None, required=False)
        dek = os.urandom(shape["length"])
        answer: dict[str, Any] = {
            "ciphertext": _encode(seal(self._material(key, version_id), version_id, dek, body.get("associatedData")))
        }
        if body["includePlaintextKey"]:
            answer["plaintext"] = _encode(dek)
            answer["plaintextChecksum"] = plaintext_checksum(dek)
        return Reply(200, answer)

    def sign(self, request: ValidRequest) -> Reply:
        """Sign with an RSA or ECDSA key version (the current one unless keyVersionId names another)."""
        body = request.body
        key = self._usable_key(body["keyId"])
        message = _decode(body, "message", MAX_MESSAGE_BYTES)
        algorithm = body["signingAlgorithm"]
        version_id = self._version_for(key, body.get("keyVersionId"), required=False)
        private = self._private_key(key, version_id, algorithm)
        try:
            signature = asymmetric.sign(private, algorithm, message, body.get("messageType") == "DIGEST")
        except asymmetric.AlgorithmMismatch as error:
            raise ApiError.invalid_parameter(str(error)) from None
        return Reply(
            200,
            {
                "keyId": key.id,
                "keyVersionId": version_id,
                "signature": _encode(signature),
                "signingAlgorithm": algorithm,
            },
        )

    def verify(self, request: ValidRequest) -> Reply:
        """Verify: a signature that does not verify is ``isSignatureValid: false``, not an error."""
        body = request.body
        key = self._usable_key(body["keyId"])
        message = _decode(body, "message", MAX_MESSAGE_BYTES)
        signature = _decode(body, "signature")
        algorithm = body["signingAlgorithm"]
        version_id = self._version_for(key, body["keyVersionId"], required=True)
        private = self._private_key(key, version_id, algorithm)
        try:
            valid = asymmetric.verify(private, algorithm, message, body.get("messageType") == "DIGEST", signature)
        except asymmetric.AlgorithmMismatch as error:
            raise ApiError.invalid_parameter(str(error)) from None
        return Reply(200, {"isSignatureValid": valid})

    def export_key(self, request: ValidRequest) -> Reply:
        """ExportKey: a SOFTWARE key version's material wrapped with the caller's RSA public key."""
        body = request.body
        key = self._usable_key(body["keyId"])
        if key.protection_mode != "SOFTWARE":
            raise ApiError.invalid_parameter(
                f"only SOFTWARE keys can be exported; this key's protectionMode is {key.protection_mode}"
            )
        public_key = _caller_public_key(body["publicKey"])
        version_id = self._version_for(key, body.get("keyVersionId"), required=False)
        try:
            wrapped = wrap_key_material_bytes(public_key, self._material(key, version_id), body["algorithm"])
        except ValueError as error:
            raise ApiError.invalid_parameter(f"algorithm: {error}") from None
        version = self.vault.get_key_version(key.id, version_id)
        return Reply(
            200,
            {
                "keyVersionId": version_id,
                "keyId": key.id,
                "timeCreated": format_time(version.time_created),
                "vaultId": self.vault.vault_id,
                "encryptedKey": _encode(wrapped),
                "algorithm": body["algorithm"],
            },
        )

    # ------------------------------------------------------------------ helpers

    def _usable_key(self, key_id: str) -> KeySnapshot:
        key = self.vault.get_key(key_id)
        if key.lifecycle_state not in _USABLE_KEY_STATES:
            raise _not_enabled("key", key.lifecycle_state)
        return key

    def _usable_version(self, key: KeySnapshot, version_id: str, *, foreign: str | None = None) -> None:
        try:
            version = self.vault.get_key_version(key.id, version_id)
        except ApiError as error:
            if foreign is None or error.status != 404:
                raise
            raise ApiError.invalid_parameter(foreign) from None
        if version.lifecycle_state != "ENABLED":
            raise _not_enabled("key version", version.lifecycle_state)

    def _version_for(self, key: KeySnapshot, given: str | None, *, required: bool) -> str:
        if given is None:
            if required:
                raise ApiError.invalid_parameter(
                    f"keyVersionId is required for {key.shape.algorithm} keys (their ciphertext does not name it)"
                )
            given = key.current_key_version
        self._usable_version(key, given)
        return given

    def _material(self, key: KeySnapshot, version_id: str) -> bytes:
        return self.material.material(version_id, key.shape)

    def _encrypt(
        self, key: KeySnapshot, version_id: str, algorithm: str, plaintext: bytes, aad: Mapping[str, str] | None
    ) -> bytes:
        if key.shape.algorithm == "AES":
            self._require_aes(key, algorithm)
            return seal(self._material(key, version_id), version_id, plaintext, aad)
        if key.shape.algorithm != "RSA":
            raise ApiError.invalid_parameter(f"{key.shape.algorithm} keys do not encrypt or decrypt")
        try:
            return asymmetric.oaep_encrypt(self._private_key(key, version_id, algorithm), algorithm, plaintext)
        except asymmetric.AlgorithmMismatch as error:
            raise ApiError.invalid_parameter(str(error)) from None

    @staticmethod
    def _require_aes(key: KeySnapshot, algorithm: str) -> None:
        if algorithm != "AES_256_GCM":
            raise ApiError.invalid_parameter(f"AES keys use AES_256_GCM, not {algorithm}")

    def _private_key(self, key: KeySnapshot, version_id: str, algorithm: str) -> asymmetric.PrivateKey:
        if key.shape.algorithm not in ("RSA", "ECDSA"):
            raise ApiError.invalid_parameter(f"{algorithm} does not fit an {key.shape.algorithm} key")
        if key.shape.algorithm == "ECDSA" and algorithm.startswith("RSA_OAEP"):
            raise ApiError.invalid_parameter("ECDSA keys do not encrypt or decrypt")
        return self.material.private_key(version_id, key.shape)


def _caller_public_key(pem: str) -> rsa.RSAPublicKey:
    """The caller's wrapping key: an RSA public key PEM of 2048, 3072 or 4096 bits; 400 otherwise."""
    try:
        loaded = serialization.load_pem_public_key(pem.encode("utf-8"))
    except (ValueError, TypeError, UnsupportedAlgorithm, UnicodeEncodeError):
        raise ApiError.invalid_parameter("publicKey is not a PEM public key") from None
    if not isinstance(loaded, rsa.RSAPublicKey) or loaded.key_size not in _EXPORT_KEY_BITS:
        raise ApiError.invalid_parameter("publicKey must be an RSA public key of 2048, 3072 or 4096 bits")
    return loaded
