from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.list_sort_by import ListSortBy
from ...models.list_sort_order import ListSortOrder
from ...models.vault_replica_summary import VaultReplicaSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vault_id: str,
    *,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    if not isinstance(opc_retry_token, Unset):
        headers["opc-retry-token"] = opc_retry_token

    params: dict[str, Any] = {}

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
        "url": "/20180608/vaults/{vault_id}/actions/listReplicas".format(
            vault_id=quote(str(vault_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KmsError | list[VaultReplicaSummary]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VaultReplicaSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = KmsError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = KmsError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = KmsError.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = KmsError.from_dict(response.json())

        return response_412

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
) -> Response[KmsError | list[VaultReplicaSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | list[VaultReplicaSummary]]:
    """List a vault's replicas

     Lists the vault's replicas (at most one region), with each replica's own endpoints, one page at a
    time.
    A GET that, as in the service, also takes `if-match` and `opc-retry-token`.

    Rate limit: provisioning write, as the service documents it (10 requests per second per tenancy).

    Args:
        vault_id (str):
        limit (int | Unset):  Default: 100.
        page (str | Unset):
        sort_by (ListSortBy | Unset): The field list results are sorted by. `TIMECREATED` (the
            default) sorts descending unless `sortOrder` is given; `DISPLAYNAME` sorts ascending
            unless `sortOrder` is given.
        sort_order (ListSortOrder | Unset): The sort direction, ascending (`ASC`) or descending
            (`DESC`).
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | list[VaultReplicaSummary]]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        limit=limit,
        page=page,
        sort_by=sort_by,
        sort_order=sort_order,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | list[VaultReplicaSummary] | None:
    """List a vault's replicas

     Lists the vault's replicas (at most one region), with each replica's own endpoints, one page at a
    time.
    A GET that, as in the service, also takes `if-match` and `opc-retry-token`.

    Rate limit: provisioning write, as the service documents it (10 requests per second per tenancy).

    Args:
        vault_id (str):
        limit (int | Unset):  Default: 100.
        page (str | Unset):
        sort_by (ListSortBy | Unset): The field list results are sorted by. `TIMECREATED` (the
            default) sorts descending unless `sortOrder` is given; `DISPLAYNAME` sorts ascending
            unless `sortOrder` is given.
        sort_order (ListSortOrder | Unset): The sort direction, ascending (`ASC`) or descending
            (`DESC`).
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | list[VaultReplicaSummary]
    """

    return sync_detailed(
        vault_id=vault_id,
        client=client,
        limit=limit,
        page=page,
        sort_by=sort_by,
        sort_order=sort_order,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | list[VaultReplicaSummary]]:
    """List a vault's replicas

     Lists the vault's replicas (at most one region), with each replica's own endpoints, one page at a
    time.
    A GET that, as in the service, also takes `if-match` and `opc-retry-token`.

    Rate limit: provisioning write, as the service documents it (10 requests per second per tenancy).

    Args:
        vault_id (str):
        limit (int | Unset):  Default: 100.
        page (str | Unset):
        sort_by (ListSortBy | Unset): The field list results are sorted by. `TIMECREATED` (the
            default) sorts descending unless `sortOrder` is given; `DISPLAYNAME` sorts ascending
            unless `sortOrder` is given.
        sort_order (ListSortOrder | Unset): The sort direction, ascending (`ASC`) or descending
            (`DESC`).
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | list[VaultReplicaSummary]]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        limit=limit,
        page=page,
        sort_by=sort_by,
        sort_order=sort_order,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    page: str | Unset = UNSET,
    sort_by: ListSortBy | Unset = UNSET,
    sort_order: ListSortOrder | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | list[VaultReplicaSummary] | None:
    """List a vault's replicas

     Lists the vault's replicas (at most one region), with each replica's own endpoints, one page at a
    time.
    A GET that, as in the service, also takes `if-match` and `opc-retry-token`.

    Rate limit: provisioning write, as the service documents it (10 requests per second per tenancy).

    Args:
        vault_id (str):
        limit (int | Unset):  Default: 100.
        page (str | Unset):
        sort_by (ListSortBy | Unset): The field list results are sorted by. `TIMECREATED` (the
            default) sorts descending unless `sortOrder` is given; `DISPLAYNAME` sorts ascending
            unless `sortOrder` is given.
        sort_order (ListSortOrder | Unset): The sort direction, ascending (`ASC`) or descending
            (`DESC`).
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | list[VaultReplicaSummary]
    """

    return (
        await asyncio_detailed(
            vault_id=vault_id,
            client=client,
            limit=limit,
            page=page,
            sort_by=sort_by,
            sort_order=sort_order,
            if_match=if_match,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
