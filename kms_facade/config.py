"""OCI config files: read a profile (``from_file``), check it (``validate_config``), sign with it."""

from __future__ import annotations

import configparser
import os
import re
from collections.abc import Mapping
from typing import Any

import httpx

from kms_facade.exceptions import ConfigFileNotFound, InvalidConfig, InvalidKeyFilePath, ProfileNotFound
from kms_facade.signing import Signer

__all__ = [
    "CONFIG_FILE_ENV_VAR",
    "DEFAULT_LOCATION",
    "DEFAULT_PROFILE",
    "FALLBACK_LOCATION",
    "REGION_ENV_VAR",
    "from_file",
    "is_session_profile",
    "signer_from_config",
    "validate_config",
]

DEFAULT_LOCATION = "~/.oci/config"
FALLBACK_LOCATION = "~/.oraclebmc/config"
DEFAULT_PROFILE = "DEFAULT"
CONFIG_FILE_ENV_VAR = "OCI_CONFIG_FILE"
REGION_ENV_VAR = "OCI_REGION"

_SETUP_HINT = "create one (e.g. with `oci setup config`) or pass file_location="
_DEFAULTS: dict[str, Any] = {"log_requests": False, "additional_user_agent": "", "pass_phrase": None}
_REQUIRED = ("user", "tenancy", "fingerprint", "key_file", "region")
# OCID-like: at least five segments of [0-9a-zA-Z-_] separated by '.' or ':'; inner segments may be empty.
_OCID = re.compile(r"[0-9a-zA-Z_-]+(?:[.:][0-9a-zA-Z_-]*){3,}[.:][0-9a-zA-Z_-]+")
_FINGERPRINT = re.compile(r"[0-9a-f]{2}(?::[0-9a-f]{2}){15}")
_PATTERNS = {"tenancy": _OCID, "user": _OCID, "fingerprint": _FINGERPRINT}
_BOOLEANS = {
    "1": True,
    "yes": True,
    "true": True,
    "on": True,
    "0": False,
    "no": False,
    "false": False,
    "off": False,
}


def from_file(file_location: str = DEFAULT_LOCATION, profile_name: str = DEFAULT_PROFILE) -> dict[str, Any]:
    """The settings of ``profile_name`` in an OCI config file, ``[DEFAULT]`` values inherited.

    When the default file is absent, ``$OCI_CONFIG_FILE`` and then ``~/.oraclebmc/config`` are tried.
    ``key_file`` is ``~``-expanded and must exist; ``region`` falls back to ``$OCI_REGION``.
    """
    path = _locate(file_location)
    parser = _parse(path)
    if not _has_profile(parser, profile_name):
        available = ", ".join(_profiles(parser)) or "none"
        raise ProfileNotFound(
            f"profile {profile_name!r} not found in config file {path} (profiles: {available}); "
            f"add a [{profile_name}] section or pass another profile_name="
        )
    config: dict[str, Any] = dict(_DEFAULTS)
    config.update(parser[profile_name])
    if "key_content" in config:
        raise ValueError(
            f"key_content is not allowed in a config file ({path}, profile {profile_name!r}); "
            "put the key in a PEM file and name it with key_file"
        )
    if isinstance(config["log_requests"], str):
        config["log_requests"] = _as_bool("log_requests", config["log_requests"], path)
    if not config.get("region") and os.environ.get(REGION_ENV_VAR):
        config["region"] = os.environ[REGION_ENV_VAR]
    if "key_file" in config:
        key_file = os.path.expanduser(config["key_file"])
        if not os.path.isfile(key_file):
            line = _line_of(path, profile_name, parser.default_section, "key_file")
            raise InvalidKeyFilePath(
                f"key_file {key_file!r} in {path}, line {line} (profile {profile_name!r}) is not an existing "
                "file; point key_file at your API signing key's PEM file"
            )
        config["key_file"] = key_file
    if config.get("security_token_file"):
        config["security_token_file"] = os.path.expanduser(config["security_token_file"])
    return config


