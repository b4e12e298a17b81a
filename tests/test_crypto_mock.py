"""The mock's crypto endpoint through the facade: known answers, rotation, imported material, and every refusal
a 4xx with the OCI error body (never a 500), with the status the spec states for it."""

from __future__ import annotations

import base64
import json
import os
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kms_facade import KmsCryptoClient, KmsManagementClient
from kms_facade.exceptions import ServiceError
from kms_facade.signing import fingerprint
from kms_facade.wrapping import wrap_key_material
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from tests.support import TENANCY, USER, private_pem

COMPARTMENT = "ocid1.compartment.oc1..cryptomock"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@pytest.fixture(scope="module")
def clients(
    api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair
) -> Iterator[tuple[KmsManagementClient, KmsCryptoClient, MockKmsServer]]:
    config = {
        "user": USER,
        "tenancy": TENANCY,
        "fingerprint": fingerprint(api_key.public_key()),
        "key_content": private_pem(api_key),
        "region": "us-ashburn-1",
    }
    with (
        MockKmsServer(trust_keys=[api_key.public_key()], wrapping_key=wrapping_key) as server,
        KmsManagementClient(config, server.endpoint) as management,
        KmsCryptoClient(config, server.endpoint) as crypto,
    ):
        yield management, crypto, server


def _key(management: KmsManagementClient, algorithm: str = "AES", length: int = 32, **extra: Any) -> Any:
    shape: dict[str, Any] = {"algorithm": algorithm, "length": length}
    if algorithm == "ECDSA":
        shape["curveId"] = "NIST_P256"
    details = {"compartmentId": COMPARTMENT, "displayName": algorithm, "keyShape": shape, **extra}
    return management.create_key(details).data


@pytest.mark.parametrize(
    ("plaintext", "checksum"),
    [(b"HELLO WORLD", "2279966299"), (b"Hello OCI Vault", "1735056167")],  # reference section 4.5
)
def test_known_answer_checksums(clients: Any, plaintext: bytes, checksum: str) -> None:
    management, crypto, _ = clients
    key = _key(management)
    encrypted = crypto.encrypt({"keyId": key.id, "plaintext": b64(plaintext)}).data
    decrypted = crypto.decrypt({"keyId": key.id, "ciphertext": encrypted.ciphertext}).data
    assert (base64.b64decode(decrypted.plaintext), decrypted.plaintext_checksum) == (plaintext, checksum)
    assert checksum == str(zlib.crc32(plaintext))


def test_old_ciphertext_decrypts_after_rotation_with_the_version_that_made_it(clients: Any) -> None:
    management, crypto, _ = clients
    key = _key(management)
    old = crypto.encrypt({"keyId": key.id, "plaintext": b64(b"before")}).data
    new_version = management.create_key_version(key.id).data
    new = crypto.encrypt({"keyId": key.id, "plaintext": b64(b"after")}).data
    assert (old.key_version_id, new.key_version_id) == (key.current_key_version, new_version.id)
    for sealed, plain in ((old, b"before"), (new, b"after")):
        opened = crypto.decrypt({"keyId": key.id, "ciphertext": sealed.ciphertext}).data
        assert (base64.b64decode(opened.plaintext), opened.key_version_id) == (plain, sealed.key_version_id)


def test_an_imported_key_encrypts_with_the_imported_material(clients: Any, wrapping_key: WrappingKeyPair) -> None:
    management, crypto, _ = clients
    material = os.urandom(32)
    wrapped = wrap_key_material(wrapping_key.public_pem, material).to_dict()
    details = {
        "compartmentId": COMPARTMENT,
        "displayName": "imported",
        "keyShape": {"algorithm": "AES", "length": 32},
        "wrappedImportKey": wrapped,
    }
    key = management.import_key(details).data
    aad = {"b": "2", "a": "1"}
    blob = base64.b64decode(
        crypto.encrypt({"keyId": key.id, "plaintext": b64(b"mine"), "associatedData": aad}).data.ciphertext
    )
    end = 3 + blob[2]  # the layout kms_mock.ciphertext documents
    canonical = json.dumps(aad, sort_keys=True, separators=(",", ":")).encode()
    assert AESGCM(material).decrypt(blob[end : end + 12], blob[end + 12 :], blob[:end] + canonical) == b"mine"


def _refused(call: Any) -> tuple[int, str]:
    with pytest.raises(ServiceError) as refused:
        call()
    error = refused.value
    assert error.target_service == "kms_crypto" and error.message
    assert error.api_reference_link and error.api_reference_link.startswith("https://docs.oracle.com/iaas/api/")
    return error.status, error.code


