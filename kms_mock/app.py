"""The mock's ASGI application: one request's path from bytes on the wire to an answer.

Order of checks (each may end the request):

1. read the body (at most ``max_body_bytes``; 413 ``PayloadTooLarge`` beyond, after draining it);
2. authenticate the signature (401 ``NotAuthenticated``): first, so an unauthenticated caller learns nothing;
3. route on the raw path (404 ``NotFound`` / 405 ``MethodNotAllowed``): the root serves the vault API and the
   default vault; ``/<prefix>-management`` and ``/<prefix>-crypto`` the vaults made through it, each the
   operations of its spec tag (:mod:`kms_mock.vault_routing`; 404 for another, 409 while the vault is not
   ACTIVE);
4. validate parameters and body against the spec (400 / 415);
5. rate limit (429 ``TooManyRequests``);
6. fault injection: a fault is drawn only for requests that got this far (authenticated and valid), so a
   seed gives the same faults whatever junk arrives meanwhile; some strike before the operation, some after;
7. the operation, with ``opc-retry-token`` replay, under the vault's lock.

Every answer carries ``opc-request-id`` (the client's, when it sent a sane one) and is delayed by
``latency_ms``. One log line per request on logger ``kms_mock``: method, path, status, request id; never a
body, header value or key material.
"""

from __future__ import annotations

import hashlib
import http
import json
import logging
import os
import re
import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from kms_mock.auth import Authenticator, load_trusted_keys, request_headers
from kms_mock.crypto import WrappingKeyPair
from kms_mock.errors import ApiError
from kms_mock.faults import Fault, FaultInjector, FaultKind
from kms_mock.handlers import Reply
from kms_mock.identity import IdentityService
from kms_mock.options import MockOptions, WrappingKeySource
from kms_mock.protocol import drop_function
from kms_mock.ratelimit import RATE_CLASSES, RateLimiter
from kms_mock.render import Renderer
from kms_mock.retry_tokens import RetryTokenCache
from kms_mock.routing import Router
from kms_mock.spec import Operation, load_spec
from kms_mock.validation import RequestValidator, ValidRequest
from kms_mock.vault_api import VaultApi, VaultApiCall, wrapping_key_id
from kms_mock.vault_backup import VaultBackupSealer
from kms_mock.vault_routing import VaultEndpoint, check_endpoint, split_vault_endpoint
from kms_mock.vault_service import VaultService
from kms_mock.vaults import VaultRecord, VaultRegistry

__all__ = ["MockApp", "StoredResponse", "load_wrapping_key"]

logger = logging.getLogger("kms_mock")

_DRAIN_LIMIT = 64 * 1024 * 1024
_MAX_REQUEST_ID = 98
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}(:\d{1,5})?|\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?")


class OperationTarget(Protocol):
    """What an operation runs against: a vault (``VaultService``) or the vault API (``VaultApiCall``)."""

    @property
    def lock(self) -> AbstractContextManager[Any]: ...

    def now(self) -> float: ...

    def dispatch(self, operation_id: str, request: ValidRequest) -> Reply: ...

    def work_request_id(self, now: float) -> str: ...


