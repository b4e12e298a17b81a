from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.vault import Vault
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    compartment_id: str,
    content_length: int | Unset = UNSET,
    if_match: str | Unset = UNSET,
    content_md5: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(content_length, Unset):
        headers["content-length"] = str(content_length)

    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    if not isinstance(content_md5, Unset):
        headers["content-md5"] = content_md5

    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    if not isinstance(opc_retry_token, Unset):
        headers["opc-retry-token"] = opc_retry_token

    params: dict[str, Any] = {}

    params["compartmentId"] = compartment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20180608/vaults/actions/restoreFromFile",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

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

    if response.status_code == 412:
        response_412 = KmsError.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = KmsError.from_dict(response.json())

        return response_413

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
    body: File,
    compartment_id: str,
    content_length: int | Unset = UNSET,
    if_match: str | Unset = UNSET,
    content_md5: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Restore a vault from a backup file

     Restores a vault, with its original OCID, from the bytes of a backup made by `BackupVault`. The body
    is
    the backup itself (opaque bytes; any `content-type` is accepted, since the SDK labels a `bytes` body
    `application/json`). The vault passes through `RESTORING` to `ACTIVE`.

    `content-md5` (optional) is checked (400 `InvalidParameter` "Unmatched Content MD5"); the response
    carries the computed MD5 in `opc-content-md5`. A backup that was altered or not made by this service
    gives 400 `InvalidParameter`; a vault with the same OCID that still exists gives 409
    `NotAuthorizedOrResourceAlreadyExists`.

    Rate limit: none stated by the service documentation.

    Args:
        compartment_id (str):
        content_length (int | Unset):
        if_match (str | Unset):
        content_md5 (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (File): The encrypted backup (opaque bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | Vault]
    """

    kwargs = _get_kwargs(
        body=body,
        compartment_id=compartment_id,
        content_length=content_length,
        if_match=if_match,
        content_md5=content_md5,
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
    body: File,
    compartment_id: str,
    content_length: int | Unset = UNSET,
    if_match: str | Unset = UNSET,
    content_md5: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Restore a vault from a backup file

     Restores a vault, with its original OCID, from the bytes of a backup made by `BackupVault`. The body
    is
    the backup itself (opaque bytes; any `content-type` is accepted, since the SDK labels a `bytes` body
    `application/json`). The vault passes through `RESTORING` to `ACTIVE`.

    `content-md5` (optional) is checked (400 `InvalidParameter` "Unmatched Content MD5"); the response
    carries the computed MD5 in `opc-content-md5`. A backup that was altered or not made by this service
    gives 400 `InvalidParameter`; a vault with the same OCID that still exists gives 409
    `NotAuthorizedOrResourceAlreadyExists`.

    Rate limit: none stated by the service documentation.

    Args:
        compartment_id (str):
        content_length (int | Unset):
        if_match (str | Unset):
        content_md5 (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (File): The encrypted backup (opaque bytes).

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
        content_length=content_length,
        if_match=if_match,
        content_md5=content_md5,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    compartment_id: str,
    content_length: int | Unset = UNSET,
    if_match: str | Unset = UNSET,
    content_md5: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KmsError | Vault]:
    """Restore a vault from a backup file

     Restores a vault, with its original OCID, from the bytes of a backup made by `BackupVault`. The body
    is
    the backup itself (opaque bytes; any `content-type` is accepted, since the SDK labels a `bytes` body
    `application/json`). The vault passes through `RESTORING` to `ACTIVE`.

    `content-md5` (optional) is checked (400 `InvalidParameter` "Unmatched Content MD5"); the response
    carries the computed MD5 in `opc-content-md5`. A backup that was altered or not made by this service
    gives 400 `InvalidParameter`; a vault with the same OCID that still exists gives 409
    `NotAuthorizedOrResourceAlreadyExists`.

    Rate limit: none stated by the service documentation.

    Args:
        compartment_id (str):
        content_length (int | Unset):
        if_match (str | Unset):
        content_md5 (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (File): The encrypted backup (opaque bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | Vault]
    """

    kwargs = _get_kwargs(
        body=body,
        compartment_id=compartment_id,
        content_length=content_length,
        if_match=if_match,
        content_md5=content_md5,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    compartment_id: str,
    content_length: int | Unset = UNSET,
    if_match: str | Unset = UNSET,
    content_md5: str | Unset = UNSET,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KmsError | Vault | None:
    """Restore a vault from a backup file

     Restores a vault, with its original OCID, from the bytes of a backup made by `BackupVault`. The body
    is
    the backup itself (opaque bytes; any `content-type` is accepted, since the SDK labels a `bytes` body
    `application/json`). The vault passes through `RESTORING` to `ACTIVE`.

    `content-md5` (optional) is checked (400 `InvalidParameter` "Unmatched Content MD5"); the response
    carries the computed MD5 in `opc-content-md5`. A backup that was altered or not made by this service
    gives 400 `InvalidParameter`; a vault with the same OCID that still exists gives 409
    `NotAuthorizedOrResourceAlreadyExists`.

    Rate limit: none stated by the service documentation.

    Args:
        compartment_id (str):
        content_length (int | Unset):
        if_match (str | Unset):
        content_md5 (str | Unset):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (File): The encrypted backup (opaque bytes).

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
            content_length=content_length,
            if_match=if_match,
            content_md5=content_md5,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
