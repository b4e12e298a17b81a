"""The OCI-style ``Response`` every operation returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """What was sent: method, url and headers (``authorization`` removed)."""

    method: str
    url: str
    headers: dict[str, str]

    @property
    def header_params(self) -> dict[str, str]:
        """The headers, under the name ``oci.request.Request`` gives them."""
        return self.headers

    @classmethod
    def from_httpx(cls, request: httpx.Request) -> RequestInfo:
        """Capture an httpx request without its signature."""
        headers = {k: v for k, v in request.headers.items() if k.lower() != "authorization"}
        return cls(method=request.method, url=str(request.url), headers=headers)


@dataclass(frozen=True, slots=True)
class Response(Generic[T]):
    """A successful call: ``status``, case-insensitive ``headers``, parsed ``data`` and the ``request``."""

    status: int
    headers: httpx.Headers
    data: T
    raw_request: httpx.Request = field(repr=False, compare=False)
    operation_name: str = ""
    # How to repeat the call (used by waiters): positional args and keyword args of the operation.
    call_args: tuple[Any, ...] = field(default=(), repr=False, compare=False)
    call_kwargs: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def request(self) -> RequestInfo:
        """What was sent (built on first access; the signature is left out)."""
        return RequestInfo.from_httpx(self.raw_request)

    @property
    def request_id(self) -> str | None:
        """The ``opc-request-id`` the service answered with."""
        value: str | None = self.headers.get("opc-request-id")
        return value

    @property
    def next_page(self) -> str | None:
        """The ``opc-next-page`` token, or None on the last page."""
        value: str | None = self.headers.get("opc-next-page")
        return value

    @property
    def has_next_page(self) -> bool:
        """Whether another page follows."""
        return self.next_page is not None
