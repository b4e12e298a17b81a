from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.update_registered_vault_for_mtls_details import UpdateRegisteredVaultForMtlsDetails
from ...models.vault_mtls_update_response import VaultMtlsUpdateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vault_id: str,
    *,
    body: UpdateRegisteredVaultForMtlsDetails,
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
        "url": "/20180608/vaults/{vault_id}/updateRegisteredVaultForMtls".format(
            vault_id=quote(str(vault_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KmsError | VaultMtlsUpdateResponse:
    if response.status_code == 200:
        response_200 = VaultMtlsUpdateResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KmsError | VaultMtlsUpdateResponse]:
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
    body: UpdateRegisteredVaultForMtlsDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | VaultMtlsUpdateResponse]:
    """Register a vault for mTLS with a fleet

     Registers the vault's crypto endpoint for mutual TLS with the fleet `fleetId`. The answer names the
    mTLS crypto DNS name; its `status` is `CREATING`, then `CREATED`. The vault must be `ACTIVE` (409
    `IncorrectState`). Takes no retry token.

    Rate limit: none stated by the service documentation.

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateRegisteredVaultForMtlsDetails): The body of `UpdateRegisteredVaultForMtls`.
            Example: {'fleetId': 'ocid1.fleet.oc1.iad.examplefleet'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | VaultMtlsUpdateResponse]
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
    body: UpdateRegisteredVaultForMtlsDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | VaultMtlsUpdateResponse | None:
    """Register a vault for mTLS with a fleet

     Registers the vault's crypto endpoint for mutual TLS with the fleet `fleetId`. The answer names the
    mTLS crypto DNS name; its `status` is `CREATING`, then `CREATED`. The vault must be `ACTIVE` (409
    `IncorrectState`). Takes no retry token.

    Rate limit: none stated by the service documentation.

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateRegisteredVaultForMtlsDetails): The body of `UpdateRegisteredVaultForMtls`.
            Example: {'fleetId': 'ocid1.fleet.oc1.iad.examplefleet'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | VaultMtlsUpdateResponse
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
    body: UpdateRegisteredVaultForMtlsDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | VaultMtlsUpdateResponse]:
    """Register a vault for mTLS with a fleet

     Registers the vault's crypto endpoint for mutual TLS with the fleet `fleetId`. The answer names the
    mTLS crypto DNS name; its `status` is `CREATING`, then `CREATED`. The vault must be `ACTIVE` (409
    `IncorrectState`). Takes no retry token.

    Rate limit: none stated by the service documentation.

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateRegisteredVaultForMtlsDetails): The body of `UpdateRegisteredVaultForMtls`.
            Example: {'fleetId': 'ocid1.fleet.oc1.iad.examplefleet'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | VaultMtlsUpdateResponse]
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
    body: UpdateRegisteredVaultForMtlsDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | VaultMtlsUpdateResponse | None:
    """Register a vault for mTLS with a fleet

     Registers the vault's crypto endpoint for mutual TLS with the fleet `fleetId`. The answer names the
    mTLS crypto DNS name; its `status` is `CREATING`, then `CREATED`. The vault must be `ACTIVE` (409
    `IncorrectState`). Takes no retry token.

    Rate limit: none stated by the service documentation.

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        body (UpdateRegisteredVaultForMtlsDetails): The body of `UpdateRegisteredVaultForMtls`.
            Example: {'fleetId': 'ocid1.fleet.oc1.iad.examplefleet'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | VaultMtlsUpdateResponse
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
