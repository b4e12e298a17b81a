from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_lifecycle_state import VaultLifecycleState
from ..models.vault_type import VaultType
from ..types import UNSET, Unset, model_str, open_enum, wire_datetime

T = TypeVar("T", bound="Vault")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "compartmentId",
        "cryptoEndpoint",
        "displayName",
        "id",
        "lifecycleState",
        "managementEndpoint",
        "timeCreated",
        "vaultType",
        "wrappingkeyId",
        "definedTags",
        "freeformTags",
        "timeOfDeletion",
        "restoredFromVaultId",
        "replicaDetails",
        "isPrimary",
        "isVaultReplicable",
        "externalKeyManagerMetadataSummary",
    }
)


@_attrs_define
class Vault:
    """A vault: its state and the endpoints of its management and crypto APIs. Optional fields may be absent or `null`;
    clients must ignore fields they do not know.

    Example:
        {'id': 'ocid1.vault.oc1.iad.examplevault.abuwcljrexamplevault', 'compartmentId':
            'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'cryptoEndpoint': 'https://examplevault-crypto.kms.us-
            ashburn-1.oraclecloud.com', 'managementEndpoint': 'https://examplevault-management.kms.us-
            ashburn-1.oraclecloud.com', 'displayName': 'payments-vault', 'lifecycleState': 'ACTIVE', 'timeCreated':
            '2018-04-03T21:10:29.600Z', 'vaultType': 'DEFAULT', 'wrappingkeyId':
            'ocid1.key.oc1.iad.examplevault.abuwcljrexamplewrappingkey'}

    Attributes:
        compartment_id (str): The OCID of the vault's compartment.
        crypto_endpoint (str): The vault's crypto endpoint (`KmsCryptoClient`'s `service_endpoint`):
            `https://<prefix>-crypto.kms.<region>.oraclecloud.com`, where `<prefix>` is the vault OCID's segment after the
            region. Treat it as opaque.
        display_name (str): The vault's user-friendly name; not unique, changeable.
        id (str): The vault's OCID.
        lifecycle_state (VaultLifecycleState | str | None): The lifecycle state of a vault. Transitional states end in
            -ING (and `PENDING_DELETION` waits for `timeOfDeletion`). New values may be added; clients must accept values
            not listed here.
        management_endpoint (str): The vault's management endpoint (`KmsManagementClient`'s `service_endpoint`):
            `https://<prefix>-management.kms.<region>.oraclecloud.com`. Treat it as opaque.
        time_created (datetime.datetime): When the vault was created (RFC 3339).
        vault_type (VaultType | str | None): The kind of vault: `DEFAULT` (keys in a shared HSM partition),
            `VIRTUAL_PRIVATE` (a dedicated partition) or `EXTERNAL` (keys in an external key manager).
        wrappingkey_id (str): The OCID of the vault's wrapping key (note the lower-case `k`, as the service spells it).
        defined_tags (DefinedTags | None): The vault's defined tags.
        freeform_tags (FreeformTags | None): The vault's free-form tags.
        time_of_deletion (datetime.datetime | None): When the vault will be or was deleted (RFC 3339); set while its
            deletion is scheduled.
        restored_from_vault_id (None | str): The OCID of the vault this one was restored from (a restore keeps the
            OCID).
        replica_details (None | VaultReplicaDetails): Replication details, when the vault is replicated.
        is_primary (bool | None): Whether this is the primary vault (true) or a replica (false).
        is_vault_replicable (bool | None): Whether the vault can be replicated (always true for virtual private vaults).
        external_key_manager_metadata_summary (ExternalKeyManagerMetadataSummary | None): For `EXTERNAL` vaults, the
            external key manager.
    """

    LIFECYCLE_STATE_CREATING = "CREATING"
    LIFECYCLE_STATE_ACTIVE = "ACTIVE"
    LIFECYCLE_STATE_DELETING = "DELETING"
    LIFECYCLE_STATE_DELETED = "DELETED"
    LIFECYCLE_STATE_PENDING_DELETION = "PENDING_DELETION"
    LIFECYCLE_STATE_SCHEDULING_DELETION = "SCHEDULING_DELETION"
    LIFECYCLE_STATE_CANCELLING_DELETION = "CANCELLING_DELETION"
    LIFECYCLE_STATE_UPDATING = "UPDATING"
    LIFECYCLE_STATE_BACKUP_IN_PROGRESS = "BACKUP_IN_PROGRESS"
    LIFECYCLE_STATE_RESTORING = "RESTORING"
    VAULT_TYPE_VIRTUAL_PRIVATE = "VIRTUAL_PRIVATE"
    VAULT_TYPE_DEFAULT = "DEFAULT"
    VAULT_TYPE_EXTERNAL = "EXTERNAL"

    compartment_id: str = None
    crypto_endpoint: str = None
    display_name: str = None
    id: str = None
    lifecycle_state: VaultLifecycleState | str | None = _attrs_field(
        default=None, converter=open_enum(VaultLifecycleState)
    )
    management_endpoint: str = None
    time_created: datetime.datetime = None
    vault_type: VaultType | str | None = _attrs_field(default=None, converter=open_enum(VaultType))
    wrappingkey_id: str = None
    defined_tags: DefinedTags | None = None
    freeform_tags: FreeformTags | None = None
    time_of_deletion: datetime.datetime | None = None
    restored_from_vault_id: None | str = None
    replica_details: None | VaultReplicaDetails = None
    is_primary: bool | None = None
    is_vault_replicable: bool | None = None
    external_key_manager_metadata_summary: ExternalKeyManagerMetadataSummary | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.compartment_id is not None:
            compartment_id = self.compartment_id
            field_dict["compartmentId"] = compartment_id
        if self.crypto_endpoint is not None:
            crypto_endpoint = self.crypto_endpoint
            field_dict["cryptoEndpoint"] = crypto_endpoint
        if self.display_name is not None:
            display_name = self.display_name
            field_dict["displayName"] = display_name
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.lifecycle_state is not None:
            lifecycle_state = str(self.lifecycle_state)
            field_dict["lifecycleState"] = lifecycle_state
        if self.management_endpoint is not None:
            management_endpoint = self.management_endpoint
            field_dict["managementEndpoint"] = management_endpoint
        if self.time_created is not None:
            time_created = wire_datetime(self.time_created)
            field_dict["timeCreated"] = time_created
        if self.vault_type is not None:
            vault_type = str(self.vault_type)
            field_dict["vaultType"] = vault_type
        if self.wrappingkey_id is not None:
            wrappingkey_id = self.wrappingkey_id
            field_dict["wrappingkeyId"] = wrappingkey_id
        if self.defined_tags is not None:
            defined_tags: dict[str, Any] | None | Unset
            if isinstance(self.defined_tags, Unset):
                defined_tags = UNSET
            elif isinstance(self.defined_tags, DefinedTags):
                defined_tags = DefinedTags.to_dict(self.defined_tags)
            else:
                defined_tags = self.defined_tags
            if defined_tags is not UNSET:
                field_dict["definedTags"] = defined_tags
        if self.freeform_tags is not None:
            freeform_tags: dict[str, Any] | None | Unset
            if isinstance(self.freeform_tags, Unset):
                freeform_tags = UNSET
            elif isinstance(self.freeform_tags, FreeformTags):
                freeform_tags = FreeformTags.to_dict(self.freeform_tags)
            else:
                freeform_tags = self.freeform_tags
            if freeform_tags is not UNSET:
                field_dict["freeformTags"] = freeform_tags
        if self.time_of_deletion is not None:
            time_of_deletion: None | str | Unset
            if isinstance(self.time_of_deletion, Unset):
                time_of_deletion = UNSET
            elif isinstance(self.time_of_deletion, datetime.datetime):
                time_of_deletion = wire_datetime(self.time_of_deletion)
            else:
                time_of_deletion = self.time_of_deletion
            if time_of_deletion is not UNSET:
                field_dict["timeOfDeletion"] = time_of_deletion
        if self.restored_from_vault_id is not None:
            restored_from_vault_id: None | str | Unset
            if isinstance(self.restored_from_vault_id, Unset):
                restored_from_vault_id = UNSET
            else:
                restored_from_vault_id = self.restored_from_vault_id
            if restored_from_vault_id is not UNSET:
                field_dict["restoredFromVaultId"] = restored_from_vault_id
        if self.replica_details is not None:
            replica_details: dict[str, Any] | None | Unset
            if isinstance(self.replica_details, Unset):
                replica_details = UNSET
            elif isinstance(self.replica_details, VaultReplicaDetails):
                replica_details = self.replica_details.to_dict()
            else:
                replica_details = self.replica_details
            if replica_details is not UNSET:
                field_dict["replicaDetails"] = replica_details
        if self.is_primary is not None:
            is_primary: bool | None | Unset
            if isinstance(self.is_primary, Unset):
                is_primary = UNSET
            else:
                is_primary = self.is_primary
            if is_primary is not UNSET:
                field_dict["isPrimary"] = is_primary
        if self.is_vault_replicable is not None:
            is_vault_replicable: bool | None | Unset
            if isinstance(self.is_vault_replicable, Unset):
                is_vault_replicable = UNSET
            else:
                is_vault_replicable = self.is_vault_replicable
            if is_vault_replicable is not UNSET:
                field_dict["isVaultReplicable"] = is_vault_replicable
        if self.external_key_manager_metadata_summary is not None:
            external_key_manager_metadata_summary: dict[str, Any] | None | Unset
            if isinstance(self.external_key_manager_metadata_summary, Unset):
                external_key_manager_metadata_summary = UNSET
            elif isinstance(self.external_key_manager_metadata_summary, ExternalKeyManagerMetadataSummary):
                external_key_manager_metadata_summary = self.external_key_manager_metadata_summary.to_dict()
            else:
                external_key_manager_metadata_summary = self.external_key_manager_metadata_summary
            if external_key_manager_metadata_summary is not UNSET:
                field_dict["externalKeyManagerMetadataSummary"] = external_key_manager_metadata_summary
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        compartment_id = d["compartmentId"]

        crypto_endpoint = d["cryptoEndpoint"]

        display_name = d["displayName"]

        id = d["id"]

        lifecycle_state = VaultLifecycleState._value2member_map_.get(
            d["lifecycleState"]
        ) or VaultLifecycleState.from_value(d["lifecycleState"])

        management_endpoint = d["managementEndpoint"]

        time_created = datetime.datetime.fromisoformat(d["timeCreated"])

        vault_type = VaultType._value2member_map_.get(d["vaultType"]) or VaultType.from_value(d["vaultType"])

        wrappingkey_id = d["wrappingkeyId"]

        defined_tags: DefinedTags | None | Unset
        _defined_tags = d.get("definedTags")
        if _defined_tags is None:
            defined_tags = _defined_tags
        elif isinstance(_defined_tags, dict):
            try:
                defined_tags_type_1 = DefinedTags.from_dict(_defined_tags)

                defined_tags = defined_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                defined_tags = _defined_tags
        else:
            defined_tags = _defined_tags

        freeform_tags: FreeformTags | None | Unset
        _freeform_tags = d.get("freeformTags")
        if _freeform_tags is None:
            freeform_tags = _freeform_tags
        elif isinstance(_freeform_tags, dict):
            try:
                freeform_tags_type_1 = FreeformTags.from_dict(_freeform_tags)

                freeform_tags = freeform_tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                freeform_tags = _freeform_tags
        else:
            freeform_tags = _freeform_tags

        time_of_deletion: datetime.datetime | None | Unset
        _time_of_deletion = d.get("timeOfDeletion")
        if _time_of_deletion is None:
            time_of_deletion = _time_of_deletion
        elif isinstance(_time_of_deletion, str):
            try:
                time_of_deletion_type_0 = datetime.datetime.fromisoformat(_time_of_deletion)

                time_of_deletion = time_of_deletion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time_of_deletion = _time_of_deletion
        else:
            time_of_deletion = _time_of_deletion

        restored_from_vault_id: None | str | Unset = d.get("restoredFromVaultId")

        replica_details: None | Unset | VaultReplicaDetails
        _replica_details = d.get("replicaDetails")
        if _replica_details is None:
            replica_details = _replica_details
        elif isinstance(_replica_details, dict):
            try:
                replica_details_type_1 = VaultReplicaDetails.from_dict(_replica_details)

                replica_details = replica_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                replica_details = _replica_details
        else:
            replica_details = _replica_details

        is_primary: bool | None | Unset = d.get("isPrimary")

        is_vault_replicable: bool | None | Unset = d.get("isVaultReplicable")

        external_key_manager_metadata_summary: ExternalKeyManagerMetadataSummary | None | Unset
        _external_key_manager_metadata_summary = d.get("externalKeyManagerMetadataSummary")
        if _external_key_manager_metadata_summary is None:
            external_key_manager_metadata_summary = _external_key_manager_metadata_summary
        elif isinstance(_external_key_manager_metadata_summary, dict):
            try:
                external_key_manager_metadata_summary_type_1 = ExternalKeyManagerMetadataSummary.from_dict(
                    _external_key_manager_metadata_summary
                )

                external_key_manager_metadata_summary = external_key_manager_metadata_summary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                external_key_manager_metadata_summary = _external_key_manager_metadata_summary
        else:
            external_key_manager_metadata_summary = _external_key_manager_metadata_summary

        vault = cls(
            compartment_id=compartment_id,
            crypto_endpoint=crypto_endpoint,
            display_name=display_name,
            id=id,
            lifecycle_state=lifecycle_state,
            management_endpoint=management_endpoint,
            time_created=time_created,
            vault_type=vault_type,
            wrappingkey_id=wrappingkey_id,
            defined_tags=defined_tags,
            freeform_tags=freeform_tags,
            time_of_deletion=time_of_deletion,
            restored_from_vault_id=restored_from_vault_id,
            replica_details=replica_details,
            is_primary=is_primary,
            is_vault_replicable=is_vault_replicable,
            external_key_manager_metadata_summary=external_key_manager_metadata_summary,
        )
        if not _WIRE_NAMES.issuperset(d):
            vault.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return vault

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


# The models this one refers to, imported after the class so that a cycle between models resolves.
from ..models.defined_tags import DefinedTags
from ..models.external_key_manager_metadata_summary import ExternalKeyManagerMetadataSummary
from ..models.freeform_tags import FreeformTags
from ..models.vault_replica_details import VaultReplicaDetails
