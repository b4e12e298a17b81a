"""Refresh once on a 401, as the SDK's ``call_api`` does for token signers (reference §1.5)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from kms_facade.call import CURRENT_CALL
from kms_facade.exceptions import ServiceError
from kms_facade.signing import SignatureError, parse_authorization

__all__ = ["refresh_for_retry"]


def refresh_for_retry(signer: object, error: BaseException) -> Callable[[], bool] | None:
    """For a 401 and a signer that can get a new token: the refresh to run, which says whether to retry.

    The key id the rejected request was signed with is passed on, so that many calls rejected together
    replace the token once.
    """
    if not isinstance(error, ServiceError) or error.status != 401:
        return None
    refresh = getattr(signer, "refresh_after_rejection", None)
    if refresh is None:
        return None
    context = CURRENT_CALL.get()
    rejected: str | None = None
    if context is not None and context.response is not None:
        try:
            rejected = parse_authorization(context.response.request.headers.get("authorization", "")).get("keyId")
        except SignatureError:
            rejected = None
    return functools.partial(refresh, rejected)
