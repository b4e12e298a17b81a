"""The envelope-encryption helper (kms_facade.envelope) against the mock's crypto endpoint.

Round trips (empty, one byte, chunk-sized, many chunks; sync and async; files), the format's defences
(a flipped byte anywhere, chunks swapped, dropped, duplicated, truncated at or inside a chunk, data appended,
another associatedData, another data key), and constant memory: the peak of traced allocations is the same
for a small and a 64 times larger stream.
"""

from __future__ import annotations

import asyncio
import io
import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kms_facade import AsyncKmsCryptoClient, KmsCryptoClient, KmsManagementClient
from kms_facade.envelope import (
    MAGIC,
    EnvelopeError,
    EnvelopeHeader,
    decrypt_file,
    decrypt_stream,
    decrypt_stream_async,
    encrypt_file,
    encrypt_stream,
    encrypt_stream_async,
)
from kms_facade.signing import fingerprint
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair
from tests.support import TENANCY, USER, private_pem

CHUNK = 1024
TAG = 16


@pytest.fixture(scope="module")
def vault(api_key: rsa.RSAPrivateKey, wrapping_key: WrappingKeyPair) -> Iterator[tuple[dict[str, Any], str, str]]:
    """A mock trusting ``api_key``, its config, and an AES key: (config, endpoint, key id)."""
    config = {
        "user": USER,
        "tenancy": TENANCY,
        "fingerprint": fingerprint(api_key.public_key()),
        "key_content": private_pem(api_key),
        "region": "us-ashburn-1",
    }
    with MockKmsServer(trust_keys=[api_key.public_key()], wrapping_key=wrapping_key) as server:
        with KmsManagementClient(config, server.endpoint) as management:
            details = {
                "compartmentId": "ocid1.compartment.oc1..env",
                "displayName": "env",
                "keyShape": {"algorithm": "AES", "length": 32},
            }
            key_id = management.create_key(details).data.id
        yield config, server.endpoint, key_id


@pytest.fixture
def client(vault: tuple[dict[str, Any], str, str]) -> Iterator[KmsCryptoClient]:
    config, endpoint, _ = vault
    with KmsCryptoClient(config, endpoint) as crypto:
        yield crypto


def _seal(client: KmsCryptoClient, key_id: str, data: bytes, **options: Any) -> bytes:
    sink = io.BytesIO()
    encrypt_stream(client, key_id, io.BytesIO(data), sink, chunk_size=CHUNK, **options)
    return sink.getvalue()


def _open(client: KmsCryptoClient, blob: bytes, **options: Any) -> bytes:
    sink = io.BytesIO()
    decrypt_stream(client, io.BytesIO(blob), sink, **options)
    return sink.getvalue()


