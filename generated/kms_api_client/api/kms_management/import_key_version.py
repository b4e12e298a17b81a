from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.import_key_version_details import ImportKeyVersionDetails
from ...models.key_version import KeyVersion
from ...models.kms_error import KmsError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    key_id: str,
    *,
    body: ImportKeyVersionDetails,
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
        "url": "/20180608/keys/{key_id}/keyVersions/import".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KeyVersion | KmsError:
    if response.status_code == 200:
        response_200 = KeyVersion.from_dict(response.json())

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
) -> Response[KeyVersion | KmsError]:
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
    body: ImportKeyVersionDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KeyVersion | KmsError]:
    """Import a key version

     Rotates the key to a new version made from key material the caller brings, wrapped with the vault's
    public wrapping key (see `GetWrappingKey`).

    Transitional state: as for `CreateKeyVersion`: the version is returned in `CREATING`, becomes
    `ENABLED`
    and then the key's `currentKeyVersion`. Poll `GetKeyVersion` until it is `ENABLED`.

    Preconditions: the key must be `ENABLED` (409 `IncorrectState` otherwise), and the material must
    have the
    same algorithm and length as the existing key (400 `InvalidParameter` otherwise).

    Idempotency: as for `CreateKey`, through `opc-retry-token`.

    Rate limit: none stated by the service documentation.

    Args:
        key_id (str):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ImportKeyVersionDetails): The body of `ImportKeyVersion`. Example:
            {'wrappedImportKey': {'keyMaterial': 'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs',
            'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeyVersion | KmsError]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
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
    body: ImportKeyVersionDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KeyVersion | KmsError | None:
    """Import a key version

     Rotates the key to a new version made from key material the caller brings, wrapped with the vault's
    public wrapping key (see `GetWrappingKey`).

    Transitional state: as for `CreateKeyVersion`: the version is returned in `CREATING`, becomes
    `ENABLED`
    and then the key's `currentKeyVersion`. Poll `GetKeyVersion` until it is `ENABLED`.

    Preconditions: the key must be `ENABLED` (409 `IncorrectState` otherwise), and the material must
    have the
    same algorithm and length as the existing key (400 `InvalidParameter` otherwise).

    Idempotency: as for `CreateKey`, through `opc-retry-token`.

    Rate limit: none stated by the service documentation.

    Args:
        key_id (str):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ImportKeyVersionDetails): The body of `ImportKeyVersion`. Example:
            {'wrappedImportKey': {'keyMaterial': 'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs',
            'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeyVersion | KmsError
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportKeyVersionDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[KeyVersion | KmsError]:
    """Import a key version

     Rotates the key to a new version made from key material the caller brings, wrapped with the vault's
    public wrapping key (see `GetWrappingKey`).

    Transitional state: as for `CreateKeyVersion`: the version is returned in `CREATING`, becomes
    `ENABLED`
    and then the key's `currentKeyVersion`. Poll `GetKeyVersion` until it is `ENABLED`.

    Preconditions: the key must be `ENABLED` (409 `IncorrectState` otherwise), and the material must
    have the
    same algorithm and length as the existing key (400 `InvalidParameter` otherwise).

    Idempotency: as for `CreateKey`, through `opc-retry-token`.

    Rate limit: none stated by the service documentation.

    Args:
        key_id (str):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ImportKeyVersionDetails): The body of `ImportKeyVersion`. Example:
            {'wrappedImportKey': {'keyMaterial': 'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs',
            'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeyVersion | KmsError]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
        opc_request_id=opc_request_id,
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportKeyVersionDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> KeyVersion | KmsError | None:
    """Import a key version

     Rotates the key to a new version made from key material the caller brings, wrapped with the vault's
    public wrapping key (see `GetWrappingKey`).

    Transitional state: as for `CreateKeyVersion`: the version is returned in `CREATING`, becomes
    `ENABLED`
    and then the key's `currentKeyVersion`. Poll `GetKeyVersion` until it is `ENABLED`.

    Preconditions: the key must be `ENABLED` (409 `IncorrectState` otherwise), and the material must
    have the
    same algorithm and length as the existing key (400 `InvalidParameter` otherwise).

    Idempotency: as for `CreateKey`, through `opc-retry-token`.

    Rate limit: none stated by the service documentation.

    Args:
        key_id (str):
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ImportKeyVersionDetails): The body of `ImportKeyVersion`. Example:
            {'wrappedImportKey': {'keyMaterial': 'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs',
            'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeyVersion | KmsError
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
