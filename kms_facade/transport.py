"""What sits under the facade's httpx clients: a connection pool that reuses connections under concurrency.

httpx stays the interface (the generated client, ``httpx.Auth`` signing and the event hooks run as before); only
the transport changes, because httpcore 1.0.9's pool does not hold under concurrency:

* it closes an idle connection whenever the *total* number of connections exceeds the keep-alive limit (its
  surplus check counts every connection, encode/httpcore PR #1000), so with more calls in flight than
  ``max_keepalive_connections`` (20) nearly every request opens a new TCP connection;
* raising that limit avoids the closes, but the pool rescans every connection for every connection on every
  request and response (several ms of CPU per call at 64 in flight);
* with threads, another thread's pass can close a connection already assigned to a waiting request
  (encode/httpcore#1110): ``Bad file descriptor``, or a call that hangs until its read timeout.

:class:`PooledTransport` (sync) keeps httpcore's single-connection ``HTTPConnection`` (its HTTP/1.1 and TLS code)
but pools them itself: a lock-protected stack of idle connections per origin. A connection is either idle in the
stack or owned by exactly one request, so no thread can close a connection another is using, and each check-out
or check-in is O(1). :class:`AsyncPooledTransport` is the aiohttp transport for httpx (``httpx-aiohttp``), whose
connector reuses connections and parses responses in C. Both create their TLS context only for an ``https``
origin, when the first connection needs it.
"""

from __future__ import annotations

import collections
import contextlib
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:  # httpcore is imported with the first pool, as httpx itself does (import time)
    import httpcore

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)

_Origin = tuple[bytes, bytes, int]


def _origin_key(url: httpcore.URL) -> _Origin:
    origin = url.origin
    return origin.scheme, origin.host, origin.port


class LazySSLContext:
    """The TLS context of an ``httpx`` ``verify`` option, built on first use (never for a plain-http client)."""

    def __init__(self, verify: ssl.SSLContext | str | bool) -> None:
        self._verify = verify
        self._context: ssl.SSLContext | None = verify if isinstance(verify, ssl.SSLContext) else None
        self._lock = threading.Lock()

    def get(self) -> ssl.SSLContext:
        """The context (created once, thread-safely)."""
        if self._context is None:
            with self._lock:
                if self._context is None:
                    self._context = httpx.create_ssl_context(verify=self._verify)
        return self._context


_COALESCE_LIMIT = 64 * 1024  # bytes of a request held back to be sent with the next write (or flushed at the read)


class CoalescingStream:
    """An httpcore network stream that sends a request's pieces in one write, before its response is read.

    httpcore writes the request line and headers, then the body, as separate writes: with ``TCP_NODELAY`` (which
    httpcore sets) a POST leaves as two segments (two TLS records over https), and the server reads it in two
    wake-ups. Here writes are held (up to ``_COALESCE_LIMIT`` bytes) and sent together at the first read, as
    ``http.client`` sends headers and a bytes body in one ``send``. A failed write at that point is passed over as
    httpcore passes over one while writing a request (the server may have answered early); the read then reports
    the broken connection.
    """

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream
        self._pending: list[bytes] = []
        self._size = 0
        self._timeout: float | None = None

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Hold ``buffer`` until the next read (send what is held first once the limit is reached)."""
        if not buffer:
            return
        self._pending.append(buffer)
        self._size += len(buffer)
        self._timeout = timeout
        if self._size >= _COALESCE_LIMIT:
            self._flush()

    def _flush(self) -> None:
        data = self._pending[0] if len(self._pending) == 1 else b"".join(self._pending)
        self._pending = []
        self._size = 0
        self._stream.write(data, self._timeout)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Send what is held, then read."""
        if self._pending:
            import httpcore  # noqa: PLC0415 - loaded already: it made this stream

            with contextlib.suppress(httpcore.WriteError):
                self._flush()
        return self._stream.read(max_bytes, timeout)

    def close(self) -> None:
        """Close the connection (what is held is dropped: no response to it is awaited)."""
        self._pending = []
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> CoalescingStream:
        """Upgrade to TLS (nothing is held while the handshake runs)."""
        if self._pending:
            self._flush()
        return CoalescingStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        """As the wrapped stream's."""
        return self._stream.get_extra_info(info)