def _header_size(blob: bytes) -> int:
    header, raw = EnvelopeHeader.read(io.BytesIO(blob))
    assert header.chunk_size == CHUNK
    return len(raw)


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK, 7 * CHUNK + 13])
def test_round_trip_of_any_size(client: KmsCryptoClient, vault: tuple[Any, str, str], size: int) -> None:
    key_id = vault[2]
    data = os.urandom(size)
    blob = _seal(client, key_id, data)
    assert blob.startswith(MAGIC)
    assert size < 16 or data[:16] not in blob
    chunks = max(1, -(-size // CHUNK))  # an empty input is one empty final chunk
    assert len(blob) == _header_size(blob) + size + TAG * chunks
    assert _open(client, blob) == data


def test_each_object_gets_a_fresh_data_key(client: KmsCryptoClient, vault: tuple[Any, str, str]) -> None:
    first, second = (_seal(client, vault[2], b"same data") for _ in range(2))
    assert (
        EnvelopeHeader.read(io.BytesIO(first))[0].wrapped_key != EnvelopeHeader.read(io.BytesIO(second))[0].wrapped_key
    )
    assert first[_header_size(first) :] != second[_header_size(second) :]


def _chunks(blob: bytes) -> tuple[bytes, list[bytes]]:
    start = _header_size(blob)
    body = blob[start:]
    return blob[:start], [body[i : i + CHUNK + TAG] for i in range(0, len(body), CHUNK + TAG)]


TAMPERINGS = {
    "flip a nonce-prefix byte": lambda h, c: (h[:10] + bytes([h[10] ^ 1]) + h[11:], c),
    "flip a wrapped-key byte": lambda h, c: (h[:-1] + bytes([h[-1] ^ 1]), c),
    "flip a body byte": lambda h, c: (h, [c[0], bytes([c[1][0] ^ 1]) + c[1][1:], *c[2:]]),
    "swap two chunks": lambda h, c: (h, [c[1], c[0], *c[2:]]),
    "drop a middle chunk": lambda h, c: (h, [c[0], *c[2:]]),
    "duplicate a chunk": lambda h, c: (h, [c[0], c[0], *c[1:]]),
    "truncate at a chunk boundary": lambda h, c: (h, c[:-1]),
    "truncate inside a chunk": lambda h, c: (h, [*c[:-1], c[-1][:-3]]),
    "append data": lambda h, c: (h, [*c, b"more"]),
}


@pytest.mark.parametrize("tampering", sorted(TAMPERINGS))
def test_tampering_is_detected(client: KmsCryptoClient, vault: tuple[Any, str, str], tampering: str) -> None:
    header, chunks = _chunks(_seal(client, vault[2], os.urandom(3 * CHUNK + 100)))
    assert len(chunks) == 4
    header, chunks = TAMPERINGS[tampering](header, chunks)
    with pytest.raises(EnvelopeError, match=r"does not authenticate|truncated|did not unwrap the data key"):
        _open(client, header + b"".join(chunks))


def test_other_associated_data_or_another_data_key_does_not_open_it(
    client: KmsCryptoClient, vault: tuple[Any, str, str]
) -> None:
    from kms_facade.exceptions import ServiceError  # noqa: PLC0415

    blob = _seal(client, vault[2], b"bound to a context", associated_data={"object": "a"})
    assert _open(client, blob, associated_data={"object": "a"}) == b"bound to a context"
    with pytest.raises(EnvelopeError, match="did not unwrap the data key") as refused:
        _open(client, blob, associated_data={"object": "b"})
    cause = refused.value.__cause__
    assert isinstance(cause, ServiceError) and (cause.status, cause.code) == (400, "InvalidParameter")
    other = _seal(client, vault[2], b"another object")
    other_header, _ = _chunks(other)
    _, chunks = _chunks(blob)
    with pytest.raises(EnvelopeError):  # the other object's data key does not open these chunks
        _open(client, other_header + b"".join(chunks), associated_data={"object": "a"})


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (b"", "not an envelope"),
        (b"PK\x03\x04 a zip file", "not an envelope"),
        (MAGIC + bytes([2]) + bytes(11), "version 2 is not supported"),
        (MAGIC + bytes([1]) + bytes(11), "chunk size of 0 bytes"),
    ],
)
def test_what_is_not_an_envelope_is_refused_before_the_vault_is_asked(
    client: KmsCryptoClient, blob: bytes, message: str
) -> None:
    with pytest.raises(EnvelopeError, match=message):
        _open(client, blob)


def test_async_round_trip_and_files(vault: tuple[dict[str, Any], str, str], tmp_path: Path) -> None:
    config, endpoint, key_id = vault
    data = os.urandom(4 * CHUNK + 7)

    async def run() -> bytes:
        async with AsyncKmsCryptoClient(config, endpoint) as crypto:
            sealed, opened = io.BytesIO(), io.BytesIO()
            await encrypt_stream_async(crypto, key_id, io.BytesIO(data), sealed, chunk_size=CHUNK)
            sealed.seek(0)
            await decrypt_stream_async(crypto, sealed, opened)
            return opened.getvalue()

    assert asyncio.run(run()) == data
    plain, sealed, opened = tmp_path / "plain", tmp_path / "sealed", tmp_path / "opened"
    plain.write_bytes(data)
    with KmsCryptoClient(config, endpoint) as crypto:
        encrypt_file(crypto, key_id, plain, sealed, chunk_size=CHUNK)
        decrypt_file(crypto, sealed, opened)
        assert opened.read_bytes() == data
        broken = sealed.read_bytes()
        sealed.write_bytes(broken[:-1])
        target = tmp_path / "never"
        with pytest.raises(EnvelopeError):
            decrypt_file(crypto, sealed, target)
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["opened", "plain", "sealed"]


class _Zeros(io.RawIOBase):
    """``size`` zero bytes, produced on demand (the input never exists in memory as a whole)."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = min(len(buffer), self.left)
        buffer[:count] = bytes(count)
        self.left -= count
        return count


class _Discard(io.RawIOBase):
    """A sink that keeps nothing (counts bytes), and a source replaying what it was given is not needed."""

    def __init__(self) -> None:
        self.written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.written += len(data)
        return len(data)


def _peak_while_encrypting(client: KmsCryptoClient, key_id: str, size: int) -> int:
    sink = _Discard()
    tracemalloc.start()
    try:
        encrypt_stream(client, key_id, io.BufferedReader(_Zeros(size)), sink, chunk_size=64 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.written > size
    return peak


def test_memory_does_not_grow_with_the_input(client: KmsCryptoClient, vault: tuple[Any, str, str]) -> None:
    small = _peak_while_encrypting(client, vault[2], 256 * 1024)
    large = _peak_while_encrypting(client, vault[2], 64 * 256 * 1024)  # 16 MiB, 64 times as much
    # Traced memory is a property of the code, not of timing: a few chunk buffers either way.
    assert large < small + 512 * 1024, (small, large)
    assert large < 2 * 1024 * 1024
