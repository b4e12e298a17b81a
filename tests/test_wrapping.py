"""Key-material wrapping (kms_facade.wrapping) and the mock's unwrapping and shape checks (kms_mock.crypto)."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap_with_padding, aes_key_wrap_with_padding
from kms_api_client.models import WrappedImportKey, WrappingAlgorithm

from kms_facade.wrapping import rsa_private_key_material, wrap_key_material, wrap_key_material_bytes
from kms_mock.crypto import UnwrapError, WrappingKeyPair, check_material_fits_shape, decode_key_material

ALGORITHMS = ["RSA_OAEP_SHA256", "RSA_OAEP_AES_SHA256"]
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


@pytest.fixture(scope="module")
def wrapping_private_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def pair(wrapping_private_key: rsa.RSAPrivateKey) -> WrappingKeyPair:
    return WrappingKeyPair(wrapping_private_key)


@pytest.fixture(scope="module")
def rsa_import_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def aes_material(length: int) -> bytes:
    return bytes(range(0xA0, 0xA0 + length))


def assert_secret_free(message: str, material: bytes) -> None:
    assert material.hex() not in message
    assert repr(material) not in message
    assert base64.b64encode(material).decode() not in message


# --- round trips -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("length", [16, 24, 32])
def test_aes_material_round_trips(pair: WrappingKeyPair, algorithm: str, length: int) -> None:
    material = aes_material(length)
    wrapped = wrap_key_material_bytes(pair.public_pem, material, algorithm)
    unwrapped = pair.unwrap(wrapped, algorithm)
    assert unwrapped == material
    assert check_material_fits_shape(unwrapped, "AES", length) is None


def test_rsa_material_round_trips_and_the_public_key_is_derived(
    pair: WrappingKeyPair, rsa_import_key: rsa.RSAPrivateKey
) -> None:
    material = rsa_private_key_material(rsa_import_key)
    wrapped = wrap_key_material_bytes(pair.public_pem, material, "RSA_OAEP_AES_SHA256")
    unwrapped = pair.unwrap(wrapped, "RSA_OAEP_AES_SHA256")
    assert unwrapped == material
    public_pem = check_material_fits_shape(unwrapped, "RSA", 256)
    expected = rsa_import_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert public_pem == expected.decode()


def test_wrap_key_material_returns_a_ready_wrapped_import_key(pair: WrappingKeyPair) -> None:
    material = aes_material(32)
    wrapped = wrap_key_material(pair.public_pem, material)
    assert isinstance(wrapped, WrappedImportKey)
    assert wrapped.wrapping_algorithm == WrappingAlgorithm.RSA_OAEP_AES_SHA256
    assert wrapped.to_dict()["wrappingAlgorithm"] == "RSA_OAEP_AES_SHA256"
    blob = decode_key_material(wrapped.to_dict()["keyMaterial"])
    assert pair.unwrap(blob, "RSA_OAEP_AES_SHA256") == material

    direct = wrap_key_material(pair.public_pem.encode(), material, WrappingAlgorithm.RSA_OAEP_SHA256)
    assert direct.wrapping_algorithm == WrappingAlgorithm.RSA_OAEP_SHA256
    assert pair.unwrap(decode_key_material(direct.key_material), "RSA_OAEP_SHA256") == material


# --- the wire format, checked with cryptography directly -------------------------------------------------


def test_rsa_oaep_sha256_is_plain_rsa_oaep(wrapping_private_key: rsa.RSAPrivateKey, pair: WrappingKeyPair) -> None:
    material = aes_material(16)
    wrapped = wrap_key_material_bytes(wrapping_private_key.public_key(), material, "RSA_OAEP_SHA256")
    assert len(wrapped) == 256
    assert wrapping_private_key.decrypt(wrapped, OAEP) == material


def test_rsa_oaep_aes_sha256_is_rsa_wrapped_aes256_key_then_rfc5649(
    wrapping_private_key: rsa.RSAPrivateKey, pair: WrappingKeyPair
) -> None:
    material = aes_material(24)
    wrapped = wrap_key_material_bytes(pair.public_pem, material, "RSA_OAEP_AES_SHA256")
    aes_key = wrapping_private_key.decrypt(wrapped[:256], OAEP)
    assert len(aes_key) == 32
    assert aes_key_unwrap_with_padding(aes_key, wrapped[256:]) == material


def test_every_wrap_uses_fresh_randomness(pair: WrappingKeyPair) -> None:
    material = aes_material(32)
    for algorithm in ALGORITHMS:
        assert wrap_key_material_bytes(pair.public_pem, material, algorithm) != wrap_key_material_bytes(
            pair.public_pem, material, algorithm
        )


# --- wrapping errors -------------------------------------------------------------------------------------


def test_unknown_algorithm_is_rejected_before_anything_else() -> None:
    with pytest.raises(ValueError, match="unknown wrapping algorithm 'AES_GCM'"):
        wrap_key_material_bytes("not a pem", b"", "AES_GCM")
    with pytest.raises(ValueError, match="unknown wrapping algorithm"):
        wrap_key_material("not a pem", b"", "rsa_oaep_sha256")


def test_unknown_algorithm_message_does_not_echo_bytes() -> None:
    material = aes_material(32)
    with pytest.raises(ValueError, match="unknown wrapping algorithm") as caught:
        wrap_key_material_bytes("pem", b"x", material)  # type: ignore[arg-type]
    assert_secret_free(str(caught.value), material)


def test_rsa_oaep_sha256_refuses_material_too_long_for_the_key(
    pair: WrappingKeyPair, rsa_import_key: rsa.RSAPrivateKey
) -> None:
    material = rsa_private_key_material(rsa_import_key)
    with pytest.raises(ValueError, match="use RSA_OAEP_AES_SHA256") as caught:
        wrap_key_material_bytes(pair.public_pem, material, "RSA_OAEP_SHA256")
    assert_secret_free(str(caught.value), material)
    # 2048-bit key: 256 - 2*32 - 2 = 190 bytes fit, 191 do not
    assert len(wrap_key_material_bytes(pair.public_pem, b"\x01" * 190, "RSA_OAEP_SHA256")) == 256
    with pytest.raises(ValueError, match="at most 190 bytes"):
        wrap_key_material_bytes(pair.public_pem, b"\x01" * 191, "RSA_OAEP_SHA256")


def test_bad_wrapping_keys_and_material_are_rejected(pair: WrappingKeyPair) -> None:
    with pytest.raises(ValueError, match="not a PEM public key"):
        wrap_key_material_bytes("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", b"k" * 16)
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(ValueError, match="must be an RSA key"):
        wrap_key_material_bytes(ec_pem, b"k" * 16)
    with pytest.raises(ValueError, match="empty"):
        wrap_key_material_bytes(pair.public_pem, b"")
    with pytest.raises(TypeError, match="must be bytes"):
        wrap_key_material_bytes(pair.public_pem, "k" * 16)  # type: ignore[arg-type]


# --- rsa_private_key_material ----------------------------------------------------------------------------


def test_rsa_private_key_material_is_pkcs8_der(rsa_import_key: rsa.RSAPrivateKey) -> None:
    material = rsa_private_key_material(rsa_import_key)
    expected = rsa_import_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert material == expected
    encrypted_pem = rsa_import_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret phrase"),
    )
    assert rsa_private_key_material(encrypted_pem, password=b"secret phrase") == expected
    traditional_pem = rsa_import_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    ).decode()
    assert rsa_private_key_material(traditional_pem) == expected


def test_rsa_private_key_material_rejects_bad_keys(rsa_import_key: rsa.RSAPrivateKey) -> None:
    encrypted_pem = rsa_import_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret phrase"),
    )
    with pytest.raises(ValueError, match="pass phrase") as caught:
        rsa_private_key_material(encrypted_pem, password=b"wrong")
    assert "secret phrase" not in str(caught.value)
    with pytest.raises(ValueError, match="pass phrase"):
        rsa_private_key_material(encrypted_pem)
    with pytest.raises(ValueError, match="must be an RSA private key"):
        rsa_private_key_material(ec.generate_private_key(ec.SECP256R1()))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="2048, 3072 or 4096 bits"):
        rsa_private_key_material(rsa.generate_private_key(public_exponent=65537, key_size=1024))


# --- the mock's unwrapping -------------------------------------------------------------------------------


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


@pytest.mark.parametrize(
    ("algorithm", "tamper", "message"),
    [
        ("RSA_OAEP_SHA256", lambda blob: flip(blob, 100), "RSA-OAEP decryption failed"),
        ("RSA_OAEP_SHA256", lambda blob: blob[:-1], "gives exactly 256 bytes"),
        ("RSA_OAEP_SHA256", lambda blob: blob + b"\x00", "gives exactly 256 bytes"),
        ("RSA_OAEP_AES_SHA256", lambda blob: flip(blob, 10), "RSA-OAEP decryption failed"),
        ("RSA_OAEP_AES_SHA256", lambda blob: flip(blob, len(blob) - 1), "AES key unwrap"),
        ("RSA_OAEP_AES_SHA256", lambda blob: flip(blob, 260), "AES key unwrap"),
        ("RSA_OAEP_AES_SHA256", lambda blob: blob[:-1], "multiple of 8"),
        ("RSA_OAEP_AES_SHA256", lambda blob: blob[:-8], "AES key unwrap"),
        ("RSA_OAEP_AES_SHA256", lambda blob: blob[:256], "at least 16 bytes"),
        ("RSA_OAEP_AES_SHA256", lambda blob: blob[:100], "at least 16 bytes"),
    ],
)
def test_tampered_or_truncated_blobs_are_rejected(
    pair: WrappingKeyPair, algorithm: str, tamper: object, message: str
) -> None:
    material = aes_material(32)
    blob = wrap_key_material_bytes(pair.public_pem, material, algorithm)
    with pytest.raises(UnwrapError, match=message) as caught:
        pair.unwrap(tamper(blob), algorithm)  # type: ignore[operator]
    assert_secret_free(str(caught.value), material)


def test_material_wrapped_for_another_vault_is_rejected(pair: WrappingKeyPair) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    for algorithm in ALGORITHMS:
        with pytest.raises(UnwrapError, match="RSA-OAEP decryption failed"):
            pair.unwrap(wrap_key_material_bytes(other, aes_material(16), algorithm), algorithm)


def test_algorithm_mismatch_is_rejected(pair: WrappingKeyPair) -> None:
    blob = wrap_key_material_bytes(pair.public_pem, aes_material(16), "RSA_OAEP_AES_SHA256")
    with pytest.raises(UnwrapError, match="RSA_OAEP_SHA256 with this 2048-bit wrapping key"):
        pair.unwrap(blob, "RSA_OAEP_SHA256")


def test_unknown_unwrap_algorithm(pair: WrappingKeyPair) -> None:
    with pytest.raises(UnwrapError, match="unknown wrapping algorithm 'RSA_PKCS1'"):
        pair.unwrap(b"\x00" * 256, "RSA_PKCS1")


def test_temporary_key_of_another_aes_size_is_accepted_and_a_non_aes_size_rejected(
    wrapping_private_key: rsa.RSAPrivateKey, pair: WrappingKeyPair
) -> None:
    public_key = wrapping_private_key.public_key()
    material = aes_material(32)
    aes128 = os.urandom(16)
    blob = public_key.encrypt(aes128, OAEP) + aes_key_wrap_with_padding(aes128, material)
    assert pair.unwrap(blob, "RSA_OAEP_AES_SHA256") == material
    odd = os.urandom(20)
    blob = public_key.encrypt(odd, OAEP) + aes_key_wrap_with_padding(os.urandom(16), material)
    with pytest.raises(UnwrapError, match="temporary key is 20 bytes"):
        pair.unwrap(blob, "RSA_OAEP_AES_SHA256")


# --- shape checks ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("material_length", "length", "message"),
    [
        (16, 32, "is 16 bytes but keyShape.length is 32"),
        (32, 16, "is 32 bytes but keyShape.length is 16"),
        (20, 20, "16, 24 or 32 bytes, not 20"),
    ],
)
def test_aes_material_must_fit_the_shape(material_length: int, length: int, message: str) -> None:
    material = aes_material(material_length)
    with pytest.raises(UnwrapError, match=message) as caught:
        check_material_fits_shape(material, "AES", length)
    assert_secret_free(str(caught.value), material)


def test_rsa_material_must_fit_the_shape(rsa_import_key: rsa.RSAPrivateKey) -> None:
    material = rsa_private_key_material(rsa_import_key)
    with pytest.raises(UnwrapError, match=r"2048-bit modulus \(256 bytes\) but keyShape\.length is 384") as caught:
        check_material_fits_shape(material, "RSA", 384)
    assert_secret_free(str(caught.value), material)
    with pytest.raises(UnwrapError, match="256, 384 or 512 bytes, not 100"):
        check_material_fits_shape(material, "RSA", 100)


@pytest.mark.parametrize(
    "make_material",
    [
        lambda key: key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        ),
        lambda key: key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        lambda key: key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"pw"),
        ),
        lambda key: (
            key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
            + b"\x00"
        ),
        lambda key: key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )[:-10],
        lambda key: ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        lambda key: aes_material(32),
        lambda key: b"",
    ],
    ids=["pkcs1-der", "pkcs8-pem", "encrypted-pkcs8", "trailing-byte", "truncated", "ec-key", "aes-bytes", "empty"],
)
def test_rsa_material_must_be_an_unencrypted_pkcs8_der_rsa_key(
    rsa_import_key: rsa.RSAPrivateKey, make_material: object
) -> None:
    material = make_material(rsa_import_key)  # type: ignore[operator]
    with pytest.raises(UnwrapError, match="not an unencrypted PKCS#8 DER RSA private key"):
        check_material_fits_shape(material, "RSA", 256)


def test_other_algorithms_cannot_be_imported() -> None:
    with pytest.raises(UnwrapError, match="'ECDSA' cannot be imported"):
        check_material_fits_shape(b"\x01" * 32, "ECDSA", 32)


# --- base64 and the key pair itself ----------------------------------------------------------------------


def test_decode_key_material() -> None:
    assert decode_key_material(base64.b64encode(b"\x00\xff").decode()) == b"\x00\xff"
    for bad in ["not base64!", "AAA", "ÄÄÄÄ"]:
        with pytest.raises(UnwrapError, match="not valid base64"):
            decode_key_material(bad)


def test_wrapping_key_pair_loads_from_pem_and_file(
    tmp_path: Path, wrapping_private_key: rsa.RSAPrivateKey, pair: WrappingKeyPair
) -> None:
    pem = wrapping_private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert WrappingKeyPair.from_pem(pem.decode()).public_pem == pair.public_pem
    path = tmp_path / "wrapping.pem"
    path.write_bytes(pem)
    loaded = WrappingKeyPair.from_pem_file(path)
    assert loaded.public_pem == pair.public_pem
    assert loaded.key_size == 2048
    blob = wrap_key_material_bytes(pair.public_pem, aes_material(16), "RSA_OAEP_SHA256")
    assert loaded.unwrap(blob, "RSA_OAEP_SHA256") == aes_material(16)
    public = serialization.load_pem_public_key(pair.public_pem.encode())
    assert isinstance(public, rsa.RSAPublicKey)


def test_wrapping_key_pair_rejects_bad_pems(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a PEM private key"):
        WrappingKeyPair.from_pem("garbage")
    ec_pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValueError, match="must be an RSA private key"):
        WrappingKeyPair.from_pem(ec_pem)
    path = tmp_path / "bad.pem"
    path.write_text("garbage")
    with pytest.raises(ValueError, match=r"bad\.pem: the wrapping key is not a PEM private key"):
        WrappingKeyPair.from_pem_file(path)
    with pytest.raises(FileNotFoundError):
        WrappingKeyPair.from_pem_file(tmp_path / "missing.pem")


def test_wrapping_key_pair_repr_holds_no_private_key(pair: WrappingKeyPair) -> None:
    assert repr(pair) == "WrappingKeyPair(key_size=2048)"
    assert "PRIVATE" not in pair.public_pem
    assert not hasattr(pair, "__dict__")
