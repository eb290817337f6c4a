from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_history_payment_type_type_1 import PaymentHistoryPaymentTypeType1
from ..models.payment_history_payment_type_type_2_type_1 import PaymentHistoryPaymentTypeType2Type1
from ..models.payment_history_payment_type_type_3_type_1 import PaymentHistoryPaymentTypeType3Type1
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentHistory")


@_attrs_define
class PaymentHistory:
    id: int | Unset = UNSET
    amount: str | Unset = UNSET
    currency: None | str | Unset = UNSET
    """ Currency code (e.g. USD, INR) """
    payment_type: (
        None
        | PaymentHistoryPaymentTypeType1
        | PaymentHistoryPaymentTypeType2Type1
        | PaymentHistoryPaymentTypeType3Type1
        | Unset
    ) = UNSET
    """ Type of payment (auto_pay or one_time_payment)

    * `auto_pay` - Auto Pay
    * `one_time_payment` - One-Time Payment
    * `self_serve_credits` - Self-Serve Credits
    * `self_serve_member_seat` - Self-Serve Member Seat
    * `subscription` - Subscription
    * `subscription_member_seat` - Subscription Member Seat """
    description: str | Unset = UNSET
    """ Payment description or notes """
    stripe_payment_intent_id: None | str | Unset = UNSET
    """ Stripe PaymentIntent ID for tracking. CAUTION: subscription renewal rows (written by
    StripeWebhookView.handle_invoice_paid) store the Stripe *invoice* id here instead of a PI id. The
    payment_intent.payment_failed ops alert (send_granted_before_payment_failed_alert) matches this field against PI
    ids and relies on renewals NOT matching — if renewals ever store real PI ids, every dunning retry on a renewal
    would page ops. """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        payment_type: None | str | Unset
        if isinstance(self.payment_type, Unset):
            payment_type = UNSET
        elif isinstance(self.payment_type, PaymentHistoryPaymentTypeType1):
            payment_type = self.payment_type.value
        elif isinstance(self.payment_type, PaymentHistoryPaymentTypeType2Type1):
            payment_type = self.payment_type.value
        elif isinstance(self.payment_type, PaymentHistoryPaymentTypeType3Type1):
            payment_type = self.payment_type.value
        else:
            payment_type = self.payment_type

        description = self.description

        stripe_payment_intent_id: None | str | Unset
        if isinstance(self.stripe_payment_intent_id, Unset):
            stripe_payment_intent_id = UNSET
        else:
            stripe_payment_intent_id = self.stripe_payment_intent_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if amount is not UNSET and _response:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if description is not UNSET:
            field_dict["description"] = description
        if stripe_payment_intent_id is not UNSET:
            field_dict["stripe_payment_intent_id"] = stripe_payment_intent_id
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "amount"
            amount = d.pop("amount", UNSET)
            if not isinstance(amount, (str, Unset)):
                expect(amount, (str, Unset))

            _field = "currency"

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency = _parse_currency(d.pop("currency", UNSET))

            if not isinstance(currency, (str, type(None), Unset)):
                expect(currency, (str, type(None), Unset))

            _field = "payment_type"

            def _parse_payment_type(
                data: object,
            ) -> (
                None
                | PaymentHistoryPaymentTypeType1
                | PaymentHistoryPaymentTypeType2Type1
                | PaymentHistoryPaymentTypeType3Type1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    payment_type_type_1 = PaymentHistoryPaymentTypeType1(data)

                    return payment_type_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    payment_type_type_2_type_1 = PaymentHistoryPaymentTypeType2Type1(data)

                    return payment_type_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    payment_type_type_3_type_1 = PaymentHistoryPaymentTypeType3Type1(data)

                    return payment_type_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    None
                    | PaymentHistoryPaymentTypeType1
                    | PaymentHistoryPaymentTypeType2Type1
                    | PaymentHistoryPaymentTypeType3Type1
                    | Unset,
                    data,
                )

            payment_type = _parse_payment_type(d.pop("payment_type", UNSET))

            if not isinstance(
                payment_type,
                (
                    type(None),
                    PaymentHistoryPaymentTypeType1,
                    PaymentHistoryPaymentTypeType2Type1,
                    PaymentHistoryPaymentTypeType3Type1,
                    Unset,
                ),
            ):
                expect(
                    payment_type,
                    (
                        type(None),
                        PaymentHistoryPaymentTypeType1,
                        PaymentHistoryPaymentTypeType2Type1,
                        PaymentHistoryPaymentTypeType3Type1,
                        Unset,
                    ),
                )

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

            _field = "stripe_payment_intent_id"

            def _parse_stripe_payment_intent_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            stripe_payment_intent_id = _parse_stripe_payment_intent_id(d.pop("stripe_payment_intent_id", UNSET))

            if not isinstance(stripe_payment_intent_id, (str, type(None), Unset)):
                expect(stripe_payment_intent_id, (str, type(None), Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            payment_history = cls(
                id=id,
                amount=amount,
                currency=currency,
                payment_type=payment_type,
                description=description,
                stripe_payment_intent_id=stripe_payment_intent_id,
                created_at=created_at,
            )

            payment_history.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return payment_history

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
