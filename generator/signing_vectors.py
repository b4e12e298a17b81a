"""Write spec/signing-vectors.json: the OCI request-signing known-answer vectors for other languages' signers.

Usage: ``python -m generator.signing_vectors [OUT]``. Input: tests/data/signing-vectors.json (signed by the official
OCI Python SDK's signer). For each request this adds every intermediate value a signer produces, computed by
``kms_facade.signing`` (the headers to send, the signed-header list, the signing string, the signature), and fails if
the result is not the SDK's exact ``authorization`` header. ``tests/test_spec_vectors.py`` keeps the file in sync.
"""

from __future__ import annotations

import base64
import json
import pathlib
import sys
from typing import Any
from urllib.parse import urlsplit

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from kms_facade.signing import (
    body_sha256,
    build_authorization,
    fingerprint,
    headers_to_sign,
    load_private_key,
    signing_string,
)

ROOT = pathlib.Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "data" / "signing-vectors.json"
TARGET = ROOT / "spec" / "signing-vectors.json"

DESCRIPTION = (
    "Known-answer vectors for the ociSignature scheme of spec/kms.yaml (OCI request signature version 1). "
    "Each request was signed by the official OCI Python SDK with the throw-away key below at the fixed date shown; "
    "RSA PKCS#1 v1.5 with SHA-256 is deterministic, so a correct signer must reproduce every field: send "
    "`headers_to_send`, sign `signed_headers` in that order, build exactly `signing_string` (lines joined by a bare "
    "\\n, no trailing newline), and produce `signature` and `authorization`. `fingerprint` is the MD5 of the DER "
    "SubjectPublicKeyInfo of the public key (not of the PKCS#1 RSAPublicKey), as 16 lower-case hex pairs joined by "
    "`:`; `key_id` is tenancy/user/fingerprint. The key is a test key: never trust it anywhere."
)


def derive(source: dict[str, Any]) -> dict[str, Any]:
    """The spec's vector file from the SDK's vectors; AssertionError if our signer disagrees with the SDK."""
    private_key = load_private_key(source["private_key_pem"])
    der = private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert fingerprint(private_key.public_key()) == source["fingerprint"]
    key_id = f"{source['tenancy']}/{source['user']}/{source['fingerprint']}"
    assert key_id == source["key_id"]
    vectors = []
    for vector in source["vectors"]:
        method = vector["method"]
        url = urlsplit(vector["url"])
        target = url.path + (f"?{url.query}" if url.query else "")
        body = vector["body"].encode("utf-8")
        headers = dict(vector["request_headers"])
        if method in {"POST", "PUT", "PATCH"}:
            headers.setdefault("content-length", str(len(body)))
            headers.setdefault("x-content-sha256", body_sha256(body))
        signed = list(headers_to_sign(method))
        text = signing_string(method, target, headers, signed)
        signature = base64.b64encode(
            private_key.sign(text.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
        ).decode("ascii")
        authorization = build_authorization(key_id, signed, signature)
        assert authorization == vector["authorization"], f"our signer disagrees with the SDK on {method} {target}"
        vectors.append(
            {
                "method": method,
                "url": vector["url"],
                "request_target": f"{method.lower()} {target}",
                "body": vector["body"],
                "headers_to_send": {**headers, "authorization": authorization},
                "signed_headers": signed,
                "signing_string": text,
                "signature": signature,
                "authorization": authorization,
            }
        )
    return {
        "description": DESCRIPTION,
        "tenancy": source["tenancy"],
        "user": source["user"],
        "fingerprint": source["fingerprint"],
        "public_key_der_spki_base64": base64.b64encode(der).decode("ascii"),
        "key_id": key_id,
        "private_key_pem": source["private_key_pem"],
        "public_key_pem": source["public_key_pem"],
        "vectors": vectors,
    }


def render() -> str:
    """The file's exact text."""
    return json.dumps(derive(json.loads(SOURCE.read_text("utf-8"))), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET
    out.write_text(render(), "utf-8")
    print(f"wrote {out}")
