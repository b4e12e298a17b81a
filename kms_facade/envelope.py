"""Envelope encryption of files and streams of any size: a fresh data key per object, AES-256-GCM in chunks.

``encrypt_stream(client, key_id, source, sink)`` asks the vault for a data key (``generate_data_encryption_key``,
AES-256), encrypts ``source`` with it chunk by chunk into ``sink``, and writes the data key only as the vault
wrapped it; ``decrypt_stream(client, source, sink)`` has the vault unwrap it (``decrypt``) and checks every
chunk. Memory stays at about two chunks whatever the size. ``*_async`` take an ``AsyncKmsCryptoClient`` (only
the vault call is awaited; the streams are ordinary binary files). ``encrypt_file``/``decrypt_file`` write to a
temporary file beside the target and rename it only when everything authenticated.

Format, version 1 (all integers big-endian)::

    header = "KMSE" | u8 version (1) | u32 chunk_size | 7-byte nonce prefix (random)
             | u16 n | n bytes: the master key OCID (UTF-8) | u16 m | m bytes: the wrapped data key
    chunk i = AES-256-GCM(data key, nonce_i, plaintext_i, aad=header)   (len(plaintext_i) + 16 bytes)
    nonce_i = nonce prefix | u32 i | u8 final (1 for the last chunk, 0 before it)

Every chunk but the last holds exactly ``chunk_size`` plaintext bytes; the last holds 0 to ``chunk_size`` (an
empty input is one empty final chunk). Binding the index and the final flag into the nonce makes a reordered,
dropped, duplicated or truncated chunk fail its tag, as does data after the final chunk; binding the header as
associated data does the same for a changed header. The wrapped data key is the vault's ``ciphertext`` (opaque;
``associated_data``, if given, is bound to it by the vault and must be given again to decrypt). Any failure
of the format, and the vault's 400 to unwrap the data key, raise :class:`EnvelopeError`; what
``decrypt_stream`` wrote before it must be discarded. Other vault errors (404, 409 for a disabled key, ...)
stay :class:`~kms_facade.exceptions.ServiceError`.
"""

from __future__ import annotations

import base64
import contextlib
import os
import struct
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final, Protocol, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kms_facade.exceptions import ServiceError

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "EnvelopeError",
    "EnvelopeHeader",
    "decrypt_file",
    "decrypt_stream",
    "decrypt_stream_async",
    "encrypt_file",
    "encrypt_stream",
    "encrypt_stream_async",
]

MAGIC: Final = b"KMSE"
VERSION: Final = 1
DEFAULT_CHUNK_SIZE: Final = 256 * 1024
MAX_CHUNK_SIZE: Final = 64 * 1024 * 1024
_TAG_BYTES: Final = 16
_PREFIX_BYTES: Final = 7
_FIXED: Final = struct.Struct(">4sBI7s")
_LENGTH: Final = struct.Struct(">H")
_DATA_KEY_SHAPE: Final = {"algorithm": "AES", "length": 32}

T = TypeVar("T")


class Readable(Protocol):
    """What a source must offer: ``read(size)`` returning bytes (a file opened ``"rb"``, ``io.BytesIO``, a pipe)."""

    def read(self, size: int, /) -> bytes: ...


class Writable(Protocol):
    """What a sink must offer: ``write(data)``."""

    def write(self, data: bytes, /) -> Any: ...


class EnvelopeError(ValueError):
    """The input is not an envelope this code reads, or it does not authenticate (altered, truncated, ...)."""


