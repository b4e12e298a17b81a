from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.change_vault_compartment_details import ChangeVaultCompartmentDetails
from ...models.kms_error import KmsError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vault_id: str,
    *,
    body: ChangeVaultCompartmentDetails,
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

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20180608/vaults/{vault_id}/actions/changeCompartment".format(
            vault_id=quote(str(vault_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | KmsError:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | KmsError]:
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
    body: ChangeVaultCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[Any | KmsError]:
    """Move a vault to another compartment

     Moves the vault to another compartment of the same tenancy (its keys stay where they are). The vault
    must be `ACTIVE` (409 `IncorrectState`). The response has no body.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ChangeVaultCompartmentDetails): The body of `ChangeVaultCompartment`. Example:
            {'compartmentId': 'ocid1.compartment.oc1..aaaaaaaaexampletargetcompartment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | KmsError]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        body=body,
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
    body: ChangeVaultCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Any | KmsError | None:
    """Move a vault to another compartment

     Moves the vault to another compartment of the same tenancy (its keys stay where they are). The vault
    must be `ACTIVE` (409 `IncorrectState`). The response has no body.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ChangeVaultCompartmentDetails): The body of `ChangeVaultCompartment`. Example:
            {'compartmentId': 'ocid1.compartment.oc1..aaaaaaaaexampletargetcompartment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | KmsError
    """

    return sync_detailed(
        vault_id=vault_id,
        client=client,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeVaultCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[Any | KmsError]:
    """Move a vault to another compartment

     Moves the vault to another compartment of the same tenancy (its keys stay where they are). The vault
    must be `ACTIVE` (409 `IncorrectState`). The response has no body.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ChangeVaultCompartmentDetails): The body of `ChangeVaultCompartment`. Example:
            {'compartmentId': 'ocid1.compartment.oc1..aaaaaaaaexampletargetcompartment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | KmsError]
    """

    kwargs = _get_kwargs(
        vault_id=vault_id,
        body=body,
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
    body: ChangeVaultCompartmentDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Any | KmsError | None:
    """Move a vault to another compartment

     Moves the vault to another compartment of the same tenancy (its keys stay where they are). The vault
    must be `ACTIVE` (409 `IncorrectState`). The response has no body.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ChangeVaultCompartmentDetails): The body of `ChangeVaultCompartment`. Example:
            {'compartmentId': 'ocid1.compartment.oc1..aaaaaaaaexampletargetcompartment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | KmsError
    """

    return (
        await asyncio_detailed(
            vault_id=vault_id,
            client=client,
            body=body,
            if_match=if_match,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
