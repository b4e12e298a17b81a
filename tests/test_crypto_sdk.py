"""The official SDK's ``KmsCryptoClient`` (oci 2.189.0) against the mock's crypto endpoint, checked with
``cryptography``; and the facade and the SDK sending the same crypto requests.

1. Every algorithm/shape pair the reference allows (§4.4): AES 16/24/32 encrypt, decrypt and data keys; RSA
   2048/3072/4096 OAEP SHA-1/SHA-256 and all eight RSA signatures; ECDSA P-256/P-384/P-521 with the hash of
   their curve; export of SOFTWARE keys with both wrapping algorithms (``RSA_OAEP_SHA256`` where the material
   fits RSA-OAEP). A signature is verified locally with the public key from ``get_key_version``; exported
   material unwrapped locally encrypts what the mock decrypts (AES) or is the key behind the public key.
2. The same crypto calls from both clients reach the mock as the same requests.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import oci
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from oci.key_management import models as sdk_models

from kms_facade import KmsCryptoClient, KmsManagementClient
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from tests import test_sdk_compatibility as compatibility
from tests.test_sdk_compatibility import COMPARTMENT, Fixture, Seen, _comparable, _config

# The management comparison's fixtures: the same API key, wrapping key and recording mocks.
shared = compatibility.shared
serve = compatibility.serve

Serve = Callable[[], AbstractContextManager[tuple[MockKmsServer, list[Seen]]]]

_HASHES = {"SHA_224": hashes.SHA224, "SHA_256": hashes.SHA256, "SHA_384": hashes.SHA384, "SHA_512": hashes.SHA512}
RSA_SIGNING = [f"{h}_RSA_{scheme}" for scheme in ("PKCS_PSS", "PKCS1_V1_5") for h in _HASHES]
ECDSA_SHAPES = [
    (32, "NIST_P256", "ECDSA_SHA_256"),
    (48, "NIST_P384", "ECDSA_SHA_384"),
    (66, "NIST_P521", "ECDSA_SHA_512"),
]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class Clients:
    management: Any
    crypto: Any


@pytest.fixture(scope="module")
def caller_key() -> WrappingKeyPair:
    """The caller's RSA key that exports are wrapped with (a WrappingKeyPair unwraps them)."""
    return WrappingKeyPair.generate(2048)


@pytest.fixture
def sdk(shared: Fixture, serve: Serve) -> Iterator[tuple[Clients, MockKmsServer, list[Seen]]]:
    with serve() as (server, seen):
        no_breaker = oci.circuit_breaker.NoCircuitBreakerStrategy()
        clients = Clients(
            oci.key_management.KmsManagementClient(
                _config(shared), server.endpoint, circuit_breaker_strategy=no_breaker
            ),
            oci.key_management.KmsCryptoClient(_config(shared), server.endpoint, circuit_breaker_strategy=no_breaker),
        )
        yield clients, server, seen


def _key(clients: Clients, algorithm: str, length: int, curve: str | None = None) -> Any:
    shape = sdk_models.KeyShape(algorithm=algorithm, length=length, curve_id=curve)
    details = sdk_models.CreateKeyDetails(
        compartment_id=COMPARTMENT, display_name=f"{algorithm}-{length}", key_shape=shape, protection_mode="SOFTWARE"
    )
    return clients.management.create_key(details).data


def _public_key(clients: Clients, key_id: str, version_id: str) -> Any:
    pem = clients.management.get_key_version(key_id, version_id).data.public_key
    return serialization.load_pem_public_key(pem.encode("ascii"))


def _export(clients: Clients, key: Any, caller: WrappingKeyPair, algorithm: str) -> bytes:
    details = sdk_models.ExportKeyDetails(key_id=key.id, algorithm=algorithm, public_key=caller.public_pem)
    exported = clients.crypto.export_key(details).data
    assert isinstance(exported, sdk_models.ExportedKeyData) and exported.algorithm == algorithm
    assert exported.key_version_id == key.current_key_version and exported.vault_id == key.vault_id
    return caller.unwrap(base64.b64decode(exported.encrypted_key), algorithm)


