"""``wait_until``: poll a GET until the resource reaches a state (sync and async), with injectable time."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from kms_facade.clock import async_sleep
from kms_facade.exceptions import MaximumWaitTimeExceeded, ServiceError, WaitUntilNotSupported
from kms_facade.response import Response
from kms_facade.retry import DEFAULT_RETRY_STRATEGY
from kms_facade.util import WAIT_RESOURCE_NOT_FOUND


class _Poll:
    """The polling rules shared by the sync and async waiters (as ``oci.wait_until``): the state check on the
    response at hand, intervals, the time budget and the 404 rule."""

    def __init__(
        self,
        response: Response[Any],
        property: str | None,
        state: Any,
        max_interval_seconds: float,
        max_wait_seconds: float,
        succeed_on_not_found: bool,
        evaluate_response: Callable[[Response[Any]], Any] | None,
        wait_callback: Callable[[int, Response[Any]], None] | None,
        clock: Callable[[], float],
    ) -> None:
        if evaluate_response is not None and property:
            raise ValueError(
                "Invalid wait_until configuration - can not provide both evaluate_response function and property "
                "argument, only one should be specified"
            )
        if evaluate_response is None and not property:
            raise RuntimeError(
                "Invalid wait_until configuration - neither a property argument, nor an evaluate_response "
                "function, have been specified"
            )
        if property and not hasattr(response.data, property):
            raise ValueError("Response data does not contain the given property.")
        self.property, self.states = property, state if isinstance(state, tuple) else (state,)
        self.max_interval, self.max_wait = max_interval_seconds, max_wait_seconds
        self.succeed_on_not_found = succeed_on_not_found
        self.evaluate, self.callback, self.clock = evaluate_response, wait_callback, clock
        self.started = clock()
        self.checked = 0
        self.interval = 1.0

    def not_found(self, error: ServiceError) -> Any:
        """The sentinel for a 404 when allowed, else re-raise."""
        if error.status == 404 and self.succeed_on_not_found:
            return WAIT_RESOURCE_NOT_FOUND
        raise error

    def done(self, response: Response[Any]) -> bool:
        """Whether the resource in ``response`` is in a wanted state (a tuple of states means any of them)."""
        if self.evaluate is not None:
            return bool(self.evaluate(response))
        value = getattr(response.data, str(self.property))
        return any(_same(value, state) for state in self.states)

    def next_delay(self, response: Response[Any]) -> float:
        """Seconds until the next poll (1, 2, 4, 8, 16, 30, 30...), or raise once the budget is spent."""
        if self.callback is not None and self.checked > 0:
            self.callback(self.checked, response)
        elapsed = self.clock() - self.started
        if elapsed >= self.max_wait:
            raise MaximumWaitTimeExceeded("Maximum wait time has been exceeded.")
        delay = min(self.interval, self.max_interval, self.max_wait - elapsed)
        self.interval = min(self.interval * 2, self.max_interval)
        return delay

    def fetched(self) -> None:
        """Count a poll."""
        self.checked += 1


def _same(value: Any, state: Any) -> bool:
    """``value == state`` as in the OCI SDK, and case-insensitive for strings (enum members are strings)."""
    if value == state:
        return True
    return isinstance(value, str) and isinstance(state, str) and value.casefold() == state.casefold()


def _refetch_args(response: Response[Any]) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    if response.raw_request.method.upper() != "GET":
        raise WaitUntilNotSupported("wait_until is only supported for get operations.")
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
    state: Any = None,
    max_interval_seconds: float = 30,
    max_wait_seconds: float = 1200,
    succeed_on_not_found: bool = False,
    evaluate_response: Callable[[Response[Any]], Any] | None = None,
    wait_callback: Callable[[int, Response[Any]], None] | None = None,
    fetch_func: Callable[..., Response[Any]] | None = None,
    *,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> Any:
    """Re-issue the GET that produced ``response`` until ``response.data.<property>`` equals ``state``.

    As ``oci.wait_until``: ``response`` itself is checked first and returned, without another GET, when it already
    satisfies the condition; ``state`` may be a tuple of states; ``fetch_func(response=...)`` replaces the GET;
    ``evaluate_response(response)`` replaces ``property``/``state``. Polls after 1, 2, 4, 8, 16, 30, 30... seconds
    (capped by ``max_interval_seconds`` and by the time left); raises ``MaximumWaitTimeExceeded`` once
    ``max_wait_seconds`` have passed, ``WaitUntilNotSupported`` for a response not from a GET (without
    ``fetch_func``). A 404 re-raises, or returns ``WAIT_RESOURCE_NOT_FOUND`` when ``succeed_on_not_found``.
    ``sleep`` and ``clock`` default to ``time.sleep`` and ``time.monotonic``.
    """
    sleep = sleep or time.sleep
    if fetch_func is None:
        name, args, kwargs = _refetch_args(response)
        operation = getattr(client, name)

        def fetch(response: Response[Any] | None = None) -> Response[Any]:
            result: Response[Any] = operation(*args, **kwargs)
            return result

        fetch_func = fetch
    poll = _Poll(
        response,
        property,
        state,
        max_interval_seconds,
        max_wait_seconds,
        succeed_on_not_found,
        evaluate_response,
        wait_callback,
        clock or time.monotonic,
    )
    current = response
    while not poll.done(current):
        sleep(poll.next_delay(current))
        try:
            current = fetch_func(response=current)
        except ServiceError as error:
            return poll.not_found(error)
        poll.fetched()
    return current


async def async_wait_until(
    client: Any,
    response: Response[Any],
    property: str | None = None,
    state: Any = None,
    max_interval_seconds: float = 30,
    max_wait_seconds: float = 1200,
    succeed_on_not_found: bool = False,
    evaluate_response: Callable[[Response[Any]], Any] | None = None,
    wait_callback: Callable[[int, Response[Any]], None] | None = None,
    fetch_func: Callable[..., Awaitable[Response[Any]]] | None = None,
    *,
    sleep: Callable[[float], Awaitable[None]] = async_sleep,
    clock: Callable[[], float] | None = None,
) -> Any:
    """Async twin of :func:`wait_until`, for :class:`AsyncKmsManagementClient`."""
    if fetch_func is None:
        name, args, kwargs = _refetch_args(response)
        operation = getattr(client, name)

        async def fetch(response: Response[Any] | None = None) -> Response[Any]:
            result: Response[Any] = await operation(*args, **kwargs)
            return result

        fetch_func = fetch
    poll = _Poll(
        response,
        property,
        state,
        max_interval_seconds,
        max_wait_seconds,
        succeed_on_not_found,
        evaluate_response,
        wait_callback,
        clock or time.monotonic,
    )
    current = response
    while not poll.done(current):
        await sleep(poll.next_delay(current))
        try:
            current = await fetch_func(response=current)
        except ServiceError as error:
            return poll.not_found(error)
        poll.fetched()
    return current
