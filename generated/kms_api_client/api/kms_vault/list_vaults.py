from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.list_sort_by import ListSortBy
from ...models.list_sort_order import ListSortOrder
from ...models.vault_summary import VaultSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    compartment_id: str,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    params: dict[str, Any] = {}

    params["compartmentId"] = compartment_id

    params["limit"] = limit

    params["page"] = page

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = str(sort_by)

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = str(sort_order)

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20180608/vaults",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KmsError | list[VaultSummary]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VaultSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = KmsError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = KmsError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = KmsError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = KmsError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = KmsError.from_dict(response.json())

        return response_503

    response_default = KmsError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KmsError | list[VaultSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    compartment_id: str,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | list[VaultSummary]]:
    """List the vaults of a compartment

     Lists the vaults in the given compartment, one page at a time. The body is a bare JSON array; when
    more
    results exist the response carries `opc-next-page` (pass it as `page`). `sortBy` defaults to
    `TIMECREATED` (descending); `DISPLAYNAME` sorts ascending unless `sortOrder` says otherwise.

    Rate limit: provisioning read (10 requests per second per tenancy).

    Args:
        compartment_id (str):
        limit (int | Unset):  Default: 100.
        page (str | Unset):
        sort_by (ListSortBy | Unset): The field list results are sorted by. `TIMECREATED` (the
            default) sorts descending unless `sortOrder` is given; `DISPLAYNAME` sorts ascending
            unless `sortOrder` is given.
        sort_order (ListSortOrder | Unset): The sort direction, ascending (`ASC`) or descending
            (`DESC`).
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | list[VaultSummary]]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        limit=limit,
        page=page,
        sort_by=sort_by,
        sort_order=sort_order,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    compartment_id: str,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | list[VaultSummary] | None:
    """List the vaults of a compartment

     Lists the vaults in the given compartment, one page at a time. The body is a bare JSON array; when
    more
    results exist the response carries `opc-next-page` (pass it as `page`). `sortBy` defaults to
    `TIMECREATED` (descending); `DISPLAYNAME` sorts ascending unless `sortOrder` says otherwise.

    Rate limit: provisioning read (10 requests per second per tenancy).

    Args:
        compartment_id (str):
        limit (int | Unset):  Default: 100.
        page (str | Unset):
        sort_by (ListSortBy | Unset): The field list results are sorted by. `TIMECREATED` (the
            default) sorts descending unless `sortOrder` is given; `DISPLAYNAME` sorts ascending
            unless `sortOrder` is given.
        sort_order (ListSortOrder | Unset): The sort direction, ascending (`ASC`) or descending
            (`DESC`).
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | list[VaultSummary]
    """

    return sync_detailed(
        client=client,
        compartment_id=compartment_id,
        limit=limit,
        page=page,
        sort_by=sort_by,
        sort_order=sort_order,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    compartment_id: str,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | list[VaultSummary]]:
    """List the vaults of a compartment

     Lists the vaults in the given compartment, one page at a time. The body is a bare JSON array; when
    more
    results exist the response carries `opc-next-page` (pass it as `page`). `sortBy` defaults to
    `TIMECREATED` (descending); `DISPLAYNAME` sorts ascending unless `sortOrder` says otherwise.

    Rate limit: provisioning read (10 requests per second per tenancy).

    Args:
        compartment_id (str):
        limit (int | Unset):  Default: 100.
        page (str | Unset):
        sort_by (ListSortBy | Unset): The field list results are sorted by. `TIMECREATED` (the
            default) sorts descending unless `sortOrder` is given; `DISPLAYNAME` sorts ascending
            unless `sortOrder` is given.
        sort_order (ListSortOrder | Unset): The sort direction, ascending (`ASC`) or descending
            (`DESC`).
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | list[VaultSummary]]
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        limit=limit,
        page=page,
        sort_by=sort_by,
        sort_order=sort_order,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    compartment_id: str,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | list[VaultSummary] | None:
    """List the vaults of a compartment

     Lists the vaults in the given compartment, one page at a time. The body is a bare JSON array; when
    more
    results exist the response carries `opc-next-page` (pass it as `page`). `sortBy` defaults to
    `TIMECREATED` (descending); `DISPLAYNAME` sorts ascending unless `sortOrder` says otherwise.

    Rate limit: provisioning read (10 requests per second per tenancy).

    Args:
        compartment_id (str):
        limit (int | Unset):  Default: 100.
        page (str | Unset):
        sort_by (ListSortBy | Unset): The field list results are sorted by. `TIMECREATED` (the
            default) sorts descending unless `sortOrder` is given; `DISPLAYNAME` sorts ascending
            unless `sortOrder` is given.
        sort_order (ListSortOrder | Unset): The sort direction, ascending (`ASC`) or descending
            (`DESC`).
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | list[VaultSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            compartment_id=compartment_id,
            limit=limit,
            page=page,
            sort_by=sort_by,
            sort_order=sort_order,
            opc_request_id=opc_request_id,
        )
    ).parsed
