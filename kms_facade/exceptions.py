"""Exceptions raised by the facade: service errors, transport failures, config and key problems."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any


class ServiceError(Exception):
    """The service answered with a non-2xx status.

    ``code`` and ``message`` come from the OCI error body ``{"code": ..., "message": ...}``; a body that is
    not JSON gives ``code=None`` and its raw text as ``message``.
    """

    def __init__(
        self,
        status: int,
        code: str | None,
        headers: Mapping[str, str],
        message: str,
        *,
        operation_name: str | None = None,
        request_endpoint: str | None = None,
        request_id: str | None = None,
        timestamp: str | None = None,
        target_service: str = "kms_management",
    ) -> None:
        self.status = status
        self.code = code
        self.headers = headers
        self.message = message
        self.operation_name = operation_name
        self.request_endpoint = request_endpoint
        self.request_id = headers.get("opc-request-id") or request_id
        self.target_service = target_service
        self.timestamp = timestamp or datetime.datetime.now(datetime.UTC).isoformat()
        super().__init__(self.as_dict())

    def as_dict(self) -> dict[str, Any]:
        """The error as the dict OCI puts in ``args[0]``."""
        return {
            "target_service": self.target_service,
            "status": self.status,
            "code": self.code,
            "opc-request-id": self.request_id,
            "message": self.message,
            "operation_name": self.operation_name,
            "timestamp": self.timestamp,
            "request_endpoint": self.request_endpoint,
        }

    def __str__(self) -> str:
        return (
            f"{self.status} {self.code or '(no code)'}: {self.message} "
            f"[operation={self.operation_name}, endpoint={self.request_endpoint}, "
            f"opc-request-id={self.request_id}]"
        )


class TransientServiceError(ServiceError):
    """A ServiceError that a retry may cure (429, 5xx other than 501, 409 IncorrectState/LockConflict)."""


class ClientError(Exception):
    """A problem on the client side: configuration, keys, endpoints."""


class InvalidConfig(ClientError):
    """The config dict has missing or malformed keys; ``errors`` maps each key to the problem."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(self.errors)


class ConfigFileNotFound(ClientError):
    """The config file does not exist or cannot be read."""


class ProfileNotFound(ClientError):
    """The config file has no such profile."""


class InvalidKeyFilePath(ClientError):
    """``key_file`` does not name an existing file."""


class InvalidPrivateKey(ClientError):
    """The private key cannot be loaded (not a private key, or a wrong pass phrase)."""


class MissingPrivateKeyPassphrase(ClientError):
    """The private key is encrypted and no pass phrase was given."""


class MissingEndpointForNonRegionalServiceClientError(ClientError):
    """``service_endpoint`` is required: the management client is not regional."""


class RequestException(Exception):
    """The request could not be completed: connection refused, reset, dropped, or a protocol error."""


class ConnectTimeout(RequestException):
    """The request timed out (connecting, writing or reading)."""


class InvalidResponse(Exception):
    """A 2xx response whose body does not fit the operation's model (e.g. a required field is missing)."""

    def __init__(self, message: str, *, operation_name: str, request_id: str | None) -> None:
        self.operation_name = operation_name
        self.request_id = request_id
        super().__init__(message)


class CompositeOperationError(Exception):
    """A composite operation failed after its first step; ``partial_results`` holds what was done."""

    def __init__(self, partial_results: list[Any], cause: BaseException) -> None:
        self.partial_results = partial_results
        self.cause = cause
        super().__init__(f"composite operation failed after {len(partial_results)} step(s): {cause}")


class MaximumWaitTimeExceeded(Exception):
    """A waiter gave up before the resource reached the wanted state."""
