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
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "number",
        "phone_number_id",
        "id",
        "call_service_provider",
        "name",
        "provider",
        "sms_enabled",
        "created_at",
        "updated_at",
        "organization",
        "user",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, PhoneNumberDetailProviderType1):
            provider = enum_value(PhoneNumberDetailProviderType1, self.provider, "provider")
        elif isinstance(self.provider, PhoneNumberDetailProviderType2Type1):
            provider = enum_value(PhoneNumberDetailProviderType2Type1, self.provider, "provider")
        elif isinstance(self.provider, PhoneNumberDetailProviderType3Type1):
            provider = enum_value(PhoneNumberDetailProviderType3Type1, self.provider, "provider")
        else:
            provider = self.provider

        field_dict: dict[str, Any] = {
            "number": self.number,
            "phone_number_id": self.phone_number_id,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.call_service_provider, Unset):
            field_dict["call_service_provider"] = (
                self.call_service_provider._value_
                if type(self.call_service_provider) is PhoneNumberDetailCallServiceProvider
                else enum_value(
                    PhoneNumberDetailCallServiceProvider, self.call_service_provider, "call_service_provider", self
                )
            )
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if not isinstance(self.sms_enabled, Unset):
            field_dict["sms_enabled"] = self.sms_enabled
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else None
                if self.created_at is None
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if not isinstance(self.organization, Unset):
            field_dict["organization"] = self.organization
        if not isinstance(self.user, Unset):
            field_dict["user"] = self.user
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "number"
            try:
                number: Any = src_dict["number"]
                if type(number) is not str:
                    number = checked(number, (str,))
            except FIELD_ERRORS as _error:
                number, _found = tolerated(src_dict, "number", _error, _found, "str")

            _field = "phone_number_id"
            try:
                phone_number_id: Any = src_dict["phone_number_id"]
                if type(phone_number_id) is not str:
                    phone_number_id = checked(phone_number_id, (str,))
            except FIELD_ERRORS as _error:
                phone_number_id, _found = tolerated(src_dict, "phone_number_id", _error, _found, "str")

            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "call_service_provider"
            try:
                if "call_service_provider" in src_dict:
                    call_service_provider: Any = src_dict["call_service_provider"]
                    _present += 1
                    call_service_provider = (
                        PhoneNumberDetailCallServiceProvider._value2member_map_.get(call_service_provider)
                        or PhoneNumberDetailCallServiceProvider(call_service_provider)
                        if type(call_service_provider) is str
                        else checked(call_service_provider, (PhoneNumberDetailCallServiceProvider,))
                    )
                else:
                    call_service_provider = UNSET
            except FIELD_ERRORS as _error:
                call_service_provider, _found = tolerated(
                    src_dict, "call_service_provider", _error, _found, "PhoneNumberDetailCallServiceProvider"
                )

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if name is not None:
                        if type(name) is not str:
                            name = checked(name, (str, type(None)))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "None | str")

            _field = "provider"
            try:

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

                provider = _parse_provider(src_dict.get("provider", UNSET))

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
                if provider is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                provider, _found = tolerated(
                    src_dict,
                    "provider",
                    _error,
                    _found,
                    "None | PhoneNumberDetailProviderType1 | PhoneNumberDetailProviderType2Type1 | PhoneNumberDetailProviderType3Type1",
                )

            _field = "sms_enabled"
            try:
                if "sms_enabled" in src_dict:
                    sms_enabled: Any = src_dict["sms_enabled"]
                    _present += 1
                    if sms_enabled is not None:
                        if type(sms_enabled) is not bool:
                            sms_enabled = checked(sms_enabled, (bool, type(None)))
                else:
                    sms_enabled = UNSET
            except FIELD_ERRORS as _error:
                sms_enabled, _found = tolerated(src_dict, "sms_enabled", _error, _found, "bool | None")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if created_at is not None:
                        if type(created_at) is str:
                            try:
                                created_at = fromisoformat(created_at)
                            except ValueError:
                                created_at = parse_datetime(created_at)
                        else:
                            created_at = checked(created_at, (datetime.datetime, type(None)))
                            _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime | None")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    if organization is not None:
                        if type(organization) is not int:
                            organization = checked(organization, (int, type(None)))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int | None")

            _field = "user"
            try:
                if "user" in src_dict:
                    user: Any = src_dict["user"]
                    _present += 1
                    if user is not None:
                        if type(user) is not int:
                            user = checked(user, (int, type(None)))
                else:
                    user = UNSET
            except FIELD_ERRORS as _error:
                user, _found = tolerated(src_dict, "user", _error, _found, "int | None")

            _instance = cls(
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
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != _present or _found is not None:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except FIELD_ERRORS as error:
            raise failure(_field, error) from None
        return _instance

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
