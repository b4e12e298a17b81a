"""The engine of every client: configuration, one pooled httpx client, and the sync and async call loops.

A client class inherits an operations class (its documented signatures) and one of :class:`SyncServiceClient`
or :class:`AsyncServiceClient`; it holds no code of its own (see :mod:`kms_facade.client`)."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

import httpx

from kms_facade import config as oci_config
from kms_facade.auth.rejection import refresh_for_retry
from kms_facade.binding import AsyncInvoker, BoundOperation, SyncInvoker
from kms_facade.call import (
    CURRENT_CALL,
    CallPlan,
    FacadeAuth,
    new_retry_token,
    on_response,
    on_response_async,
    plan_call,
    translate_transport_error,
)
from kms_facade.circuit_breaker import (
    CircuitBreakerStrategy,
    Guard,
    NoCircuitBreakerStrategy,
    client_strategy,
    is_open_circuit,
    open_circuit_errors,
)
from kms_facade.clock import async_sleep
from kms_facade.exceptions import MissingEndpointForNonRegionalServiceClientError, RequestException, ServiceError
from kms_facade.http_client import AsyncHttpClient, HttpClient
from kms_facade.methods import OperationMethods
from kms_facade.retry import RetryStrategy
from kms_facade.transport import AsyncPooledTransport, PooledTransport
from kms_facade.version import __version__

_HOST_LABEL = re.compile(r"^[A-Za-z0-9_-]+$")
_DEFAULT_TIMEOUT = (10.0, 60.0)


def validate_endpoint(service_endpoint: str | None) -> str:
    """Check a service endpoint (http/https, a host, an optional path, no userinfo/query/fragment); strip a
    final '/'."""
    if service_endpoint is None:
        raise MissingEndpointForNonRegionalServiceClientError(
            "service_endpoint is required: pass the vault's management_endpoint or crypto_endpoint, "
            "e.g. https://<prefix>-management.kms.<region>.oraclecloud.com"
        )
    parts = urlsplit(service_endpoint)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"service_endpoint must use http or https: {service_endpoint!r}")
    host = parts.hostname or ""
    if not host or not all(_HOST_LABEL.match(label) for label in host.split(".")):
        raise ValueError(f"service_endpoint has no valid host: {service_endpoint!r}")
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        raise ValueError(f"service_endpoint must not carry user info, a query or a fragment: {service_endpoint!r}")
    return service_endpoint.rstrip("/")


def _timeout(value: float | tuple[float, float]) -> httpx.Timeout:
    if isinstance(value, tuple):
        connect, read = value
        return httpx.Timeout(read, connect=connect)
    return httpx.Timeout(value)


def user_agent() -> str:
    """``kms-facade/<version> (python <version>; <machine>-<system>)``."""
    import platform  # noqa: PLC0415 - deferred: only clients need it, not every import of the package

    return f"kms-facade/{__version__} (python {platform.python_version()}; {platform.machine()}-{platform.system()})"


async def _in_thread(function: Callable[[], bool]) -> bool:
    """``asyncio.to_thread(function)``; asyncio is imported here, by the first call that needs it (import time)."""
    import asyncio  # noqa: PLC0415 - loaded already by then, under any event loop

    return await asyncio.to_thread(function)


class ServiceClient(OperationMethods):
    """Configuration shared by every client: endpoint, signer, retry strategy, headers, httpx options."""

    def __init__(
        self,
        config: Mapping[str, Any],
        service_endpoint: str | None,
        *,
        timeout: float | tuple[float, float] = _DEFAULT_TIMEOUT,
        signer: httpx.Auth | None = None,
        retry_strategy: RetryStrategy | None = None,
        verify: str | bool = True,
        proxy: str | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        token_source: Callable[[], str] = new_retry_token,
        circuit_breaker_strategy: CircuitBreakerStrategy | NoCircuitBreakerStrategy | None = None,
        circuit_breaker_callback: Callable[[BaseException], Any] | None = None,
        allow_control_chars: bool | None = None,
        enable_strict_url_encoding: bool | None = None,
    ) -> None:
        self.endpoint = self._resolve_endpoint(config, service_endpoint)
        self.base_client = BaseClientView(self)
        self.circuit_breaker_strategy = client_strategy(circuit_breaker_strategy)
        self.circuit_breaker_callback = circuit_breaker_callback
        self.allow_control_chars = bool(allow_control_chars)
        self.enable_strict_url_encoding = bool(enable_strict_url_encoding)  # always strict (see README)
        strategy = self.circuit_breaker_strategy
        self._breaker_guard = None if strategy is None else Guard(strategy)  # the breaker is built at a failure
        if signer is None:
            signer = oci_config.signer_from_config(config)
        self.signer = signer
        self.retry_strategy: RetryStrategy | None = retry_strategy
        self._clock = clock
        self._token_source = token_source
        additional = str(config.get("additional_user_agent") or "")
        self._httpx_options: dict[str, Any] = {
            "base_url": self.endpoint,
            "auth": FacadeAuth(signer),
            "timeout": _timeout(timeout),
            "verify": verify,
            "proxy": proxy,
            "follow_redirects": False,
            "headers": {
                "accept": "application/json",
                "content-type": "application/json",  # sent on every request, as the OCI SDK does
                "user-agent": f"{user_agent()} {additional}".strip(),
                "opc-client-info": f"kms-facade/{__version__}",
            },
        }
        if transport is not None:
            self._httpx_options["transport"] = transport
        from kms_api_client.client import Client as GeneratedClient  # noqa: PLC0415 - deferred (import time)

        self._generated = GeneratedClient(base_url=self.endpoint)

    @classmethod
    def _resolve_endpoint(cls, config: Mapping[str, Any], service_endpoint: str | None) -> str:
        """The endpoint requests go to: ``service_endpoint``, which non-regional clients must be given."""
        return validate_endpoint(service_endpoint)

    def _client_options(self, default_transport: Callable[[str | bool], Any]) -> dict[str, Any]:
        """The httpx options, with the facade's pooled transport unless the caller gave one (or a proxy)."""
        options = dict(self._httpx_options)
        options.setdefault("transport", default_transport(options["verify"]))
        return options

    def _plan(self, operation: BoundOperation[Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> CallPlan:
        plan = plan_call(operation, args, kwargs, self.retry_strategy, self._token_source)
        plan.started = self._clock()
        if plan.context.allow_control_chars is None:
            plan.context.allow_control_chars = self.allow_control_chars
        if self.circuit_breaker_strategy is not None:
            plan.context.transient = self.circuit_breaker_strategy.is_transient_error
        return plan

    def _set_endpoint(self, endpoint: str) -> None:
        self.endpoint = self._generated._base_url = endpoint
        http: httpx.Client | httpx.AsyncClient = getattr(self, "_http")  # noqa: B009 - set by each client
        http.base_url = httpx.URL(endpoint)

    def _guard(self) -> AbstractContextManager[None]:
        """The circuit breaker around one attempt (nothing when the client has none)."""
        return nullcontext() if self._breaker_guard is None else self._breaker_guard

    @property
    def _failures(self) -> tuple[type[BaseException], ...]:
        """What a failed attempt raised that may be retried (read only when an attempt raised)."""
        return (ServiceError, RequestException, *open_circuit_errors())

    def _failed(self, plan: CallPlan, error: BaseException) -> float | None:
        """After a failed attempt: the delay before the next one, or None to raise. As in OCI, an open circuit
        is retryable and, under a retry strategy, is reported to ``circuit_breaker_callback`` on a thread."""
        if self.circuit_breaker_callback is not None and plan.strategy.retries_enabled and is_open_circuit(error):
            threading.Thread(target=self.circuit_breaker_callback, args=(error,), daemon=True).start()
        return plan.retry_delay(error, self._clock() - plan.started)


class BaseClientView:
    """``client.base_client`` as in OCI: the ``endpoint`` (settable) of the client."""

    def __init__(self, client: ServiceClient) -> None:
        self._client = client

    @property
    def endpoint(self) -> str:
        """The service endpoint requests go to."""
        return self._client.endpoint

    @endpoint.setter
    def endpoint(self, value: str) -> None:
        self._client._set_endpoint(validate_endpoint(value))


class SyncServiceClient(ServiceClient, SyncInvoker):
    """A synchronous client: ``Client(config, service_endpoint, **kwargs)``; each operation returns a Response."""

    def __init__(
        self,
        config: Mapping[str, Any],
        service_endpoint: str | None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        **kwargs: Any,
    ) -> None:
        super().__init__(config, service_endpoint, **kwargs)
        self._sleep = sleep
        self._http = HttpClient(event_hooks={"response": [on_response]}, **self._client_options(PooledTransport))
        self._generated.set_httpx_client(self._http)

    def _invoke(self, operation: BoundOperation[Any, Any], /, *args: Any, **kwargs: Any) -> Any:
        plan = self._plan(operation, args, kwargs)
        token = CURRENT_CALL.set(plan.context)
        refreshed = False
        try:
            while True:
                try:
                    try:
                        with self._guard():
                            detailed = operation.generated.module.sync_detailed(
                                client=self._generated, **plan.attempt_kwargs()
                            )
                    except httpx.TransportError as error:
                        raise translate_transport_error(error) from error
                    except (KeyError, ValueError, TypeError, AttributeError) as error:
                        invalid = plan.invalid_response(error)
                        if invalid is None:
                            raise
                        raise invalid from error
                    return plan.response(detailed.parsed)
                except self._failures as error:
                    refresh = None if refreshed else refresh_for_retry(self.signer, error)
                    refreshed = refreshed or refresh is not None
                    if refresh is not None and refresh():
                        continue
                    delay = self._failed(plan, error)
                    if delay is None:
                        raise
                    self._sleep(delay)
        finally:
            CURRENT_CALL.reset(token)

    def close(self) -> None:
        """Close the pooled connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncServiceClient(ServiceClient, AsyncInvoker):
    """An asyncio client: the same operations as its synchronous twin, awaitable."""

    def __init__(
        self,
        config: Mapping[str, Any],
        service_endpoint: str | None,
        *,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
        **kwargs: Any,
    ) -> None:
        super().__init__(config, service_endpoint, **kwargs)
        self._sleep = sleep
        self._http = AsyncHttpClient(
            event_hooks={"response": [on_response_async]}, **self._client_options(AsyncPooledTransport)
        )
        self._generated.set_async_httpx_client(self._http)

    async def _invoke(self, operation: BoundOperation[Any, Any], /, *args: Any, **kwargs: Any) -> Any:
        plan = self._plan(operation, args, kwargs)
        token = CURRENT_CALL.set(plan.context)
        refreshed = False
        try:
            while True:
                try:
                    try:
                        with self._guard():
                            detailed = await operation.generated.module.asyncio_detailed(
                                client=self._generated, **plan.attempt_kwargs()
                            )
                    except httpx.TransportError as error:
                        raise translate_transport_error(error) from error
                    except (KeyError, ValueError, TypeError, AttributeError) as error:
                        invalid = plan.invalid_response(error)
                        if invalid is None:
                            raise
                        raise invalid from error
                    return plan.response(detailed.parsed)
                except self._failures as error:
                    refresh = None if refreshed else refresh_for_retry(self.signer, error)
                    refreshed = refreshed or refresh is not None
                    if refresh is not None and await _in_thread(refresh):
                        continue
                    delay = self._failed(plan, error)
                    if delay is None:
                        raise
                    await self._sleep(delay)
        finally:
            CURRENT_CALL.reset(token)

    async def close(self) -> None:
        """Close the pooled connections."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
