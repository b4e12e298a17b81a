"""Envelope encryption's throughput next to plain AES-256-GCM over the same data, and a 1 GiB stream.

``envelope_phase`` (a ``make bench`` row): ``kms_facade.envelope.encrypt_stream``/``decrypt_stream`` of one
object of ``size`` bytes against an in-process ``kms_mock`` (two vault calls per object), alternating rounds
with AESGCM over the same data in the same chunks (the floor: what any chunked AES-GCM must pay). Ratio = the
helper's MB/s over the floor's.

``python -m bench.envelope [--mib N]`` (``make bench-envelope``; not in CI): encrypts N MiB (default 1024) of
generated data into a pipe and decrypts it from the other end on another thread, checking a SHA-256 of what
comes out; it prints MB/s and the process's peak RSS, which stays near the interpreter's own whatever N is.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import io
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bench.floor import ApiKey
from bench.memory import peak_rss_kib
from bench.stats import Row, alternate, compared, median
from kms_facade import KmsCryptoClient, KmsManagementClient
from kms_facade.envelope import DEFAULT_CHUNK_SIZE, decrypt_stream, encrypt_stream
from kms_mock import MockKmsServer

MIB = 1024 * 1024


@contextmanager
def crypto_vault() -> Iterator[tuple[KmsCryptoClient, str]]:
    """An in-process mock (signatures off), a crypto client on it and an AES-256 master key."""
    signer = ApiKey.generate().signer()
    with MockKmsServer(auth=False) as server:
        with KmsManagementClient({}, server.endpoint, signer=signer) as management:
            shape = {"algorithm": "AES", "length": 32}
            details = {"compartmentId": "ocid1.compartment.oc1..bench", "displayName": "bench", "keyShape": shape}
            key_id = management.create_key(details).data.id
        with KmsCryptoClient({}, server.endpoint, signer=signer) as crypto:
            yield crypto, key_id


def plain_gcm(data: bytes, chunk_size: int = DEFAULT_CHUNK_SIZE) -> bytes:
    """The floor: AES-256-GCM over ``data`` in the same chunks, one nonce each, no header, no vault."""
    cipher = AESGCM(AESGCM.generate_key(256))
    out = io.BytesIO()
    for index, start in enumerate(range(0, max(len(data), 1), chunk_size)):
        nonce = index.to_bytes(12, "big")
        out.write(cipher.decrypt(nonce, cipher.encrypt(nonce, data[start : start + chunk_size], None), None))
    return out.getvalue()


def envelope_round_trip(crypto: KmsCryptoClient, key_id: str, data: bytes) -> bytes:
    """encrypt_stream then decrypt_stream of ``data``; returns the plaintext that came back."""
    sealed, opened = io.BytesIO(), io.BytesIO()
    encrypt_stream(crypto, key_id, io.BytesIO(data), sealed)
    sealed.seek(0)
    decrypt_stream(crypto, sealed, opened)
    return opened.getvalue()


def _throughput(call: Callable[[], bytes], size: int) -> float:
    start = time.perf_counter()
    call()
    return size / MIB / (time.perf_counter() - start)


def envelope_phase(rounds: int, size: int = 16 * MIB) -> list[Row]:
    """Rows 8a/8b: plain chunked AES-GCM encrypt+decrypt vs the envelope helper's round trip, same data."""
    data = os.urandom(size)
    with crypto_vault() as (crypto, key_id):
        if envelope_round_trip(crypto, key_id, data) != data or plain_gcm(data) != data:
            raise AssertionError("a round trip did not give the data back")
        samples = alternate(
            {
                "plain": functools.partial(_throughput, functools.partial(plain_gcm, data), size),
                "envelope": functools.partial(
                    _throughput, functools.partial(envelope_round_trip, crypto, key_id, data), size
                ),
            },
            rounds,
        )
    return [
        Row(
            f"8a. plain AES-256-GCM, {size // MIB} MiB in {DEFAULT_CHUNK_SIZE // 1024} KiB chunks",
            median(samples["plain"]),
            "MiB/s",
            note="encrypt + decrypt, AESGCM alone: the floor of any chunked AES-GCM",
        ),
        compared(
            "8b. envelope encrypt_stream + decrypt_stream",
            samples["envelope"],
            samples["plain"],
            "MiB/s",
            note="the same data through kms_facade.envelope (two kms_mock calls per object); ratio vs 8a",
        ),
    ]


class _Generated(io.RawIOBase):
    """``size`` bytes of a repeating random block, made on demand, hashed as they are read."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.block = os.urandom(MIB)
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = min(len(buffer), self.left, len(self.block))
        chunk = self.block[:count]
        buffer[:count] = chunk
        self.digest.update(chunk)
        self.left -= count
        return count


class _Hashing(io.RawIOBase):
    """A sink that keeps only a SHA-256 of what it is given."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def stream_through_a_pipe(mib: int) -> dict[str, float]:
    """Encrypt ``mib`` MiB into a pipe, decrypt from it on another thread; figures and a checked digest."""
    source, sink = _Generated(mib * MIB), _Hashing()
    read_end, write_end = os.pipe()
    errors: list[BaseException] = []
    with crypto_vault() as (crypto, key_id):
        start = time.perf_counter()

        def produce() -> None:
            try:
                with open(write_end, "wb") as pipe:
                    encrypt_stream(crypto, key_id, io.BufferedReader(source, MIB), pipe)
            except BaseException as error:  # reported by the main thread
                errors.append(error)

        producer = threading.Thread(target=produce)
        producer.start()
        with open(read_end, "rb") as pipe:
            decrypt_stream(crypto, pipe, sink)
        producer.join()
        seconds = time.perf_counter() - start
    if errors:
        raise errors[0]
    if sink.size != mib * MIB or sink.digest.digest() != source.digest.digest():
        raise AssertionError("the stream did not come back as it went in")
    return {"mib": mib, "seconds": seconds, "mib_per_s": mib / seconds, "peak_rss_mib": peak_rss_kib() / 1024}


def main(argv: list[str] | None = None) -> None:
    """CLI: stream N MiB through the helper and back, print throughput and peak RSS."""
    parser = argparse.ArgumentParser(prog="python -m bench.envelope", description=__doc__)
    parser.add_argument("--mib", type=int, default=1024, help="how much to stream (default 1024 MiB = 1 GiB)")
    args = parser.parse_args(argv)
    figures = stream_through_a_pipe(args.mib)
    print(
        f"envelope stream: {figures['mib']:.0f} MiB encrypted and decrypted through a pipe in "
        f"{figures['seconds']:.1f} s ({figures['mib_per_s']:.0f} MiB/s each way, both at once); digest checked; "
        f"peak RSS {figures['peak_rss_mib']:.0f} MiB"
    )


if __name__ == "__main__":
    main()
