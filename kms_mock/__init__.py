"""kms_mock: a stateful local server for the OCI Key Management management API (see ``python -m kms_mock``)."""

from kms_mock.app import MockApp
from kms_mock.clock import ManualClock
from kms_mock.options import MockOptions
from kms_mock.server import MockKmsServer

__all__ = ["ManualClock", "MockApp", "MockKmsServer", "MockOptions"]
