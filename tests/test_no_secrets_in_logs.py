"""No secrets in logs: with every logger at DEBUG, a full lifecycle through the facade (an encrypted API key
with its pass phrase, key import, retries under faults, failing calls, config errors) leaves no private key,
pass phrase or key material in any log record, in what reached stdout/stderr, in any exception message, or
in the repr of the client, the signer and the responses. The test searches everything it captured."""

from __future__ import annotations

import base64
import datetime
import io
import logging
import secrets
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from identity_support import EXPECTED_STATES, FakeClock, run_lifecycle
from support import TENANCY, USER, ServerProbe, aes_key_details, new_rsa_key, no_sleep, private_pem

from kms_facade import KmsManagementClient, Response
from kms_facade import config as oci_config
from kms_facade.auth import keys
from kms_facade.auth.errors import SecurityTokenExpired
from kms_facade.auth.signers import (
    EphemeralResourcePrincipalSigner,
    InstancePrincipalsSecurityTokenSigner,
    SecurityTokenSigner,
    instance_principals_security_token_signer,
)
from kms_facade.exceptions import ClientError, ServiceError
from kms_facade.retry import DEFAULT_RETRY_STRATEGY, NoneRetryStrategy
from kms_facade.signing import Signer, fingerprint
from kms_facade.wrapping import rsa_private_key_material, wrap_key_material
from kms_mock import MockKmsServer
from kms_mock.crypto import WrappingKeyPair

COMPARTMENT = "ocid1.compartment.oc1..secrets"
LOGGERS = ("", "httpx", "httpcore", "kms_facade", "kms_mock", "uvicorn", "uvicorn.error", "asyncio", "hpack")
MIN_FRAGMENT = 20


# ---------------------------------------------------------------------- the secrets and their spellings


def key_spellings(key: rsa.RSAPrivateKey, pass_phrase: str | None = None) -> set[str]:
    """Every line of the key's PEM forms (clear PKCS#8 and PKCS#1, and encrypted), and its private numbers."""
    pems = [
        private_pem(key),
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        ).decode(),
    ]
    if pass_phrase:
        pems.append(private_pem(key, pass_phrase))
    found = {line for pem in pems for line in pem.splitlines() if "-----" not in line and len(line) >= MIN_FRAGMENT}
    numbers = key.private_numbers()
    for secret in (numbers.d, numbers.p, numbers.q):
        found |= {str(secret), f"{secret:x}", f"{secret:X}"}
    return found


def material_spellings(material: bytes) -> set[str]:
    """Raw (escaped and latin-1), hex and base64 spellings of key material, whole and in 32-byte slices."""
    found: set[str] = set()
    for start in range(0, len(material), 32):
        piece = material[start : start + 32]
        if len(piece) < 16:
            continue
        found |= {
            repr(piece)[2:-1],
            piece.decode("latin-1"),
            piece.hex(),
            piece.hex().upper(),
            base64.b64encode(piece).decode().rstrip("="),
            base64.urlsafe_b64encode(piece).decode().rstrip("="),
        }
    if len(material) > 32:
        found |= {line for line in base64.encodebytes(material).decode().splitlines() if len(line) >= MIN_FRAGMENT}
    return found


# ---------------------------------------------------------------------- capture


