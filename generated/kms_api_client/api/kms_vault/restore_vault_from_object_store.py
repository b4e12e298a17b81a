from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.restore_vault_from_object_store_details import RestoreVaultFromObjectStoreDetails
from ...models.vault import Vault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RestoreVaultFromObjectStoreDetails | Unset = UNSET,
    compartment_id: str,
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

    params["compartmentId"] = compartment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20180608/vaults/actions/restoreFromObjectStore",
        "params": params,
    }

    if not isinstance(body, Unset):
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
    *,
    client: AuthenticatedClient | Client,
    body: RestoreVaultFromObjectStoreDetails | Unset = UNSET,
    compartment_id: str,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Restore a vault from Object Storage

     Restores a vault, with its original OCID, from a backup that `BackupVault` wrote to Object Storage.
    The
    vault passes through `RESTORING` to `ACTIVE`. No backup at the location gives 404
    `NotAuthorizedOrNotFound`; a backup that does not authenticate gives 400 `InvalidParameter`; a vault
    with the same OCID that still exists gives 409 `NotAuthorizedOrResourceAlreadyExists`. The body is
    optional (without a location there is nothing to restore: 400 `MissingParameter`).

    Rate limit: none stated by the service documentation.

    Args:
        compartment_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (RestoreVaultFromObjectStoreDetails | Unset): The body of
            `RestoreVaultFromObjectStore`; names the backup to restore. Example: {'backupLocation':
            {'destination': 'BUCKET', 'namespace': 'examplenamespace', 'bucketName': 'vault-backups',
            'objectName': 'payments-vault.backup'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | Vault]
    """

    kwargs = _get_kwargs(
        body=body,
        compartment_id=compartment_id,
        if_match=if_match,
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
    body: RestoreVaultFromObjectStoreDetails | Unset = UNSET,
    compartment_id: str,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Restore a vault from Object Storage

     Restores a vault, with its original OCID, from a backup that `BackupVault` wrote to Object Storage.
    The
    vault passes through `RESTORING` to `ACTIVE`. No backup at the location gives 404
    `NotAuthorizedOrNotFound`; a backup that does not authenticate gives 400 `InvalidParameter`; a vault
    with the same OCID that still exists gives 409 `NotAuthorizedOrResourceAlreadyExists`. The body is
    optional (without a location there is nothing to restore: 400 `MissingParameter`).

    Rate limit: none stated by the service documentation.

    Args:
        compartment_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (RestoreVaultFromObjectStoreDetails | Unset): The body of
            `RestoreVaultFromObjectStore`; names the backup to restore. Example: {'backupLocation':
            {'destination': 'BUCKET', 'namespace': 'examplenamespace', 'bucketName': 'vault-backups',
            'objectName': 'payments-vault.backup'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | Vault
    """

    return sync_detailed(
        client=client,
        body=body,
        compartment_id=compartment_id,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RestoreVaultFromObjectStoreDetails | Unset = UNSET,
    compartment_id: str,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Restore a vault from Object Storage

     Restores a vault, with its original OCID, from a backup that `BackupVault` wrote to Object Storage.
    The
    vault passes through `RESTORING` to `ACTIVE`. No backup at the location gives 404
    `NotAuthorizedOrNotFound`; a backup that does not authenticate gives 400 `InvalidParameter`; a vault
    with the same OCID that still exists gives 409 `NotAuthorizedOrResourceAlreadyExists`. The body is
    optional (without a location there is nothing to restore: 400 `MissingParameter`).

    Rate limit: none stated by the service documentation.

    Args:
        compartment_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (RestoreVaultFromObjectStoreDetails | Unset): The body of
            `RestoreVaultFromObjectStore`; names the backup to restore. Example: {'backupLocation':
            {'destination': 'BUCKET', 'namespace': 'examplenamespace', 'bucketName': 'vault-backups',
            'objectName': 'payments-vault.backup'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | Vault]
    """

    kwargs = _get_kwargs(
        body=body,
        compartment_id=compartment_id,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RestoreVaultFromObjectStoreDetails | Unset = UNSET,
    compartment_id: str,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Restore a vault from Object Storage

     Restores a vault, with its original OCID, from a backup that `BackupVault` wrote to Object Storage.
    The
    vault passes through `RESTORING` to `ACTIVE`. No backup at the location gives 404
    `NotAuthorizedOrNotFound`; a backup that does not authenticate gives 400 `InvalidParameter`; a vault
    with the same OCID that still exists gives 409 `NotAuthorizedOrResourceAlreadyExists`. The body is
    optional (without a location there is nothing to restore: 400 `MissingParameter`).

    Rate limit: none stated by the service documentation.

    Args:
        compartment_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (RestoreVaultFromObjectStoreDetails | Unset): The body of
            `RestoreVaultFromObjectStore`; names the backup to restore. Example: {'backupLocation':
            {'destination': 'BUCKET', 'namespace': 'examplenamespace', 'bucketName': 'vault-backups',
            'objectName': 'payments-vault.backup'}}.

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
            compartment_id=compartment_id,
            if_match=if_match,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
