from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.sign_data_details import SignDataDetails
from ...models.signed_data import SignedData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SignDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20180608/sign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KmsError | SignedData:
    if response.status_code == 200:
        response_200 = SignedData.from_dict(response.json())

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
) -> Response[KmsError | SignedData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | SignedData]:
    """Sign a message or digest with an asymmetric key

     Signs `message` (base64; at most 4096 bytes as `RAW`) with an RSA or ECDSA key's current version, or
    `keyVersionId`. With `messageType` `DIGEST` the message is the digest made with the hash that
    `signingAlgorithm` names. RSA keys take the `SHA_*_RSA_PKCS_PSS` (salt as long as the digest) and
    `SHA_*_RSA_PKCS1_V1_5` algorithms and give a signature as long as the modulus; ECDSA keys take
    `ECDSA_SHA_256` (P-256), `ECDSA_SHA_384` (P-384) and `ECDSA_SHA_512` (P-521) and give a DER
    signature.

    Errors: 400 `InvalidParameter` for a message that is not base64 or too long, a digest of the wrong
    length, an algorithm that does not fit the key, or an AES key; 404 `NotAuthorizedOrNotFound`; 409
    `Conflict` when the key or key version is not `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (SignDataDetails): The body of `Sign`. Example: {'message': 'aGVsbG8=', 'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplersakey', 'messageType': 'RAW',
            'signingAlgorithm': 'SHA_256_RSA_PKCS_PSS'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | SignedData]
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
    body: SignDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | SignedData | None:
    """Sign a message or digest with an asymmetric key

     Signs `message` (base64; at most 4096 bytes as `RAW`) with an RSA or ECDSA key's current version, or
    `keyVersionId`. With `messageType` `DIGEST` the message is the digest made with the hash that
    `signingAlgorithm` names. RSA keys take the `SHA_*_RSA_PKCS_PSS` (salt as long as the digest) and
    `SHA_*_RSA_PKCS1_V1_5` algorithms and give a signature as long as the modulus; ECDSA keys take
    `ECDSA_SHA_256` (P-256), `ECDSA_SHA_384` (P-384) and `ECDSA_SHA_512` (P-521) and give a DER
    signature.

    Errors: 400 `InvalidParameter` for a message that is not base64 or too long, a digest of the wrong
    length, an algorithm that does not fit the key, or an AES key; 404 `NotAuthorizedOrNotFound`; 409
    `Conflict` when the key or key version is not `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (SignDataDetails): The body of `Sign`. Example: {'message': 'aGVsbG8=', 'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplersakey', 'messageType': 'RAW',
            'signingAlgorithm': 'SHA_256_RSA_PKCS_PSS'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | SignedData
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | SignedData]:
    """Sign a message or digest with an asymmetric key

     Signs `message` (base64; at most 4096 bytes as `RAW`) with an RSA or ECDSA key's current version, or
    `keyVersionId`. With `messageType` `DIGEST` the message is the digest made with the hash that
    `signingAlgorithm` names. RSA keys take the `SHA_*_RSA_PKCS_PSS` (salt as long as the digest) and
    `SHA_*_RSA_PKCS1_V1_5` algorithms and give a signature as long as the modulus; ECDSA keys take
    `ECDSA_SHA_256` (P-256), `ECDSA_SHA_384` (P-384) and `ECDSA_SHA_512` (P-521) and give a DER
    signature.

    Errors: 400 `InvalidParameter` for a message that is not base64 or too long, a digest of the wrong
    length, an algorithm that does not fit the key, or an AES key; 404 `NotAuthorizedOrNotFound`; 409
    `Conflict` when the key or key version is not `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (SignDataDetails): The body of `Sign`. Example: {'message': 'aGVsbG8=', 'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplersakey', 'messageType': 'RAW',
            'signingAlgorithm': 'SHA_256_RSA_PKCS_PSS'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | SignedData]
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
    body: SignDataDetails,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | SignedData | None:
    """Sign a message or digest with an asymmetric key

     Signs `message` (base64; at most 4096 bytes as `RAW`) with an RSA or ECDSA key's current version, or
    `keyVersionId`. With `messageType` `DIGEST` the message is the digest made with the hash that
    `signingAlgorithm` names. RSA keys take the `SHA_*_RSA_PKCS_PSS` (salt as long as the digest) and
    `SHA_*_RSA_PKCS1_V1_5` algorithms and give a signature as long as the modulus; ECDSA keys take
    `ECDSA_SHA_256` (P-256), `ECDSA_SHA_384` (P-384) and `ECDSA_SHA_512` (P-521) and give a DER
    signature.

    Errors: 400 `InvalidParameter` for a message that is not base64 or too long, a digest of the wrong
    length, an algorithm that does not fit the key, or an AES key; 404 `NotAuthorizedOrNotFound`; 409
    `Conflict` when the key or key version is not `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (SignDataDetails): The body of `Sign`. Example: {'message': 'aGVsbG8=', 'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplersakey', 'messageType': 'RAW',
            'signingAlgorithm': 'SHA_256_RSA_PKCS_PSS'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | SignedData
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_request_id=opc_request_id,
        )
    ).parsed
