from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.wrapping_key import WrappingKey
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20180608/wrappingKeys",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KmsError | WrappingKey:
    if response.status_code == 200:
        response_200 = WrappingKey.from_dict(response.json())

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
) -> Response[KmsError | WrappingKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | WrappingKey]:
    """Get the vault's wrapping key

     Returns the vault's public RSA wrapping key. Use it to wrap key material for `ImportKey` and
    `ImportKeyVersion`, with `RSA_OAEP_SHA256` or `RSA_OAEP_AES_SHA256`.

    Rate limit: none stated by the service documentation.

    Args:
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | WrappingKey]
    """

    kwargs = _get_kwargs(
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | WrappingKey | None:
    """Get the vault's wrapping key

     Returns the vault's public RSA wrapping key. Use it to wrap key material for `ImportKey` and
    `ImportKeyVersion`, with `RSA_OAEP_SHA256` or `RSA_OAEP_AES_SHA256`.

    Rate limit: none stated by the service documentation.

    Args:
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | WrappingKey
    """

    return sync_detailed(
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | WrappingKey]:
    """Get the vault's wrapping key

     Returns the vault's public RSA wrapping key. Use it to wrap key material for `ImportKey` and
    `ImportKeyVersion`, with `RSA_OAEP_SHA256` or `RSA_OAEP_AES_SHA256`.

    Rate limit: none stated by the service documentation.

    Args:
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | WrappingKey]
    """

    kwargs = _get_kwargs(
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | WrappingKey | None:
    """Get the vault's wrapping key

     Returns the vault's public RSA wrapping key. Use it to wrap key material for `ImportKey` and
    `ImportKeyVersion`, with `RSA_OAEP_SHA256` or `RSA_OAEP_AES_SHA256`.

    Rate limit: none stated by the service documentation.

    Args:
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | WrappingKey
    """

    return (
        await asyncio_detailed(
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
