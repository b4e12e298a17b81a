"""The facade's transports one piece at a time, over real sockets to the canned keep-alive server: connections are
reused (counted on the server's side), limits hold, failures surface as httpx's exceptions and never leak a
connection, and no TLS context is built for a plain-http endpoint."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator

import httpcore
import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support import signer_for

from bench.bodies import KEY_ID, key_body
from bench.processes import serving
from bench.soak import server_connections
from kms_facade import AsyncKmsManagementClient, KmsManagementClient
from kms_facade.transport import (
    AsyncPooledTransport,
    CoalescingStream,
    ConnectionPool,
    LazySSLContext,
    PooledTransport,
)

KEY_PATH = f"/20180608/keys/{KEY_ID}"


@pytest.fixture(scope="module")
def canned() -> Iterator[str]:
    with serving(("bench.canned_server", "--port", "0")) as endpoint:
        yield endpoint


@pytest.fixture(scope="module")
def slow_canned() -> Iterator[str]:
    """Every response held for 300 ms."""
    with serving(("bench.canned_server", "--port", "0", "--latency-ms", "300")) as endpoint:
        yield endpoint


def test_sequential_calls_reuse_one_connection(canned: str) -> None:
    transport = PooledTransport()
    before = server_connections(canned)
    with httpx.Client(base_url=canned, transport=transport) as client:
        bodies = [client.get(KEY_PATH).json() for _ in range(50)]
    assert bodies == [key_body()] * 50
    assert server_connections(canned) - before == 1
    assert transport.pool.connections_opened == 1


def test_concurrent_threads_open_no_more_connections_than_calls_in_flight(canned: str) -> None:
    transport = PooledTransport()
    before = server_connections(canned)
    barrier = threading.Barrier(16)
    failures: list[BaseException] = []

    def run(client: httpx.Client) -> None:
        barrier.wait()
        try:
            for _ in range(40):
                assert client.get(KEY_PATH).status_code == 200
        except BaseException as error:
            failures.append(error)

    with httpx.Client(base_url=canned, transport=transport) as client:
        threads = [threading.Thread(target=run, args=(client,)) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []
    opened = server_connections(canned) - before
    assert opened == transport.pool.connections_opened
    assert 1 <= opened <= 16  # never more than the calls in flight: 640 calls, at most 16 connections


def hold(pool: ConnectionPool, endpoint: str, count: int) -> list[httpcore.Response]:
    """``count`` responses read but not closed: their connections stay checked out."""
    host = endpoint.removeprefix("http://")
    responses = [
        pool.handle_request(httpcore.Request("GET", endpoint + KEY_PATH, headers={"host": host})) for _ in range(count)
    ]
    for response in responses:
        assert response.read() == json.dumps(key_body(), separators=(",", ":")).encode()
    return responses


def test_idle_connections_beyond_the_keep_alive_limit_are_closed(canned: str) -> None:
    pool = ConnectionPool(LazySSLContext(True), httpx.Limits(max_connections=10, max_keepalive_connections=1))
    before = server_connections(canned)
    for response in hold(pool, canned, 3):
        response.close()
    assert server_connections(canned) - before == pool.connections_opened == 3
    for response in hold(pool, canned, 2):  # the one kept is reused, the two beyond the limit were closed
        response.close()
    assert server_connections(canned) - before == pool.connections_opened == 4
    pool.close()


def test_a_connection_idle_longer_than_the_keep_alive_expiry_is_not_reused(canned: str) -> None:
    now = [0.0]
    pool = ConnectionPool(LazySSLContext(True), httpx.Limits(keepalive_expiry=5.0), clock=lambda: now[0])
    first, second = hold(pool, canned, 2)
    first.close()  # idle since t=0
    now[0] = 10.0
    second.close()  # idle since t=10: the one idle since t=0 has expired and is closed
    for response in hold(pool, canned, 2):
        response.close()
    assert pool.connections_opened == 3
    pool.close()


def test_pool_timeout_when_every_connection_is_busy(canned: str) -> None:
    transport = PooledTransport(limits=httpx.Limits(max_connections=1))
    with httpx.Client(base_url=canned, transport=transport, timeout=httpx.Timeout(5.0, pool=0.05)) as client:
        with client.stream("GET", KEY_PATH) as held:
            assert held.status_code == 200
            with pytest.raises(httpx.PoolTimeout):
                client.get(KEY_PATH)
        # The held body was never read, so its connection was closed (not pooled) and its slot freed.
        assert client.get(KEY_PATH).status_code == 200
    assert transport.pool.connections_opened == 2


def test_a_request_waiting_for_the_connection_limit_gets_the_connection_checked_in(slow_canned: str) -> None:
    """Three threads, one connection allowed: each waits for the one before to check the connection in, then reuses
    it (a waiter woken only by a closed connection would time out here instead)."""
    transport = PooledTransport(limits=httpx.Limits(max_connections=1))
    statuses: list[int] = []
    with httpx.Client(base_url=slow_canned, transport=transport, timeout=httpx.Timeout(10.0)) as client:
        threads = [threading.Thread(target=lambda: statuses.append(client.get(KEY_PATH).status_code)) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert statuses == [200, 200, 200]
    assert transport.pool.connections_opened == 1


def test_read_timeout_is_raised_and_its_connection_is_not_reused(slow_canned: str) -> None:
    transport = PooledTransport()
    before = server_connections(slow_canned)
    with httpx.Client(base_url=slow_canned, transport=transport, timeout=httpx.Timeout(5.0, read=0.05)) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get(KEY_PATH)
        assert client.get(KEY_PATH, timeout=5.0).status_code == 200
    assert server_connections(slow_canned) - before == 2
    assert transport.pool.connections_opened == 2


def test_connection_refused_is_a_connect_error_and_frees_its_slot() -> None:
    transport = PooledTransport(limits=httpx.Limits(max_connections=1))
    with httpx.Client(base_url="http://127.0.0.1:9", transport=transport, timeout=2.0) as client:
        for _ in range(3):  # with the slot leaked, the second attempt would be a PoolTimeout
            with pytest.raises(httpx.ConnectError):
                client.get("/")


def test_a_closed_pool_refuses_new_requests(canned: str) -> None:
    transport = PooledTransport()
    client = httpx.Client(base_url=canned, transport=transport)
    assert client.get(KEY_PATH).status_code == 200
    transport.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.get(KEY_PATH)


def test_lazy_ssl_context_is_built_once_and_an_ssl_context_is_used_as_given() -> None:
    lazy = LazySSLContext(True)
    assert lazy.get() is lazy.get()
    given = ssl.create_default_context()
    assert LazySSLContext(given).get() is given


def test_a_plain_http_client_builds_no_tls_context(canned: str, api_key: rsa.RSAPrivateKey) -> None:
    signer = signer_for(api_key, time.time)
    with KmsManagementClient({}, canned, signer=signer) as client:
        assert client.get_key(KEY_ID).data.id == KEY_ID
        transport = client._http._transport
        assert isinstance(transport, PooledTransport)
        assert transport.pool._ssl_context._context is None
    async_client = AsyncKmsManagementClient({}, canned, signer=signer)
    assert isinstance(async_client._http._transport, AsyncPooledTransport)
    assert async_client._http._transport._transport is None  # nothing built before the first request
    asyncio.run(async_client.close())


def test_async_transport_reuses_connections_with_64_in_flight(slow_canned: str) -> None:
    async def main() -> list[int]:
        async with httpx.AsyncClient(base_url=slow_canned, transport=AsyncPooledTransport()) as client:
            responses = await asyncio.gather(*(client.get(KEY_PATH) for _ in range(64)))
            responses += await asyncio.gather(*(client.get(KEY_PATH) for _ in range(64)))
            return [r.status_code for r in responses]

    before = server_connections(slow_canned)
    assert asyncio.run(main()) == [200] * 128
    assert server_connections(slow_canned) - before == 64  # the second wave reuses the first wave's connections


def test_async_read_timeout_is_httpx_read_timeout(slow_canned: str) -> None:
    async def main() -> None:
        transport = AsyncPooledTransport()
        async with httpx.AsyncClient(base_url=slow_canned, transport=transport, timeout=httpx.Timeout(5, read=0.05)):
            pass
        async with httpx.AsyncClient(
            base_url=slow_canned, transport=AsyncPooledTransport(), timeout=httpx.Timeout(5, read=0.05)
        ) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.get(KEY_PATH)

    asyncio.run(main())


@pytest.fixture(scope="module")
def hang_up() -> Iterator[str]:
    """A server that reads each request and closes the connection without answering."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.recv(65536)

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


