from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import model_str, open_enum

T = TypeVar("T", bound="KmsError")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "code",
        "message",
    }
)


@_attrs_define
class KmsError:
    """The body of every error response.

    Example:
        {'code': 'NotAuthorizedOrNotFound', 'message': 'Authorization failed or requested resource not found.'}

    Attributes:
        code (ErrorCode | str | None): The error codes of this API (`KmsError.code`), with the status each comes with.
            Open like every enum: new codes may appear; branch on the status when the code is unknown. `InvalidParameter`:
            400: a parameter or body field has a wrong type, format or value. `MissingParameter`: 400: a required parameter,
            field or body is absent. `CannotParseRequest`: 400: the body is not valid JSON. `LimitExceeded`: 400: a service
            limit of the tenancy would be exceeded. `QuotaExceeded`: 400: a compartment quota would be exceeded.
            `RelatedResourceNotAuthorizedOrNotFound`: 400: a resource the request names (for example a compartment) does not
            exist or may not be used. `NotAuthenticated`: 401: the signature is missing or invalid, the key is unknown, or
            the date is off by more than 5 minutes. `NotAuthorized`: 403: the caller may not perform the operation.
            `NotAllowed`: 403: the operation is not allowed for this resource. `SignUpRequired`: 403: the tenancy is not
            subscribed to the service. `NotAuthorizedOrNotFound`: 404: the resource does not exist or the caller may not see
            it. `NotFound`: 404: the path matches no operation. `MethodNotAllowed`: 405: the path does not serve this
            method. `IncorrectState`: 409: the resource's lifecycle state does not allow the operation; may succeed once a
            transitional state settles (retryable). `LockConflict`: 409: another operation holds the resource; retryable.
            `Conflict`: 409: the request conflicts with an earlier one (not retryable). `InvalidatedRetryToken`: 409: the
            `opc-retry-token` was already used for a different request (not retryable).
            `NotAuthorizedOrResourceAlreadyExists`: 409: the resource exists already, or the caller may not create it.
            `NoEtagMatch`: 412: `if-match` does not equal the resource's current etag. `PayloadTooLarge`: 413: the body is
            larger than 1 MiB. `UnsupportedMediaType`: 415: the body's `content-type` is not `application/json`.
            `TooManyRequests`: 429: the rate-limit class of the operation is exhausted (retryable after a back-off).
            `InternalServerError`: 500: an unexpected error in the service (retryable). `MethodNotImplemented`: 501: the
            operation is not implemented (not retryable). `ServiceUnavailable`: 503: the service is temporarily unavailable
            (retryable).
        message (str): A human-readable description of the error. Its wording may change.
    """

    CODE_INVALIDPARAMETER = "InvalidParameter"
    CODE_MISSINGPARAMETER = "MissingParameter"
    CODE_CANNOTPARSEREQUEST = "CannotParseRequest"
    CODE_LIMITEXCEEDED = "LimitExceeded"
    CODE_QUOTAEXCEEDED = "QuotaExceeded"
    CODE_RELATEDRESOURCENOTAUTHORIZEDORNOTFOUND = "RelatedResourceNotAuthorizedOrNotFound"
    CODE_NOTAUTHENTICATED = "NotAuthenticated"
    CODE_NOTAUTHORIZED = "NotAuthorized"
    CODE_NOTALLOWED = "NotAllowed"
    CODE_SIGNUPREQUIRED = "SignUpRequired"
    CODE_NOTAUTHORIZEDORNOTFOUND = "NotAuthorizedOrNotFound"
    CODE_NOTFOUND = "NotFound"
    CODE_METHODNOTALLOWED = "MethodNotAllowed"
    CODE_INCORRECTSTATE = "IncorrectState"
    CODE_LOCKCONFLICT = "LockConflict"
    CODE_CONFLICT = "Conflict"
    CODE_INVALIDATEDRETRYTOKEN = "InvalidatedRetryToken"
    CODE_NOTAUTHORIZEDORRESOURCEALREADYEXISTS = "NotAuthorizedOrResourceAlreadyExists"
    CODE_NOETAGMATCH = "NoEtagMatch"
    CODE_PAYLOADTOOLARGE = "PayloadTooLarge"
    CODE_UNSUPPORTEDMEDIATYPE = "UnsupportedMediaType"
    CODE_TOOMANYREQUESTS = "TooManyRequests"
    CODE_INTERNALSERVERERROR = "InternalServerError"
    CODE_METHODNOTIMPLEMENTED = "MethodNotImplemented"
    CODE_SERVICEUNAVAILABLE = "ServiceUnavailable"

    code: ErrorCode | str | None = _attrs_field(default=None, converter=open_enum(ErrorCode))
    message: str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            code = str(self.code)
            field_dict["code"] = code
        if self.message is not None:
            message = self.message
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        code = ErrorCode._value2member_map_.get(d["code"]) or ErrorCode.from_value(d["code"])

        message = d["message"]

        kms_error = cls(
            code=code,
            message=message,
        )
        if not _WIRE_NAMES.issuperset(d):
            kms_error.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return kms_error

    def __str__(self) -> str:
        return model_str(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
