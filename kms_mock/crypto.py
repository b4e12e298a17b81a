"""The vault's RSA wrapping key, and unwrapping imported key material as the service does.

``unwrap`` reverses ``kms_facade.wrapping``: ``RSA_OAEP_SHA256`` is RSA-OAEP (SHA-256, MGF1-SHA-256, no label)
over the material; ``RSA_OAEP_AES_SHA256`` is an RSA-OAEP-wrapped temporary AES key followed by the material
wrapped with AES key wrap with padding (RFC 5649). ``check_material_fits_shape`` then checks the material
against the requested ``keyShape``. Error messages name sizes and causes, never the material.
"""

from __future__ import annotations

import base64
import binascii
import os
from typing import Final, Self

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap_with_padding

__all__ = [
    "AES_KEY_LENGTHS",
    "RSA_KEY_LENGTHS",
    "UnwrapError",
    "WrappingKeyPair",
    "check_material_fits_shape",
    "decode_key_material",
    "strict_b64decode",
]

AES_KEY_LENGTHS: Final = (16, 24, 32)
RSA_KEY_LENGTHS: Final = (256, 384, 512)
_AES_KWP_MIN_BYTES: Final = 16
_DER_SEQUENCE: Final = 0x30
_DER_INTEGER: Final = 0x02


class UnwrapError(Exception):
    """Imported key material does not unwrap, or does not fit the key shape (the mock answers 400)."""


def _oaep() -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def strict_b64decode(text: str) -> bytes:
    """Standard base64, nothing else in it (no whitespace, no non-ASCII); ValueError otherwise."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as error:
        raise ValueError("not valid base64") from error


def decode_key_material(text: str) -> bytes:
    """Decode ``WrappedImportKey.keyMaterial`` (standard base64); UnwrapError when it is not base64."""
    try:
        return strict_b64decode(text)
    except ValueError:
        raise UnwrapError("keyMaterial is not valid base64") from None


class WrappingKeyPair:
    """The vault's RSA wrapping key pair; only ``public_pem`` ever leaves it."""

    __slots__ = ("_private_key", "public_pem")

    def __init__(self, private_key: rsa.RSAPrivateKey) -> None:
        self._private_key = private_key
        self.public_pem: str = (
            private_key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )

    @classmethod
    def generate(cls, bits: int = 4096) -> Self:
        """A fresh key pair (the real vault's wrapping key is 4096 bits)."""
        return cls(rsa.generate_private_key(public_exponent=65537, key_size=bits))

    @classmethod
    def from_pem(cls, data: str | bytes, password: bytes | None = None) -> Self:
        """Load an RSA private key PEM; ValueError when it is not one."""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        try:
            key = serialization.load_pem_private_key(raw, password=password)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise ValueError(
                "the wrapping key is not a PEM private key, or its pass phrase is missing or wrong"
            ) from None
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError("the wrapping key must be an RSA private key")
        return cls(key)

    @classmethod
    def from_pem_file(cls, path: str | os.PathLike[str], password: bytes | None = None) -> Self:
        """Load an RSA private key PEM from ``path``; OSError when unreadable, ValueError when not a key."""
        with open(path, "rb") as handle:
            data = handle.read()
        try:
            return cls.from_pem(data, password)
        except ValueError as error:
            raise ValueError(f"{os.fspath(path)}: {error}") from None

    @property
    def key_size(self) -> int:
        """The modulus size in bits."""
        return self._private_key.key_size

    def __repr__(self) -> str:
        return f"WrappingKeyPair(key_size={self.key_size})"

    def _rsa_decrypt(self, blob: bytes) -> bytes:
        try:
            return self._private_key.decrypt(blob, _oaep())
        except ValueError:
            raise UnwrapError(
                "RSA-OAEP decryption failed: the material was not wrapped with this vault's wrapping key "
                "using RSA-OAEP with SHA-256 and MGF1-SHA-256"
            ) from None

    def unwrap(self, wrapped: bytes, algorithm: str) -> bytes:
        """The key material inside ``wrapped``; UnwrapError with the reason when it does not unwrap."""
        modulus_bytes = (self.key_size + 7) // 8
        if algorithm == "RSA_OAEP_SHA256":
            if len(wrapped) != modulus_bytes:
                raise UnwrapError(
                    f"wrapped key material is {len(wrapped)} bytes; RSA_OAEP_SHA256 with this "
                    f"{self.key_size}-bit wrapping key gives exactly {modulus_bytes} bytes"
                )
            return self._rsa_decrypt(wrapped)
        if algorithm == "RSA_OAEP_AES_SHA256":
            aes_part = len(wrapped) - modulus_bytes
            if aes_part < _AES_KWP_MIN_BYTES or aes_part % 8:
                raise UnwrapError(
                    f"wrapped key material is {len(wrapped)} bytes; RSA_OAEP_AES_SHA256 expects "
                    f"{modulus_bytes} bytes of RSA-wrapped AES key followed by an RFC 5649 AES key wrap "
                    "of at least 16 bytes, a multiple of 8"
                )
            aes_key = self._rsa_decrypt(wrapped[:modulus_bytes])
            if len(aes_key) not in AES_KEY_LENGTHS:
                raise UnwrapError(
                    f"the RSA-wrapped temporary key is {len(aes_key)} bytes; an AES key of 16, 24 or 32 "
                    "bytes was expected"
                )
            try:
                return aes_key_unwrap_with_padding(aes_key, wrapped[modulus_bytes:])
            except InvalidUnwrap:
                raise UnwrapError("AES key unwrap (RFC 5649) failed: the integrity check did not pass") from None
        shown = algorithm if len(algorithm) <= 64 else algorithm[:64] + "..."
        raise UnwrapError(f"unknown wrapping algorithm {shown!r}; expected RSA_OAEP_AES_SHA256 or RSA_OAEP_SHA256")


