"""What an identity endpoint answers: status, body and content type (the app sends it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

__all__ = ["IdentityReply", "json_reply", "text_reply"]


@dataclass(frozen=True)
class IdentityReply:
    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()


def json_reply(value: Any, status: int = 200) -> IdentityReply:
    return IdentityReply(status, json.dumps(value, separators=(",", ":")).encode("utf-8"), "application/json")


def text_reply(text: str, status: int = 200) -> IdentityReply:
    return IdentityReply(status, text.encode("utf-8"), "text/plain")
