"""Regions and realms: the regional endpoint of a service, as the OCI SDK builds it from ``config["region"]``.

The template is ``https://{service}.{region}.{secondLevelDomain}``; the second-level domain is the realm's
(``oc1`` → ``oraclecloud.com``, ``oc2``/``oc3`` → ``oraclegovcloud.com``, ...). A region may be given by its
short code (``iad``). An unknown region is taken as it is, in the commercial realm, as the SDK does. The tables
hold the realms named in the reference and the common commercial short codes; extend them as needed (the token
signers' auth endpoints, :mod:`kms_facade.auth.regions`, read the same tables).
"""

from __future__ import annotations

__all__ = [
    "DEFAULT_REALM_DOMAIN",
    "REALM_DOMAINS",
    "REGION_REALMS",
    "SHORT_CODES",
    "endpoint_for_region",
    "realm_domain",
    "region_name",
]

DEFAULT_REALM_DOMAIN = "oraclecloud.com"

REALM_DOMAINS = {
    "oc1": "oraclecloud.com",
    "oc2": "oraclegovcloud.com",
    "oc3": "oraclegovcloud.com",
    "oc4": "oraclegovcloud.uk",
    "oc8": "oraclecloud8.com",
    "oc19": "oraclecloud.eu",
}

# Regions outside the commercial realm (oc1), by realm.
REGION_REALMS = {
    "us-langley-1": "oc2",
    "us-luke-1": "oc2",
    "us-gov-ashburn-1": "oc3",
    "us-gov-chicago-1": "oc3",
    "us-gov-phoenix-1": "oc3",
    "uk-gov-london-1": "oc4",
    "uk-gov-cardiff-1": "oc4",
    "ap-chiyoda-1": "oc8",
    "ap-ibaraki-1": "oc8",
    "eu-madrid-2": "oc19",
    "eu-frankfurt-2": "oc19",
}

SHORT_CODES = {
    "iad": "us-ashburn-1",
    "phx": "us-phoenix-1",
    "sjc": "us-sanjose-1",
    "ord": "us-chicago-1",
    "yyz": "ca-toronto-1",
    "yul": "ca-montreal-1",
    "gru": "sa-saopaulo-1",
    "fra": "eu-frankfurt-1",
    "ams": "eu-amsterdam-1",
    "lhr": "uk-london-1",
    "cwl": "uk-cardiff-1",
    "zrh": "eu-zurich-1",
    "mad": "eu-madrid-1",
    "cdg": "eu-paris-1",
    "lin": "eu-milan-1",
    "arn": "eu-stockholm-1",
    "bom": "ap-mumbai-1",
    "hyd": "ap-hyderabad-1",
    "icn": "ap-seoul-1",
    "yny": "ap-chuncheon-1",
    "nrt": "ap-tokyo-1",
    "kix": "ap-osaka-1",
    "syd": "ap-sydney-1",
    "mel": "ap-melbourne-1",
    "sin": "ap-singapore-1",
    "jed": "me-jeddah-1",
    "dxb": "me-dubai-1",
    "jnb": "af-johannesburg-1",
    "lfi": "us-langley-1",
    "luf": "us-luke-1",
    "ric": "us-gov-ashburn-1",
    "pia": "us-gov-chicago-1",
    "tus": "us-gov-phoenix-1",
    "ltn": "uk-gov-london-1",
    "brs": "uk-gov-cardiff-1",
    "nja": "ap-chiyoda-1",
    "ukb": "ap-ibaraki-1",
    "vll": "eu-madrid-2",
    "str": "eu-frankfurt-2",
}


def region_name(region: str) -> str:
    """The region's full name (``iad`` → ``us-ashburn-1``), lower-cased; unknown names as given."""
    name = region.strip().lower()
    return SHORT_CODES.get(name, name)


def realm_domain(region: str) -> str:
    """The second-level domain of the region's realm (``oraclecloud.com`` when the region is unknown)."""
    return REALM_DOMAINS[REGION_REALMS.get(region_name(region), "oc1")]


def endpoint_for_region(service: str, region: str) -> str:
    """``https://{service}.{region}.{secondLevelDomain}``; ValueError for an empty or malformed region."""
    name = region_name(region)
    if not name or not all(part.isalnum() for part in name.split("-")):
        raise ValueError(f"not a region name or short code: {region!r}")
    return f"https://{service}.{name}.{realm_domain(name)}"
