from enum import StrEnum
from typing import cast


class ErrorCode(StrEnum):
    CANNOT_PARSE_REQUEST = "CannotParseRequest"
    CONFLICT = "Conflict"
    INCORRECT_STATE = "IncorrectState"
    INTERNAL_SERVER_ERROR = "InternalServerError"
    INVALIDATED_RETRY_TOKEN = "InvalidatedRetryToken"
    INVALID_PARAMETER = "InvalidParameter"
    LIMIT_EXCEEDED = "LimitExceeded"
    LOCK_CONFLICT = "LockConflict"
    METHOD_NOT_ALLOWED = "MethodNotAllowed"
    METHOD_NOT_IMPLEMENTED = "MethodNotImplemented"
    MISSING_PARAMETER = "MissingParameter"
    NOT_ALLOWED = "NotAllowed"
    NOT_AUTHENTICATED = "NotAuthenticated"
    NOT_AUTHORIZED = "NotAuthorized"
    NOT_AUTHORIZED_OR_NOT_FOUND = "NotAuthorizedOrNotFound"
    NOT_AUTHORIZED_OR_RESOURCE_ALREADY_EXISTS = "NotAuthorizedOrResourceAlreadyExists"
    NOT_FOUND = "NotFound"
    NO_ETAG_MATCH = "NoEtagMatch"
    PAYLOAD_TOO_LARGE = "PayloadTooLarge"
    QUOTA_EXCEEDED = "QuotaExceeded"
    RELATED_RESOURCE_NOT_AUTHORIZED_OR_NOT_FOUND = "RelatedResourceNotAuthorizedOrNotFound"
    SERVICE_UNAVAILABLE = "ServiceUnavailable"
    SIGN_UP_REQUIRED = "SignUpRequired"
    TOO_MANY_REQUESTS = "TooManyRequests"
    UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "ErrorCode":
        """The member for ``value``; for a string this client does not list, an instance that keeps it."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(ErrorCode, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid ErrorCode: not a string")
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