@pytest.fixture
def debug_everything(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger at DEBUG, captured by caplog and also written (formatted, tracebacks included) to stderr."""
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logging.getLogger().addHandler(handler)
    try:
        yield caplog
    finally:
        logging.getLogger().removeHandler(handler)


def record_text(record: logging.LogRecord) -> str:
    parts = [record.name, record.getMessage(), repr(record.args)]
    if record.exc_info:
        parts.append("".join(traceback.format_exception(*record.exc_info)))
    if record.exc_text:
        parts.append(record.exc_text)
    if record.stack_info:
        parts.append(record.stack_info)
    return "\n".join(parts)


def error_text(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))])


# ---------------------------------------------------------------------- the test


def test_a_full_lifecycle_at_debug_leaks_no_secret(
    debug_everything: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pass_phrase = "pp-" + secrets.token_urlsafe(18)
    wrong_pass_phrase = "wrong-" + secrets.token_urlsafe(18)
    api_key = new_rsa_key()
    wrapping_private = new_rsa_key()
    imported_rsa = new_rsa_key()
    aes_material = secrets.token_bytes(32)
    aes_version_material = secrets.token_bytes(32)
    rsa_material = rsa_private_key_material(imported_rsa)

    key_file = tmp_path / "api_key.pem"
    key_file.write_text(private_pem(api_key, pass_phrase))
    config = {
        "user": USER,
        "tenancy": TENANCY,
        "fingerprint": fingerprint(api_key.public_key()),
        "key_file": str(key_file),
        "pass_phrase": pass_phrase,
        "region": "us-ashburn-1",
    }
    seen: list[str] = []  # exception texts and reprs, searched with the logs

    def expect_error(kind: type[BaseException], call: Callable[[], object]) -> BaseException:
        with pytest.raises(kind) as caught:
            call()
        seen.append(error_text(caught.value))
        return caught.value

    def keep(response: Response[Any]) -> Response[Any]:
        seen.extend([repr(response), repr(response.data), repr(response.request), str(response.headers)])
        return response

    options: dict[str, Any] = {
        "trust_keys": [api_key.public_key()],
        "wrapping_key": WrappingKeyPair(wrapping_private),
    }
    with (
        MockKmsServer(**options) as server,
        MockKmsServer(**options, fault_rate=0.5, seed=3) as faulty,
        KmsManagementClient(config, server.endpoint) as client,
        KmsManagementClient(config, faulty.endpoint, retry_strategy=DEFAULT_RETRY_STRATEGY, sleep=no_sleep) as retrying,
    ):
        probe = ServerProbe.attach(faulty, monkeypatch)
        seen.extend([repr(client), repr(client.signer), repr(retrying), repr(server), repr(server.app.wrapping_key)])
        wrapping_pem = keep(client.get_wrapping_key()).data.public_key

        # The lifecycle.
        created = keep(client.create_key(aes_key_details(COMPARTMENT, "plain")))
        key_id = created.data.id
        keep(client.update_key(key_id, {"displayName": "renamed", "freeformTags": {"a": "b"}}))
        rotated = keep(client.create_key_version(key_id))
        imported = keep(
            client.import_key(
                {
                    **aes_key_details(COMPARTMENT, "imported-aes"),
                    "wrappedImportKey": wrap_key_material(wrapping_pem, aes_material).to_dict(),
                }
            )
        )
        keep(
            client.import_key_version(
                imported.data.id,
                {"wrappedImportKey": wrap_key_material(wrapping_pem, aes_version_material).to_dict()},
            )
        )
        keep(
            client.import_key(
                {
                    "compartmentId": COMPARTMENT,
                    "displayName": "imported-rsa",
                    "keyShape": {"algorithm": "RSA", "length": 256},
                    "wrappedImportKey": wrap_key_material(wrapping_pem, rsa_material).to_dict(),
                }
            )
        )
        keep(client.disable_key(key_id))
        keep(client.enable_key(key_id))
        when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=8)
        keep(client.schedule_key_deletion(key_id, {"timeOfDeletion": when.isoformat()}))
        keep(client.cancel_key_deletion(key_id))
        keep(client.create_key_version(key_id))
        keep(client.schedule_key_version_deletion(key_id, rotated.data.id, {}))
        keep(client.cancel_key_version_deletion(key_id, rotated.data.id))
        keep(client.list_keys(COMPARTMENT))
        keep(client.list_key_versions(key_id))

        # Failing calls.
        expect_error(ServiceError, lambda: client.get_key("ocid1.key.oc1..doesnotexist"))
        expect_error(ServiceError, lambda: client.enable_key(key_id, retry_strategy=NoneRetryStrategy()))
        expect_error(ServiceError, lambda: client.update_key(key_id, {"displayName": "x"}, if_match="stale"))
        stranger_pem = (
            new_rsa_key()
            .public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        )
        not_for_this_vault = wrap_key_material(stranger_pem, aes_material).to_dict()
        unusable = expect_error(
            ServiceError,
            lambda: client.import_key(
                {**aes_key_details(COMPARTMENT, "bad-import"), "wrappedImportKey": not_for_this_vault}
            ),
        )
        assert isinstance(unusable, ServiceError) and unusable.status == 400
        wrong_length = wrap_key_material(wrapping_pem, aes_material).to_dict()
        expect_error(
            ServiceError,
            lambda: client.import_key(
                {**aes_key_details(COMPARTMENT, "short", length=16), "wrappedImportKey": wrong_length}
            ),
        )

        # Retries under faults (lost responses included), with the same secrets in play.
        for i in range(6):
            keep(retrying.create_key(aes_key_details(COMPARTMENT, f"retried-{i}")))
        keep(
            retrying.import_key(
                {
                    **aes_key_details(COMPARTMENT, "retried-import"),
                    "wrappedImportKey": wrap_key_material(wrapping_pem, aes_material).to_dict(),
                }
            )
        )
        assert probe.injected > 0

    # Config errors: a wrong pass phrase, none at all, and a config file that cannot be parsed.
    wrong = {**config, "pass_phrase": wrong_pass_phrase}
    expect_error(ClientError, lambda: KmsManagementClient(wrong, "https://kms.example.com"))
    expect_error(ClientError, lambda: oci_config.signer_from_config(wrong))
    expect_error(ClientError, lambda: KmsManagementClient({**config, "pass_phrase": None}, "https://kms.example.com"))
    expect_error(
        ClientError,
        lambda: Signer(
            TENANCY,
            USER,
            config["fingerprint"],
            private_key_content=private_pem(api_key, pass_phrase),
            pass_phrase=wrong_pass_phrase,
        ),
    )
    broken = tmp_path / "config"
    broken.write_text(f"[DEFAULT]\nuser={USER}\npass_phrase {pass_phrase}\n")
    expect_error(ValueError, lambda: oci_config.from_file(str(broken)))
    written = tmp_path / "config-wrong"
    lines = [f"{k}={v}" for k, v in wrong.items()]
    written.write_text("[DEFAULT]\n" + "\n".join(lines) + "\n")
    expect_error(
        ClientError, lambda: KmsManagementClient(oci_config.from_file(str(written)), "https://kms.example.com")
    )

    # Search everything captured.
    out, err = capfd.readouterr()
    records = debug_everything.records
    corpus = "\n".join([*map(record_text, records), out, err, *seen])
    # Not vacuous: the capture holds the facade's, httpx's and the mock's debug lines, and the calls made.
    names = {record.name for record in records}
    assert {"kms_facade", "kms_mock", "httpx"} <= names, names
    assert key_id in corpus and "import_key" in corpus and "NotAuthorizedOrNotFound" in corpus
    assert "retry_in=" in corpus  # the retry loop logged its decisions

    secrets_by_kind = {
        "API private key": key_spellings(api_key, pass_phrase),
        "wrapping private key": key_spellings(wrapping_private),
        "imported RSA private key": key_spellings(imported_rsa) | material_spellings(rsa_material),
        "pass phrase": {pass_phrase, wrong_pass_phrase},
        "AES key material": material_spellings(aes_material) | material_spellings(aes_version_material),
    }
    leaks = {
        kind: sorted(s[:24] + "..." for s in spellings if s in corpus) for kind, spellings in secrets_by_kind.items()
    }
    print(
        f"\n[no secrets] searched {len(corpus)} characters ({len(records)} log records, "
        f"{len(seen)} exception texts and reprs) for {sum(map(len, secrets_by_kind.values()))} secret spellings"
    )
    assert leaks == {kind: [] for kind in secrets_by_kind}, leaks


def token_spellings(token: str) -> set[str]:
    """The token, its ``ST$`` key id, and its signature segment."""
    return {token, "ST$" + token, token.rsplit(".", 1)[-1]}


def test_token_signers_at_debug_leak_no_token_or_key(
    debug_everything: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session_keys: list[rsa.RSAPrivateKey] = []

    def recorded_session_key() -> rsa.RSAPrivateKey:
        session_keys.append(keys.new_session_key())
        return session_keys[-1]

    monkeypatch.setattr(instance_principals_security_token_signer, "new_session_key", recorded_session_key)
    clock = FakeClock()
    seen: list[str] = []

    def expect_error(kind: type[BaseException], call: Callable[[], object]) -> None:
        with pytest.raises(kind) as caught:
            call()
        seen.append(error_text(caught.value))

    with MockKmsServer(identity=True, wrapping_key_bits=2048, clock=clock) as mock:
        monkeypatch.setenv("OCI_METADATA_BASE_URL", mock.endpoint + "/opc/v2")
        identity = mock.identity
        leaf_keys = [identity.leaf.private_key]
        ip = InstancePrincipalsSecurityTokenSigner(
            federation_endpoint=mock.endpoint + "/v1/x509", clock=clock, sleep=no_sleep
        )
        user_key, rp_key = new_rsa_key(), new_rsa_key()
        upst = identity.issue_session_token(user_key.public_key())
        rpst = identity.issue_resource_principal_session_token(rp_key.public_key(), "ocid1.fnfunc.oc1..s")
        session = SecurityTokenSigner(upst, user_key, clock=clock)
        rp = EphemeralResourcePrincipalSigner(rpst, private_pem(rp_key), clock=clock)
        for signer in (ip, session, rp):
            seen.extend([repr(signer), repr(signer.security_token), str(signer)])
            with KmsManagementClient({}, mock.endpoint, signer=signer) as client:
                seen.append(repr(client))
                assert run_lifecycle(client, type(signer).__name__) == EXPECTED_STATES
        # Refresh paths and failures: a 401 once, a rotated leaf, a forged token, federation refused, expiry.
        identity.faults.unauthorized_once_per_path = True
        with KmsManagementClient({}, mock.endpoint, signer=ip) as client:
            client.list_keys(COMPARTMENT)
        identity.faults.unauthorized_once_per_path = False
        leaf_keys.append(identity.rotate_leaf().private_key)
        ip.refresh_security_token()
        forged = SecurityTokenSigner(upst[:-6] + "AAAAAA", user_key, clock=clock)
        with KmsManagementClient({}, mock.endpoint, signer=forged) as client:
            expect_error(ServiceError, lambda: client.list_keys(COMPARTMENT))
        identity.faults.federation_status = 401
        expect_error(ServiceError, ip.refresh_security_token)
        identity.faults.federation_status = None
        clock.advance(3601)
        with KmsManagementClient({}, mock.endpoint, signer=session) as client:
            expect_error(SecurityTokenExpired, lambda: client.list_keys(COMPARTMENT))
        tokens = [*identity.issuer.tokens(), upst, rpst]

    out, err = capfd.readouterr()
    records = debug_everything.records
    corpus = "\n".join([*map(record_text, records), out, err, *seen])
    assert {"kms_mock", "httpx"} <= {record.name for record in records}
    assert "/v1/x509" in corpus and "NotAuthenticated" in corpus and "oci session refresh" in corpus
    assert len(session_keys) >= 3 and len(tokens) >= 5

    secrets_by_kind = {
        "security token": {s for token in tokens for s in token_spellings(token)},
        "session private key": {s for key in [*session_keys, user_key, rp_key] for s in key_spellings(key)},
        "leaf private key": {s for key in leaf_keys for s in key_spellings(key)},
    }
    leaks = {
        kind: sorted(s[:24] + "..." for s in spellings if s in corpus) for kind, spellings in secrets_by_kind.items()
    }
    assert leaks == {kind: [] for kind in secrets_by_kind}, leaks


def test_the_crypto_endpoint_at_debug_leaks_no_plaintext_data_key_or_material(
    debug_everything: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kms_facade import KmsCryptoClient  # noqa: PLC0415
    from kms_facade.envelope import EnvelopeError, decrypt_stream, encrypt_stream  # noqa: PLC0415

    api_key = new_rsa_key()
    caller = WrappingKeyPair(new_rsa_key())
    plaintext = secrets.token_bytes(200)
    stream = secrets.token_bytes(300_000)
    aes_material = secrets.token_bytes(32)
    config = {
        "user": USER,
        "tenancy": TENANCY,
        "fingerprint": fingerprint(api_key.public_key()),
        "key_content": private_pem(api_key),
        "region": "us-ashburn-1",
    }
    seen: list[str] = []
    data_keys: list[bytes] = []

    def expect_error(kind: type[BaseException], call: Callable[[], object]) -> BaseException:
        with pytest.raises(kind) as caught:
            call()
        seen.append(error_text(caught.value))
        return caught.value

    def keep(response: Response[Any]) -> Response[Any]:
        seen.extend([repr(response), repr(response.data), str(response.data), repr(response.request)])
        return response

    b64 = base64.b64encode
    options: dict[str, Any] = {"trust_keys": [api_key.public_key()], "wrapping_key_bits": 2048}
    with (
        MockKmsServer(**options) as server,
        MockKmsServer(**options, fault_rate=0.5, seed=5) as faulty,
        KmsManagementClient(config, server.endpoint) as management,
        KmsCryptoClient(config, server.endpoint) as crypto,
        KmsManagementClient(config, faulty.endpoint) as faulty_management,
        KmsCryptoClient(config, faulty.endpoint, retry_strategy=DEFAULT_RETRY_STRATEGY, sleep=no_sleep) as retrying,
    ):
        probe = ServerProbe.attach(faulty, monkeypatch)
        wrapping_pem = management.get_wrapping_key().data.public_key
        imported = management.import_key(
            {
                **aes_key_details(COMPARTMENT, "imported"),
                "protectionMode": "SOFTWARE",
                "wrappedImportKey": wrap_key_material(wrapping_pem, aes_material).to_dict(),
            }
        ).data
        rsa_key = management.create_key(
            {
                "compartmentId": COMPARTMENT,
                "displayName": "rsa",
                "keyShape": {"algorithm": "RSA", "length": 256},
                "protectionMode": "SOFTWARE",
            }
        ).data
        rsa_material = server.app.default_vault.material.material(
            rsa_key.current_key_version, server.state.key_shape(rsa_key.id)
        )
        seen.extend([repr(crypto), repr(server.app.default_vault.material)])

        details = {"keyId": imported.id, "plaintext": b64(plaintext).decode(), "associatedData": {"a": "1"}}
        encrypted = keep(crypto.encrypt(details)).data
        keep(crypto.decrypt({"keyId": imported.id, "ciphertext": encrypted.ciphertext, "associatedData": {"a": "1"}}))
        generated = keep(
            crypto.generate_data_encryption_key(
                {"keyId": imported.id, "keyShape": {"algorithm": "AES", "length": 32}, "includePlaintextKey": True}
            )
        ).data
        data_keys.append(base64.b64decode(generated.plaintext))
        signed = keep(
            crypto.sign(
                {"keyId": rsa_key.id, "message": b64(plaintext).decode(), "signingAlgorithm": "SHA_256_RSA_PKCS_PSS"}
            )
        )
        keep(
            crypto.verify(
                {
                    "keyId": rsa_key.id,
                    "keyVersionId": signed.data.key_version_id,
                    "message": b64(plaintext).decode(),
                    "signature": signed.data.signature,
                    "signingAlgorithm": "SHA_256_RSA_PKCS_PSS",
                }
            )
        )
        for key_id in (imported.id, rsa_key.id):
            exported = keep(
                crypto.export_key({"keyId": key_id, "algorithm": "RSA_OAEP_AES_SHA256", "publicKey": caller.public_pem})
            )
            seen.append(repr(exported.data.encrypted_key))

        # Failing calls: other associated data, a tampered ciphertext, an oversize plaintext, a disabled key.
        expect_error(
            ServiceError,
            lambda: crypto.decrypt({**details, "ciphertext": encrypted.ciphertext, "associatedData": {"a": "2"}}),
        )
        tampered = bytearray(base64.b64decode(encrypted.ciphertext))
        tampered[-1] ^= 1
        expect_error(
            ServiceError, lambda: crypto.decrypt({"keyId": imported.id, "ciphertext": b64(bytes(tampered)).decode()})
        )
        expect_error(ServiceError, lambda: crypto.encrypt({**details, "plaintext": b64(stream[:5000]).decode()}))
        expect_error(ValueError, lambda: crypto.encrypt({**details, "encryptionAlgorithm": "ROT13"}))
        management.disable_key(imported.id)
        expect_error(ServiceError, lambda: crypto.encrypt(details))
        management.enable_key(imported.id)

        # Envelope encryption, a tampered envelope, and retries under faults.
        sealed = io.BytesIO()
        encrypt_stream(crypto, imported.id, io.BytesIO(stream), sealed)
        broken = bytearray(sealed.getvalue())
        broken[-5] ^= 1
        expect_error(EnvelopeError, lambda: decrypt_stream(crypto, io.BytesIO(bytes(broken)), io.BytesIO()))
        faulty_key = faulty_management.create_key(
            aes_key_details(COMPARTMENT, "faulty"), retry_strategy=DEFAULT_RETRY_STRATEGY
        )
        for _ in range(6):
            keep(retrying.encrypt({"keyId": faulty_key.data.id, "plaintext": b64(plaintext).decode()}))
        assert probe.injected > 0

    out, err = capfd.readouterr()
    records = debug_everything.records
    corpus = "\n".join([*map(record_text, records), out, err, *seen])
    assert {"kms_facade", "kms_mock", "httpx"} <= {record.name for record in records}
    assert "/20180608/encrypt" in corpus and "InvalidParameter" in corpus and "Conflict" in corpus
    assert "<hidden: " in corpus  # the plaintext fields were there, and hidden

    secrets_by_kind = {
        "plaintext": material_spellings(plaintext),
        "streamed plaintext": material_spellings(stream[:5000]) | material_spellings(stream[-64:]),
        "data key": {s for key in data_keys for s in material_spellings(key)},
        "imported AES material": material_spellings(aes_material),
        "RSA key material": material_spellings(rsa_material),
        "caller's private key": key_spellings(caller._private_key),
    }
    leaks = {
        kind: sorted(s[:24] + "..." for s in spellings if s in corpus) for kind, spellings in secrets_by_kind.items()
    }
    assert leaks == {kind: [] for kind in secrets_by_kind}, leaks
