# mypy: disable-error-code="empty-body"
"""The crypto endpoint's operations, each declared once with OCI's names (as :mod:`kms_facade.operations`).

The clients (:mod:`kms_facade.crypto_client`) run them; bodies are OCI's models (``EncryptDataDetails`` ...) or
dicts with wire names; every data field is base64 text, as in the SDK. For data of any size, as ``bytes`` or
streams, see :mod:`kms_facade.envelope`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kms_facade.binding import operation

if TYPE_CHECKING:
    from kms_api_client.models import (
        DecryptDataDetails,
        DecryptedData,
        EncryptDataDetails,
        EncryptedData,
        ExportedKeyData,
        ExportKeyDetails,
        GeneratedKey,
        GenerateKeyDetails,
        SignDataDetails,
        SignedData,
        VerifiedData,
        VerifyDataDetails,
    )

    from kms_facade.retry import RetryStrategy

Details = dict[str, Any]


class CryptoOperations:
    """The operations of ``KmsCryptoClient``, one documented signature each (the clients run them).

    Rate class: crypto (the service documents no limit). None retries by default; none takes an
    ``opc_retry_token`` (the service does not deduplicate crypto calls).
    """

    API_TAG = "kms_crypto"  # the spec's tag: the generated client's ``api/kms_crypto``

    @operation
    def decrypt(
        self,
        decrypt_data_details: DecryptDataDetails | Details,
        *,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> DecryptedData:
        """Decrypt a ciphertext from ``encrypt`` (or a data key's ``ciphertext``).

        AES ciphertext names its key version: ``key_version_id`` may be left out, also after a rotation; the
        ``associated_data`` must equal encrypt's. RSA needs the ``key_version_id`` and algorithm used to encrypt.

        :param decrypt_data_details: ``DecryptDataDetails`` or a dict (keyId, ciphertext, associatedData, ...).
        :param opc_request_id: a request id for tracing; generated when absent.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is ``DecryptedData`` (base64 ``plaintext``, ``plaintext_checksum``).
        """
        ...

    @operation
    def encrypt(
        self,
        encrypt_data_details: EncryptDataDetails | Details,
        *,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> EncryptedData:
        """Encrypt at most 4096 bytes (base64 ``plaintext``) with a master key.

        AES keys: ``AES_256_GCM`` (the default) with ``associated_data`` bound to the ciphertext. RSA keys:
        ``RSA_OAEP_SHA_1`` or ``RSA_OAEP_SHA_256`` with a ``key_version_id``. ECDSA keys cannot encrypt.

        :param encrypt_data_details: ``EncryptDataDetails`` or a dict (keyId, plaintext, associatedData, ...).
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is ``EncryptedData`` (base64 ``ciphertext``).
        """
        ...

    @operation(common_kwargs=("retry_strategy",))
    def export_key(
        self,
        export_key_details: ExportKeyDetails | Details,
        *,
        retry_strategy: RetryStrategy | None = None,
    ) -> ExportedKeyData:
        """Export a SOFTWARE key version's material wrapped with the caller's RSA public key.

        As in the OCI SDK, ``retry_strategy`` is the only keyword argument (a generated ``opc-request-id`` is
        still sent). ``RSA_OAEP_SHA256`` wraps AES material directly; ``RSA_OAEP_AES_SHA256`` wraps any.

        :param export_key_details: ``ExportKeyDetails`` or a dict (keyId, algorithm, publicKey, keyVersionId).
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is ``ExportedKeyData`` (base64 ``encrypted_key``).
        """
        ...

    @operation
    def generate_data_encryption_key(
        self,
        generate_key_details: GenerateKeyDetails | Details,
        *,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> GeneratedKey:
        """Generate an AES data key, returned encrypted by the master key (and in plaintext if asked).

        :param generate_key_details: ``GenerateKeyDetails`` or a dict (keyId, keyShape, includePlaintextKey).
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is ``GeneratedKey`` (``ciphertext``, ``plaintext``).
        """
        ...

    @operation
    def sign(
        self,
        sign_data_details: SignDataDetails | Details,
        *,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> SignedData:
        """Sign a message (at most 4096 bytes) or a digest with an RSA or ECDSA key.

        :param sign_data_details: ``SignDataDetails`` or a dict (keyId, message, signingAlgorithm, messageType).
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is ``SignedData`` (base64 ``signature``, ``key_version_id``).
        """
        ...

    @operation
    def verify(
        self,
        verify_data_details: VerifyDataDetails | Details,
        *,
        opc_request_id: str | None = None,
        retry_strategy: RetryStrategy | None = None,
    ) -> VerifiedData:
        """Verify a signature with the key version that made it (``key_version_id`` is required).

        :param verify_data_details: ``VerifyDataDetails`` or a dict (keyId, keyVersionId, message, signature...).
        :param opc_request_id: a request id for tracing.
        :param retry_strategy: overrides the client's retry strategy for this call.
        :returns: ``Response`` whose ``data`` is ``VerifiedData`` (``is_signature_valid``).
        """
        ...
