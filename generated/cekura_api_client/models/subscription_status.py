from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status_status import SubscriptionStatusStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure, parse_datetime

if TYPE_CHECKING:
    from ..models.subscription_status_pack import SubscriptionStatusPack


T = TypeVar("T", bound="SubscriptionStatus")


@_attrs_define
class SubscriptionStatus:
    status: None | SubscriptionStatusStatus
    """ One-shot lifecycle signal for the subscription.

    * `active` - active
    * `trial` - trial
    * `expired` - expired
    * `inactive` - inactive """
    is_active: bool
    """ Whether the subscription row is flagged active. """
    is_trial: bool
    """ True if the customer is on a trial pack. """
    pack_name: None | str
    """ Display name of the current pack. """
    expire_at: datetime.datetime | None
    """ When the current billing period ends. """
    last_payment_at: datetime.datetime | None
    """ Timestamp of the last successful charge. """
    days_until_expiry: int | None
    """ Days until `expire_at`; negative if already past. """
    created_at: datetime.datetime | None
    """ When the subscription was first created. """
    pack: None | SubscriptionStatusPack
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscription_status_pack import SubscriptionStatusPack  # noqa: PLC0415

        status: None | str
        if isinstance(self.status, SubscriptionStatusStatus):
            status = self.status.value
        else:
            status = self.status

        is_active = self.is_active

        is_trial = self.is_trial

        pack_name: None | str
        pack_name = self.pack_name

        expire_at: None | str
        if isinstance(self.expire_at, datetime.datetime):
            expire_at = self.expire_at.isoformat().replace("+00:00", "Z")
        else:
            expire_at = self.expire_at

        last_payment_at: None | str
        if isinstance(self.last_payment_at, datetime.datetime):
            last_payment_at = self.last_payment_at.isoformat().replace("+00:00", "Z")
        else:
            last_payment_at = self.last_payment_at

        days_until_expiry: int | None
        days_until_expiry = self.days_until_expiry

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        pack: dict[str, Any] | None
        if isinstance(self.pack, SubscriptionStatusPack):
            pack = self.pack.to_dict()
        else:
            pack = self.pack

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "is_active": is_active,
                "is_trial": is_trial,
                "pack_name": pack_name,
                "expire_at": expire_at,
                "last_payment_at": last_payment_at,
                "days_until_expiry": days_until_expiry,
                "created_at": created_at,
                "pack": pack,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_status_pack import SubscriptionStatusPack  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "status"

            def _parse_status(data: object) -> None | SubscriptionStatusStatus:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_1 = SubscriptionStatusStatus(data)

                    return status_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SubscriptionStatusStatus, data)

            status = _parse_status(d.pop("status"))

            if not isinstance(status, (type(None), SubscriptionStatusStatus)):
                expect(status, (type(None), SubscriptionStatusStatus))

            _field = "is_active"
            is_active = d.pop("is_active")
            if not isinstance(is_active, (bool,)):
                expect(is_active, (bool,))

            _field = "is_trial"
            is_trial = d.pop("is_trial")
            if not isinstance(is_trial, (bool,)):
                expect(is_trial, (bool,))

            _field = "pack_name"

            def _parse_pack_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            pack_name = _parse_pack_name(d.pop("pack_name"))

            if not isinstance(pack_name, (str, type(None))):
                expect(pack_name, (str, type(None)))

            _field = "expire_at"

            def _parse_expire_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expire_at_type_0 = parse_datetime(data)

                    return expire_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            expire_at = _parse_expire_at(d.pop("expire_at"))

            if not isinstance(expire_at, (datetime.datetime, type(None))):
                expect(expire_at, (datetime.datetime, type(None)))

            _field = "last_payment_at"

            def _parse_last_payment_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_payment_at_type_0 = parse_datetime(data)

                    return last_payment_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            last_payment_at = _parse_last_payment_at(d.pop("last_payment_at"))

            if not isinstance(last_payment_at, (datetime.datetime, type(None))):
                expect(last_payment_at, (datetime.datetime, type(None)))

            _field = "days_until_expiry"

            def _parse_days_until_expiry(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            days_until_expiry = _parse_days_until_expiry(d.pop("days_until_expiry"))

            if not isinstance(days_until_expiry, (int, type(None))) or isinstance(days_until_expiry, bool):
                expect(days_until_expiry, (int, type(None)))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = parse_datetime(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            created_at = _parse_created_at(d.pop("created_at"))

            if not isinstance(created_at, (datetime.datetime, type(None))):
                expect(created_at, (datetime.datetime, type(None)))

            _field = "pack"

            def _parse_pack(data: object) -> None | SubscriptionStatusPack:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    pack_type_0 = SubscriptionStatusPack.from_dict(data)

                    return pack_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | SubscriptionStatusPack, data)

            pack = _parse_pack(d.pop("pack"))

            if not isinstance(pack, (SubscriptionStatusPack, type(None))):
                expect(pack, (SubscriptionStatusPack, type(None)))

            subscription_status = cls(
                status=status,
                is_active=is_active,
                is_trial=is_trial,
                pack_name=pack_name,
                expire_at=expire_at,
                last_payment_at=last_payment_at,
                days_until_expiry=days_until_expiry,
                created_at=created_at,
                pack=pack,
            )

            subscription_status.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return subscription_status

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
