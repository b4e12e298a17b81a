from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.encrypt_data_details import EncryptDataDetails
from ...models.encrypted_data import EncryptedData
from ...models.kms_error import KmsError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EncryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20180608/encrypt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EncryptedData | KmsError:
    if response.status_code == 200:
        response_200 = EncryptedData.from_dict(response.json())

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
) -> Response[EncryptedData | KmsError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EncryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> Response[EncryptedData | KmsError]:
    """Encrypt data with a master key

     Encrypts `plaintext` (base64, at most 4096 bytes once decoded) with the key's current version, or
    with
    `keyVersionId` when given. AES keys use `AES_256_GCM` (the default when `encryptionAlgorithm` is
    absent), with `associatedData` bound to the ciphertext: decrypting needs the same map. RSA keys use
    `RSA_OAEP_SHA_1` or `RSA_OAEP_SHA_256`; `keyVersionId` is then required and `Decrypt` needs the same
    one.
    ECDSA keys cannot encrypt.

    The ciphertext is opaque. For AES it names the key version, so `Decrypt` works after a rotation
    without
    `keyVersionId`.

    Errors: 400 `InvalidParameter` for plaintext that is not base64 or larger than 4096 bytes, an
    algorithm
    that does not fit the key's shape, an ECDSA key, an RSA call without `keyVersionId`, or a plaintext
    too
    long for RSA-OAEP; 404 `NotAuthorizedOrNotFound` for an unknown key or key version; 409 `Conflict`
    when
    the key or the key version is not `ENABLED` (a `DISABLED` or `PENDING_DELETION` key refuses every
    crypto call; `Conflict` rather than `IncorrectState`, which clients retry for a minute and more).

    Rate limit: crypto (the service documentation states no limit for the crypto endpoint; the mock
    applies its per-class limit to the class `crypto`).

    Args:
        opc_request_id (str | Unset):
        body (EncryptDataDetails): The body of `Encrypt`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'plaintext': 'SEVMTE8gV09STEQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EncryptedData | KmsError]
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
    body: EncryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> EncryptedData | KmsError | None:
    """Encrypt data with a master key

     Encrypts `plaintext` (base64, at most 4096 bytes once decoded) with the key's current version, or
    with
    `keyVersionId` when given. AES keys use `AES_256_GCM` (the default when `encryptionAlgorithm` is
    absent), with `associatedData` bound to the ciphertext: decrypting needs the same map. RSA keys use
    `RSA_OAEP_SHA_1` or `RSA_OAEP_SHA_256`; `keyVersionId` is then required and `Decrypt` needs the same
    one.
    ECDSA keys cannot encrypt.

    The ciphertext is opaque. For AES it names the key version, so `Decrypt` works after a rotation
    without
    `keyVersionId`.

    Errors: 400 `InvalidParameter` for plaintext that is not base64 or larger than 4096 bytes, an
    algorithm
    that does not fit the key's shape, an ECDSA key, an RSA call without `keyVersionId`, or a plaintext
    too
    long for RSA-OAEP; 404 `NotAuthorizedOrNotFound` for an unknown key or key version; 409 `Conflict`
    when
    the key or the key version is not `ENABLED` (a `DISABLED` or `PENDING_DELETION` key refuses every
    crypto call; `Conflict` rather than `IncorrectState`, which clients retry for a minute and more).

    Rate limit: crypto (the service documentation states no limit for the crypto endpoint; the mock
    applies its per-class limit to the class `crypto`).

    Args:
        opc_request_id (str | Unset):
        body (EncryptDataDetails): The body of `Encrypt`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'plaintext': 'SEVMTE8gV09STEQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EncryptedData | KmsError
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EncryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> Response[EncryptedData | KmsError]:
    """Encrypt data with a master key

     Encrypts `plaintext` (base64, at most 4096 bytes once decoded) with the key's current version, or
    with
    `keyVersionId` when given. AES keys use `AES_256_GCM` (the default when `encryptionAlgorithm` is
    absent), with `associatedData` bound to the ciphertext: decrypting needs the same map. RSA keys use
    `RSA_OAEP_SHA_1` or `RSA_OAEP_SHA_256`; `keyVersionId` is then required and `Decrypt` needs the same
    one.
    ECDSA keys cannot encrypt.

    The ciphertext is opaque. For AES it names the key version, so `Decrypt` works after a rotation
    without
    `keyVersionId`.

    Errors: 400 `InvalidParameter` for plaintext that is not base64 or larger than 4096 bytes, an
    algorithm
    that does not fit the key's shape, an ECDSA key, an RSA call without `keyVersionId`, or a plaintext
    too
    long for RSA-OAEP; 404 `NotAuthorizedOrNotFound` for an unknown key or key version; 409 `Conflict`
    when
    the key or the key version is not `ENABLED` (a `DISABLED` or `PENDING_DELETION` key refuses every
    crypto call; `Conflict` rather than `IncorrectState`, which clients retry for a minute and more).

    Rate limit: crypto (the service documentation states no limit for the crypto endpoint; the mock
    applies its per-class limit to the class `crypto`).

    Args:
        opc_request_id (str | Unset):
        body (EncryptDataDetails): The body of `Encrypt`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'plaintext': 'SEVMTE8gV09STEQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EncryptedData | KmsError]
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
    body: EncryptDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> EncryptedData | KmsError | None:
    """Encrypt data with a master key

     Encrypts `plaintext` (base64, at most 4096 bytes once decoded) with the key's current version, or
    with
    `keyVersionId` when given. AES keys use `AES_256_GCM` (the default when `encryptionAlgorithm` is
    absent), with `associatedData` bound to the ciphertext: decrypting needs the same map. RSA keys use
    `RSA_OAEP_SHA_1` or `RSA_OAEP_SHA_256`; `keyVersionId` is then required and `Decrypt` needs the same
    one.
    ECDSA keys cannot encrypt.

    The ciphertext is opaque. For AES it names the key version, so `Decrypt` works after a rotation
    without
    `keyVersionId`.

    Errors: 400 `InvalidParameter` for plaintext that is not base64 or larger than 4096 bytes, an
    algorithm
    that does not fit the key's shape, an ECDSA key, an RSA call without `keyVersionId`, or a plaintext
    too
    long for RSA-OAEP; 404 `NotAuthorizedOrNotFound` for an unknown key or key version; 409 `Conflict`
    when
    the key or the key version is not `ENABLED` (a `DISABLED` or `PENDING_DELETION` key refuses every
    crypto call; `Conflict` rather than `IncorrectState`, which clients retry for a minute and more).

    Rate limit: crypto (the service documentation states no limit for the crypto endpoint; the mock
    applies its per-class limit to the class `crypto`).

    Args:
        opc_request_id (str | Unset):
        body (EncryptDataDetails): The body of `Encrypt`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'plaintext': 'SEVMTE8gV09STEQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EncryptedData | KmsError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_request_id=opc_request_id,
        )
    ).parsed
