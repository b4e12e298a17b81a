from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_lifecycle_state import KeyLifecycleState
from ..types import model_str, open_enum, wire_datetime

T = TypeVar("T", bound="WrappingKey")

# The wire names of the fields; any other key of a received object is kept in ``additional_properties``.
_WIRE_NAMES = frozenset(
    {
        "id",
        "compartmentId",
        "vaultId",
        "lifecycleState",
        "publicKey",
        "timeCreated",
    }
)


@_attrs_define
class WrappingKey:
    """The vault's public RSA wrapping key, used to wrap key material for import. Responses may carry fields and enum
    values not listed here.

    Example:
        {'id': 'ocid1.key.oc1.iad.examplevault.abuwcljrexamplewrappingkey', 'compartmentId':
            'ocid1.tenancy.oc1..aaaaaaaaexampletenancy', 'vaultId': 'ocid1.vault.oc1.iad.examplevault.abuwcljrexamplevault',
            'lifecycleState': 'ENABLED', 'publicKey': '-----BEGIN PUBLIC
            KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\\n-----END PUBLIC KEY-----\\n', 'timeCreated':
            '2018-04-03T21:10:29.600Z'}

    Attributes:
        id (str): The wrapping key's OCID.
        compartment_id (str): The OCID of the wrapping key's compartment.
        vault_id (str): The OCID of the vault.
        lifecycle_state (KeyLifecycleState | str | None): The lifecycle state of a key (and of a vault's wrapping key).
            Transitional states end in -ING. New values may be added; clients must accept values not listed here.
        public_key (str): The public RSA wrapping key in PEM format.
        time_created (datetime.datetime): When the wrapping key was created (RFC 3339).
    """

    LIFECYCLE_STATE_CREATING = "CREATING"
    LIFECYCLE_STATE_ENABLING = "ENABLING"
    LIFECYCLE_STATE_ENABLED = "ENABLED"
    LIFECYCLE_STATE_DISABLING = "DISABLING"
    LIFECYCLE_STATE_DISABLED = "DISABLED"
    LIFECYCLE_STATE_DELETING = "DELETING"
    LIFECYCLE_STATE_DELETED = "DELETED"
    LIFECYCLE_STATE_PENDING_DELETION = "PENDING_DELETION"
    LIFECYCLE_STATE_SCHEDULING_DELETION = "SCHEDULING_DELETION"
    LIFECYCLE_STATE_CANCELLING_DELETION = "CANCELLING_DELETION"
    LIFECYCLE_STATE_UPDATING = "UPDATING"
    LIFECYCLE_STATE_BACKUP_IN_PROGRESS = "BACKUP_IN_PROGRESS"
    LIFECYCLE_STATE_RESTORING = "RESTORING"

    id: str = None
    compartment_id: str = None
    vault_id: str = None
    lifecycle_state: KeyLifecycleState | str | None = _attrs_field(default=None, converter=open_enum(KeyLifecycleState))
    public_key: str = None
    time_created: datetime.datetime = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The wire (camelCase) dict: fields that are ``None`` are left out, unknown fields that were received kept."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = self.id
            field_dict["id"] = id
        if self.compartment_id is not None:
            compartment_id = self.compartment_id
            field_dict["compartmentId"] = compartment_id
        if self.vault_id is not None:
            vault_id = self.vault_id
            field_dict["vaultId"] = vault_id
        if self.lifecycle_state is not None:
            lifecycle_state = str(self.lifecycle_state)
            field_dict["lifecycleState"] = lifecycle_state
        if self.public_key is not None:
            public_key = self.public_key
            field_dict["publicKey"] = public_key
        if self.time_created is not None:
            time_created = wire_datetime(self.time_created)
            field_dict["timeCreated"] = time_created
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the wire dict; a missing required field raises ``KeyError``, a missing optional one reads as None."""
        d = src_dict
        id = d["id"]

        compartment_id = d["compartmentId"]

        vault_id = d["vaultId"]

        lifecycle_state = KeyLifecycleState._value2member_map_.get(d["lifecycleState"]) or KeyLifecycleState.from_value(
            d["lifecycleState"]
        )

        public_key = d["publicKey"]

        time_created = datetime.datetime.fromisoformat(d["timeCreated"])

        wrapping_key = cls(
            id=id,
            compartment_id=compartment_id,
            vault_id=vault_id,
            lifecycle_state=lifecycle_state,
            public_key=public_key,
            time_created=time_created,
        )
        if not _WIRE_NAMES.issuperset(d):
            wrapping_key.additional_properties = {name: value for name, value in d.items() if name not in _WIRE_NAMES}
        return wrapping_key

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
