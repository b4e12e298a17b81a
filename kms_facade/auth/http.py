"""The HTTP calls token signers make to the metadata service and token endpoints, with the SDK's retries."""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Callable, Collection, Mapping

import httpx

from kms_facade.call import CallContext, service_error_from
from kms_facade.exceptions import RequestException

__all__ = ["FEDERATION_RETRY_STATUSES", "METADATA_RETRY_STATUSES", "IdentityHttp"]

FEDERATION_RETRY_STATUSES = frozenset(range(500, 600)) - {501}
"""The SDK's federation client retries any 5xx but 501 (and timeouts and connection errors)."""
METADATA_RETRY_STATUSES = FEDERATION_RETRY_STATUSES | {404, 429}
"""The SDK's metadata retrievers also retry 404 and 429."""
_BACKOFF_SECONDS = 1.0


class IdentityHttp:
    """One pooled, thread-safe httpx client for a signer's identity calls.

    ``attempts`` tries at most (exponential back-off from 1 s, through ``sleep``). A final non-2xx becomes a
    ServiceError, a final transport failure a RequestException.
    """

    def __init__(
        self,
        *,
        verify: str | bool | ssl.SSLContext = True,
        transport: httpx.BaseTransport | None = None,
        attempts: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if isinstance(verify, str):
            verify = ssl.create_default_context(cafile=verify)
        self._client = httpx.Client(
            verify=verify, transport=transport, timeout=httpx.Timeout(60.0, connect=10.0), follow_redirects=False
        )
        self._attempts = max(1, attempts)
        self._sleep = sleep

    def request(
        self,
        method: str,
        url: str,
        *,
        what: str,
        retry_statuses: Collection[int] = FEDERATION_RETRY_STATUSES,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        auth: httpx.Auth | None = None,
    ) -> httpx.Response:
        """The 2xx response to ``method url``; ``what`` names the call in errors."""
        for attempt in range(1, self._attempts + 1):
            try:
                response = self._client.request(method, url, headers=headers, content=content, auth=auth)
            except httpx.TransportError as error:
                if attempt == self._attempts:
                    raise RequestException(f"{what}: {type(error).__name__}: {error}") from error
            else:
                if response.is_success:
                    return response
                if response.status_code not in retry_statuses or attempt == self._attempts:
                    raise service_error_from(response, CallContext(what, {}))
            self._sleep(_BACKOFF_SECONDS * 2 ** (attempt - 1))
        raise AssertionError("unreachable")  # pragma: no cover

    def post_for_token(self, url: str, body: Mapping[str, object], *, what: str, auth: httpx.Auth) -> str:
        """POST ``body`` as JSON and return the ``token`` of the answer (RuntimeError when there is none)."""
        response = self.request(
            "POST",
            url,
            what=what,
            headers={"content-type": "application/json"},
            content=json.dumps(body).encode("utf-8"),
            auth=auth,
        )
        try:
            token = response.json().get("token")
        except (ValueError, AttributeError):
            raise RuntimeError(f"{what}: the {response.status_code} answer is not a JSON object") from None
        if not isinstance(token, str) or not token:
            raise RuntimeError(f"Could not find token in response ({what})")
        return token

    def close(self) -> None:
        self._client.close()
