from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_lifecycle_state import KeyLifecycleState

T = TypeVar("T", bound="WrappingKey")


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
            lifecycle_state (KeyLifecycleState): The lifecycle state of a key (and of a vault's wrapping key). Transitional
                states end in -ING. New values may be added; clients must accept values not listed here.
            public_key (str): The public RSA wrapping key in PEM format.
            time_created (datetime.datetime): When the wrapping key was created (RFC 3339).
    """

    id: str
    compartment_id: str
    vault_id: str
    lifecycle_state: KeyLifecycleState
    public_key: str
    time_created: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        compartment_id = self.compartment_id

        vault_id = self.vault_id

        lifecycle_state = str(self.lifecycle_state)

        public_key = self.public_key

        time_created = self.time_created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "compartmentId": compartment_id,
                "vaultId": vault_id,
                "lifecycleState": lifecycle_state,
                "publicKey": public_key,
                "timeCreated": time_created,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        compartment_id = d.pop("compartmentId")

        vault_id = d.pop("vaultId")

        lifecycle_state = KeyLifecycleState.from_value(d.pop("lifecycleState"))

        public_key = d.pop("publicKey")

        time_created = datetime.datetime.fromisoformat(d.pop("timeCreated"))

        wrapping_key = cls(
            id=id,
            compartment_id=compartment_id,
            vault_id=vault_id,
            lifecycle_state=lifecycle_state,
            public_key=public_key,
            time_created=time_created,
        )

        wrapping_key.additional_properties = d
        return wrapping_key

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