def test_refusals_are_4xx_with_the_oci_error_body(clients: Any) -> None:
    management, crypto, _ = clients
    aes, rsa_key, ecdsa = _key(management), _key(management, "RSA", 256), _key(management, "ECDSA", 32)
    hsm = _key(management)
    sealed = crypto.encrypt({"keyId": aes.id, "plaintext": b64(b"x"), "associatedData": {"k": "v"}}).data.ciphertext
    tampered = bytearray(base64.b64decode(sealed))
    tampered[-1] ^= 1
    invalid = (400, "InvalidParameter")
    cases = {
        "tampered ciphertext": (
            lambda: crypto.decrypt({"keyId": aes.id, "ciphertext": b64(bytes(tampered)), "associatedData": {"k": "v"}}),
            invalid,
        ),
        "other associatedData": (
            lambda: crypto.decrypt({"keyId": aes.id, "ciphertext": sealed, "associatedData": {"k": "w"}}),
            invalid,
        ),
        "no associatedData": (lambda: crypto.decrypt({"keyId": aes.id, "ciphertext": sealed}), invalid),
        "another key's ciphertext": (
            lambda: crypto.decrypt({"keyId": hsm.id, "ciphertext": sealed, "associatedData": {"k": "v"}}),
            invalid,
        ),
        "not a ciphertext": (lambda: crypto.decrypt({"keyId": aes.id, "ciphertext": b64(b"garbage")}), invalid),
        "bad base64": (lambda: crypto.encrypt({"keyId": aes.id, "plaintext": "not base64!"}), invalid),
        "4097 bytes": (lambda: crypto.encrypt({"keyId": aes.id, "plaintext": b64(bytes(4097))}), invalid),
        "RSA algorithm on AES": (
            lambda: crypto.encrypt(
                {"keyId": aes.id, "plaintext": b64(b"x"), "encryptionAlgorithm": "RSA_OAEP_SHA_256"}
            ),
            invalid,
        ),
        "RSA without keyVersionId": (
            lambda: crypto.encrypt(
                {"keyId": rsa_key.id, "plaintext": b64(b"x"), "encryptionAlgorithm": "RSA_OAEP_SHA_256"}
            ),
            invalid,
        ),
        "too long for OAEP": (
            lambda: crypto.encrypt(
                {
                    "keyId": rsa_key.id,
                    "keyVersionId": rsa_key.current_key_version,
                    "plaintext": b64(bytes(300)),
                    "encryptionAlgorithm": "RSA_OAEP_SHA_256",
                }
            ),
            invalid,
        ),
        "ECDSA encrypt": (lambda: crypto.encrypt({"keyId": ecdsa.id, "plaintext": b64(b"x")}), invalid),
        "ECDSA algorithm on RSA": (
            lambda: crypto.sign({"keyId": rsa_key.id, "message": b64(b"m"), "signingAlgorithm": "ECDSA_SHA_256"}),
            invalid,
        ),
        "P-384 hash on P-256": (
            lambda: crypto.sign({"keyId": ecdsa.id, "message": b64(b"m"), "signingAlgorithm": "ECDSA_SHA_384"}),
            invalid,
        ),
        "AES sign": (
            lambda: crypto.sign({"keyId": aes.id, "message": b64(b"m"), "signingAlgorithm": "SHA_256_RSA_PKCS_PSS"}),
            invalid,
        ),
        "digest of the wrong length": (
            lambda: crypto.sign(
                {
                    "keyId": rsa_key.id,
                    "message": b64(bytes(20)),
                    "messageType": "DIGEST",
                    "signingAlgorithm": "SHA_256_RSA_PKCS_PSS",
                }
            ),
            invalid,
        ),
        "data key from RSA": (
            lambda: crypto.generate_data_encryption_key(
                {"keyId": rsa_key.id, "keyShape": {"algorithm": "AES", "length": 32}, "includePlaintextKey": True}
            ),
            invalid,
        ),
        "data key of RSA shape": (
            lambda: crypto.generate_data_encryption_key(
                {"keyId": aes.id, "keyShape": {"algorithm": "RSA", "length": 256}, "includePlaintextKey": True}
            ),
            invalid,
        ),
        "export of an HSM key": (
            lambda: crypto.export_key(
                {
                    "keyId": hsm.id,
                    "algorithm": "RSA_OAEP_SHA256",
                    "publicKey": WrappingKeyPair.generate(2048).public_pem,
                }
            ),
            invalid,
        ),
        "unknown key": (
            lambda: crypto.encrypt({"keyId": "ocid1.key.oc1..nope", "plaintext": b64(b"x")}),
            (404, "NotAuthorizedOrNotFound"),
        ),
    }
    answers = {name: _refused(call) for name, (call, _) in cases.items()}
    assert answers == {name: expected for name, (_, expected) in cases.items()}


def test_a_disabled_or_deleting_key_refuses_with_409_conflict(clients: Any) -> None:
    management, crypto, _ = clients
    key = _key(management)
    sealed = crypto.encrypt({"keyId": key.id, "plaintext": b64(b"x")}).data.ciphertext
    management.disable_key(key.id)
    assert _refused(lambda: crypto.encrypt({"keyId": key.id, "plaintext": b64(b"x")})) == (409, "Conflict")
    assert _refused(lambda: crypto.decrypt({"keyId": key.id, "ciphertext": sealed})) == (409, "Conflict")
    management.enable_key(key.id)
    assert crypto.decrypt({"keyId": key.id, "ciphertext": sealed}).data.plaintext == b64(b"x")
    management.schedule_key_deletion(key.id, {})
    assert _refused(lambda: crypto.decrypt({"keyId": key.id, "ciphertext": sealed})) == (409, "Conflict")
    # A version pending deletion refuses too, while the key and its other versions still work.
    other = _key(management)
    old = other.current_key_version
    sealed = crypto.encrypt({"keyId": other.id, "plaintext": b64(b"y")}).data.ciphertext
    management.create_key_version(other.id)
    management.schedule_key_version_deletion(other.id, old, {})
    assert _refused(lambda: crypto.decrypt({"keyId": other.id, "ciphertext": sealed})) == (409, "Conflict")
    assert crypto.encrypt({"keyId": other.id, "plaintext": b64(b"z")}).status == 200
    assert "opc-work-request-id" not in crypto.encrypt({"keyId": other.id, "plaintext": b64(b"z")}).headers
