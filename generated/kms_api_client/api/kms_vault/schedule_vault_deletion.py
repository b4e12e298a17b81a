from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.schedule_vault_deletion_details import ScheduleVaultDeletionDetails
from ...models.vault import Vault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vault_id: str,
    *,
    body: ScheduleVaultDeletionDetails,
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
        "url": "/20180608/vaults/{vault_id}/actions/scheduleDeletion".format(
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
    body: ScheduleVaultDeletionDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Schedule a vault's deletion

     Schedules an `ACTIVE` vault for deletion (409 `IncorrectState` otherwise). It passes through
    `SCHEDULING_DELETION` to `PENDING_DELETION` with `timeOfDeletion` set; at that time it moves through
    `DELETING` to `DELETED`. `timeOfDeletion` must be 7 to 30 days after the request arrives (400
    `InvalidParameter`); without it (body `{}`) the vault is deleted 30 days from now.

    Every key of the vault not already scheduled for deletion moves to `PENDING_DELETION` with the
    vault's
    time; keys already scheduled keep their own. If a key is scheduled to be deleted after the vault's
    `timeOfDeletion`, the request is refused with 409 `Conflict`. While the vault is being deleted its
    management and crypto endpoints refuse writes (409 `IncorrectState`); once it is `DELETED` they
    answer
    404 `NotAuthorizedOrNotFound`.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ScheduleVaultDeletionDetails): The body of `ScheduleVaultDeletion`; may be `{}`.
            Example: {'timeOfDeletion': '2030-01-15T00:00:00.000Z'}.

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
    body: ScheduleVaultDeletionDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Schedule a vault's deletion

     Schedules an `ACTIVE` vault for deletion (409 `IncorrectState` otherwise). It passes through
    `SCHEDULING_DELETION` to `PENDING_DELETION` with `timeOfDeletion` set; at that time it moves through
    `DELETING` to `DELETED`. `timeOfDeletion` must be 7 to 30 days after the request arrives (400
    `InvalidParameter`); without it (body `{}`) the vault is deleted 30 days from now.

    Every key of the vault not already scheduled for deletion moves to `PENDING_DELETION` with the
    vault's
    time; keys already scheduled keep their own. If a key is scheduled to be deleted after the vault's
    `timeOfDeletion`, the request is refused with 409 `Conflict`. While the vault is being deleted its
    management and crypto endpoints refuse writes (409 `IncorrectState`); once it is `DELETED` they
    answer
    404 `NotAuthorizedOrNotFound`.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ScheduleVaultDeletionDetails): The body of `ScheduleVaultDeletion`; may be `{}`.
            Example: {'timeOfDeletion': '2030-01-15T00:00:00.000Z'}.

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
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScheduleVaultDeletionDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Schedule a vault's deletion

     Schedules an `ACTIVE` vault for deletion (409 `IncorrectState` otherwise). It passes through
    `SCHEDULING_DELETION` to `PENDING_DELETION` with `timeOfDeletion` set; at that time it moves through
    `DELETING` to `DELETED`. `timeOfDeletion` must be 7 to 30 days after the request arrives (400
    `InvalidParameter`); without it (body `{}`) the vault is deleted 30 days from now.

    Every key of the vault not already scheduled for deletion moves to `PENDING_DELETION` with the
    vault's
    time; keys already scheduled keep their own. If a key is scheduled to be deleted after the vault's
    `timeOfDeletion`, the request is refused with 409 `Conflict`. While the vault is being deleted its
    management and crypto endpoints refuse writes (409 `IncorrectState`); once it is `DELETED` they
    answer
    404 `NotAuthorizedOrNotFound`.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ScheduleVaultDeletionDetails): The body of `ScheduleVaultDeletion`; may be `{}`.
            Example: {'timeOfDeletion': '2030-01-15T00:00:00.000Z'}.

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
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vault_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ScheduleVaultDeletionDetails,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Schedule a vault's deletion

     Schedules an `ACTIVE` vault for deletion (409 `IncorrectState` otherwise). It passes through
    `SCHEDULING_DELETION` to `PENDING_DELETION` with `timeOfDeletion` set; at that time it moves through
    `DELETING` to `DELETED`. `timeOfDeletion` must be 7 to 30 days after the request arrives (400
    `InvalidParameter`); without it (body `{}`) the vault is deleted 30 days from now.

    Every key of the vault not already scheduled for deletion moves to `PENDING_DELETION` with the
    vault's
    time; keys already scheduled keep their own. If a key is scheduled to be deleted after the vault's
    `timeOfDeletion`, the request is refused with 409 `Conflict`. While the vault is being deleted its
    management and crypto endpoints refuse writes (409 `IncorrectState`); once it is `DELETED` they
    answer
    404 `NotAuthorizedOrNotFound`.

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        vault_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ScheduleVaultDeletionDetails): The body of `ScheduleVaultDeletion`; may be `{}`.
            Example: {'timeOfDeletion': '2030-01-15T00:00:00.000Z'}.

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
            opc_retry_token=opc_retry_token,
        )
    ).parsed
