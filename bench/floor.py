"""The floor: the least a correct client does per call, written by hand with httpx and cryptography only.

Kept free of ``kms_facade`` imports so that a process using only the floor measures only the floor.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import json
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from bench.bodies import COMPARTMENT_ID, KEY_ID, LIST_SIZE

if TYPE_CHECKING:
    from kms_facade.signing import Signer

TENANCY = "ocid1.tenancy.oc1..aaaaaaaabenchtenancy"
USER = "ocid1.user.oc1..aaaaaaaabenchuser"
KEY_PATH = f"/20180608/keys/{KEY_ID}"
LIST_PATH = "/20180608/keys?" + urlencode({"compartmentId": COMPARTMENT_ID, "limit": LIST_SIZE})

_PADDING = padding.PKCS1v15()
_SHA256 = hashes.SHA256()


@dataclass(frozen=True)
class ApiKey:
    """A throw-away RSA-2048 API key: the key object for the floor, its PEM for the facade's Signer."""

    private_key: rsa.RSAPrivateKey
    pem: str
    fingerprint: str

    @classmethod
    def generate(cls) -> ApiKey:
        """A fresh 2048-bit key (about 0.1 s)."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode("ascii")
        der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        return cls(key, pem, hashlib.md5(der, usedforsecurity=False).digest().hex(":"))

    @property
    def key_id(self) -> str:
        """The ``keyId`` of the signature."""
        return f"{TENANCY}/{USER}/{self.fingerprint}"

    def signer(self) -> Signer:
        """The facade's signer for this key."""
        from kms_facade.signing import Signer  # noqa: PLC0415 - the floor must not import the facade

        return Signer(TENANCY, USER, self.fingerprint, private_key_content=self.pem)

    def __repr__(self) -> str:
        return f"ApiKey(fingerprint={self.fingerprint!r})"


class Floor:
    """One keep-alive httpx GET, one RSA-2048 PKCS#1 v1.5 SHA-256 signature and one ``json.loads`` per call."""

    def __init__(self, endpoint: str, api_key: ApiKey) -> None:
        self.client = httpx.Client(base_url=endpoint)
        self.host = urlsplit(endpoint).netloc
        self.private_key = api_key.private_key
        self.auth_prefix = (
            f'Signature version="1",headers="date (request-target) host",keyId="{api_key.key_id}",'
            f'algorithm="rsa-sha256",signature="'
        )

    def get(self, target: str) -> Any:
        """Sign and send ``GET target``; return the parsed JSON body."""
        date = email.utils.formatdate(usegmt=True)
        text = f"date: {date}\n(request-target): get {target}\nhost: {self.host}"
        signature = base64.b64encode(self.private_key.sign(text.encode("utf-8"), _PADDING, _SHA256)).decode("ascii")
        response = self.client.get(target, headers={"date": date, "authorization": self.auth_prefix + signature + '"'})
        if response.status_code != 200:
            raise RuntimeError(f"floor GET {target} answered {response.status_code}")
        return json.loads(response.content)

    def bare_get(self) -> bytes:
        """What the server costs through httpx: a GET with no signature and no parsing."""
        return self.client.get(KEY_PATH).content

    def get_key(self) -> Any:
        """The floor of ``get_key``."""
        return self.get(KEY_PATH)

    def list_keys(self) -> Any:
        """The floor of ``list_keys`` (one page of 100)."""
        return self.get(LIST_PATH)

    def list_key_ids(self) -> list[str]:
        """``list_keys``, then read every item's id (so a lazily parsed list would pay its parsing too)."""
        return [item["id"] for item in self.get(LIST_PATH)]

    def close(self) -> None:
        """Close the connection."""
        self.client.close()


class RawGet:
    """The server's capacity without httpx: sequential keep-alive GETs over a plain socket, body read, not parsed."""

    def __init__(self, endpoint: str) -> None:
        parts = urlsplit(endpoint)
        self.sock = socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.request = f"GET {KEY_PATH} HTTP/1.1\r\nhost: {parts.netloc}\r\n\r\n".encode("ascii")
        self.pending = b""

    def get(self) -> bytes:
        """One request and its whole response body."""
        self.sock.sendall(self.request)
        data = self.pending
        while (end := data.find(b"\r\n\r\n")) < 0:
            data += self._recv()
        head = data[:end].lower()
        start = head.index(b"content-length:") + 15
        stop = head.find(b"\r\n", start)
        total = end + 4 + int(head[start : stop if stop >= 0 else None])
        while len(data) < total:
            data += self._recv()
        self.pending = data[total:]
        return data[end + 4 : total]

    def _recv(self) -> bytes:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        return chunk

    def close(self) -> None:
        """Close the socket."""
        self.sock.close()
