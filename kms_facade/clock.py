"""Default time sources; every one of them can be replaced (tests inject fakes and never really sleep)."""

from __future__ import annotations


async def async_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use so that importing the facade does not load asyncio."""
    import asyncio  # noqa: PLC0415 - deferred on purpose (import time)

    await asyncio.sleep(seconds)
