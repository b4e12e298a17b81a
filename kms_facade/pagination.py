"""Follow ``opc-next-page`` across the list operations, eagerly or lazily, sync or async."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Literal

from kms_facade.response import Response
from kms_facade.retry import DEFAULT_RETRY_STRATEGY

ListCall = Callable[..., Response[list[Any]]]
AsyncListCall = Callable[..., Awaitable[Response[list[Any]]]]
Yielding = Literal["record", "response"]


def _page_kwargs(kwargs: dict[str, Any], page: str | None, limit: int | None = None) -> dict[str, Any]:
    call_kwargs = dict(kwargs)
    call_kwargs.setdefault("retry_strategy", DEFAULT_RETRY_STRATEGY)
    if page is not None:
        call_kwargs["page"] = page
    if limit is not None:
        call_kwargs["limit"] = limit
    return call_kwargs


def _check_yielding(yielding: str) -> None:
    if yielding not in ("record", "response"):
        raise ValueError(f"yielding must be 'record' or 'response', not {yielding!r}")


def _combined(last: Response[list[Any]], records: list[Any]) -> Response[list[Any]]:
    return dataclasses.replace(last, data=records)


def list_call_get_all_results_generator(
    list_func_ref: ListCall, yield_mode: Yielding, *args: Any, **kwargs: Any
) -> Iterator[Any]:
    """Yield every record (or every page's Response) of a list operation, one page request at a time."""
    _check_yielding(yield_mode)
    page: str | None = kwargs.pop("page", None)
    while True:
        response = list_func_ref(*args, **_page_kwargs(kwargs, page))
        if yield_mode == "response":
            yield response
        else:
            yield from response.data
        page = response.next_page
        if page is None:
            return


def list_call_get_all_results(list_func_ref: ListCall, *args: Any, **kwargs: Any) -> Response[list[Any]]:
    """Fetch every page; the result's ``data`` is all records, its other fields those of the last page."""
    records: list[Any] = []
    last: Response[list[Any]] | None = None
    for response in list_call_get_all_results_generator(list_func_ref, "response", *args, **kwargs):
        records.extend(response.data)
        last = response
    assert last is not None
    return _combined(last, records)


def list_call_get_up_to_limit_generator(
    list_func_ref: ListCall,
    record_limit: int | None,
    page_size: int | None,
    yield_mode: Yielding,
    *args: Any,
    **kwargs: Any,
) -> Iterator[Any]:
    """Yield records (or pages) until ``record_limit`` records were seen; ``None`` makes exactly one call."""
    _check_yielding(yield_mode)
    page: str | None = kwargs.pop("page", None)
    remaining = record_limit
    while True:
        limit = page_size if remaining is None else min(page_size or remaining, remaining)
        response = list_func_ref(*args, **_page_kwargs(kwargs, page, limit))
        records = response.data if remaining is None else response.data[:remaining]
        if yield_mode == "response":
            yield dataclasses.replace(response, data=records)
        else:
            yield from records
        if remaining is None:
            return
        remaining -= len(records)
        page = response.next_page
        if page is None or remaining <= 0:
            return


def list_call_get_up_to_limit(
    list_func_ref: ListCall, record_limit: int | None, page_size: int | None, *args: Any, **kwargs: Any
) -> Response[list[Any]]:
    """Fetch up to ``record_limit`` records in pages of ``page_size``."""
    records: list[Any] = []
    last: Response[list[Any]] | None = None
    pages = list_call_get_up_to_limit_generator(list_func_ref, record_limit, page_size, "response", *args, **kwargs)
    for response in pages:
        records.extend(response.data)
        last = response
    assert last is not None
    return _combined(last, records)


async def async_list_call_get_all_results_generator(
    list_func_ref: AsyncListCall, yield_mode: Yielding, *args: Any, **kwargs: Any
) -> AsyncIterator[Any]:
    """Async twin of :func:`list_call_get_all_results_generator`."""
    _check_yielding(yield_mode)
    page: str | None = kwargs.pop("page", None)
    while True:
        response = await list_func_ref(*args, **_page_kwargs(kwargs, page))
        if yield_mode == "response":
            yield response
        else:
            for record in response.data:
                yield record
        page = response.next_page
        if page is None:
            return


async def async_list_call_get_all_results(
    list_func_ref: AsyncListCall, *args: Any, **kwargs: Any
) -> Response[list[Any]]:
    """Async twin of :func:`list_call_get_all_results`."""
    records: list[Any] = []
    last: Response[list[Any]] | None = None
    async for response in async_list_call_get_all_results_generator(list_func_ref, "response", *args, **kwargs):
        records.extend(response.data)
        last = response
    assert last is not None
    return _combined(last, records)