@dataclass(frozen=True, slots=True)
class EnvelopeHeader:
    """An envelope's header: which master key wrapped the data key, the wrapped key, and the chunking."""

    key_id: str
    wrapped_key: bytes
    chunk_size: int
    nonce_prefix: bytes

    def encode(self) -> bytes:
        """The header's bytes (also the associated data of every chunk)."""
        key_id = self.key_id.encode("utf-8")
        return b"".join(
            (
                _FIXED.pack(MAGIC, VERSION, self.chunk_size, self.nonce_prefix),
                _LENGTH.pack(len(key_id)),
                key_id,
                _LENGTH.pack(len(self.wrapped_key)),
                self.wrapped_key,
            )
        )

    @classmethod
    def read(cls, source: Readable) -> tuple[EnvelopeHeader, bytes]:
        """Read a header from ``source``: the header and its bytes; EnvelopeError when it is not one."""
        fixed = _read_exact(source, _FIXED.size)
        if len(fixed) < _FIXED.size or fixed[:4] != MAGIC:
            raise EnvelopeError("not an envelope: the input does not start with the KMSE header")
        _, version, chunk_size, prefix = _FIXED.unpack(fixed)
        if version != VERSION:
            raise EnvelopeError(f"envelope format version {version} is not supported (this code reads {VERSION})")
        if not 0 < chunk_size <= MAX_CHUNK_SIZE:
            raise EnvelopeError(
                f"envelope header names a chunk size of {chunk_size} bytes, outside 1..{MAX_CHUNK_SIZE}"
            )
        parts = [fixed]
        fields = []
        for name in ("key id", "wrapped key"):
            length_bytes = _read_exact(source, _LENGTH.size)
            data = _read_exact(source, _LENGTH.unpack(length_bytes)[0]) if len(length_bytes) == _LENGTH.size else b""
            if len(length_bytes) < _LENGTH.size or len(data) < _LENGTH.unpack(length_bytes)[0]:
                raise EnvelopeError(f"envelope header is truncated in its {name}")
            parts += [length_bytes, data]
            fields.append(data)
        try:
            key_id = fields[0].decode("utf-8")
        except UnicodeDecodeError:
            raise EnvelopeError("envelope header's key id is not UTF-8") from None
        return cls(key_id, fields[1], chunk_size, prefix), b"".join(parts)


def _read_exact(source: Readable, size: int) -> bytes:
    """Up to ``size`` bytes: fewer only at the end of ``source`` (short reads of pipes are joined)."""
    data = source.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = source.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    if index >= 2**32:
        raise EnvelopeError("an envelope holds at most 2**32 chunks; use a larger chunk size")
    return prefix + struct.pack(">IB", index, 1 if final else 0)


def _generate_details(key_id: str, associated_data: Mapping[str, str] | None) -> dict[str, Any]:
    details: dict[str, Any] = {"keyId": key_id, "keyShape": dict(_DATA_KEY_SHAPE), "includePlaintextKey": True}
    if associated_data:
        details["associatedData"] = dict(associated_data)
    return details


def _decrypt_details(header: EnvelopeHeader, associated_data: Mapping[str, str] | None) -> dict[str, Any]:
    details: dict[str, Any] = {"keyId": header.key_id, "ciphertext": base64.b64encode(header.wrapped_key).decode()}
    if associated_data:
        details["associatedData"] = dict(associated_data)
    return details


def _seal(data_key: bytes, header: EnvelopeHeader, source: Readable, sink: Writable) -> None:
    """Write the header and every chunk of ``source`` (the format above)."""
    aad = header.encode()
    sink.write(aad)
    cipher = AESGCM(data_key)
    index = 0
    current = _read_exact(source, header.chunk_size)
    while True:
        following = _read_exact(source, header.chunk_size) if len(current) == header.chunk_size else b""
        final = not following
        sink.write(cipher.encrypt(_nonce(header.nonce_prefix, index, final), current, aad))
        if final:
            return
        current, index = following, index + 1


def _open(data_key: bytes, header: EnvelopeHeader, aad: bytes, source: Readable, sink: Writable) -> None:
    """Check and write the plaintext of every chunk after the header."""
    cipher = AESGCM(data_key)
    sealed_size = header.chunk_size + _TAG_BYTES
    index = 0
    current = _read_exact(source, sealed_size)
    while True:
        if len(current) < _TAG_BYTES:
            raise EnvelopeError(f"the envelope ends inside chunk {index}: it was truncated")
        following = _read_exact(source, sealed_size) if len(current) == sealed_size else b""
        final = not following
        try:
            sink.write(cipher.decrypt(_nonce(header.nonce_prefix, index, final), current, aad))
        except InvalidTag:
            raise EnvelopeError(
                f"chunk {index} does not authenticate: the envelope was altered, reordered, truncated or extended"
            ) from None
        if final:
            return
        current, index = following, index + 1


@contextlib.contextmanager
def _unwrapping() -> Iterator[None]:
    """A vault's 400 to unwrap the data key becomes EnvelopeError (a changed header, other associated data)."""
    try:
        yield
    except ServiceError as error:
        if error.status != 400:
            raise
        raise EnvelopeError(
            f"the vault did not unwrap the data key ({error.code}): the envelope's header was altered, or "
            "associated_data differs from the one it was encrypted with"
        ) from error


