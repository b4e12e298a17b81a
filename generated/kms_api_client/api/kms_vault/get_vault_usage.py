from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.vault_usage import VaultUsage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vault_id: str,
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20180608/vaults/{vault_id}/usage".format(
            vault_id=quote(str(vault_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KmsError | VaultUsage:
    if response.status_code == 200:
        response_200 = VaultUsage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KmsError | VaultUsage]:
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
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | VaultUsage]:
    """Get a vault's key counts

     Counts the vault's keys and key versions across all compartments, `DELETED` ones excluded:
    `keyCount`/`keyVersionCount` for HSM-protected keys, `softwareKeyCount`/`softwareKeyVersionCount`
    for
    `SOFTWARE` ones.

    Rate limit: none stated by the service documentation.

    Args:
        vault_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | VaultUsage]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | VaultUsage | None:
    """Get a vault's key counts

     Counts the vault's keys and key versions across all compartments, `DELETED` ones excluded:
    `keyCount`/`keyVersionCount` for HSM-protected keys, `softwareKeyCount`/`softwareKeyVersionCount`
    for
    `SOFTWARE` ones.

    Rate limit: none stated by the service documentation.

    Args:
        vault_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | VaultUsage
    """

    return sync_detailed(
        vault_id=vault_id,
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | VaultUsage]:
    """Get a vault's key counts

     Counts the vault's keys and key versions across all compartments, `DELETED` ones excluded:
    `keyCount`/`keyVersionCount` for HSM-protected keys, `softwareKeyCount`/`softwareKeyVersionCount`
    for
    `SOFTWARE` ones.

    Rate limit: none stated by the service documentation.

    Args:
        vault_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | VaultUsage]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | VaultUsage | None:
    """Get a vault's key counts

     Counts the vault's keys and key versions across all compartments, `DELETED` ones excluded:
    `keyCount`/`keyVersionCount` for HSM-protected keys, `softwareKeyCount`/`softwareKeyVersionCount`
    for
    `SOFTWARE` ones.

    Rate limit: none stated by the service documentation.

    Args:
        vault_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | VaultUsage
    """

    return (
        await asyncio_detailed(
            vault_id=vault_id,
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