@dataclass(frozen=True)
class StoredResponse:
    """A finished answer (kept in the retry-token cache to be replayed)."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class _Drop:
    """Close the connection abruptly, after ``status_line`` if given."""

    status_line: bytes | None


class _ClientGone(Exception):
    """The client disconnected while sending its request."""


def load_wrapping_key(source: WrappingKeySource | None, bits: int = 4096) -> WrappingKeyPair:
    """The wrapping key from a key pair, PEM text/bytes, or a PEM file path; generated when None."""
    if source is None:
        return WrappingKeyPair.generate(bits)
    if isinstance(source, WrappingKeyPair):
        return source
    if isinstance(source, bytes) or (isinstance(source, str) and "-----BEGIN" in source):
        return WrappingKeyPair.from_pem(source)
    return WrappingKeyPair.from_pem_file(os.fspath(source))


class MockApp:
    """The ASGI app of the mock: ``default_vault`` (served at the root), ``vaults`` (the vault API's registry,
    ``vault_api`` its operations); ``options`` what it was made with."""

    def __init__(self, options: MockOptions | None = None) -> None:
        options = options or MockOptions()
        self.options = options
        clock = options.clock
        self.spec = load_spec(options.spec_path)
        renderer = Renderer(self.spec)
        self.default_vault = VaultService(
            options,
            renderer,
            load_wrapping_key(options.wrapping_key, options.wrapping_key_bits),
            vault_id=options.vault_id,
            started_at=clock(),
        )
        # Today's single vault, served at the root: the names tests and tools use.
        self.vault = self.default_vault.vault
        self.wrapping_key = self.default_vault.wrapping_key
        self.replication = self.default_vault.replication
        self.backups = self.default_vault.backups
        self.handlers = self.default_vault.handlers
        # The vault API (served at the root) and the vaults it makes, each on its own path prefix.
        self._renderer = renderer
        self.vaults = VaultRegistry(
            clock=clock, transition_seconds=options.transition_seconds, make_service=self._new_vault_service
        )
        self.vault_api = VaultApi(self.vaults, self.backups.store, VaultBackupSealer(options.backup_key))
        self.identity = (
            IdentityService(
                clock,
                tenancy_id=options.identity_tenancy_id,
                region=options.identity_region,
                token_ttl_seconds=options.identity_token_ttl_seconds,
                max_skew_seconds=options.max_skew_seconds,
            )
            if options.identity
            else None
        )
        self.authenticator = Authenticator(
            load_trusted_keys(options.trust_keys),
            clock,
            enabled=options.auth,
            max_skew_seconds=options.max_skew_seconds,
            session_keys=self.identity,
        )
        self.router: Router[Operation] = Router((op.method, op.path, op) for op in self.spec.operations)
        self.validator = RequestValidator(self.spec)
        served = self.default_vault.operation_ids | self.vault_api.operation_ids
        missing = {op.operation_id for op in self.spec.operations} - served
        if missing:
            raise ValueError(f"the spec has operations the mock does not implement: {sorted(missing)}")
        self.faults = FaultInjector(options.fault_rate, options.seed)
        self.rate_limiter = RateLimiter(options.rate_limit, options.monotonic)
        self.retry_tokens: RetryTokenCache[StoredResponse] = RetryTokenCache()

    # ------------------------------------------------------------------ ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers: Sequence[tuple[bytes, bytes]] = scope["headers"]
        request_id = _request_id(headers)
        try:
            body = await self._read_body(receive, headers)
            outcome: StoredResponse | _Drop = self._process(scope, body)
        except _ClientGone:
            self._log(scope, "client-gone", request_id)
            return
        except ApiError as exc:
            outcome = _error(exc)
        except Exception:
            logger.exception("unexpected error (opc-request-id=%s)", request_id)
            outcome = _error(ApiError.internal())
        if self.options.latency_ms > 0:
            await self.options.sleep(self.options.latency_ms / 1000)
        if isinstance(outcome, _Drop):
            drop = drop_function(scope)
            if drop is not None:
                drop(outcome.status_line)
                self._log(scope, "dropped" if outcome.status_line is None else "dropped-after-status-line", request_id)
                return
            # Not served by KmsMockProtocol (e.g. an in-process ASGI client): the closest we can do.
            outcome = _error(ApiError.service_unavailable("The connection was lost (injected fault)"))
        await _send(scope, receive, send, outcome, request_id)
        self._log(scope, str(outcome.status), request_id)

    async def _read_body(self, receive: Receive, headers: Sequence[tuple[bytes, bytes]]) -> bytes:
        limit = self.options.max_body_bytes
        declared = _header(headers, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > _DRAIN_LIMIT:
            raise _too_large(limit, close=True)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= limit:
                chunks.append(chunk)
            elif size > _DRAIN_LIMIT:
                raise _too_large(limit, close=True)
            if not message.get("more_body", False):
                break
        if size > limit:
            raise _too_large(limit, close=False)
        return b"".join(chunks)

    # ------------------------------------------------------------------ the request, synchronously

    def _process(self, scope: Scope, body: bytes) -> StoredResponse | _Drop:
        method: str = scope["method"]
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode("utf-8")
        query_string: bytes = scope.get("query_string", b"")
        headers: Sequence[tuple[bytes, bytes]] = scope["headers"]

        if self.identity is not None and self.identity.handles(raw_path.decode("latin-1")):
            return _identity_answer(self.identity, method, raw_path, query_string, headers, body)
        self.authenticator.authenticate(method, raw_path, query_string, headers, body)
        endpoint = split_vault_endpoint(raw_path)
        operation, path_params = self.router.match(method, raw_path if endpoint is None else endpoint.inner_path)
        record = None if endpoint is None else self._vault_of(endpoint, operation)
        request = self.validator.validate(operation, path_params, query_string, headers, body)
        target: OperationTarget
        if record is not None and endpoint is not None:
            check_endpoint(
                record,
                endpoint,
                mutating=operation.mutating,
                now=self.vaults.clock(),
                seconds=self.vaults.transition_seconds,
            )
            target = record.service()
        elif operation.tag == "KmsVault":
            target = VaultApiCall(self.vault_api, _base_url(scope, headers))
        else:
            target = self.default_vault
        if not self.rate_limiter.allow(RATE_CLASSES.get(operation.operation_id, "management-read")):
            throttled = ApiError.too_many_requests(
                f"Too many requests: the limit is {self.rate_limiter.per_second} per second for this operation's "
                "rate class"
            )
            throttled.headers["retry-after"] = "1"
            raise throttled
        fault = self.faults.draw(operation.mutating)
        if fault is not None and not fault.after_apply:
            return _fault_outcome(fault, None)
        try:
            response = self._apply(target, operation, request, method, raw_path, query_string, body)
        except ApiError as exc:
            response = _error(exc)
        if fault is not None:
            return _fault_outcome(fault, response)
        return response

    def _vault_of(self, endpoint: VaultEndpoint, operation: Operation) -> VaultRecord:
        """The vault a per-vault endpoint belongs to; 404 for an unknown prefix or an operation of another
        endpoint (routing by the operation's spec tag)."""
        record = self.vaults.by_prefix(endpoint.prefix)
        if record is None or operation.tag != endpoint.tag:
            raise ApiError.route_not_found()
        return record

    def _new_vault_service(self, vault_id: str) -> VaultService:
        """The keys of a vault made through the vault API, with a wrapping key of its own."""
        return VaultService(
            self.options,
            self._renderer,
            WrappingKeyPair.generate(self.options.vault_wrapping_key_bits),
            vault_id=vault_id,
            started_at=self.options.clock(),
            store=self.backups.store,
            wrapping_key_id=wrapping_key_id(vault_id),
            replica_regions=lambda: self.vaults.replica_regions(vault_id),
        )

    def _apply(
        self,
        service: OperationTarget,
        operation: Operation,
        request: ValidRequest,
        method: str,
        raw_path: bytes,
        query_string: bytes,
        body: bytes,
    ) -> StoredResponse:
        token = request.headers.get("opc-retry-token") if operation.accepts_retry_token else None
        with service.lock:
            now = service.now()
            fingerprint = ""
            if token is not None:
                digest = hashlib.sha256()
                for part in (method.encode("ascii"), raw_path, query_string, body):
                    digest.update(len(part).to_bytes(8, "big") + part)
                fingerprint = digest.hexdigest()
                replay = self.retry_tokens.lookup(token, fingerprint, now)
                if replay is not None:
                    return replay
            reply = service.dispatch(operation.operation_id, request)
            if operation.mutating:
                # Every write is a work request; its id is also the change's replication id.
                reply = Reply(
                    reply.status, reply.body, {**reply.headers, "opc-work-request-id": service.work_request_id(now)}
                )
            response = _stored(reply)
            if token is not None and 200 <= response.status < 300:
                self.retry_tokens.remember(token, fingerprint, response, now)
            return response

    def _log(self, scope: Scope, status: str, request_id: str) -> None:
        raw_path: bytes = scope.get("raw_path") or b""
        shown = raw_path[:200].decode("ascii", "backslashreplace") + ("..." if len(raw_path) > 200 else "")
        logger.info("%s %s %s opc-request-id=%s", scope.get("method"), shown, status, request_id)


# ---------------------------------------------------------------------- helpers


def _header(headers: Sequence[tuple[bytes, bytes]], name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _base_url(scope: Scope, headers: Sequence[tuple[bytes, bytes]]) -> str:
    """The URL the client reached this server at (scheme and ``Host``; the bound address when ``Host`` is odd),
    the root of the vaults' endpoints."""
    host = _header(headers, b"host")
    if host is None or not _HOST.fullmatch(host):
        address, port = scope.get("server") or ("127.0.0.1", 80)
        host = f"[{address}]:{port}" if ":" in str(address) else f"{address}:{port}"
    return f"{scope.get('scheme', 'http')}://{host}"


def _request_id(headers: Sequence[tuple[bytes, bytes]]) -> str:
    """The client's ``opc-request-id`` if it is short printable ASCII, else a new one like the SDK's."""
    given = _header(headers, b"opc-request-id")
    if given and len(given) <= _MAX_REQUEST_ID and given.isascii() and given.isprintable():
        return given
    return uuid.uuid4().hex.upper()


def _identity_answer(
    identity: IdentityService,
    method: str,
    raw_path: bytes,
    query_string: bytes,
    headers: Sequence[tuple[bytes, bytes]],
    body: bytes,
) -> StoredResponse:
    target = raw_path.decode("latin-1") + ("?" + query_string.decode("latin-1") if query_string else "")
    reply = identity.handle(method, target, request_headers(headers), body)
    return StoredResponse(reply.status, reply.body, (("content-type", reply.content_type), *reply.headers))


def _stored(reply: Reply) -> StoredResponse:
    headers = tuple(reply.headers.items())
    if reply.body is None:
        return StoredResponse(reply.status, b"", headers)
    body = json.dumps(reply.body, separators=(",", ":")).encode("utf-8")
    return StoredResponse(reply.status, body, (("content-type", "application/json"), *headers))


def _error(exc: ApiError) -> StoredResponse:
    headers = (("content-type", "application/json"), *exc.headers.items())
    return StoredResponse(exc.status, exc.body(), headers)


def _too_large(limit: int, *, close: bool) -> ApiError:
    exc = ApiError.payload_too_large(limit)
    if close:
        exc.headers["connection"] = "close"
    return exc


def _fault_outcome(fault: Fault, response: StoredResponse | None) -> StoredResponse | _Drop:
    kind = fault.kind
    if kind is FaultKind.DROP_BEFORE_RESPONSE:
        return _Drop(None)
    if kind is FaultKind.DROP_AFTER_STATUS_LINE:
        status = response.status if response is not None else 503
        phrase = http.HTTPStatus(status).phrase
        return _Drop(f"HTTP/1.1 {status} {phrase}\r\n".encode("ascii"))
    if kind is FaultKind.TOO_MANY_REQUESTS:
        exc = ApiError.too_many_requests("Too many requests (injected fault)")
    elif kind is FaultKind.SERVICE_UNAVAILABLE:
        exc = ApiError.service_unavailable("The service is temporarily unavailable (injected fault)")
    else:
        exc = ApiError.internal("Internal server error (injected fault)")
    if kind is not FaultKind.INTERNAL_SERVER_ERROR:
        exc.headers["retry-after"] = "1"
    return _error(exc)


async def _send(scope: Scope, receive: Receive, send: Send, outcome: StoredResponse, request_id: str) -> None:
    headers = {name: value for name, value in outcome.headers if name != "content-type"}
    headers["opc-request-id"] = request_id
    media_type = next((value for name, value in outcome.headers if name == "content-type"), None)
    response = Response(outcome.body, status_code=outcome.status, headers=headers, media_type=media_type)
    await response(scope, receive, send)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
