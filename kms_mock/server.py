"""Serving the app with uvicorn: in the foreground (the CLI) or on a background thread (tests)."""

from __future__ import annotations

import socket
import tempfile
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

import uvicorn

from kms_mock.app import MockApp
from kms_mock.identity import IdentityService
from kms_mock.options import MockOptions
from kms_mock.protocol import KmsMockProtocol
from kms_mock.state import Vault

__all__ = ["MockKmsServer", "bind_socket", "endpoint_of", "make_server"]

_START_TIMEOUT = 30.0
_STOP_TIMEOUT = 10.0


class _Server(uvicorn.Server):
    """A uvicorn server that calls ``on_started`` once it accepts connections."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._on_started()


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # Name the protocol: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on sockets whose ``proto`` is
    # IPPROTO_TCP, and accepted sockets inherit ``proto`` 0 otherwise. With Nagle on, the response body (a
    # second small write after the headers) waits for the client's delayed ACK: ~40 ms per request.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def endpoint_of(sock: socket.socket, scheme: str = "http") -> str:
    """``http://HOST:PORT`` of a bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"{scheme}://{shown}:{port}"


def make_server(
    app: MockApp, on_started: Callable[[], None] = lambda: None, tls_files: tuple[str, str] | None = None
) -> uvicorn.Server:
    """A uvicorn server for ``app`` on h11 with :class:`KmsMockProtocol` (needed to drop connections).

    ``tls_files`` (certificate chain, key) serves HTTPS.
    """
    config = uvicorn.Config(
        app,
        http=KmsMockProtocol,
        lifespan="off",
        log_config=None,
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=2,
        timeout_keep_alive=5,
        ssl_certfile=tls_files[0] if tls_files else None,
        ssl_keyfile=tls_files[1] if tls_files else None,
    )
    return _Server(config, on_started)


class MockKmsServer:
    """The mock on a background thread, for tests: ``with MockKmsServer(auth=False) as mock: mock.endpoint``.

    Takes the keyword arguments of :class:`~kms_mock.options.MockOptions` (``port`` defaults to 0: a free
    port). ``state`` is the vault, for tests to inspect; ``app`` the ASGI app.
    """

    def __init__(self, **options: Any) -> None:
        self.options = MockOptions(**options)
        self.app = MockApp(self.options)
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._endpoint: str | None = None
        self._tls_directory: tempfile.TemporaryDirectory[str] | None = None

    @property
    def state(self) -> Vault:
        """The vault behind the server."""
        return self.app.vault

    @property
    def identity(self) -> IdentityService:
        """The identity double (``identity=True``): its fault switches and token issuance, for tests."""
        if self.app.identity is None:
            raise RuntimeError("the mock server was started without identity=True")
        return self.app.identity

    @property
    def endpoint(self) -> str:
        """``http://127.0.0.1:PORT``; only while running."""
        if self._endpoint is None:
            raise RuntimeError("the mock server is not running")
        return self._endpoint

    def start(self) -> Self:
        """Bind, start serving on a daemon thread, and return once connections are accepted."""
        if self._thread is not None:
            raise RuntimeError("the mock server is already running")
        sock = bind_socket(self.options.host, self.options.port)
        tls_files = None
        if self.options.tls:
            self._tls_directory = tempfile.TemporaryDirectory(prefix="kms-mock-tls-")
            chain, key, _ = self.identity.write_tls_files(self._tls_directory.name, self.options.host)
            tls_files = (chain, key)
        server = make_server(self.app, self._started.set, tls_files)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="kms-mock-server", daemon=True)
        self._socket, self._server, self._thread = sock, server, thread
        thread.start()
        if not self._started.wait(_START_TIMEOUT) or not thread.is_alive():
            self.stop()
            raise RuntimeError("the mock server did not start")
        self._endpoint = endpoint_of(sock, "https" if self.options.tls else "http")
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread (idempotent)."""
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        self._endpoint = None
        self._started.clear()
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(_STOP_TIMEOUT)
        if sock is not None:
            sock.close()
        if self._tls_directory is not None:
            self._tls_directory.cleanup()
            self._tls_directory = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"MockKmsServer(endpoint={self._endpoint!r})"
