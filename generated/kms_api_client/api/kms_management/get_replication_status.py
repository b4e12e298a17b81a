from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kms_error import KmsError
from ...models.replication_status_details import ReplicationStatusDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    replication_id: str,
    *,
    opc_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(opc_request_id, Unset):
        headers["opc-request-id"] = opc_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20180608/replicaOperations/{replication_id}/status".format(
            replication_id=quote(str(replication_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KmsError | ReplicationStatusDetails:
    if response.status_code == 200:
        response_200 = ReplicationStatusDetails.from_dict(response.json())

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
) -> Response[KmsError | ReplicationStatusDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    replication_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | ReplicationStatusDetails]:
    """Get the status of a replication

     Returns, for each replica region of the vault, whether a change has been replicated there. The
    `replicationId` is the `opc-work-request-id` of the write that made the change (and the
    `replicaDetails.replicationId` of the key or key version it changed). A vault without replicas
    answers
    an empty `replicaDetails` list.

    Rate limit: management read (10 requests per second per tenancy).

    Args:
        replication_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | ReplicationStatusDetails]
    """

    kwargs = _get_kwargs(
        replication_id=replication_id,
        opc_request_id=opc_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    replication_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | ReplicationStatusDetails | None:
    """Get the status of a replication

     Returns, for each replica region of the vault, whether a change has been replicated there. The
    `replicationId` is the `opc-work-request-id` of the write that made the change (and the
    `replicaDetails.replicationId` of the key or key version it changed). A vault without replicas
    answers
    an empty `replicaDetails` list.

    Rate limit: management read (10 requests per second per tenancy).

    Args:
        replication_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | ReplicationStatusDetails
    """

    return sync_detailed(
        replication_id=replication_id,
        client=client,
        opc_request_id=opc_request_id,
    ).parsed


async def asyncio_detailed(
    replication_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> Response[KmsError | ReplicationStatusDetails]:
    """Get the status of a replication

     Returns, for each replica region of the vault, whether a change has been replicated there. The
    `replicationId` is the `opc-work-request-id` of the write that made the change (and the
    `replicaDetails.replicationId` of the key or key version it changed). A vault without replicas
    answers
    an empty `replicaDetails` list.

    Rate limit: management read (10 requests per second per tenancy).

    Args:
        replication_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KmsError | ReplicationStatusDetails]
    """

    kwargs = _get_kwargs(
        replication_id=replication_id,
        opc_request_id=opc_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    replication_id: str,
    *,
    client: AuthenticatedClient | Client,
    opc_request_id: str | Unset = UNSET,
) -> KmsError | ReplicationStatusDetails | None:
    """Get the status of a replication

     Returns, for each replica region of the vault, whether a change has been replicated there. The
    `replicationId` is the `opc-work-request-id` of the write that made the change (and the
    `replicaDetails.replicationId` of the key or key version it changed). A vault without replicas
    answers
    an empty `replicaDetails` list.

    Rate limit: management read (10 requests per second per tenancy).

    Args:
        replication_id (str):
        opc_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KmsError | ReplicationStatusDetails
    """

    return (
        await asyncio_detailed(
            replication_id=replication_id,
            client=client,
            opc_request_id=opc_request_id,
        )
    ).parsed
