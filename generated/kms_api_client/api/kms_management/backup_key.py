from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.backup_key_details import BackupKeyDetails
from ...models.key import Key
from ...models.kms_error import KmsError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    key_id: str,
    *,
    body: BackupKeyDetails | Unset = UNSET,
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
        "url": "/20180608/keys/{key_id}/actions/backup".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: BackupKeyDetails | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[Key | KmsError]:
    """Back up a key

     Backs up the key and all its versions into an encrypted backup (authenticated encryption under a key
    the service holds; the backup never reveals key material). The key passes through
    `BACKUP_IN_PROGRESS` and returns to the state it had before. With a `backupLocation` the backup is
    written to that Object Storage location (`BUCKET`) or uploaded to a pre-authenticated request URI
    (`PRE_AUTHENTICATED_REQUEST_URI`); `RestoreKeyFromObjectStore` and `RestoreKeyFromFile` bring it
    back.
    The body is optional.

    The response carries `opc-work-request-id`, the id of the work request that makes the backup.

    Preconditions: the key must be `ENABLED` or `DISABLED` (409 `IncorrectState` otherwise). With
    `if-match`, the key's current etag must match (412 `NoEtagMatch` otherwise).

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        key_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (BackupKeyDetails | Unset): The body of `BackupKey`; may be `{}` or absent. Example:
            {'backupLocation': {'destination': 'BUCKET', 'namespace': 'examplenamespace',
            'bucketName': 'key-backups', 'objectName': 'payments-master-key.backup'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Key | KmsError]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
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
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupKeyDetails | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Key | KmsError | None:
    """Back up a key

     Backs up the key and all its versions into an encrypted backup (authenticated encryption under a key
    the service holds; the backup never reveals key material). The key passes through
    `BACKUP_IN_PROGRESS` and returns to the state it had before. With a `backupLocation` the backup is
    written to that Object Storage location (`BUCKET`) or uploaded to a pre-authenticated request URI
    (`PRE_AUTHENTICATED_REQUEST_URI`); `RestoreKeyFromObjectStore` and `RestoreKeyFromFile` bring it
    back.
    The body is optional.

    The response carries `opc-work-request-id`, the id of the work request that makes the backup.

    Preconditions: the key must be `ENABLED` or `DISABLED` (409 `IncorrectState` otherwise). With
    `if-match`, the key's current etag must match (412 `NoEtagMatch` otherwise).

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        key_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (BackupKeyDetails | Unset): The body of `BackupKey`; may be `{}` or absent. Example:
            {'backupLocation': {'destination': 'BUCKET', 'namespace': 'examplenamespace',
            'bucketName': 'key-backups', 'objectName': 'payments-master-key.backup'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Key | KmsError
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupKeyDetails | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[Key | KmsError]:
    """Back up a key

     Backs up the key and all its versions into an encrypted backup (authenticated encryption under a key
    the service holds; the backup never reveals key material). The key passes through
    `BACKUP_IN_PROGRESS` and returns to the state it had before. With a `backupLocation` the backup is
    written to that Object Storage location (`BUCKET`) or uploaded to a pre-authenticated request URI
    (`PRE_AUTHENTICATED_REQUEST_URI`); `RestoreKeyFromObjectStore` and `RestoreKeyFromFile` bring it
    back.
    The body is optional.

    The response carries `opc-work-request-id`, the id of the work request that makes the backup.

    Preconditions: the key must be `ENABLED` or `DISABLED` (409 `IncorrectState` otherwise). With
    `if-match`, the key's current etag must match (412 `NoEtagMatch` otherwise).

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        key_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (BackupKeyDetails | Unset): The body of `BackupKey`; may be `{}` or absent. Example:
            {'backupLocation': {'destination': 'BUCKET', 'namespace': 'examplenamespace',
            'bucketName': 'key-backups', 'objectName': 'payments-master-key.backup'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Key | KmsError]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
        if_match=if_match,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupKeyDetails | Unset = UNSET,
    if_match: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Key | KmsError | None:
    """Back up a key

     Backs up the key and all its versions into an encrypted backup (authenticated encryption under a key
    the service holds; the backup never reveals key material). The key passes through
    `BACKUP_IN_PROGRESS` and returns to the state it had before. With a `backupLocation` the backup is
    written to that Object Storage location (`BUCKET`) or uploaded to a pre-authenticated request URI
    (`PRE_AUTHENTICATED_REQUEST_URI`); `RestoreKeyFromObjectStore` and `RestoreKeyFromFile` bring it
    back.
    The body is optional.

    The response carries `opc-work-request-id`, the id of the work request that makes the backup.

    Preconditions: the key must be `ENABLED` or `DISABLED` (409 `IncorrectState` otherwise). With
    `if-match`, the key's current etag must match (412 `NoEtagMatch` otherwise).

    Rate limit: provisioning write (10 requests per second per tenancy).

    Args:
        key_id (str):
        if_match (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (BackupKeyDetails | Unset): The body of `BackupKey`; may be `{}` or absent. Example:
            {'backupLocation': {'destination': 'BUCKET', 'namespace': 'examplenamespace',
            'bucketName': 'key-backups', 'objectName': 'payments-master-key.backup'}}.

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
            body=body,
            if_match=if_match,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
