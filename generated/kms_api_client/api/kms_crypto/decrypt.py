from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.decrypt_data_details import DecryptDataDetails
from ...models.decrypted_data import DecryptedData
from ...models.kms_error import KmsError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DecryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20180608/decrypt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DecryptedData | KmsError:
    if response.status_code == 200:
        response_200 = DecryptedData.from_dict(response.json())

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
) -> Response[DecryptedData | KmsError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DecryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> Response[DecryptedData | KmsError]:
    """Decrypt data with a master key

     Decrypts a `ciphertext` from `Encrypt` (or the `ciphertext` of a `GeneratedKey`). For AES keys the
    ciphertext names its key version: `keyVersionId` may be left out, also after the key was rotated;
    `associatedData` must equal the map given to `Encrypt`. For RSA keys `keyVersionId` and
    `encryptionAlgorithm` must be the ones used to encrypt. `plaintextChecksum` is the CRC-32 (IEEE, as
    zlib computes it) of the plaintext bytes, in decimal.

    Errors: 400 `InvalidParameter` for a ciphertext that is not base64, was tampered with, belongs to
    another key, or does not authenticate with the given `associatedData`, and for the shape errors of
    `Encrypt`; 404 `NotAuthorizedOrNotFound`; 409 `Conflict` when the key or key version is not
    `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (DecryptDataDetails): The body of `Decrypt`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'ciphertext':
            'QQEAAAAAAAAAAQz2VGp0a2V5dmVyc2lvbl9hYmNkZWZnaGlqa2xtbg=='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecryptedData | KmsError]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DecryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> DecryptedData | KmsError | None:
    """Decrypt data with a master key

     Decrypts a `ciphertext` from `Encrypt` (or the `ciphertext` of a `GeneratedKey`). For AES keys the
    ciphertext names its key version: `keyVersionId` may be left out, also after the key was rotated;
    `associatedData` must equal the map given to `Encrypt`. For RSA keys `keyVersionId` and
    `encryptionAlgorithm` must be the ones used to encrypt. `plaintextChecksum` is the CRC-32 (IEEE, as
    zlib computes it) of the plaintext bytes, in decimal.

    Errors: 400 `InvalidParameter` for a ciphertext that is not base64, was tampered with, belongs to
    another key, or does not authenticate with the given `associatedData`, and for the shape errors of
    `Encrypt`; 404 `NotAuthorizedOrNotFound`; 409 `Conflict` when the key or key version is not
    `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (DecryptDataDetails): The body of `Decrypt`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'ciphertext':
            'QQEAAAAAAAAAAQz2VGp0a2V5dmVyc2lvbl9hYmNkZWZnaGlqa2xtbg=='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecryptedData | KmsError
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DecryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> Response[DecryptedData | KmsError]:
    """Decrypt data with a master key

     Decrypts a `ciphertext` from `Encrypt` (or the `ciphertext` of a `GeneratedKey`). For AES keys the
    ciphertext names its key version: `keyVersionId` may be left out, also after the key was rotated;
    `associatedData` must equal the map given to `Encrypt`. For RSA keys `keyVersionId` and
    `encryptionAlgorithm` must be the ones used to encrypt. `plaintextChecksum` is the CRC-32 (IEEE, as
    zlib computes it) of the plaintext bytes, in decimal.

    Errors: 400 `InvalidParameter` for a ciphertext that is not base64, was tampered with, belongs to
    another key, or does not authenticate with the given `associatedData`, and for the shape errors of
    `Encrypt`; 404 `NotAuthorizedOrNotFound`; 409 `Conflict` when the key or key version is not
    `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (DecryptDataDetails): The body of `Decrypt`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'ciphertext':
            'QQEAAAAAAAAAAQz2VGp0a2V5dmVyc2lvbl9hYmNkZWZnaGlqa2xtbg=='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecryptedData | KmsError]
    """

    kwargs = _get_kwargs(
        body=body,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DecryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> DecryptedData | KmsError | None:
    """Decrypt data with a master key

     Decrypts a `ciphertext` from `Encrypt` (or the `ciphertext` of a `GeneratedKey`). For AES keys the
    ciphertext names its key version: `keyVersionId` may be left out, also after the key was rotated;
    `associatedData` must equal the map given to `Encrypt`. For RSA keys `keyVersionId` and
    `encryptionAlgorithm` must be the ones used to encrypt. `plaintextChecksum` is the CRC-32 (IEEE, as
    zlib computes it) of the plaintext bytes, in decimal.

    Errors: 400 `InvalidParameter` for a ciphertext that is not base64, was tampered with, belongs to
    another key, or does not authenticate with the given `associatedData`, and for the shape errors of
    `Encrypt`; 404 `NotAuthorizedOrNotFound`; 409 `Conflict` when the key or key version is not
    `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (DecryptDataDetails): The body of `Decrypt`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'ciphertext':
            'QQEAAAAAAAAAAQz2VGp0a2V5dmVyc2lvbl9hYmNkZWZnaGlqa2xtbg=='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecryptedData | KmsError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_request_id=opc_request_id,
        )
    ).parsed