def _data_key(response: Any, what: str) -> bytes:
    plaintext = response.data.plaintext
    if not plaintext:
        raise EnvelopeError(f"{what} returned no plaintext data key")
    return base64.b64decode(plaintext)


def _new_header(key_id: str, wrapped: str, chunk_size: int) -> EnvelopeHeader:
    if not 0 < chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk_size must be 1..{MAX_CHUNK_SIZE} bytes, not {chunk_size}")
    return EnvelopeHeader(key_id, base64.b64decode(wrapped), chunk_size, os.urandom(_PREFIX_BYTES))


def encrypt_stream(
    client: Any,
    key_id: str,
    source: Readable,
    sink: Writable,
    *,
    associated_data: Mapping[str, str] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> EnvelopeHeader:
    """Encrypt ``source`` into ``sink`` under a fresh data key from ``client`` (a ``KmsCryptoClient``) wrapped
    by the AES master key ``key_id``; returns the header written."""
    generated = client.generate_data_encryption_key(_generate_details(key_id, associated_data))
    header = _new_header(key_id, generated.data.ciphertext, chunk_size)
    _seal(_data_key(generated, "generate_data_encryption_key"), header, source, sink)
    return header


def decrypt_stream(
    client: Any, source: Readable, sink: Writable, *, associated_data: Mapping[str, str] | None = None
) -> EnvelopeHeader:
    """Decrypt an envelope from ``source`` into ``sink``, the data key unwrapped by ``client``; EnvelopeError
    when it does not authenticate (discard what was written then)."""
    header, aad = EnvelopeHeader.read(source)
    with _unwrapping():
        data_key = _data_key(client.decrypt(_decrypt_details(header, associated_data)), "decrypt")
    _open(data_key, header, aad, source, sink)
    return header


async def encrypt_stream_async(
    client: Any,
    key_id: str,
    source: Readable,
    sink: Writable,
    *,
    associated_data: Mapping[str, str] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> EnvelopeHeader:
    """:func:`encrypt_stream` with an ``AsyncKmsCryptoClient`` (the vault call is awaited)."""
    generated = await client.generate_data_encryption_key(_generate_details(key_id, associated_data))
    header = _new_header(key_id, generated.data.ciphertext, chunk_size)
    _seal(_data_key(generated, "generate_data_encryption_key"), header, source, sink)
    return header


async def decrypt_stream_async(
    client: Any, source: Readable, sink: Writable, *, associated_data: Mapping[str, str] | None = None
) -> EnvelopeHeader:
    """:func:`decrypt_stream` with an ``AsyncKmsCryptoClient``."""
    header, aad = EnvelopeHeader.read(source)
    with _unwrapping():
        data_key = _data_key(await client.decrypt(_decrypt_details(header, associated_data)), "decrypt")
    _open(data_key, header, aad, source, sink)
    return header


def _atomically(target: str | os.PathLike[str], write: Callable[[IO[bytes]], T]) -> T:
    """Run ``write`` on a temporary file beside ``target``; rename it to ``target`` only if ``write`` succeeds."""
    folder = Path(target).resolve().parent
    handle = tempfile.NamedTemporaryFile(dir=folder, prefix=".envelope-", delete=False)  # noqa: SIM115
    try:
        with handle:
            result = write(handle)
        os.replace(handle.name, target)
    except BaseException:
        os.unlink(handle.name)
        raise
    return result


def encrypt_file(
    client: Any,
    key_id: str,
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    **options: Any,
) -> EnvelopeHeader:
    """Encrypt the file ``source`` into ``target`` (see :func:`encrypt_stream` for ``options``)."""
    with open(source, "rb") as plain:
        return _atomically(target, lambda sink: encrypt_stream(client, key_id, plain, sink, **options))


def decrypt_file(
    client: Any,
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    associated_data: Mapping[str, str] | None = None,
) -> EnvelopeHeader:
    """Decrypt the envelope file ``source`` into ``target``; ``target`` is left untouched when it fails."""
    with open(source, "rb") as sealed:
        return _atomically(target, lambda sink: decrypt_stream(client, sealed, sink, associated_data=associated_data))
