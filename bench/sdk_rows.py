"""The official SDK's rows of ``make bench-oci``, beside the facade's from the same alternating rounds."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path

from bench import startup
from bench.processes import REPO_ROOT
from bench.sdk import SdkWorker
from bench.stats import Row, Target, compared, median

FACADE_PACKAGES = ("kms_facade", "kms_mock", "generated/kms_api_client")
_CANNED = (
    ("d", "get_key", "facade_get", 1.5),
    ("f", "create_key", "facade_create", 1.5),
    ("h", "list_keys", "facade_list", 2.5),
)


def sdk_canned_runners(sdk: SdkWorker, endpoint: str, seconds: float) -> dict[str, Callable[[], float]]:
    """The SDK worker's rounds of get_key, create_key and list_keys against the canned server."""
    return {
        f"sdk_{scenario}": functools.partial(sdk.rate, scenario, endpoint, seconds)
        for scenario in ("get_key", "create_key", "list_keys")
    }


def sdk_canned_rows(s: dict[str, list[float]]) -> list[Row]:
    """The facade's get_key, create_key and list_keys against the SDK's, from the same alternating rounds."""
    rows = []
    for letter, scenario, facade, target in _CANNED:
        rows.append(Row(f"7{letter}. official SDK {scenario}", median(s[f"sdk_{scenario}"]), "calls/s"))
        second = chr(ord(letter) + 1)
        rows.append(
            compared(
                f"7{second}. facade {scenario} vs the SDK", s[facade], s[f"sdk_{scenario}"], "calls/s", Target(target)
            )
        )
    return rows


def sdk_process_rows(
    python: Path, endpoint: str, pem_path: str, rss_calls: int, imports: dict[str, list[float]], facade_rss: float
) -> list[Row]:
    """The SDK's import time (from the same alternating rounds), install size and peak RSS beside the facade's."""
    sdk_rss = (
        int(startup._probe("-m", "bench.oci_worker", pem_path, "--rss", endpoint, str(rss_calls), python=str(python)))
        / 1024.0
    )
    sdk_size = startup.install_mib(str(python), "oci")
    facade_size = startup.install_mib(sys.executable, "kms-facade", *(str(REPO_ROOT / d) for d in FACADE_PACKAGES))
    return [
        Row("7j. import oci (official SDK)", median(imports["oci"]), "ms"),
        compared("7k. import kms_facade vs the SDK", imports["kms_facade"], imports["oci"], "ms"),
        Row(
            "7l. install size, official SDK",
            sdk_size,
            "MiB",
            note="the distribution and its run-time requirements, as installed (RECORD files)",
        ),
        Row(
            "7m. install size, kms-facade",
            facade_size,
            "MiB",
            facade_size / sdk_size,
            note="the same, with the wheel's three packages' sources",
        ),
        Row("7n. peak RSS, official SDK process", sdk_rss, "MiB", note="as 5e"),
        Row("7o. peak RSS, facade process vs the SDK", facade_rss, "MiB", facade_rss / sdk_rss),
    ]
