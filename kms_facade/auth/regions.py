"""Regions for token signers: short codes, realms, and the auth endpoint (reference §1.6).

A subset of the public region list: the regions below are mapped exactly; any other region is taken to be
in ``$OCI_DEFAULT_REALM``'s domain, else oc1's, and a region holding a '.' is used verbatim as the domain.
"""

from __future__ import annotations

import os

__all__ = ["auth_endpoint", "canonical_region", "short_code"]

_SHORT_NAMES = {
    "phx": "us-phoenix-1",
    "iad": "us-ashburn-1",
    "sjc": "us-sanjose-1",
    "ord": "us-chicago-1",
    "fra": "eu-frankfurt-1",
    "ams": "eu-amsterdam-1",
    "lhr": "uk-london-1",
    "cdg": "eu-paris-1",
    "zrh": "eu-zurich-1",
    "nrt": "ap-tokyo-1",
    "kix": "ap-osaka-1",
    "icn": "ap-seoul-1",
    "syd": "ap-sydney-1",
    "bom": "ap-mumbai-1",
    "yyz": "ca-toronto-1",
    "gru": "sa-saopaulo-1",
    "lfi": "us-langley-1",
    "luf": "us-luke-1",
    "ltn": "uk-gov-london-1",
    "str": "eu-frankfurt-2",
}
_REALM_OF = {
    "us-langley-1": "oc2",
    "us-luke-1": "oc2",
    "uk-gov-london-1": "oc4",
    "eu-frankfurt-2": "oc19",
}
_REALM_DOMAINS = {
    "oc1": "oraclecloud.com",
    "oc2": "oraclegovcloud.com",
    "oc3": "oraclegovcloud.com",
    "oc4": "oraclegovcloud.uk",
    "oc8": "oraclecloud8.com",
    "oc19": "oraclecloud.eu",
}
_CODES = {region: code for code, region in _SHORT_NAMES.items()}


def canonical_region(region: str) -> str:
    """``region`` stripped and lower-cased, a three-letter short code mapped (``PHX\\n`` → ``us-phoenix-1``)."""
    cleaned = region.strip().lower()
    return _SHORT_NAMES.get(cleaned, cleaned)


def short_code(region: str) -> str:
    """The short code of a known region, else the region itself."""
    return _CODES.get(canonical_region(region), canonical_region(region))


def auth_endpoint(region: str) -> str:
    """``https://auth.<region>.<realm domain>`` for ``region``."""
    name = canonical_region(region)
    if "." in name:
        return f"https://auth.{name}"
    realm = _REALM_OF.get(name) or os.environ.get("OCI_DEFAULT_REALM", "").strip() or "oc1"
    domain = _REALM_DOMAINS.get(realm, realm)
    return f"https://auth.{name}.{domain}"
