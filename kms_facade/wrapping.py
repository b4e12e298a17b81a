"""Wrap your own key material with the vault's public wrapping key, ready for ``import_key``.

``RSA_OAEP_SHA256`` encrypts the material directly with RSA-OAEP (SHA-256, MGF1-SHA-256, no label); it fits
only short material (an AES key). ``RSA_OAEP_AES_SHA256`` (the default) draws a fresh 256-bit AES key, wraps
it with RSA-OAEP-SHA256 and wraps the material with AES key wrap with padding (RFC 5649); the result is the
RSA blob followed by the AES-wrapped blob. RSA key material is the private key as PKCS#8 DER (see
``rsa_private_key_material``).
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING, Final

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.keywrap import aes_key_wrap_with_padding

if TYPE_CHECKING:
    from kms_api_client.models import WrappedImportKey

__all__ = [
    "IMPORTABLE_RSA_KEY_BITS",
    "WRAPPING_ALGORITHMS",
    "rsa_private_key_material",
    "wrap_key_material",
    "wrap_key_material_bytes",
]

WRAPPING_ALGORITHMS: Final = ("RSA_OAEP_AES_SHA256", "RSA_OAEP_SHA256")
IMPORTABLE_RSA_KEY_BITS: Final = (2048, 3072, 4096)
_TEMPORARY_AES_KEY_BYTES: Final = 32
_SHA256_BYTES: Final = 32


def _oaep() -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def _algorithm_name(algorithm: object) -> str:
    """The wire name of ``algorithm`` (a str or a ``WrappingAlgorithm``); ValueError when unknown."""
    name = getattr(algorithm, "value", algorithm)
    if isinstance(name, str) and name in WRAPPING_ALGORITHMS:
        return name
    shown = repr(name) if isinstance(name, str) and len(name) <= 64 else f"a {type(name).__name__}"
    raise ValueError(f"unknown wrapping algorithm {shown}; expected one of {list(WRAPPING_ALGORITHMS)}")


def _load_public_key(public_key: rsa.RSAPublicKey | str | bytes) -> rsa.RSAPublicKey:
    if isinstance(public_key, rsa.RSAPublicKey):
        return public_key
    if isinstance(public_key, str):
        public_key = public_key.encode("utf-8")
    if not isinstance(public_key, bytes):
        raise TypeError("the wrapping public key must be a PEM string or bytes, or an RSAPublicKey")
    try:
        loaded = serialization.load_pem_public_key(public_key)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise ValueError(
            "the wrapping public key is not a PEM public key (use get_wrapping_key(...).data.public_key)"
        ) from None
    if not isinstance(loaded, rsa.RSAPublicKey):
        raise ValueError("the wrapping public key must be an RSA key")
    return loaded


def _material_bytes(key_material: bytes) -> bytes:
    if not isinstance(key_material, bytes | bytearray | memoryview):
        raise TypeError(f"key_material must be bytes, not {type(key_material).__name__}")
    material = bytes(key_material)
    if not material:
        raise ValueError("key_material is empty")
    return material


def wrap_key_material_bytes(
    public_key: rsa.RSAPublicKey | str | bytes,
    key_material: bytes,
    algorithm: str = "RSA_OAEP_AES_SHA256",
) -> bytes:
    """Wrap ``key_material`` with the RSA ``public_key`` (PEM or key object); returns the raw wrapped bytes.

    Raises ValueError for an unknown algorithm (checked first), a key that is not an RSA public key, empty
    material, or material too long for ``RSA_OAEP_SHA256``.
    """
    name = _algorithm_name(algorithm)
    material = _material_bytes(key_material)
    key = _load_public_key(public_key)
    if name == "RSA_OAEP_SHA256":
        limit = key.key_size // 8 - 2 * _SHA256_BYTES - 2
        if len(material) > limit:
            raise ValueError(
                f"RSA_OAEP_SHA256 wraps at most {limit} bytes with a {key.key_size}-bit wrapping key, "
                f"and the key material is {len(material)} bytes; use RSA_OAEP_AES_SHA256"
            )
        return key.encrypt(material, _oaep())
    aes_key = os.urandom(_TEMPORARY_AES_KEY_BYTES)
    return key.encrypt(aes_key, _oaep()) + aes_key_wrap_with_padding(aes_key, material)


def wrap_key_material(
    wrapping_public_key_pem: str | bytes,
    key_material: bytes,
    algorithm: str = "RSA_OAEP_AES_SHA256",
) -> WrappedImportKey:
    """Wrap ``key_material`` for ``import_key``/``import_key_version``.

    ``wrapping_public_key_pem`` is ``get_wrapping_key(...).data.public_key``. ``key_material`` is the raw AES
    key (16, 24 or 32 bytes), or for an RSA key its PKCS#8 DER private key (``rsa_private_key_material``).
    Returns a ``WrappedImportKey`` with the wrapped material in base64.
    """
    name = _algorithm_name(algorithm)
    from kms_api_client.models import WrappedImportKey, WrappingAlgorithm  # noqa: PLC0415

    wrapped = wrap_key_material_bytes(wrapping_public_key_pem, key_material, name)
    return WrappedImportKey(
        key_material=base64.b64encode(wrapped).decode("ascii"),
        wrapping_algorithm=WrappingAlgorithm(name),
    )


def rsa_private_key_material(private_key: rsa.RSAPrivateKey | str | bytes, password: bytes | None = None) -> bytes:
    """The key material to wrap for importing an RSA key: its private key as unencrypted PKCS#8 DER.

    ``private_key`` is a key object or a PEM (``password`` for an encrypted one). The key must be 2048, 3072
    or 4096 bits (the lengths 256, 384 and 512 of ``KeyShape``).
    """
    key: object = private_key
    if isinstance(private_key, str | bytes):
        data = private_key.encode("utf-8") if isinstance(private_key, str) else private_key
        try:
            key = serialization.load_pem_private_key(data, password=password)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise ValueError("private_key is not a PEM private key, or its pass phrase is missing or wrong") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("private_key must be an RSA private key")
    if key.key_size not in IMPORTABLE_RSA_KEY_BITS:
        raise ValueError(f"an imported RSA key must be 2048, 3072 or 4096 bits, and this one is {key.key_size} bits")
    return key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