def test_a_server_hanging_up_is_a_remote_protocol_error_sync_and_async(hang_up: str) -> None:
    with httpx.Client(transport=PooledTransport()) as client, pytest.raises(httpx.RemoteProtocolError):
        client.get(hang_up + "/")

    async def main() -> None:
        async with httpx.AsyncClient(transport=AsyncPooledTransport()) as client:
            with pytest.raises(httpx.RemoteProtocolError, match="Server disconnected"):
                await client.get(hang_up + "/")

    asyncio.run(main())


class RecordingStream:
    """A network stream that records what is written to it; ``fail_writes`` makes every write raise WriteError."""

    def __init__(self, fail_writes: bool = False) -> None:
        self.events: list[tuple[str, bytes | int]] = []
        self.fail_writes = fail_writes

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self.fail_writes:
            raise httpcore.WriteError("broken pipe")
        self.events.append(("write", buffer))

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.events.append(("read", max_bytes))
        return b"HTTP/1.1 200 OK\r\n"

    def close(self) -> None:
        self.events.append(("close", 0))

    def start_tls(self, *args: object, **kwargs: object) -> RecordingStream:
        return RecordingStream()

    def get_extra_info(self, info: str) -> object:
        return f"info:{info}"


def test_a_requests_pieces_leave_in_one_write_before_its_response_is_read() -> None:
    inner = RecordingStream()
    stream = CoalescingStream(inner)
    stream.write(b"POST / HTTP/1.1\r\ncontent-length: 2\r\n\r\n")
    stream.write(b"{}")
    stream.write(b"")  # h11's end of a content-length body
    assert inner.events == []
    assert stream.read(100) == b"HTTP/1.1 200 OK\r\n"
    assert inner.events == [("write", b"POST / HTTP/1.1\r\ncontent-length: 2\r\n\r\n{}"), ("read", 100)]
    stream.read(100)  # nothing held: nothing written
    assert inner.events[2:] == [("read", 100)]
    assert stream.get_extra_info("is_readable") == "info:is_readable"
    assert isinstance(stream.start_tls(ssl.create_default_context()), CoalescingStream)


def test_a_large_body_is_sent_once_the_limit_is_held_and_a_failed_write_leaves_the_read_to_report() -> None:
    inner = RecordingStream()
    stream = CoalescingStream(inner)
    stream.write(b"h" * 10)
    stream.write(b"b" * (64 * 1024))
    assert inner.events == [("write", b"h" * 10 + b"b" * (64 * 1024))]
    broken = RecordingStream(fail_writes=True)
    stream = CoalescingStream(broken)
    stream.write(b"GET / HTTP/1.1\r\n\r\n")
    assert stream.read(10) == b"HTTP/1.1 200 OK\r\n"  # as httpcore: a write error while sending is passed over
    assert broken.events == [("read", 10)]


def test_a_post_through_the_pool_is_answered(canned: str) -> None:
    with httpx.Client(base_url=canned, transport=PooledTransport()) as client:
        for _ in range(3):
            assert client.post("/20180608/keys", json={"displayName": "k"}).json() == key_body()