def _der_element(data: bytes, offset: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the DER element at ``offset``; ValueError when malformed."""
    if offset + 2 > len(data):
        raise ValueError("truncated")
    tag, first = data[offset], data[offset + 1]
    start = offset + 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or start + count > len(data):
            raise ValueError("bad length")
        length = int.from_bytes(data[start : start + count], "big")
        start += count
    if start + length > len(data):
        raise ValueError("truncated")
    return tag, start, start + length


def _looks_like_pkcs8(data: bytes) -> bool:
    """SEQUENCE { INTEGER version, SEQUENCE algorithm, ... } spanning ``data`` (PKCS#1 has INTEGERs)."""
    try:
        tag, start, end = _der_element(data, 0)
        if tag != _DER_SEQUENCE or end != len(data):
            return False
        tag, _, version_end = _der_element(data, start)
        if tag != _DER_INTEGER:
            return False
        tag, _, _ = _der_element(data, version_end)
    except ValueError:
        return False
    return tag == _DER_SEQUENCE


def check_material_fits_shape(material: bytes, algorithm: str, length: int) -> str | None:
    """Check unwrapped material against ``keyShape``; the derived public key PEM for RSA, None for AES.

    AES: the material is the key itself, ``length`` bytes, 16/24/32. RSA: an unencrypted PKCS#8 DER private
    key whose modulus is ``length`` bytes, 256/384/512. Other algorithms cannot be imported. UnwrapError
    otherwise.
    """
    if algorithm == "AES":
        if length not in AES_KEY_LENGTHS:
            raise UnwrapError(f"AES keys are imported with a length of 16, 24 or 32 bytes, not {length}")
        if len(material) != length:
            raise UnwrapError(f"the unwrapped key material is {len(material)} bytes but keyShape.length is {length}")
        return None
    if algorithm == "RSA":
        if length not in RSA_KEY_LENGTHS:
            raise UnwrapError(f"RSA keys are imported with a length of 256, 384 or 512 bytes, not {length}")
        not_a_key = "the unwrapped key material is not an unencrypted PKCS#8 DER RSA private key"
        if not _looks_like_pkcs8(material):
            raise UnwrapError(not_a_key)
        try:
            key = serialization.load_der_private_key(material, password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise UnwrapError(not_a_key) from None
        if not isinstance(key, rsa.RSAPrivateKey):
            raise UnwrapError(not_a_key)
        modulus_bytes = (key.key_size + 7) // 8
        if modulus_bytes != length:
            raise UnwrapError(
                f"the imported RSA key has a {key.key_size}-bit modulus ({modulus_bytes} bytes) "
                f"but keyShape.length is {length}"
            )
        return (
            key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )
    shown = algorithm if len(algorithm) <= 64 else algorithm[:64] + "..."
    raise UnwrapError(f"keys of algorithm {shown!r} cannot be imported; only AES and RSA keys can")
