"""Exceptions raised by the facade: service errors, transport failures, config and key problems."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any

_API_ERRORS = "https://docs.oracle.com/iaas/Content/API/References/apierrors.htm"
_LOGGING_TIPS = (
    "To get more info on the failing request, set the 'kms_facade' logger to DEBUG: one line per attempt with its "
    "operation, status and opc-request-id."
)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


class ServiceError(Exception):
    """The service answered with a non-2xx status.

    ``code`` and ``message`` come from the OCI error body ``{"code": ..., "message": ...}``; a body that is
    not JSON gives ``code=None`` and its raw text as ``message``. ``args[0]`` is the dict the OCI SDK puts there
    (``target_service``, ``status``, ``code``, ``opc-request-id``, ``message``, ``operation_name``, ``timestamp``,
    ``client_version``, ``request_endpoint``, ``logging_tips``, ``troubleshooting_tips`` and any other field of
    the error body in snake_case).
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
        original_request: Any = None,
        api_reference_link: str | None = None,
        client_version: str | None = None,
        deserialized_data: Any = None,
    ) -> None:
        self.status = status
        self.code = code
        self.headers = headers
        self.message = message
        self.original_request = original_request
        self.operation_name = operation_name
        self.request_endpoint = request_endpoint
        self.request_id = headers.get("opc-request-id") or request_id
        self.target_service = target_service
        self.api_reference_link = api_reference_link
        self.client_version = client_version
        self.timestamp = timestamp or datetime.datetime.now(datetime.UTC).isoformat()
        details = self.as_dict()
        if isinstance(deserialized_data, Mapping):
            for key, value in deserialized_data.items():
                details.setdefault(_snake(str(key)), value)
        super().__init__(details)

    def as_dict(self) -> dict[str, Any]:
        """The error as the dict OCI puts in ``args[0]`` (without the extra fields of the error body)."""
        see = f"See {_API_ERRORS}#apierrors_{self.status}__{self.status}_{str(self.code).lower()} for more information."
        reference = (
            f" Also see {self.api_reference_link} for this operation's requirements." if self.api_reference_link else ""
        )
        return {
            "target_service": self.target_service,
            "status": self.status,
            "code": self.code,
            "opc-request-id": self.request_id,
            "message": self.message or f"The service returned error code {self.status}",
            "operation_name": self.operation_name,
            "timestamp": self.timestamp,
            "client_version": self.client_version,
            "request_endpoint": self.request_endpoint,
            "logging_tips": _LOGGING_TIPS,
            "troubleshooting_tips": see + reference,
        }

    def __str__(self) -> str:
        return (
            f"{self.status} {self.code or '(no code)'}: {self.message} "
            f"[operation={self.operation_name}, endpoint={self.request_endpoint}, "
            f"opc-request-id={self.request_id}]"
        )


class TransientServiceError(ServiceError):
    """A ServiceError the circuit breaker counts (with the default strategy: 409 IncorrectState/LockConflict, 429,
    500, 502, 503, 504); raised instead of ServiceError while a circuit breaker strategy is in effect, as in OCI."""


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


class MissingPrivateKeyPassphrase(InvalidPrivateKey):
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


class MaximumWaitTimeExceeded(ClientError):
    """A waiter gave up before the resource reached the wanted state."""


class WaitUntilNotSupported(ClientError):
    """``wait_until`` was given a response it cannot poll (one that is not from a GET operation)."""
