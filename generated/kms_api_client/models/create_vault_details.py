from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_type import VaultType
from ..types import UNSET, Unset, closed_enum, model_str

T = TypeVar("T", bound="CreateVaultDetails")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "compartmentId",
        "displayName",
        "vaultType",
        "definedTags",
        "freeformTags",
        "externalKeyManagerMetadata",
    }
)


@_attrs_define
class CreateVaultDetails:
    """The body of `CreateVault`.

    Example:
        {'compartmentId': 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment', 'displayName': 'payments-vault',
            'vaultType': 'DEFAULT'}

    Attributes:
        compartment_id (str): The OCID of the compartment to create the vault in.
        display_name (str): A user-friendly name for the vault; not unique.
        vault_type (VaultType | str | None): The kind of vault: `DEFAULT` (keys in a shared HSM partition),
            `VIRTUAL_PRIVATE` (a dedicated partition) or `EXTERNAL` (keys in an external key manager).
        defined_tags (DefinedTags | None): Defined tags, grouped by tag namespace: each namespace maps tag names to
            values.
        freeform_tags (FreeformTags | None): Free-form tags: simple key/value pairs with no predefined name, type or
            namespace.
        external_key_manager_metadata (ExternalKeyManagerMetadata | None): The external key manager of an `EXTERNAL`
            vault (for `CreateVault`).
    """

    VAULT_TYPE_VIRTUAL_PRIVATE = "VIRTUAL_PRIVATE"
    VAULT_TYPE_DEFAULT = "DEFAULT"
    VAULT_TYPE_EXTERNAL = "EXTERNAL"

    compartment_id: str = None
    display_name: str = None
    vault_type: VaultType | str | None = _attrs_field(
        default=None, converter=closed_enum(VaultType, "vault_type", ["VIRTUAL_PRIVATE", "DEFAULT", "EXTERNAL"])
    )
    defined_tags: DefinedTags | None = None
    freeform_tags: FreeformTags | None = None
    external_key_manager_metadata: ExternalKeyManagerMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.compartment_id is not None:
            compartment_id = self.compartment_id
            field_dict["compartmentId"] = compartment_id
        if self.display_name is not None:
            display_name = self.display_name
            field_dict["displayName"] = display_name
        if self.vault_type is not None:
            vault_type = str(self.vault_type)
            field_dict["vaultType"] = vault_type
        if self.defined_tags is not None:
            defined_tags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.defined_tags, Unset):
                defined_tags = DefinedTags.to_dict(self.defined_tags)
            if defined_tags is not UNSET:
                field_dict["definedTags"] = defined_tags
        if self.freeform_tags is not None:
            freeform_tags: dict[str, Any] | Unset = UNSET
            if not isinstance(self.freeform_tags, Unset):
                freeform_tags = FreeformTags.to_dict(self.freeform_tags)
            if freeform_tags is not UNSET:
                field_dict["freeformTags"] = freeform_tags
        if self.external_key_manager_metadata is not None:
            external_key_manager_metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.external_key_manager_metadata, Unset):
                external_key_manager_metadata = self.external_key_manager_metadata.to_dict()
            if external_key_manager_metadata is not UNSET:
                field_dict["externalKeyManagerMetadata"] = external_key_manager_metadata
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        compartment_id = d["compartmentId"]

        display_name = d["displayName"]

        vault_type = VaultType._value2member_map_.get(d["vaultType"]) or VaultType.from_value(d["vaultType"])

        defined_tags_wire = d.get("definedTags")
        if defined_tags_wire is None:
            defined_tags = None
        else:
            _defined_tags = defined_tags_wire
            defined_tags: DefinedTags | Unset
            if isinstance(_defined_tags, Unset):
                defined_tags = UNSET
            else:
                defined_tags = DefinedTags.from_dict(_defined_tags)

        freeform_tags_wire = d.get("freeformTags")
        if freeform_tags_wire is None:
            freeform_tags = None
        else:
            _freeform_tags = freeform_tags_wire
            freeform_tags: FreeformTags | Unset
            if isinstance(_freeform_tags, Unset):
                freeform_tags = UNSET
            else:
                freeform_tags = FreeformTags.from_dict(_freeform_tags)

        external_key_manager_metadata_wire = d.get("externalKeyManagerMetadata")
        if external_key_manager_metadata_wire is None:
            external_key_manager_metadata = None
        else:
            _external_key_manager_metadata = external_key_manager_metadata_wire
            external_key_manager_metadata: ExternalKeyManagerMetadata | Unset
            if isinstance(_external_key_manager_metadata, Unset):
                external_key_manager_metadata = UNSET
            else:
                external_key_manager_metadata = ExternalKeyManagerMetadata.from_dict(_external_key_manager_metadata)

        create_vault_details = cls(
            compartment_id=compartment_id,
            display_name=display_name,
            vault_type=vault_type,
            defined_tags=defined_tags,
            freeform_tags=freeform_tags,
            external_key_manager_metadata=external_key_manager_metadata,
        )
        if not _WIRE_NAMES.issuperset(d):
            create_vault_details.additional_properties = {
                name: value for name, value in d.items() if name not in _WIRE_NAMES
            }
        return create_vault_details

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
from ..models.external_key_manager_metadata import ExternalKeyManagerMetadata
from ..models.freeform_tags import FreeformTags
