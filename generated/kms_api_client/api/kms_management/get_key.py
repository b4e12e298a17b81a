from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.key import Key
from ...models.kms_error import KmsError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    key_id: str,
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20180608/keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Key | KmsError:
    if response.status_code == 200:
        response_200 = Key.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Key | KmsError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Response[Key | KmsError]:
    """Get a key

     Returns the key's current metadata, including its lifecycle state, shape and current key version.
    Poll
    this operation to wait for a transitional state (`CREATING`, `ENABLING`, ...) to settle.

    Rate limit: management read (10 requests per second per tenancy).

    Args:
        key_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Key | KmsError]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Key | KmsError | None:
    """Get a key

     Returns the key's current metadata, including its lifecycle state, shape and current key version.
    Poll
    this operation to wait for a transitional state (`CREATING`, `ENABLING`, ...) to settle.

    Rate limit: management read (10 requests per second per tenancy).

    Args:
        key_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Key | KmsError
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Response[Key | KmsError]:
    """Get a key

     Returns the key's current metadata, including its lifecycle state, shape and current key version.
    Poll
    this operation to wait for a transitional state (`CREATING`, `ENABLING`, ...) to settle.

    Rate limit: management read (10 requests per second per tenancy).

    Args:
        key_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Key | KmsError]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Key | KmsError | None:
    """Get a key

     Returns the key's current metadata, including its lifecycle state, shape and current key version.
    Poll
    this operation to wait for a transitional state (`CREATING`, `ENABLING`, ...) to settle.

    Rate limit: management read (10 requests per second per tenancy).

    Args:
        key_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Key | KmsError
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
