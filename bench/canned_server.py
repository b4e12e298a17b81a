"""A minimal HTTP/1.1 keep-alive server answering canned JSON, so that the client side is what gets measured.

``python -m bench.canned_server [--host H] [--port P]`` serves until interrupted and, once bound, prints and
flushes one line ``canned_server serving on http://HOST:PORT``. Routes (any other request gets a 404 Error):

* ``GET /20180608/keys/{keyId}`` → 200, one Key (headers ``etag`` and ``opc-request-id``);
* ``GET /20180608/keys`` (any query) → 200, a bare array of 100 KeySummary (header ``opc-request-id``);
* ``POST /20180608/keys`` (any body) → 200, the same Key (``CreateKey``);
* ``GET /bench/stats`` → 200, ``{"connections": N, "requests": M}``: the TCP connections accepted and the requests
  answered so far, so that a benchmark can count new connections per request on the server's side.

``--latency-ms N`` holds every response for N ms (without blocking the server), so that many calls are in flight.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import itertools
import json
import signal
from dataclasses import dataclass

from bench.bodies import encode, key_body, list_body

KEYS_PATH = b"/20180608/keys"
STATS_PATH = b"/bench/stats"
_MAX_HEAD = 64 * 1024
_counter = itertools.count(1)


def _response(status: str, body: bytes, extra: str = "") -> tuple[bytes, bytes]:
    """The bytes before and after the ``opc-request-id`` line, which changes per response."""
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n{extra}"
    return head.encode("ascii"), b"\r\n\r\n" + body


_KEY = _response("200 OK", encode(key_body()), 'etag: "bench-etag-0001"\r\n')
_LIST = _response("200 OK", encode(list_body()))
_NOT_FOUND = _response(
    "404 Not Found",
    encode({"code": "NotAuthorizedOrNotFound", "message": "The canned server knows only GetKey and ListKeys."}),
)


@dataclass
class Counters:
    """What the server has seen: TCP connections accepted and requests answered (neither counting a connection
    whose first request is ``/bench/stats``, so that asking does not change the answer)."""

    connections: int = 0
    requests: int = 0

    def stats(self) -> tuple[bytes, bytes]:
        """The ``/bench/stats`` response."""
        return _response("200 OK", json.dumps({"connections": self.connections, "requests": self.requests}).encode())


COUNTERS = Counters()


def route(method: bytes, target: bytes) -> tuple[bytes, bytes]:
    """The canned response (split around its request id) for a request line."""
    path = target.split(b"?", 1)[0]
    if method == b"GET":
        if path == KEYS_PATH:
            return _LIST
        if path.startswith(KEYS_PATH + b"/") and path.count(b"/") == 3:
            return _KEY
        if path == STATS_PATH:
            return COUNTERS.stats()
    if method == b"POST" and path == KEYS_PATH:
        return _KEY
    return _NOT_FOUND


def render(method: bytes, target: bytes) -> bytes:
    """The full response to one request, with a fresh ``opc-request-id``."""
    COUNTERS.requests += 1
    before, after = route(method, target)
    return b"%bopc-request-id: %032X%b" % (before, next(_counter), after)


def _content_length(head: bytes) -> int:
    lower = head.lower()
    start = lower.find(b"\r\ncontent-length:")
    if start < 0:
        return 0
    end = lower.find(b"\r\n", start + 2)
    return int(lower[start + 17 : end if end >= 0 else None].strip() or b"0")


class CannedProtocol(asyncio.Protocol):
    """Parses pipelined/keep-alive requests (head, then ``content-length`` bytes of body) and answers each."""

    def __init__(self, latency: float = 0.0) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.latency = latency
        self.served = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        COUNTERS.connections += 1

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buffer += data
        out = []
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > _MAX_HEAD:
                    self.transport.close()
                break
            head = bytes(self.buffer[:end])
            length = _content_length(head)
            if len(self.buffer) < end + 4 + length:
                break
            del self.buffer[: end + 4 + length]
            method, target, _version = head.split(b"\r\n", 1)[0].split(b" ", 2)
            if target == STATS_PATH and self.served == 0:
                COUNTERS.connections -= 1
                COUNTERS.requests -= 1
            self.served += 1
            out.append(render(method, target))
        if out:
            if self.latency > 0:
                asyncio.get_running_loop().call_later(self.latency, self._write, b"".join(out))
            else:
                self.transport.write(b"".join(out))

    def _write(self, data: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)


async def serve(host: str, port: int, latency_ms: float = 0.0) -> None:
    """Serve until cancelled or signalled; print the serving line once bound."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        functools.partial(CannedProtocol, latency_ms / 1000.0), host, port, reuse_address=True, backlog=1024
    )
    bound_host, bound_port = server.sockets[0].getsockname()[:2]
    print(f"canned_server serving on http://{bound_host}:{bound_port}", flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # no signal handlers on this platform
            loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    """CLI entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.canned_server", description="Serve canned KMS JSON for the benchmarks."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency-ms", type=float, default=0.0, help="hold every response this long")
    args = parser.parse_args(argv)
    asyncio.run(serve(args.host, args.port, args.latency_ms))


if __name__ == "__main__":
    main()
