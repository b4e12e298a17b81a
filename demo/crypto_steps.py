"""The demo's crypto endpoint steps: encrypt and envelope-encrypt, rotate the key, decrypt the old data.

Kept apart from the key lifecycle so that a vault story can run them against any vault's crypto endpoint.
"""

from __future__ import annotations

import base64
import io
import os
from typing import TYPE_CHECKING, Any

from kms_facade import KmsCryptoClient, KmsManagementClient
from kms_facade.envelope import decrypt_stream, encrypt_stream

if TYPE_CHECKING:
    from demo.__main__ import Steps

SECRET = b"the demo's secret"


def run_crypto(management: KmsManagementClient, crypto: KmsCryptoClient, steps: Steps, compartment: str) -> None:
    """Encrypt with a new AES key, rotate it, decrypt the ciphertext of the old version; raises on a mismatch."""
    shape: dict[str, Any] = {"algorithm": "AES", "length": 32}
    details = {"compartmentId": compartment, "displayName": "demo-data", "keyShape": shape}
    key = steps.record("create an AES-256 key for data", management.create_key(details)).data
    context = {"purpose": "demo"}
    plaintext = base64.b64encode(SECRET).decode("ascii")
    encrypted = steps.record(
        "encrypt with it (associatedData bound)",
        crypto.encrypt({"keyId": key.id, "plaintext": plaintext, "associatedData": context}),
    ).data
    document = os.urandom(1024 * 1024)
    sealed = io.BytesIO()
    encrypt_stream(crypto, key.id, io.BytesIO(document), sealed, associated_data=context)
    steps.record_local("envelope-encrypt 1 MiB (a fresh data key)", f"{len(sealed.getvalue())} bytes sealed")
    rotated = steps.record("rotate the key", management.create_key_version(key.id)).data
    opened = io.BytesIO()
    decrypt_stream(crypto, io.BytesIO(sealed.getvalue()), opened, associated_data=context)
    if opened.getvalue() != document:
        raise RuntimeError("the envelope did not decrypt to the document after the rotation")
    steps.record_local("envelope-decrypt it after the rotation", f"{len(document)} bytes, authenticated")
    decrypted = steps.record(
        "decrypt the old ciphertext (no keyVersionId)",
        crypto.decrypt({"keyId": key.id, "ciphertext": encrypted.ciphertext, "associatedData": context}),
    ).data
    if base64.b64decode(decrypted.plaintext) != SECRET or decrypted.key_version_id != encrypted.key_version_id:
        raise RuntimeError("the old ciphertext did not decrypt to what was encrypted, with the version that made it")
    if rotated.id == encrypted.key_version_id:
        raise RuntimeError("the rotation did not make a new key version")
