from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.export_key_details import ExportKeyDetails
from ...models.exported_key_data import ExportedKeyData
from ...models.kms_error import KmsError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExportKeyDetails,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20180608/exportKey",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExportedKeyData | KmsError:
    if response.status_code == 200:
        response_200 = ExportedKeyData.from_dict(response.json())

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
) -> Response[ExportedKeyData | KmsError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportKeyDetails,
    opc_request_id: str | Unset = UNSET,
) -> Response[ExportedKeyData | KmsError]:
    """Export key material wrapped with the caller's RSA key

     Returns the material of a `SOFTWARE`-protected key version (`keyVersionId`, or the key's current
    version) wrapped with the caller's RSA public key (`publicKey`, PEM, 2048, 3072 or 4096 bits).
    `RSA_OAEP_SHA256`: the material encrypted with RSA-OAEP (SHA-256, MGF1-SHA-256); fits AES material
    only.
    `RSA_OAEP_AES_SHA256`: a fresh AES-256 key wrapped with RSA-OAEP, followed by the material wrapped
    with
    that AES key (AES key wrap with padding, RFC 5649); any material. AES material is the raw key; RSA
    and
    ECDSA material is a PKCS#8 DER private key.

    The Python SDK's `export_key` accepts no `opc_request_id` argument (it still sends a generated one);
    the header is declared for other clients.

    Errors: 400 `InvalidParameter` for a key that is not `SOFTWARE`-protected, a `publicKey` that is not
    a
    2048-, 3072- or 4096-bit RSA public key, or material too long for `RSA_OAEP_SHA256`; 404
    `NotAuthorizedOrNotFound`; 409 `Conflict` when the key or key version is not `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (ExportKeyDetails): The body of `ExportKey`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'algorithm': 'RSA_OAEP_AES_SHA256',
            'publicKey': '-----BEGIN PUBLIC
            KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAexamplexamplexampleex
            a\\n-----END PUBLIC KEY-----\\n'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportedKeyData | KmsError]
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
    body: ExportKeyDetails,
    opc_request_id: str | Unset = UNSET,
) -> ExportedKeyData | KmsError | None:
    """Export key material wrapped with the caller's RSA key

     Returns the material of a `SOFTWARE`-protected key version (`keyVersionId`, or the key's current
    version) wrapped with the caller's RSA public key (`publicKey`, PEM, 2048, 3072 or 4096 bits).
    `RSA_OAEP_SHA256`: the material encrypted with RSA-OAEP (SHA-256, MGF1-SHA-256); fits AES material
    only.
    `RSA_OAEP_AES_SHA256`: a fresh AES-256 key wrapped with RSA-OAEP, followed by the material wrapped
    with
    that AES key (AES key wrap with padding, RFC 5649); any material. AES material is the raw key; RSA
    and
    ECDSA material is a PKCS#8 DER private key.

    The Python SDK's `export_key` accepts no `opc_request_id` argument (it still sends a generated one);
    the header is declared for other clients.

    Errors: 400 `InvalidParameter` for a key that is not `SOFTWARE`-protected, a `publicKey` that is not
    a
    2048-, 3072- or 4096-bit RSA public key, or material too long for `RSA_OAEP_SHA256`; 404
    `NotAuthorizedOrNotFound`; 409 `Conflict` when the key or key version is not `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (ExportKeyDetails): The body of `ExportKey`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'algorithm': 'RSA_OAEP_AES_SHA256',
            'publicKey': '-----BEGIN PUBLIC
            KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAexamplexamplexampleex
            a\\n-----END PUBLIC KEY-----\\n'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportedKeyData | KmsError
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportKeyDetails,
    opc_request_id: str | Unset = UNSET,
) -> Response[ExportedKeyData | KmsError]:
    """Export key material wrapped with the caller's RSA key

     Returns the material of a `SOFTWARE`-protected key version (`keyVersionId`, or the key's current
    version) wrapped with the caller's RSA public key (`publicKey`, PEM, 2048, 3072 or 4096 bits).
    `RSA_OAEP_SHA256`: the material encrypted with RSA-OAEP (SHA-256, MGF1-SHA-256); fits AES material
    only.
    `RSA_OAEP_AES_SHA256`: a fresh AES-256 key wrapped with RSA-OAEP, followed by the material wrapped
    with
    that AES key (AES key wrap with padding, RFC 5649); any material. AES material is the raw key; RSA
    and
    ECDSA material is a PKCS#8 DER private key.

    The Python SDK's `export_key` accepts no `opc_request_id` argument (it still sends a generated one);
    the header is declared for other clients.

    Errors: 400 `InvalidParameter` for a key that is not `SOFTWARE`-protected, a `publicKey` that is not
    a
    2048-, 3072- or 4096-bit RSA public key, or material too long for `RSA_OAEP_SHA256`; 404
    `NotAuthorizedOrNotFound`; 409 `Conflict` when the key or key version is not `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (ExportKeyDetails): The body of `ExportKey`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'algorithm': 'RSA_OAEP_AES_SHA256',
            'publicKey': '-----BEGIN PUBLIC
            KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAexamplexamplexampleex
            a\\n-----END PUBLIC KEY-----\\n'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportedKeyData | KmsError]
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
    body: ExportKeyDetails,
    opc_request_id: str | Unset = UNSET,
) -> ExportedKeyData | KmsError | None:
    """Export key material wrapped with the caller's RSA key

     Returns the material of a `SOFTWARE`-protected key version (`keyVersionId`, or the key's current
    version) wrapped with the caller's RSA public key (`publicKey`, PEM, 2048, 3072 or 4096 bits).
    `RSA_OAEP_SHA256`: the material encrypted with RSA-OAEP (SHA-256, MGF1-SHA-256); fits AES material
    only.
    `RSA_OAEP_AES_SHA256`: a fresh AES-256 key wrapped with RSA-OAEP, followed by the material wrapped
    with
    that AES key (AES key wrap with padding, RFC 5649); any material. AES material is the raw key; RSA
    and
    ECDSA material is a PKCS#8 DER private key.

    The Python SDK's `export_key` accepts no `opc_request_id` argument (it still sends a generated one);
    the header is declared for other clients.

    Errors: 400 `InvalidParameter` for a key that is not `SOFTWARE`-protected, a `publicKey` that is not
    a
    2048-, 3072- or 4096-bit RSA public key, or material too long for `RSA_OAEP_SHA256`; 404
    `NotAuthorizedOrNotFound`; 409 `Conflict` when the key or key version is not `ENABLED`.

    Rate limit: crypto (none stated by the service documentation).

    Args:
        opc_request_id (str | Unset):
        body (ExportKeyDetails): The body of `ExportKey`. Example: {'keyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'algorithm': 'RSA_OAEP_AES_SHA256',
            'publicKey': '-----BEGIN PUBLIC
            KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAexamplexamplexampleex
            a\\n-----END PUBLIC KEY-----\\n'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportedKeyData | KmsError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_request_id=opc_request_id,
        )
    ).parsed
