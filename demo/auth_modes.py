"""``make demo AUTH=<mode>``: the client of each authentication mode, against the mock's identity double."""

from __future__ import annotations

import contextlib
import os
import ssl
import tempfile
from collections.abc import Iterator
from typing import Any, TypeVar

from kms_facade import KmsCryptoClient, KmsManagementClient, KmsVaultClient
from kms_facade import config as oci_config
from kms_facade.auth.signers import (
    InstancePrincipalsSecurityTokenSigner,
    get_oke_workload_identity_resource_principal_signer,
    get_resource_principals_signer,
)
from kms_mock import MockKmsServer
from kms_mock.identity.workloads import resource_principal_environment, write_session_profile

__all__ = ["MODES", "client_for", "server_options"]

MODES = ("api_key", "security_token", "instance_principal", "resource_principal", "oke_workload_identity")

Client = TypeVar("Client", KmsManagementClient, KmsVaultClient, KmsCryptoClient)


def server_options(mode: str) -> dict[str, Any]:
    """What the mock needs for ``mode``: the identity double for every token mode, TLS for OKE."""
    if mode not in MODES:
        raise ValueError(f"unknown AUTH mode {mode!r}; use one of {', '.join(MODES)}")
    if mode == "api_key":
        return {}
    return {"identity": True, "tls": mode == "oke_workload_identity"}


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def client_for(
    mode: str, server: MockKmsServer, api_key_config: dict[str, Any], kind: type[Client]
) -> Iterator[Client]:
    """A client (``kind``: the management or the vault client) of ``mode`` on ``server``, built as a workload of
    that kind would build it."""
    if mode == "api_key":
        with kind(api_key_config, service_endpoint=server.endpoint) as client:
            yield client
        return
    identity = server.identity
    if mode == "security_token":
        with tempfile.TemporaryDirectory() as home:
            profile = oci_config.from_file(write_session_profile(identity, home, "DEMO"), "DEMO")
            with kind(profile, service_endpoint=server.endpoint) as client:
                yield client
        return
    if mode == "instance_principal":
        with _environment({"OCI_METADATA_BASE_URL": server.endpoint + "/opc/v2"}):
            signer = InstancePrincipalsSecurityTokenSigner(federation_endpoint=server.endpoint + "/v1/x509")
        with kind({}, service_endpoint=server.endpoint, signer=signer) as client:
            yield client
        return
    if mode == "resource_principal":
        with _environment(resource_principal_environment(identity, "ocid1.fnfunc.oc1..demo")):
            rp_signer = get_resource_principals_signer()
        with kind({}, service_endpoint=server.endpoint, signer=rp_signer) as client:
            yield client
        return
    ca_path = identity.ca_bundle_path or ""
    with _environment({"KUBERNETES_SERVICE_HOST": "127.0.0.1", "OCI_KUBERNETES_SERVICE_ACCOUNT_CERT_PATH": ca_path}):
        oke = get_oke_workload_identity_resource_principal_signer(
            service_account_token=identity.issue_service_account_token(),
            service_port=int(server.endpoint.rsplit(":", 1)[1]),
        )
    with kind({}, service_endpoint=server.endpoint, signer=oke, verify=verify_for(mode, server)) as client:
        yield client


def verify_for(mode: str, server: MockKmsServer) -> ssl.SSLContext | bool:
    """What a client of ``mode`` verifies ``server``'s TLS with: the mock's own CA in the OKE mode (served over
    TLS, as the OKE proxy is), the system's trust otherwise."""
    if mode != "oke_workload_identity":
        return True
    return ssl.create_default_context(cafile=server.identity.ca_bundle_path or "")
