"""uvicorn's h11 protocol, extended so the app can drop a connection abruptly.

ASGI has no way to close a connection without answering: if the app returns without a response, uvicorn
sends a 500; if it raises after the headers, uvicorn closes only after they went out. To simulate the
network losing a response, the app needs the connection's transport. Each protocol instance serves one
connection, so this subclass wraps the app once per connection and puts a ``drop`` callable into every
request's ``scope["extensions"]`` (key ``DROP_EXTENSION``). ``drop(status_line)`` writes the optional raw
status line, aborts the transport (the socket is closed at once, unsent data discarded) and marks the request
cycle disconnected, so uvicorn neither answers nor logs an error. The client sees the connection close before
any byte, or right after the status line, and never waits for a timeout.

The subclass also answers requests that are not valid HTTP (e.g. a raw CR/LF in the request line, or a
request line or header block over h11's limit) with an OCI error body and an ``opc-request-id``, instead of
uvicorn's plain-text 400.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

if TYPE_CHECKING:  # uvicorn._types is private: only for the type checker
    from uvicorn._types import ASGI3Application, ASGIReceiveCallable, ASGISendCallable, Scope
    from uvicorn.config import Config
    from uvicorn.server import ServerState

from kms_mock.errors import error_body

__all__ = ["DROP_EXTENSION", "DropConnection", "KmsMockProtocol", "drop_function"]

DROP_EXTENSION = "kms_mock.drop"

DropConnection = Callable[[bytes | None], None]
"""``drop(status_line)``: close the connection abruptly, after writing ``status_line`` if given."""


def drop_function(scope: Any) -> DropConnection | None:
    """The scope's ``drop`` callable, or None when the app runs without :class:`KmsMockProtocol`."""
    extensions = scope.get("extensions") or {}
    found = extensions.get(DROP_EXTENSION)
    return cast("DropConnection", found) if callable(found) else None


class KmsMockProtocol(H11Protocol):
    """:class:`H11Protocol` plus the ``drop`` extension and OCI-style answers to malformed HTTP."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.app = self._with_drop(self.app)

    def _with_drop(self, app: ASGI3Application) -> ASGI3Application:
        async def app_with_drop(scope: Scope, receive: ASGIReceiveCallable, send: ASGISendCallable) -> None:
            extensions = cast("dict[str, Any]", scope).setdefault("extensions", {})
            extensions[DROP_EXTENSION] = self.drop
            await app(scope, receive, send)

        return app_with_drop

    def drop(self, status_line: bytes | None = None) -> None:
        """Abort this connection, optionally after writing a raw status line."""
        if self.transport.is_closing():
            return
        if status_line:
            self.transport.write(status_line)
        self.transport.abort()
        if self.cycle is not None:
            self.cycle.disconnected = True

    def send_400_response(self, msg: str) -> None:
        """Answer a request h11 could not parse with an OCI error (uvicorn's default is plain text)."""
        body = error_body("CannotParseRequest", f"The request is not valid HTTP/1.1: {msg}")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"opc-request-id", uuid.uuid4().hex.upper().encode("ascii")),
            (b"connection", b"close"),
        ]
        try:
            for event in (
                h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
                h11.Data(data=body),
                h11.EndOfMessage(),
            ):
                self.transport.write(self.conn.send(event) or b"")
        except h11.LocalProtocolError:
            pass
        self.transport.close()