def coalescing_backend() -> httpcore.NetworkBackend:
    """httpcore's sync network backend, its streams wrapped in :class:`CoalescingStream`."""
    import httpcore  # noqa: PLC0415 - deferred (import time)

    class CoalescingBackend(httpcore.SyncBackend):
        def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
            # CoalescingStream has NetworkStream's methods; it does not subclass it, to keep httpcore unimported
            return cast("httpcore.NetworkStream", CoalescingStream(super().connect_tcp(*args, **kwargs)))

    backend: httpcore.NetworkBackend = CoalescingBackend()
    return backend


class ConnectionPool:
    """An httpcore request interface over ``httpcore.HTTPConnection``: O(1) check-out and check-in, thread-safe.

    At most ``max_connections`` connections are open: beyond that a request waits (up to its pool timeout, then
    ``httpcore.PoolTimeout``) for a connection to be checked in or closed. At most ``max_keepalive_connections`` idle
    ones are kept, newest first; one idle longer than ``keepalive_expiry`` (or closed by the server) is closed
    instead of reused. Connections are closed outside the lock.
    """

    def __init__(
        self,
        ssl_context: LazySSLContext,
        limits: httpx.Limits = DEFAULT_LIMITS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        import httpcore  # noqa: PLC0415 - deferred (import time), as httpx defers it

        self._httpcore = httpcore
        self._backend = coalescing_backend()
        self._ssl_context = ssl_context
        self._max_connections = limits.max_connections
        self._max_keepalive = limits.max_keepalive_connections
        self._expiry = limits.keepalive_expiry
        self._clock = clock
        self._lock = threading.Lock()
        self._freed = threading.Condition(self._lock)  # notified when a connection is checked in or closed
        self._idle: dict[_Origin, collections.deque[tuple[httpcore.HTTPConnection, float]]] = {}
        self._open: dict[httpcore.HTTPConnection, _Origin] = {}
        self._closed = False
        self.connections_opened = 0

    # ------------------------------------------------------------------ check-out and check-in (under the lock)

    def _take_idle(self, origin: _Origin, stale: list[httpcore.HTTPConnection]) -> httpcore.HTTPConnection | None:
        """The newest reusable idle connection of ``origin``; the stale ones met on the way go to ``stale``."""
        idle = self._idle.get(origin)
        while idle:
            connection, _since = idle.pop()
            if connection.is_available() and not connection.has_expired():
                return connection
            self._forget(connection)
            stale.append(connection)
        return None

    def _forget(self, connection: httpcore.HTTPConnection) -> bool:
        """Stop counting a connection (the caller closes it outside the lock); whether it was counted."""
        if self._open.pop(connection, None) is None:
            return False
        self._freed.notify()
        return True

    def _evict_any_idle(self, stale: list[httpcore.HTTPConnection]) -> bool:
        """Make room by closing the oldest idle connection of any origin; whether there was one."""
        for idle in self._idle.values():
            if idle:
                connection = idle.popleft()[0]
                self._forget(connection)
                stale.append(connection)
                return True
        return False

    def _checkout(self, request: httpcore.Request) -> httpcore.HTTPConnection:
        """An idle connection of the request's origin, else a new one if the limit allows, else wait for either."""
        origin = _origin_key(request.url)
        timeout = request.extensions.get("timeout", {}).get("pool")
        deadline = None if timeout is None else self._clock() + timeout
        stale: list[httpcore.HTTPConnection] = []
        try:
            with self._lock:
                while True:
                    if self._closed:
                        raise RuntimeError("the connection pool is closed")
                    connection = self._take_idle(origin, stale)
                    if connection is not None:
                        return connection
                    if self._max_connections is None or len(self._open) < self._max_connections:
                        return self._new_connection(request, origin)
                    if self._evict_any_idle(stale):
                        continue
                    remaining = None if deadline is None else deadline - self._clock()
                    if remaining is not None and remaining <= 0:
                        raise self._httpcore.PoolTimeout(f"no connection free within the pool timeout ({timeout} s)")
                    self._freed.wait(remaining)
        finally:
            for old in stale:
                old.close()

    def _new_connection(self, request: httpcore.Request, origin: _Origin) -> httpcore.HTTPConnection:
        connection = self._httpcore.HTTPConnection(
            origin=request.url.origin,
            ssl_context=self._ssl_context.get() if origin[0] == b"https" else None,
            keepalive_expiry=self._expiry,
            network_backend=self._backend,
        )
        self._open[connection] = origin
        self.connections_opened += 1
        return connection

    def release(self, connection: httpcore.HTTPConnection) -> None:
        """Check a connection back in after its response is closed (or its request failed)."""
        closing: list[httpcore.HTTPConnection] = []
        with self._lock:
            origin = self._open.get(connection)
            if origin is None or self._closed or connection.is_closed() or not connection.is_idle():
                self._forget(connection)
                closing.append(connection)
            else:
                now = self._clock()
                idle = self._idle.setdefault(origin, collections.deque())
                while idle and self._expiry is not None and now - idle[0][1] > self._expiry:
                    expired = idle.popleft()[0]
                    self._forget(expired)
                    closing.append(expired)
                if self._max_keepalive is None or len(idle) < self._max_keepalive:
                    idle.append((connection, now))
                    self._freed.notify()
                else:
                    self._forget(connection)
                    closing.append(connection)
        for old in closing:
            old.close()

    # ------------------------------------------------------------------ httpcore's request interface

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        """Send ``request`` on a pooled connection; the connection returns to the pool when the body is closed."""
        connection = self._checkout(request)
        try:
            response = connection.handle_request(request)
        except BaseException:
            self.release(connection)
            raise
        assert isinstance(response.stream, Iterable)
        return self._httpcore.Response(
            status=response.status,
            headers=response.headers,
            content=_ReleasingStream(response.stream, self, connection),
            extensions=response.extensions,
        )

    def close(self) -> None:
        """Close every connection; later requests raise."""
        with self._lock:
            self._closed = True
            connections = list(self._open)
            self._open.clear()
            self._idle.clear()
            self._freed.notify_all()
        for connection in connections:
            connection.close()

    def __enter__(self) -> ConnectionPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _ReleasingStream:
    """A response body that checks its connection back in once it is closed."""

    def __init__(self, stream: Iterable[bytes], pool: ConnectionPool, connection: httpcore.HTTPConnection) -> None:
        self._stream = stream
        self._pool = pool
        self._connection = connection
        self._released = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self._released:
            return
        self._released = True
        try:
            close = getattr(self._stream, "close", None)
            if close is not None:
                close()
        finally:
            self._pool.release(self._connection)


class PooledTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` (its request conversion and exception mapping) over :class:`ConnectionPool`."""

    def __init__(
        self, verify: ssl.SSLContext | str | bool = True, limits: httpx.Limits = DEFAULT_LIMITS
    ) -> None:  # httpx.HTTPTransport.__init__ is not called: it would build httpcore's pool and a TLS context
        self.pool = ConnectionPool(LazySSLContext(verify), limits)
        self._pool: Any = self.pool


class AsyncPooledTransport(httpx.AsyncBaseTransport):
    """The aiohttp transport for httpx (``httpx_aiohttp.AiohttpTransport``), built at the first request: aiohttp is
    imported, and its session made, inside the event loop that runs it."""

    def __init__(self, verify: ssl.SSLContext | str | bool = True, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._verify = verify
        self._limits = limits
        self._transport: httpx.AsyncBaseTransport | None = None

    def _build(self, scheme: str) -> httpx.AsyncBaseTransport:
        from httpx_aiohttp import AiohttpTransport  # noqa: PLC0415 - deferred: import time of the package

        # For plain http no certificate store is loaded (verify=False only makes an empty TLS context).
        transport: httpx.AsyncBaseTransport = AiohttpTransport(
            verify=self._verify if scheme == "https" else False, limits=self._limits
        )
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send through the aiohttp transport."""
        if self._transport is None:
            self._transport = self._build(request.url.scheme)
        try:
            return await self._transport.handle_async_request(request)
        except httpx.ConnectTimeout as error:
            raise _connection_error(error, request) from error.__cause__

    async def aclose(self) -> None:
        """Close the aiohttp session."""
        if self._transport is not None:
            await self._transport.aclose()


def _connection_error(error: httpx.ConnectTimeout, request: httpx.Request) -> httpx.TransportError:
    """httpx-aiohttp 0.2.0 maps every ``aiohttp.ClientConnectionError`` onto ``httpx.ConnectTimeout``; give a server
    that disconnects or resets the exception httpcore gives it (as the sync transport does)."""
    import aiohttp  # noqa: PLC0415 - loaded already: the aiohttp transport raised this

    cause = error.__cause__
    if isinstance(cause, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(f"Server disconnected without sending a response ({cause})", request=request)
    if isinstance(cause, aiohttp.ClientOSError) and not isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ReadError(str(cause), request=request)
    return error