@pytest.mark.parametrize("length", [16, 24, 32])
def test_aes_keys_encrypt_decrypt_make_data_keys_and_export_for_the_sdk(
    sdk: tuple[Clients, MockKmsServer, list[Seen]], caller_key: WrappingKeyPair, length: int
) -> None:
    clients, _, seen = sdk
    key = _key(clients, "AES", length)
    plaintext = os.urandom(100)
    aad = {"tenant": "acme", "purpose": "sdk"}
    encrypted = clients.crypto.encrypt(
        sdk_models.EncryptDataDetails(key_id=key.id, plaintext=b64(plaintext), associated_data=aad)
    ).data
    assert isinstance(encrypted, sdk_models.EncryptedData) and encrypted.encryption_algorithm == "AES_256_GCM"
    assert encrypted.key_version_id == key.current_key_version
    decrypted = clients.crypto.decrypt(
        sdk_models.DecryptDataDetails(key_id=key.id, ciphertext=encrypted.ciphertext, associated_data=aad)
    ).data
    assert base64.b64decode(decrypted.plaintext) == plaintext
    assert decrypted.plaintext_checksum == str(zlib.crc32(plaintext))
    for dek_length in (16, 24, 32):
        generated = clients.crypto.generate_data_encryption_key(
            sdk_models.GenerateKeyDetails(
                key_id=key.id,
                include_plaintext_key=True,
                key_shape=sdk_models.KeyShape(algorithm="AES", length=dek_length),
            )
        ).data
        dek = base64.b64decode(generated.plaintext)
        assert len(dek) == dek_length and generated.plaintext_checksum == str(zlib.crc32(dek))
        unwrapped = clients.crypto.decrypt(
            sdk_models.DecryptDataDetails(key_id=key.id, ciphertext=generated.ciphertext)
        ).data
        assert base64.b64decode(unwrapped.plaintext) == dek
    # Exported with both algorithms, the material is the AES key behind the ciphertext: the mock's layout
    # (header | nonce | AES-GCM, header + canonical associatedData as AAD) decrypts locally with it.
    for algorithm in ("RSA_OAEP_SHA256", "RSA_OAEP_AES_SHA256"):
        material = _export(clients, key, caller_key, algorithm)
        assert len(material) == length
        blob = base64.b64decode(encrypted.ciphertext)
        header_end = 3 + blob[2]
        header, nonce, body = blob[:header_end], blob[header_end : header_end + 12], blob[header_end + 12 :]
        canonical = json.dumps(aad, sort_keys=True, separators=(",", ":")).encode()
        assert AESGCM(material).decrypt(nonce, body, header + canonical) == plaintext
    assert all(request.headers["authorization"].startswith("Signature ") for request in seen)


@pytest.mark.parametrize("length", [256, 384, 512])
def test_rsa_keys_encrypt_sign_verify_and_export_for_the_sdk(
    sdk: tuple[Clients, MockKmsServer, list[Seen]], caller_key: WrappingKeyPair, length: int
) -> None:
    clients, _, _ = sdk
    key = _key(clients, "RSA", length)
    version = key.current_key_version
    public = _public_key(clients, key.id, version)
    assert isinstance(public, rsa.RSAPublicKey) and public.key_size == length * 8
    for algorithm, hash_type in (("RSA_OAEP_SHA_1", hashes.SHA1), ("RSA_OAEP_SHA_256", hashes.SHA256)):
        # Encrypted locally with the published key, decrypted by the mock; and the other way round.
        oaep = padding.OAEP(mgf=padding.MGF1(hash_type()), algorithm=hash_type(), label=None)
        local = public.encrypt(b"local secret", oaep)
        decrypted = clients.crypto.decrypt(
            sdk_models.DecryptDataDetails(
                key_id=key.id, key_version_id=version, ciphertext=b64(local), encryption_algorithm=algorithm
            )
        ).data
        assert base64.b64decode(decrypted.plaintext) == b"local secret"
        encrypted = clients.crypto.encrypt(
            sdk_models.EncryptDataDetails(
                key_id=key.id, key_version_id=version, plaintext=b64(b"remote"), encryption_algorithm=algorithm
            )
        ).data
        round_trip = clients.crypto.decrypt(
            sdk_models.DecryptDataDetails(
                key_id=key.id, key_version_id=version, ciphertext=encrypted.ciphertext, encryption_algorithm=algorithm
            )
        ).data
        assert base64.b64decode(round_trip.plaintext) == b"remote"
    message = b"the message to sign"
    for algorithm in RSA_SIGNING:
        hash_type = _HASHES[algorithm.split("_RSA_")[0]]
        for message_type in ("RAW", "DIGEST"):
            sent = message
            if message_type == "DIGEST":
                digest = hashes.Hash(hash_type())
                digest.update(message)
                sent = digest.finalize()
            signed = clients.crypto.sign(
                sdk_models.SignDataDetails(
                    key_id=key.id, message=b64(sent), message_type=message_type, signing_algorithm=algorithm
                )
            ).data
            assert isinstance(signed, sdk_models.SignedData) and signed.key_version_id == version
            signature = base64.b64decode(signed.signature)
            assert len(signature) == length
            scheme = (
                padding.PSS(mgf=padding.MGF1(hash_type()), salt_length=hash_type.digest_size)
                if algorithm.endswith("PSS")
                else padding.PKCS1v15()
            )
            public.verify(signature, message, scheme, hash_type())  # raises if it does not verify
            verified = clients.crypto.verify(
                sdk_models.VerifyDataDetails(
                    key_id=key.id,
                    key_version_id=version,
                    signature=signed.signature,
                    message=b64(sent),
                    message_type=message_type,
                    signing_algorithm=algorithm,
                )
            ).data
            assert verified.is_signature_valid is True
    tampered = clients.crypto.verify(
        sdk_models.VerifyDataDetails(
            key_id=key.id,
            key_version_id=version,
            signature=b64(bytes(length)),
            message=b64(message),
            signing_algorithm="SHA_256_RSA_PKCS_PSS",
        )
    ).data
    assert tampered.is_signature_valid is False
    material = _export(clients, key, caller_key, "RSA_OAEP_AES_SHA256")
    exported = serialization.load_der_private_key(material, password=None)
    assert isinstance(exported, rsa.RSAPrivateKey)
    assert exported.public_key().public_numbers() == public.public_numbers()
    with pytest.raises(oci.exceptions.ServiceError) as refused:
        _export(clients, key, caller_key, "RSA_OAEP_SHA256")  # an RSA private key is too long for plain OAEP
    assert (refused.value.status, refused.value.code) == (400, "InvalidParameter")


