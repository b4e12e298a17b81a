"""``wait_until``: poll a GET until the resource reaches a state (sync and async), with injectable time."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any

from kms_facade.clock import async_sleep
from kms_facade.exceptions import MaximumWaitTimeExceeded, ServiceError
from kms_facade.response import Response
from kms_facade.retry import DEFAULT_RETRY_STRATEGY


class _NotFound:
    def __repr__(self) -> str:
        return "WAIT_RESOURCE_NOT_FOUND"


WAIT_RESOURCE_NOT_FOUND: Any = _NotFound()
_POLLABLE = frozenset({"get_key", "get_key_version", "get_wrapping_key"})


class _Poll:
    """The polling rules shared by the sync and async waiters: state match, intervals, time budget."""

    def __init__(
        self,
        property: str | None,
        state: str | None,
        max_interval_seconds: float,
        max_wait_seconds: float,
        succeed_on_not_found: bool,
        evaluate_response: Callable[[Response[Any]], bool] | None,
        wait_callback: Callable[[int, Response[Any]], None] | None,
        clock: Callable[[], float],
    ) -> None:
        if evaluate_response is None and (property is None or state is None):
            raise ValueError("wait_until needs property and state, or evaluate_response")
        self.property, self.state = property, state
        self.max_interval, self.max_wait = max_interval_seconds, max_wait_seconds
        self.succeed_on_not_found = succeed_on_not_found
        self.evaluate, self.callback, self.clock = evaluate_response, wait_callback, clock
        self.started = clock()
        self.attempt = 0
        self.interval = 1.0

    def not_found(self, error: ServiceError) -> Any:
        """The sentinel for a 404 when allowed, else re-raise."""
        if error.status == 404 and self.succeed_on_not_found:
            return WAIT_RESOURCE_NOT_FOUND
        raise error

    def done(self, response: Response[Any]) -> bool:
        """Whether the fetched resource is in the wanted state."""
        self.attempt += 1
        if self.evaluate is not None:
            return self.evaluate(response)
        value = getattr(response.data, str(self.property))
        text = value.value if isinstance(value, Enum) else str(value)
        return text.lower() == str(self.state).lower()

    def next_delay(self, response: Response[Any]) -> float:
        """Seconds until the next poll (1, 2, 4, 8, 16, 30, 30...), or raise once the budget is spent."""
        if self.callback is not None:
            self.callback(self.attempt, response)
        elapsed = self.clock() - self.started
        if elapsed >= self.max_wait:
            raise MaximumWaitTimeExceeded(f"waited {elapsed:.1f}s (maximum {self.max_wait}s) for {self.state}")
        delay = min(self.interval, 30.0, self.max_interval, self.max_wait - elapsed)
        self.interval *= 2
        return delay


def _refetch_args(response: Response[Any]) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    if response.operation_name not in _POLLABLE:
        raise ValueError(f"wait_until supports only responses of GET operations, not {response.operation_name!r}")
    kwargs = dict(response.call_kwargs)
    kwargs.setdefault("retry_strategy", DEFAULT_RETRY_STRATEGY)
    request_id = response.request.headers.get("opc-request-id")
    if request_id:
        kwargs["opc_request_id"] = request_id
    return response.operation_name, response.call_args, kwargs


def wait_until(
    client: Any,
    response: Response[Any],
    property: str | None = None,
    state: str | None = None,
    max_interval_seconds: float = 30,
    max_wait_seconds: float = 1200,
    succeed_on_not_found: bool = False,
    evaluate_response: Callable[[Response[Any]], bool] | None = None,
    wait_callback: Callable[[int, Response[Any]], None] | None = None,
    fetch_func: Callable[[], Response[Any]] | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Re-issue the GET that produced ``response`` until ``response.data.<property>`` equals ``state``.

    Polls at once, then after 1, 2, 4, 8, 16, 30, 30... seconds (capped by ``max_interval_seconds``); raises
    ``MaximumWaitTimeExceeded`` once ``max_wait_seconds`` have passed. A 404 re-raises, or returns
    ``WAIT_RESOURCE_NOT_FOUND`` when ``succeed_on_not_found``.
    """
    if fetch_func is None:
        name, args, kwargs = _refetch_args(response)
        operation = getattr(client, name)

        def fetch() -> Response[Any]:
            result: Response[Any] = operation(*args, **kwargs)
            return result

        fetch_func = fetch
    poll = _Poll(
        property,
        state,
        max_interval_seconds,
        max_wait_seconds,
        succeed_on_not_found,
        evaluate_response,
        wait_callback,
        clock,
    )
    while True:
        try:
            current = fetch_func()
        except ServiceError as error:
            return poll.not_found(error)
        if poll.done(current):
            return current
        sleep(poll.next_delay(current))


async def async_wait_until(
    client: Any,
    response: Response[Any],
    property: str | None = None,
    state: str | None = None,
    max_interval_seconds: float = 30,
    max_wait_seconds: float = 1200,
    succeed_on_not_found: bool = False,
    evaluate_response: Callable[[Response[Any]], bool] | None = None,
    wait_callback: Callable[[int, Response[Any]], None] | None = None,
    fetch_func: Callable[[], Awaitable[Response[Any]]] | None = None,
    *,
    sleep: Callable[[float], Awaitable[None]] = async_sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Async twin of :func:`wait_until`, for :class:`AsyncKmsManagementClient`."""
    if fetch_func is None:
        name, args, kwargs = _refetch_args(response)
        operation = getattr(client, name)

        async def fetch() -> Response[Any]:
            result: Response[Any] = await operation(*args, **kwargs)
            return result

        fetch_func = fetch
    poll = _Poll(
        property,
        state,
        max_interval_seconds,
        max_wait_seconds,
        succeed_on_not_found,
        evaluate_response,
        wait_callback,
        clock,
    )
    while True:
        try:
            current = await fetch_func()
        except ServiceError as error:
            return poll.not_found(error)
        if poll.done(current):
            return current
        await sleep(poll.next_delay(current))
