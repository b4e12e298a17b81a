"""The mock's options, one per CLI flag (plus the in-process ones: clock, monotonic, limits)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from kms_mock.auth import TrustedKey
from kms_mock.clock import Clock
from kms_mock.crypto import WrappingKeyPair
from kms_mock.replication import DEFAULT_REPLICA_REGIONS

__all__ = ["DEFAULT_COMPARTMENT_ID", "MAX_BODY_BYTES", "MockOptions", "WrappingKeySource"]

MAX_BODY_BYTES = 1024 * 1024
DEFAULT_COMPARTMENT_ID = "ocid1.compartment.oc1..kmsmock"

WrappingKeySource = WrappingKeyPair | str | bytes | os.PathLike[str]
"""The wrapping key: a key pair, PEM text/bytes of an RSA private key, or the path of such a PEM file."""


@dataclass
class MockOptions:
    """Everything that configures one mock server (its default vault, and the vaults made through its vault API)."""

    host: str = "127.0.0.1"
    port: int = 0
    auth: bool = True
    """Verify request signatures (``--auth on|off``)."""
    trust_keys: Sequence[TrustedKey] = ()
    """API keys whose signatures are accepted (``--trust-key``, ``--oci-config``)."""
    fault_rate: float = 0.0
    seed: int | None = None
    latency_ms: float = 0.0
    transition_seconds: float = 0.0
    rate_limit: int | None = None
    """Requests per second per rate class; None (or 0 on the CLI) = no limit."""
    wrapping_key: WrappingKeySource | None = None
    """None generates a key of ``wrapping_key_bits`` at start (4096 bits takes a moment)."""
    wrapping_key_bits: int = 4096
    vault_wrapping_key_bits: int = 4096
    """The size of the wrapping keys of vaults made through the vault API (each made on the vault's first use;
    tests choose 2048 bits, which generate faster)."""
    vault_id: str | None = None
    """None generates one."""
    compartment_id: str = DEFAULT_COMPARTMENT_ID
    """The vault's compartment (the wrapping key's ``compartmentId``)."""
    clock: Clock = field(default=time.time)
    """Epoch seconds; drives lifecycles, deletion windows, retry-token expiry and the signature date check."""
    monotonic: Callable[[], float] = field(default=time.monotonic)
    """Drives the rate limiter only."""
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep)
    """How the server waits ``latency_ms`` (seconds given); tests inject a recorder."""
    max_body_bytes: int = MAX_BODY_BYTES
    max_skew_seconds: float = 300.0
    identity: bool = False
    """Also serve the identity double (metadata service, federation, token endpoints) and accept ``ST$``
    token signatures (``--identity``)."""
    tls: bool = False
    """Serve HTTPS with a certificate for ``host`` from the identity double's CA (needs ``identity``); the
    proxymux of OKE workload identity is only reached over TLS."""
    identity_tenancy_id: str = "ocid1.tenancy.oc1..kmsmockidentity"
    identity_region: str = "us-phoenix-1"
    identity_token_ttl_seconds: float = 3600.0
    spec_path: str | os.PathLike[str] | None = None
    """None uses the spec shipped with the package (or the repository's spec/)."""
    object_store_dir: str | os.PathLike[str] | None = None
    """The folder BackupKey writes backups to (``--object-store``); None keeps them in memory."""
    backup_key: bytes | None = None
    """The 32-byte AES key that seals backups; None makes one at start (backups then open only in this run)."""
    replica_regions: Sequence[str] = DEFAULT_REPLICA_REGIONS
    """The vault's replica regions, for GetReplicationStatus (``--replica-region``)."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.fault_rate <= 1.0:
            raise ValueError("fault_rate must be between 0 and 1")
        if self.latency_ms < 0 or self.transition_seconds < 0:
            raise ValueError("latency_ms and transition_seconds must not be negative")
        if self.rate_limit is not None and self.rate_limit < 1:
            raise ValueError("rate_limit must be at least 1 (or None for no limit)")
        if self.tls and not self.identity:
            raise ValueError("tls=True needs identity=True (the certificate comes from the identity double's CA)")
        if self.identity_token_ttl_seconds <= 0:
            raise ValueError("identity_token_ttl_seconds must be positive")
        if not 0 <= self.port <= 65535:
            raise ValueError("port must be between 0 and 65535")
