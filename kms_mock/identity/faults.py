"""Switches that make the identity double misbehave, for the tests (reference §9.2-9.5)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["IdentityFaults"]


@dataclass
class IdentityFaults:
    """Each switch is off by default; tests flip them on a running double (``server.identity.faults``)."""

    federation_status: int | None = None
    """Answer ``POST /v1/x509`` with this status (401 NotAuthenticated, 500 InternalServerError, ...)."""
    federation_without_token: bool = False
    """Answer federation 200 with a JSON body that has no ``token``."""
    federation_not_json: bool = False
    """Answer federation 200 with a body that is not JSON."""
    issue_expired_tokens: bool = False
    """Issue tokens that expired a minute ago."""
    unauthorized_once_per_path: bool = False
    """Refuse (401) the first ``ST$``-signed service request to each path, however well signed."""
    malformed_pem: bool = False
    """Serve garbage from the metadata service's PEM routes."""
    refresh_status: int | None = None
    """Answer ``POST /v1/authentication/refresh`` with this status."""
    oke_status: int | None = None
    """Answer the OKE proxymux endpoint with this status (403: the cluster is not an enhanced one)."""
    paths_refused: set[str] = field(default_factory=set)
    """The paths already refused once by ``unauthorized_once_per_path``."""