@pytest.mark.parametrize(("length", "curve", "algorithm"), ECDSA_SHAPES)
def test_ecdsa_keys_sign_verify_and_export_for_the_sdk(
    sdk: tuple[Clients, MockKmsServer, list[Seen]], caller_key: WrappingKeyPair, length: int, curve: str, algorithm: str
) -> None:
    clients, _, _ = sdk
    key = _key(clients, "ECDSA", length, curve)
    public = _public_key(clients, key.id, key.current_key_version)
    assert isinstance(public, ec.EllipticCurvePublicKey)
    hash_type = _HASHES[algorithm.removeprefix("ECDSA_")]
    signed = clients.crypto.sign(
        sdk_models.SignDataDetails(key_id=key.id, message=b64(b"ecdsa message"), signing_algorithm=algorithm)
    ).data
    public.verify(base64.b64decode(signed.signature), b"ecdsa message", ec.ECDSA(hash_type()))
    verified = clients.crypto.verify(
        sdk_models.VerifyDataDetails(
            key_id=key.id,
            key_version_id=signed.key_version_id,
            signature=signed.signature,
            message=b64(b"ecdsa message"),
            signing_algorithm=algorithm,
        )
    ).data
    assert verified.is_signature_valid is True
    material = _export(clients, key, caller_key, "RSA_OAEP_AES_SHA256")
    exported = serialization.load_der_private_key(material, password=None)
    assert isinstance(exported, ec.EllipticCurvePrivateKey)
    assert exported.public_key().public_numbers() == public.public_numbers()
    with pytest.raises(oci.exceptions.ServiceError) as refused:  # ECDSA keys do not encrypt
        clients.crypto.encrypt(sdk_models.EncryptDataDetails(key_id=key.id, plaintext=b64(b"x")))
    assert (refused.value.status, refused.value.code) == (400, "InvalidParameter")
    assert refused.value.target_service == "kms_crypto"


def test_the_sdk_export_key_takes_only_retry_strategy_and_so_does_the_facade(shared: Fixture, serve: Serve) -> None:
    details = {"keyId": "k", "algorithm": "RSA_OAEP_SHA256", "publicKey": "p"}
    with serve() as (server, seen):
        sdk_client = oci.key_management.KmsCryptoClient(_config(shared), server.endpoint)
        facade_client = KmsCryptoClient(_config(shared), server.endpoint)
        for kwarg in ({"opc_request_id": "X"}, {"allow_control_chars": True}):
            with pytest.raises(ValueError, match="export_key got unknown kwargs") as sdk_error:
                sdk_client.export_key(sdk_models.ExportKeyDetails(key_id="k", algorithm="RSA_OAEP_SHA256"), **kwarg)
            with pytest.raises(ValueError, match="export_key got unknown kwargs") as facade_error:
                facade_client.export_key(details, **kwarg)
            assert str(sdk_error.value) == str(facade_error.value)
        assert seen == []
        with pytest.raises(Exception, match=r"InvalidParameter|NotAuthorizedOrNotFound"):
            facade_client.export_key(details, retry_strategy=None)
        assert seen[-1].headers["opc-request-id"]  # generated and sent all the same


