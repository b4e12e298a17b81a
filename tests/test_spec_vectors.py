"""spec/signing-vectors.json, the signing recipe shipped to other languages: in sync with its source, and every
vector is accepted by the verifier the mock uses, at the vector's own date."""

from __future__ import annotations

import email.utils
import importlib.util
import json
import pathlib
from typing import Any

import pytest

from kms_facade.signing import fingerprint, load_public_key, verify_request

ROOT = pathlib.Path(__file__).parents[1]
SPEC_VECTORS: dict[str, Any] = json.loads((ROOT / "spec" / "signing-vectors.json").read_text("utf-8"))


def _derivation() -> Any:
    spec = importlib.util.spec_from_file_location("signing_vectors", ROOT / "generator" / "signing_vectors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_vectors_are_the_derivation_of_the_sdk_vectors() -> None:
    assert (ROOT / "spec" / "signing-vectors.json").read_text("utf-8") == _derivation().render()


def test_the_fingerprint_is_the_md5_of_the_der_subject_public_key_info() -> None:
    public_key = load_public_key(SPEC_VECTORS["public_key_pem"])
    assert fingerprint(public_key) == SPEC_VECTORS["fingerprint"]
    assert SPEC_VECTORS["key_id"].endswith("/" + SPEC_VECTORS["fingerprint"])


@pytest.mark.parametrize("vector", SPEC_VECTORS["vectors"], ids=lambda v: v["request_target"][:60])
def test_every_vector_verifies_with_its_signing_string(vector: dict[str, Any]) -> None:
    headers = {name.lower(): value for name, value in vector["headers_to_send"].items()}
    now = email.utils.parsedate_to_datetime(headers["date"]).timestamp()
    key_id = verify_request(
        vector["method"],
        vector["request_target"].split(" ", 1)[1],
        headers,
        vector["body"].encode("utf-8"),
        {SPEC_VECTORS["fingerprint"]: load_public_key(SPEC_VECTORS["public_key_pem"])},
        now=now,
    )
    assert key_id == SPEC_VECTORS["key_id"]
    assert vector["signing_string"].split("\n")[1] == "(request-target): " + vector["request_target"]
    assert vector["signing_string"].split("\n")[0] == "date: " + headers["date"]
