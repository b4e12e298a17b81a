"""``KmsManagementClient`` and ``AsyncKmsManagementClient``: the 17 operations over one pooled httpx client."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable, Mapping
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
from kms_facade.clock import async_sleep
from kms_facade.exceptions import MissingEndpointForNonRegionalServiceClientError, RequestException, ServiceError
from kms_facade.methods import OperationMethods
from kms_facade.retry import RetryStrategy
from kms_facade.version import __version__

_HOST_LABEL = re.compile(r"^[A-Za-z0-9_-]+$")
_DEFAULT_TIMEOUT = (10.0, 60.0)


def validate_endpoint(service_endpoint: str | None) -> str:
    """Check the vault management endpoint (http/https, a host, no userinfo/query/fragment); strip a final '/'."""
    if service_endpoint is None:
        raise MissingEndpointForNonRegionalServiceClientError(
            "service_endpoint is required: pass the vault's management endpoint, "
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


class _ClientBase(OperationMethods):
    """Configuration shared by both clients: endpoint, signer, retry strategy, headers, httpx options."""

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
    ) -> None:
        self.endpoint = validate_endpoint(service_endpoint)
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
                "user-agent": f"{user_agent()} {additional}".strip(),
                "opc-client-info": f"kms-facade/{__version__}",
            },
        }
        if transport is not None:
            self._httpx_options["transport"] = transport
        from kms_api_client.client import Client as GeneratedClient  # noqa: PLC0415 - deferred (import time)

        self._generated = GeneratedClient(base_url=self.endpoint)

    def _plan(self, operation: BoundOperation[Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> CallPlan:
        plan = plan_call(operation, args, kwargs, self.retry_strategy, self._token_source)
        plan.started = self._clock()
        return plan


class KmsManagementClient(_ClientBase, SyncInvoker):
    """The synchronous client. ``KmsManagementClient(config, service_endpoint, **kwargs)``."""

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
        self._http = httpx.Client(event_hooks={"response": [on_response]}, **self._httpx_options)
        self._generated.set_httpx_client(self._http)

    def _invoke(self, operation: BoundOperation[Any, Any], /, *args: Any, **kwargs: Any) -> Any:
        plan = self._plan(operation, args, kwargs)
        token = CURRENT_CALL.set(plan.context)
        refreshed = False
        try:
            while True:
                try:
                    try:
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
                except (ServiceError, RequestException) as error:
                    refresh = None if refreshed else refresh_for_retry(self.signer, error)
                    refreshed = refreshed or refresh is not None
                    if refresh is not None and refresh():
                        continue
                    delay = plan.retry_delay(error, self._clock() - plan.started)
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


class AsyncKmsManagementClient(_ClientBase, AsyncInvoker):
    """The asyncio client: the same 17 operations, awaitable."""

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
        self._http = httpx.AsyncClient(event_hooks={"response": [on_response_async]}, **self._httpx_options)
        self._generated.set_async_httpx_client(self._http)

    async def _invoke(self, operation: BoundOperation[Any, Any], /, *args: Any, **kwargs: Any) -> Any:
        plan = self._plan(operation, args, kwargs)
        token = CURRENT_CALL.set(plan.context)
        refreshed = False
        try:
            while True:
                try:
                    try:
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
                except (ServiceError, RequestException) as error:
                    refresh = None if refreshed else refresh_for_retry(self.signer, error)
                    refreshed = refreshed or refresh is not None
                    if refresh is not None and await asyncio.to_thread(refresh):
                        continue
                    delay = plan.retry_delay(error, self._clock() - plan.started)
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
