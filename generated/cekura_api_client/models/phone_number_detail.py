from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_detail_call_service_provider import PhoneNumberDetailCallServiceProvider
from ..models.phone_number_detail_provider_type_1 import PhoneNumberDetailProviderType1
from ..models.phone_number_detail_provider_type_2_type_1 import PhoneNumberDetailProviderType2Type1
from ..models.phone_number_detail_provider_type_3_type_1 import PhoneNumberDetailProviderType3Type1
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberDetail")


@_attrs_define
class PhoneNumberDetail:
    number: str
    phone_number_id: str
    id: int | Unset = UNSET
    call_service_provider: PhoneNumberDetailCallServiceProvider | Unset = UNSET
    """ Call service provider this phone number is associated with.
    Example: `"vapi"` or `"retell"`

    * `vapi` - VAPI
    * `patronus` - Patronus """
    name: None | str | Unset = UNSET
    """ Name or identifier for this phone number """
    provider: (
        None
        | PhoneNumberDetailProviderType1
        | PhoneNumberDetailProviderType2Type1
        | PhoneNumberDetailProviderType3Type1
        | Unset
    ) = UNSET
    """ Provider of this phone number (Cekura or Twilio)

    * `cekura` - Cekura
    * `twilio` - Twilio
    * `telnyx` - Telnyx
    * `plivo` - Plivo """
    sms_enabled: bool | None | Unset = UNSET
    """ Whether SMS is enabled for this phone number """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated.
    Example: `2024-03-15T10:35:11Z` """
    organization: int | None | Unset = UNSET
    user: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        number = self.number

        phone_number_id = self.phone_number_id

        id = self.id

        call_service_provider: str | Unset = UNSET
        if not isinstance(self.call_service_provider, Unset):
            call_service_provider = self.call_service_provider.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, PhoneNumberDetailProviderType1):
            provider = self.provider.value
        elif isinstance(self.provider, PhoneNumberDetailProviderType2Type1):
            provider = self.provider.value
        elif isinstance(self.provider, PhoneNumberDetailProviderType3Type1):
            provider = self.provider.value
        else:
            provider = self.provider

        sms_enabled: bool | None | Unset
        if isinstance(self.sms_enabled, Unset):
            sms_enabled = UNSET
        else:
            sms_enabled = self.sms_enabled

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        user: int | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "phone_number_id": phone_number_id,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if call_service_provider is not UNSET:
            field_dict["call_service_provider"] = call_service_provider
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if organization is not UNSET:
            field_dict["organization"] = organization
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "number"
            number = d.pop("number")
            if not isinstance(number, (str,)):
                expect(number, (str,))

            _field = "phone_number_id"
            phone_number_id = d.pop("phone_number_id")
            if not isinstance(phone_number_id, (str,)):
                expect(phone_number_id, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "call_service_provider"
            _call_service_provider = d.pop("call_service_provider", UNSET)
            call_service_provider: PhoneNumberDetailCallServiceProvider | Unset
            if isinstance(_call_service_provider, Unset):
                call_service_provider = UNSET
            else:
                call_service_provider = PhoneNumberDetailCallServiceProvider(_call_service_provider)

            if not isinstance(call_service_provider, (PhoneNumberDetailCallServiceProvider, Unset)):
                expect(call_service_provider, (PhoneNumberDetailCallServiceProvider, Unset))

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

            if not isinstance(name, (str, type(None), Unset)):
                expect(name, (str, type(None), Unset))

            _field = "provider"

            def _parse_provider(
                data: object,
            ) -> (
                None
                | PhoneNumberDetailProviderType1
                | PhoneNumberDetailProviderType2Type1
                | PhoneNumberDetailProviderType3Type1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    provider_type_1 = PhoneNumberDetailProviderType1(data)

                    return provider_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    provider_type_2_type_1 = PhoneNumberDetailProviderType2Type1(data)

                    return provider_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    provider_type_3_type_1 = PhoneNumberDetailProviderType3Type1(data)

                    return provider_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | PhoneNumberDetailProviderType1
                    | PhoneNumberDetailProviderType2Type1
                    | PhoneNumberDetailProviderType3Type1
                    | Unset,
                    data,
                )

            provider = _parse_provider(d.pop("provider", UNSET))

            if not isinstance(
                provider,
                (
                    type(None),
                    PhoneNumberDetailProviderType1,
                    PhoneNumberDetailProviderType2Type1,
                    PhoneNumberDetailProviderType3Type1,
                    Unset,
                ),
            ):
                expect(
                    provider,
                    (
                        type(None),
                        PhoneNumberDetailProviderType1,
                        PhoneNumberDetailProviderType2Type1,
                        PhoneNumberDetailProviderType3Type1,
                        Unset,
                    ),
                )

            _field = "sms_enabled"

            def _parse_sms_enabled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            sms_enabled = _parse_sms_enabled(d.pop("sms_enabled", UNSET))

            if not isinstance(sms_enabled, (bool, type(None), Unset)):
                expect(sms_enabled, (bool, type(None), Unset))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = parse_datetime(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            if not isinstance(created_at, (datetime.datetime, type(None), Unset)):
                expect(created_at, (datetime.datetime, type(None), Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            _field = "organization"

            def _parse_organization(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            organization = _parse_organization(d.pop("organization", UNSET))

            if not isinstance(organization, (int, type(None), Unset)) or isinstance(organization, bool):
                expect(organization, (int, type(None), Unset))

            _field = "user"

            def _parse_user(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            user = _parse_user(d.pop("user", UNSET))

            if not isinstance(user, (int, type(None), Unset)) or isinstance(user, bool):
                expect(user, (int, type(None), Unset))

            phone_number_detail = cls(
                number=number,
                phone_number_id=phone_number_id,
                id=id,
                call_service_provider=call_service_provider,
                name=name,
                provider=provider,
                sms_enabled=sms_enabled,
                created_at=created_at,
                updated_at=updated_at,
                organization=organization,
                user=user,
            )

            phone_number_detail.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return phone_number_detail

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
