"""The per-vault endpoints of one mock, as path prefixes under its root.

Scheme (one port serves everything; the SDK keeps an endpoint's path and signs the full request target):

- ``/20180608/...``: the root. Operations tagged ``KmsVault`` (the vault API) and, for the default vault
  (today's single vault), those tagged ``KmsManagement`` and ``KmsCrypto``.
- ``/<prefix>-management/20180608/...``: the management endpoint of the vault whose OCID carries ``<prefix>``
  (its 4th dot-segment, after the region): operations tagged ``KmsManagement`` only.
- ``/<prefix>-crypto/20180608/...``: its crypto endpoint: operations tagged ``KmsCrypto`` only.
- ``/<prefix>-<region>-management/...``, ``/<prefix>-<region>-crypto/...``: the endpoints of the vault's replica
  in ``<region>`` once it is ``CREATED`` (crypto operations, and management reads only: a replica is managed
  through its primary).

Which operations an endpoint serves is read from each operation's spec tag, so an operation added to the spec
joins its endpoint without more code. An operation of another tag, an unknown prefix or a vault that is
``DELETED`` is 404; a vault still ``CREATING``/``RESTORING`` is 409 ``IncorrectState``, and one being deleted
refuses writes with 409 (its keys are unusable).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kms_mock.errors import ApiError
from kms_mock.vaults import DELETION_STATES, VaultRecord

__all__ = ["ENDPOINT_TAGS", "VaultEndpoint", "check_endpoint", "split_vault_endpoint"]

ENDPOINT_TAGS = {"management": "KmsManagement", "crypto": "KmsCrypto"}

# The prefix has no '-', so the first '-' ends it; a region (with its own '-') may follow before the kind.
_ENDPOINT = re.compile(rb"^/([a-z0-9]+)-(?:([a-z0-9-]+)-)?(management|crypto)(/.*)$")


@dataclass(frozen=True)
class VaultEndpoint:
    """A request to a per-vault endpoint: whose, which kind, and the path below the prefix."""

    prefix: str
    region: str | None
    kind: str
    inner_path: bytes

    @property
    def tag(self) -> str:
        """The spec tag of the operations this endpoint serves."""
        return ENDPOINT_TAGS[self.kind]


def split_vault_endpoint(raw_path: bytes) -> VaultEndpoint | None:
    """The per-vault endpoint ``raw_path`` is under, or None for the root."""
    match = _ENDPOINT.match(raw_path)
    if match is None:
        return None
    prefix, region, kind, inner = match.groups()
    return VaultEndpoint(prefix.decode("ascii"), region.decode("ascii") if region else None, kind.decode(), inner)


def check_endpoint(record: VaultRecord, endpoint: VaultEndpoint, *, mutating: bool, now: float, seconds: float) -> None:
    """Refuse a request the vault's state (or its replica's) does not allow."""
    if endpoint.region is not None:
        replica = record.replica
        if replica is None or replica.region != endpoint.region or replica.status(now, seconds) != "CREATED":
            raise ApiError.resource_not_found("VaultReplica", f"{record.id} in {endpoint.region}")
        if mutating and endpoint.kind == "management":
            raise ApiError(
                409, "IncorrectState", "A replica's management endpoint serves reads only; manage keys on the primary"
            )
    state = record.state(now)
    if state == "DELETED":
        raise ApiError.resource_not_found("Vault", record.id)
    if state in {"CREATING", "RESTORING"}:
        raise ApiError.incorrect_state(f"The vault is {state}; its endpoints serve requests once it is ACTIVE")
    if mutating and state in DELETION_STATES:
        raise ApiError.incorrect_state(
            f"The vault is {state}: its keys cannot be changed or used (cancel the vault's deletion first)"
        )
