"""kms_facade.config: reading OCI config files, validating them and building a signer from them."""

from __future__ import annotations

import json
import pathlib
import time
import traceback

import httpx
import pytest
from cryptography.hazmat.primitives import serialization

from kms_facade import config as oci_config
from kms_facade import signing
from kms_facade.exceptions import (
    ConfigFileNotFound,
    InvalidConfig,
    InvalidKeyFilePath,
    InvalidPrivateKey,
    MissingPrivateKeyPassphrase,
    ProfileNotFound,
)

DATA = json.loads((pathlib.Path(__file__).parent / "data" / "signing-vectors.json").read_text("utf-8"))
TENANCY = DATA["tenancy"]
USER = DATA["user"]
FINGERPRINT = DATA["fingerprint"]
PASS_PHRASE = "s3cret%pass(phrase)"


@pytest.fixture
def home(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """An empty HOME with no OCI environment variables."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("OCI_CONFIG_FILE", "OCI_REGION"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def key_file(home: pathlib.Path) -> pathlib.Path:
    path = home / ".oci" / "key.pem"
    path.parent.mkdir(exist_ok=True)
    path.write_text(DATA["private_key_pem"])
    return path


@pytest.fixture
def encrypted_key_file(home: pathlib.Path) -> pathlib.Path:
    key = signing.load_private_key(DATA["private_key_pem"])
    path = home / "encrypted.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASS_PHRASE.encode()),
        )
    )
    return path


def write(path: pathlib.Path, text: str) -> pathlib.Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def profile(key_file: str = "~/.oci/key.pem", **extra: str) -> str:
    lines = [f"user={USER}", f"fingerprint={FINGERPRINT}", f"tenancy={TENANCY}", f"key_file={key_file}"]
    lines += [f"{k}={v}" for k, v in extra.items()]
    return "\n".join(lines) + "\n"


def valid_config(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "user": USER,
        "tenancy": TENANCY,
        "fingerprint": FINGERPRINT,
        "key_content": DATA["private_key_pem"],
        "region": "us-ashburn-1",
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def shown(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc)


# --------------------------------------------------------------------------- from_file


def test_default_file_and_defaults(home: pathlib.Path, key_file: pathlib.Path) -> None:
    write(home / ".oci" / "config", "[DEFAULT]\n" + profile(region="us-phoenix-1"))
    config = oci_config.from_file()
    assert config == {
        "user": USER,
        "fingerprint": FINGERPRINT,
        "tenancy": TENANCY,
        "key_file": str(key_file),
        "region": "us-phoenix-1",
        "log_requests": False,
        "additional_user_agent": "",
        "pass_phrase": None,
    }


def test_profile_inherits_default_and_overrides(home: pathlib.Path, key_file: pathlib.Path) -> None:
    path = write(
        home / "cfg",
        "[DEFAULT]\n"
        + profile(region="us-phoenix-1", additional_user_agent="base")
        + "\n[OTHER]\nregion=eu-frankfurt-1\nlog_requests=yes\npass_phrase=a%(b)s\n",
    )
    config = oci_config.from_file(str(path), "OTHER")
    assert config["region"] == "eu-frankfurt-1"
    assert config["user"] == USER
    assert config["additional_user_agent"] == "base"
    assert config["log_requests"] is True
    assert config["pass_phrase"] == "a%(b)s"  # no interpolation


@pytest.mark.parametrize(
    ("text", "expected"), [("1", True), ("On", True), ("TRUE", True), ("0", False), ("off", False), ("No", False)]
)
def test_log_requests_booleans(home: pathlib.Path, key_file: pathlib.Path, text: str, expected: bool) -> None:
    path = write(home / "cfg", "[DEFAULT]\n" + profile(log_requests=text))
    assert oci_config.from_file(str(path))["log_requests"] is expected


def test_log_requests_bad_boolean(home: pathlib.Path, key_file: pathlib.Path) -> None:
    path = write(home / "cfg", "[DEFAULT]\n" + profile(log_requests="maybe"))
    with pytest.raises(ValueError, match=r"log_requests .* must be a boolean"):
        oci_config.from_file(str(path))


def test_tilde_in_file_location(home: pathlib.Path, key_file: pathlib.Path) -> None:
    write(home / "configs" / "oci", "[P]\n" + profile())
    assert oci_config.from_file("~/configs/oci", "P")["key_file"] == str(key_file)


def test_region_from_environment_only_when_missing(
    home: pathlib.Path, key_file: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCI_REGION", "ap-tokyo-1")
    path = write(home / "cfg", "[DEFAULT]\n" + profile() + "[R]\nregion=us-ashburn-1\n")
    assert oci_config.from_file(str(path))["region"] == "ap-tokyo-1"
    assert oci_config.from_file(str(path), "R")["region"] == "us-ashburn-1"


def test_region_absent_everywhere_is_left_out(home: pathlib.Path, key_file: pathlib.Path) -> None:
    path = write(home / "cfg", "[DEFAULT]\n" + profile())
    config = oci_config.from_file(str(path))
    assert "region" not in config
    with pytest.raises(InvalidConfig) as caught:
        oci_config.validate_config(config)
    assert caught.value.errors == {"region": "missing"}


def test_fallback_to_environment_variable(
    home: pathlib.Path, key_file: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(home / "elsewhere" / "config", "[DEFAULT]\n" + profile(region="from-env-file"))
    write(home / ".oraclebmc" / "config", "[DEFAULT]\n" + profile(region="from-oraclebmc"))
    monkeypatch.setenv("OCI_CONFIG_FILE", str(path))
    assert oci_config.from_file()["region"] == "from-env-file"


def test_environment_variable_naming_a_missing_file(home: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCI_CONFIG_FILE", str(home / "missing"))
    with pytest.raises(ConfigFileNotFound, match="OCI_CONFIG_FILE"):
        oci_config.from_file()


def test_fallback_to_oraclebmc(home: pathlib.Path, key_file: pathlib.Path) -> None:
    write(home / ".oraclebmc" / "config", "[DEFAULT]\n" + profile(region="from-oraclebmc"))
    assert oci_config.from_file()["region"] == "from-oraclebmc"


def test_default_file_wins_over_fallbacks(
    home: pathlib.Path, key_file: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(home / ".oci" / "config", "[DEFAULT]\n" + profile(region="from-default"))
    monkeypatch.setenv("OCI_CONFIG_FILE", str(write(home / "other", "[DEFAULT]\n" + profile(region="from-env"))))
    assert oci_config.from_file()["region"] == "from-default"


def test_no_config_anywhere(home: pathlib.Path) -> None:
    with pytest.raises(ConfigFileNotFound, match="oci setup config") as caught:
        oci_config.from_file()
    assert ".oraclebmc" in str(caught.value)


def test_explicit_path_has_no_fallback(
    home: pathlib.Path, key_file: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCI_CONFIG_FILE", str(write(home / "other", "[DEFAULT]\n" + profile())))
    with pytest.raises(ConfigFileNotFound, match=r"cannot read config file .*nope"):
        oci_config.from_file(str(home / "nope"))


def test_directory_is_not_a_config_file(home: pathlib.Path) -> None:
    with pytest.raises(ConfigFileNotFound):
        oci_config.from_file(str(home))


def test_profile_not_found_lists_profiles(home: pathlib.Path, key_file: pathlib.Path) -> None:
    path = write(home / "cfg", "[DEFAULT]\n" + profile() + "[A]\nregion=r\n[B]\nregion=r\n")
    with pytest.raises(ProfileNotFound, match=r"'C' not found .*DEFAULT, A, B.*profile_name="):
        oci_config.from_file(str(path), "C")


def test_default_profile_absent(home: pathlib.Path, key_file: pathlib.Path) -> None:
    path = write(home / "cfg", "[ONLY]\n" + profile())
    with pytest.raises(ProfileNotFound, match=r"'DEFAULT'.*profiles: ONLY"):
        oci_config.from_file(str(path))


def test_key_content_is_rejected_in_a_file(home: pathlib.Path) -> None:
    path = write(home / "cfg", "[DEFAULT]\n" + profile() + "key_content=abc\n")
    with pytest.raises(ValueError, match="key_content is not allowed"):
        oci_config.from_file(str(path))


def test_missing_key_file_names_the_line(home: pathlib.Path) -> None:
    path = write(home / "cfg", "# comment\n[DEFAULT]\nregion=r\n\n[P]\n" + profile(key_file="~/absent.pem"))
    with pytest.raises(InvalidKeyFilePath, match=r"absent\.pem.*line 9 \(profile 'P'\)"):
        oci_config.from_file(str(path), "P")


def test_inherited_missing_key_file_names_the_default_line(home: pathlib.Path) -> None:
    path = write(home / "cfg", "[DEFAULT]\n" + profile(key_file="/no/such.pem") + "[P]\nregion=r\n")
    with pytest.raises(InvalidKeyFilePath, match="line 5 "):
        oci_config.from_file(str(path), "P")


def test_malformed_ini_names_line_but_not_its_text(home: pathlib.Path, key_file: pathlib.Path) -> None:
    path = write(home / "cfg", "[DEFAULT]\n" + profile() + PASS_PHRASE + "\n")
    with pytest.raises(ValueError, match="not a valid INI file at line 6") as caught:
        oci_config.from_file(str(path))
    assert PASS_PHRASE not in shown(caught.value)


def test_missing_section_header(home: pathlib.Path) -> None:
    path = write(home / "cfg", profile())
    with pytest.raises(ValueError, match="line 1"):
        oci_config.from_file(str(path))


# --------------------------------------------------------------------------- validate_config


def test_validate_accepts_good_configs() -> None:
    oci_config.validate_config(valid_config())
    oci_config.validate_config(valid_config(key_content=None, key_file="/some/key.pem"))
    oci_config.validate_config(valid_config(tenancy="ocid1:tenancy:oc1::a-b_c"))


def test_validate_collects_every_problem() -> None:
    with pytest.raises(InvalidConfig) as caught:
        oci_config.validate_config({"tenancy": "not-an-ocid", "fingerprint": "AA:BB", "user": ""})
    expected = {
        "tenancy": "malformed",
        "fingerprint": "malformed",
        "user": "missing",
        "key_file": "missing",
        "region": "missing",
    }
    assert caught.value.errors == expected
    assert str(caught.value) == str(caught.value.errors)


@pytest.mark.parametrize(
    ("overrides", "errors"),
    [
        ({"user": "ocid1.user"}, {"user": "malformed"}),
        ({"tenancy": "ocid1.tenancy.oc1..a/b"}, {"tenancy": "malformed"}),
        ({"fingerprint": FINGERPRINT.upper()}, {"fingerprint": "malformed"}),
        ({"fingerprint": FINGERPRINT + ":00"}, {"fingerprint": "malformed"}),
        ({"fingerprint": None}, {"fingerprint": "missing"}),
        ({"region": ""}, {"region": "missing"}),
        ({"region": 3}, {"region": "malformed"}),
        ({"key_content": None}, {"key_file": "missing"}),
    ],
)
def test_validate_single_problems(overrides: dict[str, object], errors: dict[str, str]) -> None:
    with pytest.raises(InvalidConfig) as caught:
        oci_config.validate_config(valid_config(**overrides))
    assert caught.value.errors == errors


def test_validate_skipped_for_other_signers_and_authentication_type() -> None:
    oci_config.validate_config({}, signer=httpx.BasicAuth("u", "p"))
    oci_config.validate_config({"authentication_type": "instance_principal"})
    api_key_signer = oci_config.signer_from_config(valid_config())
    with pytest.raises(InvalidConfig):
        oci_config.validate_config({}, signer=api_key_signer)


# --------------------------------------------------------------------------- signer_from_config


def test_signer_from_file_signs_verifiable_requests(home: pathlib.Path, key_file: pathlib.Path) -> None:
    write(home / ".oci" / "config", "[DEFAULT]\n" + profile(region="r"))
    signer = oci_config.signer_from_config(oci_config.from_file())
    assert signer.key_id == DATA["key_id"]
    assert_signs(signer)


def assert_signs(signer: signing.Signer) -> None:
    """The signer's headers verify against the vector public key (the signer uses the real clock)."""
    headers = signer.sign("GET", "https://h/20180608/keys/k", {}, b"")
    trusted = {FINGERPRINT: signing.load_public_key(DATA["public_key_pem"])}
    key_id = signing.verify_request("GET", "/20180608/keys/k", headers, b"", trusted, now=time.time())
    assert key_id == DATA["key_id"]


def test_encrypted_key_with_pass_phrase(home: pathlib.Path, encrypted_key_file: pathlib.Path) -> None:
    path = write(
        home / "cfg", "[DEFAULT]\n" + profile(key_file=str(encrypted_key_file), region="r", pass_phrase=PASS_PHRASE)
    )
    config = oci_config.from_file(str(path))
    assert config["pass_phrase"] == PASS_PHRASE
    signer = oci_config.signer_from_config(config)
    assert PASS_PHRASE not in repr(signer)
    assert_signs(signer)


def test_encrypted_key_without_pass_phrase(home: pathlib.Path, encrypted_key_file: pathlib.Path) -> None:
    path = write(home / "cfg", "[DEFAULT]\n" + profile(key_file=str(encrypted_key_file), region="r"))
    with pytest.raises(MissingPrivateKeyPassphrase, match="pass_phrase"):
        oci_config.signer_from_config(oci_config.from_file(str(path)))


def test_wrong_pass_phrase_is_not_echoed(home: pathlib.Path, encrypted_key_file: pathlib.Path) -> None:
    wrong = "wrong-" + PASS_PHRASE
    config = valid_config(key_content=None, key_file=str(encrypted_key_file), pass_phrase=wrong)
    with pytest.raises(InvalidPrivateKey) as caught:
        oci_config.signer_from_config(config)
    text = shown(caught.value)
    assert wrong not in text
    assert PASS_PHRASE not in text
    assert encrypted_key_file.read_text().splitlines()[1] not in text


def test_public_key_in_key_content_is_rejected_without_echo() -> None:
    with pytest.raises(InvalidPrivateKey, match="public key") as caught:
        oci_config.signer_from_config(valid_config(key_content=DATA["public_key_pem"]))
    assert DATA["public_key_pem"].splitlines()[1] not in shown(caught.value)


def test_key_content_wins_over_key_file() -> None:
    signer = oci_config.signer_from_config(valid_config(key_file="/no/such/key.pem"))
    assert_signs(signer)


def test_signer_from_invalid_config() -> None:
    with pytest.raises(InvalidConfig) as caught:
        oci_config.signer_from_config(valid_config(fingerprint="nope"))
    assert caught.value.errors == {"fingerprint": "malformed"}
    assert DATA["private_key_pem"].splitlines()[1] not in shown(caught.value)
