from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.update_vault_details import UpdateVaultDetails
from ...models.vault import Vault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vault_id: str,
    *,
    body: UpdateVaultDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/20180608/vaults/{vault_id}".format(
            vault_id=quote(str(vault_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KmsError | Vault:
    if response.status_code == 200:
        response_200 = Vault.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = KmsError.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = KmsError.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = KmsError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = KmsError.from_dict(response.json())

        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[KmsError | Vault]:
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
    body: UpdateVaultDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Update a vault

     Changes the vault's display name and tags. The vault must be `ACTIVE` or `CREATING` (409
    `IncorrectState` otherwise); an `ACTIVE` vault passes through `UPDATING` back to `ACTIVE`. With
    `if-match`, the vault's current etag must match (412 `NoEtagMatch`). Takes no retry token.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateVaultDetails): The body of `UpdateVault`; absent fields keep their value.
            Example: {'displayName': 'payments-vault-renamed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | Vault]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        body=body,
        if_match=if_match,
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
    body: UpdateVaultDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Update a vault

     Changes the vault's display name and tags. The vault must be `ACTIVE` or `CREATING` (409
    `IncorrectState` otherwise); an `ACTIVE` vault passes through `UPDATING` back to `ACTIVE`. With
    `if-match`, the vault's current etag must match (412 `NoEtagMatch`). Takes no retry token.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateVaultDetails): The body of `UpdateVault`; absent fields keep their value.
            Example: {'displayName': 'payments-vault-renamed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | Vault
    """

    return sync_detailed(
        vault_id=vault_id,
        client=client,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVaultDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Update a vault

     Changes the vault's display name and tags. The vault must be `ACTIVE` or `CREATING` (409
    `IncorrectState` otherwise); an `ACTIVE` vault passes through `UPDATING` back to `ACTIVE`. With
    `if-match`, the vault's current etag must match (412 `NoEtagMatch`). Takes no retry token.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateVaultDetails): The body of `UpdateVault`; absent fields keep their value.
            Example: {'displayName': 'payments-vault-renamed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | Vault]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVaultDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Update a vault

     Changes the vault's display name and tags. The vault must be `ACTIVE` or `CREATING` (409
    `IncorrectState` otherwise); an `ACTIVE` vault passes through `UPDATING` back to `ACTIVE`. With
    `if-match`, the vault's current etag must match (412 `NoEtagMatch`). Takes no retry token.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateVaultDetails): The body of `UpdateVault`; absent fields keep their value.
            Example: {'displayName': 'payments-vault-renamed'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | Vault
    """

    return (
        await asyncio_detailed(
            vault_id=vault_id,
            client=client,
            body=body,
            if_match=if_match,
            opc_request_id=opc_request_id,
        )
    ).parsed