def validate_config(config: Mapping[str, Any], **kwargs: Any) -> None:
    """Raise InvalidConfig with ``{key: "missing" | "malformed"}`` for every problem found.

    Skipped when the config names an ``authentication_type`` or a ``signer=`` other than an API-key
    :class:`Signer` is given (instance/resource principals carry their own identity).
    """
    if "authentication_type" in config:
        return
    signer = kwargs.get("signer")
    if signer is not None and not isinstance(signer, Signer):
        return
    errors: dict[str, str] = {}
    for key in _REQUIRED:
        value = config.get(key)
        if key == "key_file" and config.get("key_content"):
            continue
        if value is None or value == "":
            errors[key] = "missing"
        elif not isinstance(value, str):
            errors[key] = "malformed"
    for key, pattern in _PATTERNS.items():
        value = config.get(key)
        if key not in errors and isinstance(value, str) and not pattern.fullmatch(value):
            errors[key] = "malformed"
    if errors:
        raise InvalidConfig(errors)


def is_session_profile(config: Mapping[str, Any]) -> bool:
    """A profile written by ``oci session authenticate``: a ``security_token_file`` and no ``user``."""
    return bool(config.get("security_token_file")) and not config.get("user")


def signer_from_config(config: Mapping[str, Any]) -> httpx.Auth:
    """The signer a config profile describes: a :class:`Signer` for an API-key profile (``key_content`` wins
    over ``key_file``), a ``SecurityTokenSigner`` for a session profile (as the Go SDK and the CLI do)."""
    if is_session_profile(config):
        from kms_facade.auth.session import session_token_signer  # noqa: PLC0415 - only for session profiles

        signer = session_token_signer(config)
        validate_config(config, signer=signer)
        return signer
    validate_config(config)
    return Signer(
        tenancy=config["tenancy"],
        user=config["user"],
        fingerprint=config["fingerprint"],
        private_key_file_location=config.get("key_file"),
        pass_phrase=config.get("pass_phrase"),
        private_key_content=config.get("key_content"),
    )


def _locate(file_location: str) -> str:
    """The file to read, applying the fallbacks when the default location is absent."""
    expanded = os.path.expanduser(file_location)
    if file_location != DEFAULT_LOCATION or os.path.isfile(expanded):
        return expanded
    from_env = os.environ.get(CONFIG_FILE_ENV_VAR)
    if from_env:
        env_path = os.path.expanduser(from_env)
        if not os.path.isfile(env_path):
            raise ConfigFileNotFound(
                f"no config file at {expanded}, and ${CONFIG_FILE_ENV_VAR} names {env_path}, which does not "
                f"exist; fix ${CONFIG_FILE_ENV_VAR}, or {_SETUP_HINT}"
            )
        return env_path
    fallback = os.path.expanduser(FALLBACK_LOCATION)
    if os.path.isfile(fallback):
        return fallback
    raise ConfigFileNotFound(
        f"no config file at {expanded}, ${CONFIG_FILE_ENV_VAR} is not set and {fallback} does not exist; " + _SETUP_HINT
    )


def _parse(path: str) -> configparser.ConfigParser:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigFileNotFound(f"cannot read config file {path} ({reason}); {_SETUP_HINT}") from None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=path)
    except configparser.Error as exc:
        # Name only the line: the offending text may hold a secret such as a pass phrase.
        line = getattr(exc, "lineno", None)
        if line is None and isinstance(exc, configparser.ParsingError) and exc.errors:
            line = exc.errors[0][0]
        where = f" at line {line}" if line is not None else ""
        raise ValueError(
            f"config file {path} is not a valid INI file{where} ({type(exc).__name__}); "
            "each line must be a [section] or key=value"
        ) from None
    return parser


def _has_profile(parser: configparser.ConfigParser, profile_name: str) -> bool:
    if profile_name == parser.default_section:
        return bool(parser.defaults())
    return parser.has_section(profile_name)


def _profiles(parser: configparser.ConfigParser) -> list[str]:
    names = [parser.default_section] if parser.defaults() else []
    return names + parser.sections()


def _as_bool(key: str, value: str, path: str) -> bool:
    try:
        return _BOOLEANS[value.strip().lower()]
    except KeyError:
        raise ValueError(
            f"{key} in {path} must be a boolean (true/false, yes/no, on/off, 1/0), not {value!r}"
        ) from None


def _line_of(path: str, profile_name: str, default_section: str, key: str) -> int | None:
    """The line number of ``key`` in the profile's section, else in the default section."""
    found: dict[str, int] = {}
    section: str | None = None
    option = re.compile(rf"\s*{re.escape(key)}\s*[=:]", re.IGNORECASE)
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            header = re.fullmatch(r"\s*\[([^\]]+)\]\s*", line)
            if header:
                section = header.group(1)
            elif section is not None and option.match(line):
                found[section] = number
    return found.get(profile_name, found.get(default_section))
