"""Token-based authentication, as OCI workloads do it: session tokens, instance and resource principals, OKE.

The signers are in :mod:`kms_facade.auth.signers`, under the names of ``oci.auth.signers``.
"""