def run_crypto_calls(management: Any, crypto: Any, models: Any, caller_pem: str) -> int:
    """The same crypto calls, written once for either pair of clients; returns how many crypto calls it made."""
    aes = management.create_key(
        models.CreateKeyDetails(
            compartment_id=COMPARTMENT,
            display_name="aes",
            key_shape=models.KeyShape(algorithm="AES", length=32),
            protection_mode="SOFTWARE",
        )
    ).data
    rsa_key = management.create_key(
        models.CreateKeyDetails(
            compartment_id=COMPARTMENT, display_name="rsa", key_shape=models.KeyShape(algorithm="RSA", length=256)
        )
    ).data
    encrypted = crypto.encrypt(
        models.EncryptDataDetails(
            key_id=aes.id,
            plaintext=b64(b"HELLO WORLD"),
            associated_data={"a": "1"},
            logging_context={"app": "x"},
            encryption_algorithm="AES_256_GCM",
        ),
        opc_request_id="crypto-request-1",
    ).data
    crypto.decrypt(
        models.DecryptDataDetails(key_id=aes.id, ciphertext=encrypted.ciphertext, associated_data={"a": "1"})
    )
    crypto.generate_data_encryption_key(
        models.GenerateKeyDetails(
            key_id=aes.id, include_plaintext_key=False, key_shape=models.KeyShape(algorithm="AES", length=16)
        )
    )
    signed = crypto.sign(
        models.SignDataDetails(key_id=rsa_key.id, message=b64(b"m"), signing_algorithm="SHA_384_RSA_PKCS1_V1_5")
    ).data
    crypto.verify(
        models.VerifyDataDetails(
            key_id=rsa_key.id,
            key_version_id=signed.key_version_id,
            signature=signed.signature,
            message_type="RAW",
            message=b64(b"m"),
            signing_algorithm="SHA_384_RSA_PKCS1_V1_5",
        )
    )
    crypto.export_key(models.ExportKeyDetails(key_id=aes.id, algorithm="RSA_OAEP_AES_SHA256", public_key=caller_pem))
    return 6


def _server_made(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Values the mocks made up (ciphertexts, signatures) replaced by a marker: they differ between runs."""
    for request in requests:
        if isinstance(request["body"], dict):
            for field in ("ciphertext", "signature"):
                if field in request["body"]:
                    request["body"][field] = "<made by the mock>"
    return requests


def test_the_facade_and_the_sdk_send_the_same_crypto_requests(
    shared: Fixture, serve: Serve, caller_key: WrappingKeyPair
) -> None:
    from kms_facade import models as facade_models  # noqa: PLC0415

    with serve() as (server, sdk_seen):
        run_crypto_calls(
            oci.key_management.KmsManagementClient(_config(shared), server.endpoint),
            oci.key_management.KmsCryptoClient(_config(shared), server.endpoint),
            sdk_models,
            caller_key.public_pem,
        )
    with (
        serve() as (server, facade_seen),
        KmsManagementClient(_config(shared), server.endpoint) as management,
        KmsCryptoClient(_config(shared), server.endpoint) as crypto,
    ):
        run_crypto_calls(management, crypto, facade_models, caller_key.public_pem)
    sdk, facade = _server_made(_comparable(sdk_seen)), _server_made(_comparable(facade_seen))
    assert len(sdk) == len(facade) == 8
    assert [r["status"] for r in facade] == [200] * 8
    assert [r["path"] for r in facade][2:] == [
        f"/20180608/{verb}"
        for verb in ("encrypt", "decrypt", "generateDataEncryptionKey", "sign", "verify", "exportKey")
    ]
    differences = [
        f"{expected['path']}: "
        + ", ".join(f"{k}: sdk {expected[k]!r} facade {actual[k]!r}" for k in expected if expected[k] != actual[k])
        for expected, actual in zip(sdk, facade, strict=True)
        if actual != expected
    ]
    assert differences == [], "\n".join(differences)
    assert facade_seen[2].headers["opc-request-id"] == sdk_seen[2].headers["opc-request-id"] == "crypto-request-1"
