"""Every request and response model of the generated client, re-exported for users of the facade.

Each name is looked up in ``kms_api_client.models`` on first access (a module ``__getattr__``), so importing
this module, or one model from it, loads only the models used (``from kms_facade.models import *`` loads all).
"""

from typing import TYPE_CHECKING, Any

from kms_api_client import models as _generated
from kms_api_client.models import __all__ as __all__  # noqa: PLC0414 - re-export the generated list

if TYPE_CHECKING:
    from kms_api_client.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    """The generated model ``name`` (loaded on first access)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(_generated, name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
