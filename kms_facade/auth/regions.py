"""Regions for token signers: short codes, realms, and the auth endpoint (reference §1.6).

A subset of the public region list, the tables of :mod:`kms_facade.regions`: the regions there are mapped
exactly; any other region is taken to be in ``$OCI_DEFAULT_REALM``'s domain, else oc1's, and a region holding a
'.' is used verbatim as the domain.
"""

from __future__ import annotations

import os

from kms_facade.regions import REALM_DOMAINS, REGION_REALMS, SHORT_CODES, region_name

__all__ = ["auth_endpoint", "canonical_region", "short_code"]

_CODES = {region: code for code, region in SHORT_CODES.items()}


def canonical_region(region: str) -> str:
    """``region`` stripped and lower-cased, a three-letter short code mapped (``PHX\\n`` → ``us-phoenix-1``)."""
    return region_name(region)


def short_code(region: str) -> str:
    """The short code of a known region, else the region itself."""
    return _CODES.get(canonical_region(region), canonical_region(region))


def auth_endpoint(region: str) -> str:
    """``https://auth.<region>.<realm domain>`` for ``region``."""
    name = canonical_region(region)
    if "." in name:
        return f"https://auth.{name}"
    realm = REGION_REALMS.get(name) or os.environ.get("OCI_DEFAULT_REALM", "").strip() or "oc1"
    domain = REALM_DOMAINS.get(realm, realm)
    return f"https://auth.{name}.{domain}"
