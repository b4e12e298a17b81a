from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_lifecycle_state import KeyLifecycleState
from ..models.protection_mode import ProtectionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Key")


@_attrs_define
class Key:
    """A master encryption key. Responses may carry fields and enum values not listed here; clients must keep or ignore
    them. Optional fields may be absent or `null`.

        Example:
            {'id': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplekey1', 'compartmentId':
                'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'currentKeyVersion':
                'ocid1.keyversion.oc1.iad.examplevault.abuwcljrexampleversion1', 'displayName': 'payments-master-key',
                'keyShape': {'algorithm': 'AES', 'length': 32}, 'protectionMode': 'HSM', 'lifecycleState': 'ENABLED',
                'timeCreated': '2018-04-03T21:10:29.600Z', 'vaultId': 'ocid1.vault.oc1.iad.examplevault.abuwcljrexamplevault'}

        Attributes:
            id (str): The key's OCID.
            compartment_id (str): The OCID of the key's compartment.
            current_key_version (str): The OCID of the key version used for cryptographic operations. During a rotation it
                switches to the new version once that version is ready.
            display_name (str): The key's user-friendly name; not unique.
            key_shape (KeyShape): The cryptographic shape of a key: algorithm, length and, for ECDSA, curve. Set when the
                key is created or imported; fixed afterwards. In responses, `algorithm` and `curveId` may carry values not
                listed here. Example: {'algorithm': 'ECDSA', 'length': 48, 'curveId': 'NIST_P384'}.
            lifecycle_state (KeyLifecycleState): The lifecycle state of a key (and of a vault's wrapping key). Transitional
                states end in -ING. New values may be added; clients must accept values not listed here.
            time_created (datetime.datetime): When the key was created (RFC 3339).
            vault_id (str): The OCID of the key's vault.
            protection_mode (None | ProtectionMode | Unset): Where the key's operations happen; `HSM` unless chosen
                otherwise at creation. New values may be added; any string is possible.
            time_of_deletion (datetime.datetime | None | Unset): When the key will be or was deleted (RFC 3339); set while
                deletion is scheduled.
            restored_from_key_id (None | str | Unset): The OCID of the key this key was restored from, if it was restored
                from a backup.
            replica_details (KeyReplicaDetails | None | Unset): Replication details, when the vault is replicated.
            is_primary (bool | None | Unset): Whether the key is in the primary vault (true) or in a replica (false).
            is_auto_rotation_enabled (bool | None | Unset): Whether the key rotates automatically.
            auto_key_rotation_details (AutoKeyRotationDetails | None | Unset): The automatic rotation schedule and the
                outcome of the last rotation.
            external_key_reference_details (ExternalKeyReferenceDetails | None | Unset): For `EXTERNAL` keys, the key and
                version in the external key manager.
            freeform_tags (FreeformTags | None | Unset): The key's free-form tags.
            defined_tags (DefinedTags | None | Unset): The key's defined tags.
    """

    id: str
    compartment_id: str
    current_key_version: str
    display_name: str
    key_shape: KeyShape
    lifecycle_state: KeyLifecycleState
    time_created: datetime.datetime
    vault_id: str
    protection_mode: None | ProtectionMode | Unset = UNSET
    time_of_deletion: datetime.datetime | None | Unset = UNSET
    restored_from_key_id: None | str | Unset = UNSET
    replica_details: KeyReplicaDetails | None | Unset = UNSET
    is_primary: bool | None | Unset = UNSET
    is_auto_rotation_enabled: bool | None | Unset = UNSET
    auto_key_rotation_details: AutoKeyRotationDetails | None | Unset = UNSET
    external_key_reference_details: ExternalKeyReferenceDetails | None | Unset = UNSET
    freeform_tags: FreeformTags | None | Unset = UNSET
    defined_tags: DefinedTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        compartment_id = self.compartment_id

        current_key_version = self.current_key_version

        display_name = self.display_name

        key_shape = self.key_shape.to_dict()

        lifecycle_state = str(self.lifecycle_state)

        time_created = self.time_created.isoformat()

        vault_id = self.vault_id

        protection_mode: None | str | Unset
        if isinstance(self.protection_mode, Unset):
            protection_mode = UNSET
        elif isinstance(self.protection_mode, ProtectionMode):
            protection_mode = str(self.protection_mode)
        else:
            protection_mode = self.protection_mode

        time_of_deletion: None | str | Unset
        if isinstance(self.time_of_deletion, Unset):
            time_of_deletion = UNSET
        elif isinstance(self.time_of_deletion, datetime.datetime):
            time_of_deletion = self.time_of_deletion.isoformat()
        else:
            time_of_deletion = self.time_of_deletion

        restored_from_key_id: None | str | Unset
        if isinstance(self.restored_from_key_id, Unset):
            restored_from_key_id = UNSET
        else:
            restored_from_key_id = self.restored_from_key_id

        replica_details: dict[str, Any] | None | Unset
        if isinstance(self.replica_details, Unset):
            replica_details = UNSET
        elif isinstance(self.replica_details, KeyReplicaDetails):
            replica_details = self.replica_details.to_dict()
        else:
            replica_details = self.replica_details

        is_primary: bool | None | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = self.is_primary

        is_auto_rotation_enabled: bool | None | Unset
        if isinstance(self.is_auto_rotation_enabled, Unset):
            is_auto_rotation_enabled = UNSET
        else:
            is_auto_rotation_enabled = self.is_auto_rotation_enabled

        auto_key_rotation_details: dict[str, Any] | None | Unset
        if isinstance(self.auto_key_rotation_details, Unset):
            auto_key_rotation_details = UNSET
        elif isinstance(self.auto_key_rotation_details, AutoKeyRotationDetails):
            auto_key_rotation_details = self.auto_key_rotation_details.to_dict()
        else:
            auto_key_rotation_details = self.auto_key_rotation_details

        external_key_reference_details: dict[str, Any] | None | Unset
        if isinstance(self.external_key_reference_details, Unset):
            external_key_reference_details = UNSET
        elif isinstance(self.external_key_reference_details, ExternalKeyReferenceDetails):
            external_key_reference_details = self.external_key_reference_details.to_dict()
        else:
            external_key_reference_details = self.external_key_reference_details

        freeform_tags: dict[str, Any] | None | Unset
        if isinstance(self.freeform_tags, Unset):
            freeform_tags = UNSET
        elif isinstance(self.freeform_tags, FreeformTags):
            freeform_tags = FreeformTags.to_dict(self.freeform_tags)
        else:
            freeform_tags = self.freeform_tags

        defined_tags: dict[str, Any] | None | Unset
        if isinstance(self.defined_tags, Unset):
            defined_tags = UNSET
        elif isinstance(self.defined_tags, DefinedTags):
            defined_tags = DefinedTags.to_dict(self.defined_tags)
        else:
            defined_tags = self.defined_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "compartmentId": compartment_id,
                "currentKeyVersion": current_key_version,
                "displayName": display_name,
                "keyShape": key_shape,
                "lifecycleState": lifecycle_state,
                "timeCreated": time_created,
                "vaultId": vault_id,
            }
        )
        if protection_mode is not UNSET:
            field_dict["protectionMode"] = protection_mode
        if time_of_deletion is not UNSET:
            field_dict["timeOfDeletion"] = time_of_deletion
        if restored_from_key_id is not UNSET:
            field_dict["restoredFromKeyId"] = restored_from_key_id
        if replica_details is not UNSET:
            field_dict["replicaDetails"] = replica_details
        if is_primary is not UNSET:
            field_dict["isPrimary"] = is_primary
        if is_auto_rotation_enabled is not UNSET:
            field_dict["isAutoRotationEnabled"] = is_auto_rotation_enabled
        if auto_key_rotation_details is not UNSET:
            field_dict["autoKeyRotationDetails"] = auto_key_rotation_details
        if external_key_reference_details is not UNSET:
            field_dict["externalKeyReferenceDetails"] = external_key_reference_details
        if freeform_tags is not UNSET:
            field_dict["freeformTags"] = freeform_tags
        if defined_tags is not UNSET:
            field_dict["definedTags"] = defined_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        compartment_id = d.pop("compartmentId")

        current_key_version = d.pop("currentKeyVersion")

        display_name = d.pop("displayName")

        key_shape = KeyShape.from_dict(d.pop("keyShape"))

        lifecycle_state = KeyLifecycleState.from_value(d.pop("lifecycleState"))

        time_created = datetime.datetime.fromisoformat(d.pop("timeCreated"))

        vault_id = d.pop("vaultId")

        protection_mode: None | ProtectionMode | Unset
        _protection_mode = d.pop("protectionMode", UNSET)
        if _protection_mode is None or isinstance(_protection_mode, Unset):
            protection_mode = _protection_mode
        elif isinstance(_protection_mode, str):
            protection_mode = ProtectionMode.from_value(_protection_mode)
        else:
            protection_mode = cast(None | ProtectionMode | Unset, _protection_mode)

        time_of_deletion: datetime.datetime | None | Unset
        _time_of_deletion = d.pop("timeOfDeletion", UNSET)
        if _time_of_deletion is None or isinstance(_time_of_deletion, Unset):
            time_of_deletion = _time_of_deletion
        elif isinstance(_time_of_deletion, str):
            try:
                time_of_deletion_type_0 = datetime.datetime.fromisoformat(_time_of_deletion)

                time_of_deletion = time_of_deletion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time_of_deletion = cast(datetime.datetime | None | Unset, _time_of_deletion)
        else:
            time_of_deletion = cast(datetime.datetime | None | Unset, _time_of_deletion)

        restored_from_key_id = cast(None | str | Unset, d.pop("restoredFromKeyId", UNSET))

        replica_details: KeyReplicaDetails | None | Unset
        _replica_details = d.pop("replicaDetails", UNSET)
        if _replica_details is None or isinstance(_replica_details, Unset):
            replica_details = _replica_details
        elif isinstance(_replica_details, dict):
            try:
                replica_details_type_1 = KeyReplicaDetails.from_dict(_replica_details)

                replica_details = replica_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                replica_details = cast(KeyReplicaDetails | None | Unset, _replica_details)
        else:
            replica_details = cast(KeyReplicaDetails | None | Unset, _replica_details)

        is_primary = cast(bool | None | Unset, d.pop("isPrimary", UNSET))

        is_auto_rotation_enabled = cast(bool | None | Unset, d.pop("isAutoRotationEnabled", UNSET))

        auto_key_rotation_details: AutoKeyRotationDetails | None | Unset
        _auto_key_rotation_details = d.pop("autoKeyRotationDetails", UNSET)
        if _auto_key_rotation_details is None or isinstance(_auto_key_rotation_details, Unset):
            auto_key_rotation_details = _auto_key_rotation_details
        elif isinstance(_auto_key_rotation_details, dict):
            try:
                auto_key_rotation_details_type_1 = AutoKeyRotationDetails.from_dict(_auto_key_rotation_details)

                auto_key_rotation_details = auto_key_rotation_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                auto_key_rotation_details = cast(AutoKeyRotationDetails | None | Unset, _auto_key_rotation_details)
        else:
            auto_key_rotation_details = cast(AutoKeyRotationDetails | None | Unset, _auto_key_rotation_details)

        external_key_reference_details: ExternalKeyReferenceDetails | None | Unset
        _external_key_reference_details = d.pop("externalKeyReferenceDetails", UNSET)
        if _external_key_reference_details is None or isinstance(_external_key_reference_details, Unset):
            external_key_reference_details = _external_key_reference_details
        elif isinstance(_external_key_reference_details, dict):
            try:
                external_key_reference_details_type_1 = ExternalKeyReferenceDetails.from_dict(
                    _external_key_reference_details
                )

                external_key_reference_details = external_key_reference_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                external_key_reference_details = cast(
                    ExternalKeyReferenceDetails | None | Unset, _external_key_reference_details
                )
        else:
            external_key_reference_details = cast(
                ExternalKeyReferenceDetails | None | Unset, _external_key_reference_details
            )

        freeform_tags: FreeformTags | None | Unset
        _freeform_tags = d.pop("freeformTags", UNSET)
        if _freeform_tags is None or isinstance(_freeform_tags, Unset):
            freeform_tags = _freeform_tags
        elif isinstance(_freeform_tags, dict):
            try:
                freeform_tags_type_1 = FreeformTags.from_dict(_freeform_tags)

                freeform_tags = freeform_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                freeform_tags = cast(FreeformTags | None | Unset, _freeform_tags)
        else:
            freeform_tags = cast(FreeformTags | None | Unset, _freeform_tags)

        defined_tags: DefinedTags | None | Unset
        _defined_tags = d.pop("definedTags", UNSET)
        if _defined_tags is None or isinstance(_defined_tags, Unset):
            defined_tags = _defined_tags
        elif isinstance(_defined_tags, dict):
            try:
                defined_tags_type_1 = DefinedTags.from_dict(_defined_tags)

                defined_tags = defined_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                defined_tags = cast(DefinedTags | None | Unset, _defined_tags)
        else:
            defined_tags = cast(DefinedTags | None | Unset, _defined_tags)

        key = cls(
            id=id,
            compartment_id=compartment_id,
            current_key_version=current_key_version,
            display_name=display_name,
            key_shape=key_shape,
            lifecycle_state=lifecycle_state,
            time_created=time_created,
            vault_id=vault_id,
            protection_mode=protection_mode,
            time_of_deletion=time_of_deletion,
            restored_from_key_id=restored_from_key_id,
            replica_details=replica_details,
            is_primary=is_primary,
            is_auto_rotation_enabled=is_auto_rotation_enabled,
            auto_key_rotation_details=auto_key_rotation_details,
            external_key_reference_details=external_key_reference_details,
            freeform_tags=freeform_tags,
            defined_tags=defined_tags,
        )

        key.additional_properties = d
        return key

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


# The models this one refers to, imported after the class so that a cycle between models resolves.
from ..models.auto_key_rotation_details import AutoKeyRotationDetails
from ..models.defined_tags import DefinedTags
from ..models.external_key_reference_details import ExternalKeyReferenceDetails
from ..models.freeform_tags import FreeformTags
from ..models.key_replica_details import KeyReplicaDetails
from ..models.key_shape import KeyShape
