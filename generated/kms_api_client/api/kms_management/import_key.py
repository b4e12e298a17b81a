from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.import_key_details import ImportKeyDetails
from ...models.key import Key
from ...models.kms_error import KmsError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ImportKeyDetails,
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
        "url": "/20180608/keys/import",
    }

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Key | KmsError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportKeyDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[Key | KmsError]:
    """Import a key

     Creates a master encryption key from key material the caller brings, wrapped with the vault's public
    wrapping key (see `GetWrappingKey`).

    Transitional state: the key is returned in `CREATING` and becomes `ENABLED`; poll `GetKey` until
    `lifecycleState` is `ENABLED`; until then writes that need `ENABLED` answer 409 `IncorrectState`
    (retryable).

    Accepted material: AES keys of 16, 24 or 32 bytes, and RSA keys of 256, 384 or 512 bytes. For RSA
    only
    the private key is wrapped, in PKCS#8 form; the service derives the public key. `keyShape` must
    describe the material. `protectionMode` is `HSM` (default) or `SOFTWARE`.

    Idempotency: as for `CreateKey`, through `opc-retry-token`.

    Rate limit: none stated by the service documentation.

    Args:
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ImportKeyDetails): The body of `ImportKey`. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'imported-aes-key',
            'keyShape': {'algorithm': 'AES', 'length': 32}, 'wrappedImportKey': {'keyMaterial':
            'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs', 'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Key | KmsError]
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
    body: ImportKeyDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Key | KmsError | None:
    """Import a key

     Creates a master encryption key from key material the caller brings, wrapped with the vault's public
    wrapping key (see `GetWrappingKey`).

    Transitional state: the key is returned in `CREATING` and becomes `ENABLED`; poll `GetKey` until
    `lifecycleState` is `ENABLED`; until then writes that need `ENABLED` answer 409 `IncorrectState`
    (retryable).

    Accepted material: AES keys of 16, 24 or 32 bytes, and RSA keys of 256, 384 or 512 bytes. For RSA
    only
    the private key is wrapped, in PKCS#8 form; the service derives the public key. `keyShape` must
    describe the material. `protectionMode` is `HSM` (default) or `SOFTWARE`.

    Idempotency: as for `CreateKey`, through `opc-retry-token`.

    Rate limit: none stated by the service documentation.

    Args:
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ImportKeyDetails): The body of `ImportKey`. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'imported-aes-key',
            'keyShape': {'algorithm': 'AES', 'length': 32}, 'wrappedImportKey': {'keyMaterial':
            'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs', 'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Key | KmsError
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
    body: ImportKeyDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Response[Key | KmsError]:
    """Import a key

     Creates a master encryption key from key material the caller brings, wrapped with the vault's public
    wrapping key (see `GetWrappingKey`).

    Transitional state: the key is returned in `CREATING` and becomes `ENABLED`; poll `GetKey` until
    `lifecycleState` is `ENABLED`; until then writes that need `ENABLED` answer 409 `IncorrectState`
    (retryable).

    Accepted material: AES keys of 16, 24 or 32 bytes, and RSA keys of 256, 384 or 512 bytes. For RSA
    only
    the private key is wrapped, in PKCS#8 form; the service derives the public key. `keyShape` must
    describe the material. `protectionMode` is `HSM` (default) or `SOFTWARE`.

    Idempotency: as for `CreateKey`, through `opc-retry-token`.

    Rate limit: none stated by the service documentation.

    Args:
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ImportKeyDetails): The body of `ImportKey`. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'imported-aes-key',
            'keyShape': {'algorithm': 'AES', 'length': 32}, 'wrappedImportKey': {'keyMaterial':
            'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs', 'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Key | KmsError]
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
    body: ImportKeyDetails,
    opc_request_id: str | Unset = UNSET,
    opc_retry_token: str | Unset = UNSET,
) -> Key | KmsError | None:
    """Import a key

     Creates a master encryption key from key material the caller brings, wrapped with the vault's public
    wrapping key (see `GetWrappingKey`).

    Transitional state: the key is returned in `CREATING` and becomes `ENABLED`; poll `GetKey` until
    `lifecycleState` is `ENABLED`; until then writes that need `ENABLED` answer 409 `IncorrectState`
    (retryable).

    Accepted material: AES keys of 16, 24 or 32 bytes, and RSA keys of 256, 384 or 512 bytes. For RSA
    only
    the private key is wrapped, in PKCS#8 form; the service derives the public key. `keyShape` must
    describe the material. `protectionMode` is `HSM` (default) or `SOFTWARE`.

    Idempotency: as for `CreateKey`, through `opc-retry-token`.

    Rate limit: none stated by the service documentation.

    Args:
        opc_request_id (str | Unset):
        opc_retry_token (str | Unset):
        body (ImportKeyDetails): The body of `ImportKey`. Example: {'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'imported-aes-key',
            'keyShape': {'algorithm': 'AES', 'length': 32}, 'wrappedImportKey': {'keyMaterial':
            'c2FtcGxlIHdyYXBwZWQga2V5IG1hdGVyaWFs', 'wrappingAlgorithm': 'RSA_OAEP_SHA256'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Key | KmsError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_request_id=opc_request_id,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
