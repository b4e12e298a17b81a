"""RSA and ECDSA with a key version's material (PKCS#8 DER): public keys, OAEP, and the signing algorithms.

Which algorithm fits which key (reference §4.4): RSA keys encrypt with ``RSA_OAEP_SHA_1``/``RSA_OAEP_SHA_256``
(MGF1 over the same hash) and sign with ``SHA_*_RSA_PKCS_PSS`` (salt as long as the digest) or
``SHA_*_RSA_PKCS1_V1_5``; ECDSA keys sign with ``ECDSA_SHA_256``/``384``/``512`` on P-256/P-384/P-521 (DER
signatures). A misfit raises :class:`AlgorithmMismatch` (the mock answers 400); messages never hold material.
"""

from __future__ import annotations

from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

__all__ = [
    "AlgorithmMismatch",
    "PrivateKey",
    "oaep_decrypt",
    "oaep_encrypt",
    "private_key",
    "public_pem",
    "sign",
    "verify",
]

_HASHES: Final[dict[str, type[hashes.HashAlgorithm]]] = {
    "SHA_1": hashes.SHA1,
    "SHA_224": hashes.SHA224,
    "SHA_256": hashes.SHA256,
    "SHA_384": hashes.SHA384,
    "SHA_512": hashes.SHA512,
}
_ECDSA_CURVES: Final = {"ECDSA_SHA_256": "secp256r1", "ECDSA_SHA_384": "secp384r1", "ECDSA_SHA_512": "secp521r1"}
_OAEP: Final = {"RSA_OAEP_SHA_1": "SHA_1", "RSA_OAEP_SHA_256": "SHA_256"}

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class AlgorithmMismatch(Exception):
    """The algorithm does not fit the key, or the input does not fit the algorithm."""


def private_key(material: bytes) -> PrivateKey:
    """The private key of PKCS#8 DER ``material``."""
    # The mock made (or, for imports, checked) the material itself: skip the slow RSA consistency check.
    key = serialization.load_der_private_key(material, password=None, unsafe_skip_rsa_key_validation=True)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise AlgorithmMismatch("the key material is neither an RSA nor an EC key")
    return key


def public_pem(material: bytes) -> str:
    """The SubjectPublicKeyInfo PEM of PKCS#8 DER ``material`` (what GetKeyVersion shows as ``publicKey``)."""
    return (
        private_key(material)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def _rsa(key: PrivateKey, algorithm: str) -> rsa.RSAPrivateKey:
    if not isinstance(key, rsa.RSAPrivateKey):
        raise AlgorithmMismatch(f"{algorithm} needs an RSA key")
    return key


def _oaep(algorithm: str) -> padding.OAEP:
    hash_type = _HASHES[_OAEP[algorithm]]
    return padding.OAEP(mgf=padding.MGF1(algorithm=hash_type()), algorithm=hash_type(), label=None)


def oaep_encrypt(key: PrivateKey, algorithm: str, plaintext: bytes) -> bytes:
    """RSA-OAEP encryption with the key's public half."""
    if algorithm not in _OAEP:
        raise AlgorithmMismatch(f"{algorithm} does not encrypt with RSA keys; use RSA_OAEP_SHA_1 or RSA_OAEP_SHA_256")
    public = _rsa(key, algorithm).public_key()
    limit = public.key_size // 8 - 2 * _HASHES[_OAEP[algorithm]]().digest_size - 2
    if len(plaintext) > limit:
        raise AlgorithmMismatch(
            f"{algorithm} with a {public.key_size}-bit key encrypts at most {limit} bytes, not {len(plaintext)}"
        )
    return public.encrypt(plaintext, _oaep(algorithm))


def oaep_decrypt(key: PrivateKey, algorithm: str, ciphertext: bytes) -> bytes:
    """RSA-OAEP decryption; AlgorithmMismatch when the ciphertext does not decrypt."""
    if algorithm not in _OAEP:
        raise AlgorithmMismatch(f"{algorithm} does not decrypt with RSA keys; use RSA_OAEP_SHA_1 or RSA_OAEP_SHA_256")
    try:
        return _rsa(key, algorithm).decrypt(ciphertext, _oaep(algorithm))
    except ValueError:
        raise AlgorithmMismatch(
            "the ciphertext does not decrypt with this key version and algorithm (RSA needs the keyVersionId and "
            "encryptionAlgorithm used to encrypt)"
        ) from None


def _scheme(key: PrivateKey, algorithm: str, message: bytes, digest: bool) -> tuple[hashes.HashAlgorithm, bytes]:
    """The hash of ``algorithm`` and the data to pass on (checks key type, curve and digest length)."""
    if algorithm in _ECDSA_CURVES:
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise AlgorithmMismatch(f"{algorithm} needs an ECDSA key")
        if key.curve.name != _ECDSA_CURVES[algorithm]:
            raise AlgorithmMismatch(f"{algorithm} does not fit a key on curve {key.curve.name}")
        hash_type = _HASHES[algorithm.removeprefix("ECDSA_")]
    else:
        _rsa(key, algorithm)
        hash_type = _HASHES[algorithm.split("_RSA_", 1)[0]]
    hash_algorithm = hash_type()
    if digest and len(message) != hash_algorithm.digest_size:
        raise AlgorithmMismatch(
            f"a DIGEST message for {algorithm} is {hash_algorithm.digest_size} bytes, not {len(message)}"
        )
    return hash_algorithm, message


def _rsa_padding(algorithm: str, hash_algorithm: hashes.HashAlgorithm) -> padding.AsymmetricPadding:
    if algorithm.endswith("_PSS"):
        return padding.PSS(mgf=padding.MGF1(hash_algorithm), salt_length=hash_algorithm.digest_size)
    return padding.PKCS1v15()


def sign(key: PrivateKey, algorithm: str, message: bytes, digest: bool) -> bytes:
    """The signature of ``message`` (or of the digest ``message``) with ``algorithm``."""
    hash_algorithm, data = _scheme(key, algorithm, message, digest)
    chosen: hashes.HashAlgorithm | utils.Prehashed = utils.Prehashed(hash_algorithm) if digest else hash_algorithm
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(chosen))
    return key.sign(data, _rsa_padding(algorithm, hash_algorithm), chosen)


def verify(key: PrivateKey, algorithm: str, message: bytes, digest: bool, signature: bytes) -> bool:
    """Whether ``signature`` verifies."""
    hash_algorithm, data = _scheme(key, algorithm, message, digest)
    chosen: hashes.HashAlgorithm | utils.Prehashed = utils.Prehashed(hash_algorithm) if digest else hash_algorithm
    public = key.public_key()
    try:
        if isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(chosen))
        else:
            public.verify(signature, data, _rsa_padding(algorithm, hash_algorithm), chosen)
    except InvalidSignature:
        return False
    return True
