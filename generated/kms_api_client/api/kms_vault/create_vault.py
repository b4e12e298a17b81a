from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_vault_details import CreateVaultDetails
from ...models.kms_error import KmsError
from ...models.vault import Vault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateVaultDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    if not isinstance(opc_retry_token, Unset):
        headers["opc-retry-token"] = opc_retry_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20180608/vaults",
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

    if response.status_code == 409:
        response_409 = KmsError.from_dict(response.json())

        return response_409

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateVaultDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Create a vault

     Creates a vault with its own management and crypto endpoints (`managementEndpoint`,
    `cryptoEndpoint`)
    and its own wrapping key. Transitional state: the vault is returned in `CREATING` and becomes
    `ACTIVE`;
    poll `GetVault` until it is `ACTIVE` before using its endpoints (they answer 409 `IncorrectState`
    until then).

    Idempotency: a repeated request with the same `opc-retry-token` returns the original result.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (CreateVaultDetails): The body of `CreateVault`. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'payments-vault',
            'vaultType': 'DEFAULT'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | Vault]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVaultDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Create a vault

     Creates a vault with its own management and crypto endpoints (`managementEndpoint`,
    `cryptoEndpoint`)
    and its own wrapping key. Transitional state: the vault is returned in `CREATING` and becomes
    `ACTIVE`;
    poll `GetVault` until it is `ACTIVE` before using its endpoints (they answer 409 `IncorrectState`
    until then).

    Idempotency: a repeated request with the same `opc-retry-token` returns the original result.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (CreateVaultDetails): The body of `CreateVault`. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'payments-vault',
            'vaultType': 'DEFAULT'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | Vault
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVaultDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Create a vault

     Creates a vault with its own management and crypto endpoints (`managementEndpoint`,
    `cryptoEndpoint`)
    and its own wrapping key. Transitional state: the vault is returned in `CREATING` and becomes
    `ACTIVE`;
    poll `GetVault` until it is `ACTIVE` before using its endpoints (they answer 409 `IncorrectState`
    until then).

    Idempotency: a repeated request with the same `opc-retry-token` returns the original result.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (CreateVaultDetails): The body of `CreateVault`. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'payments-vault',
            'vaultType': 'DEFAULT'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | Vault]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVaultDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Create a vault

     Creates a vault with its own management and crypto endpoints (`managementEndpoint`,
    `cryptoEndpoint`)
    and its own wrapping key. Transitional state: the vault is returned in `CREATING` and becomes
    `ACTIVE`;
    poll `GetVault` until it is `ACTIVE` before using its endpoints (they answer 409 `IncorrectState`
    until then).

    Idempotency: a repeated request with the same `opc-retry-token` returns the original result.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (CreateVaultDetails): The body of `CreateVault`. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'payments-vault',
            'vaultType': 'DEFAULT'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | Vault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
