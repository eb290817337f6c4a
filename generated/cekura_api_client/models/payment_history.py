from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_history_payment_type_type_1 import PaymentHistoryPaymentTypeType1
from ..models.payment_history_payment_type_type_2_type_1 import PaymentHistoryPaymentTypeType2Type1
from ..models.payment_history_payment_type_type_3_type_1 import PaymentHistoryPaymentTypeType3Type1
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "amount",
        "currency",
        "payment_type",
        "description",
        "stripe_payment_intent_id",
        "created_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        payment_type: None | str | Unset
        if isinstance(self.payment_type, Unset):
            payment_type = UNSET
        elif isinstance(self.payment_type, PaymentHistoryPaymentTypeType1):
            payment_type = enum_value(PaymentHistoryPaymentTypeType1, self.payment_type, "payment_type")
        elif isinstance(self.payment_type, PaymentHistoryPaymentTypeType2Type1):
            payment_type = enum_value(PaymentHistoryPaymentTypeType2Type1, self.payment_type, "payment_type")
        elif isinstance(self.payment_type, PaymentHistoryPaymentTypeType3Type1):
            payment_type = enum_value(PaymentHistoryPaymentTypeType3Type1, self.payment_type, "payment_type")
        else:
            payment_type = self.payment_type

        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.amount, Unset) and _response:
            field_dict["amount"] = self.amount
        if not isinstance(self.currency, Unset):
            field_dict["currency"] = self.currency
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.stripe_payment_intent_id, Unset):
            field_dict["stripe_payment_intent_id"] = self.stripe_payment_intent_id
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
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
            _present = 0
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

            _field = "amount"
            try:
                if "amount" in src_dict:
                    amount: Any = src_dict["amount"]
                    _present += 1
                    if type(amount) is not str:
                        amount = checked(amount, (str,))
                else:
                    amount = UNSET
            except FIELD_ERRORS as _error:
                amount, _found = tolerated(src_dict, "amount", _error, _found, "str")

            _field = "currency"
            try:
                if "currency" in src_dict:
                    currency: Any = src_dict["currency"]
                    _present += 1
                    if currency is not None:
                        if type(currency) is not str:
                            currency = checked(currency, (str, type(None)))
                else:
                    currency = UNSET
            except FIELD_ERRORS as _error:
                currency, _found = tolerated(src_dict, "currency", _error, _found, "None | str")

            _field = "payment_type"
            try:

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

                payment_type = _parse_payment_type(src_dict.get("payment_type", UNSET))

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
                if payment_type is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                payment_type, _found = tolerated(
                    src_dict,
                    "payment_type",
                    _error,
                    _found,
                    "None | PaymentHistoryPaymentTypeType1 | PaymentHistoryPaymentTypeType2Type1 | PaymentHistoryPaymentTypeType3Type1",
                )

            _field = "description"
            try:
                if "description" in src_dict:
                    description: Any = src_dict["description"]
                    _present += 1
                    if type(description) is not str:
                        description = checked(description, (str,))
                else:
                    description = UNSET
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "stripe_payment_intent_id"
            try:
                if "stripe_payment_intent_id" in src_dict:
                    stripe_payment_intent_id: Any = src_dict["stripe_payment_intent_id"]
                    _present += 1
                    if stripe_payment_intent_id is not None:
                        if type(stripe_payment_intent_id) is not str:
                            stripe_payment_intent_id = checked(stripe_payment_intent_id, (str, type(None)))
                else:
                    stripe_payment_intent_id = UNSET
            except FIELD_ERRORS as _error:
                stripe_payment_intent_id, _found = tolerated(
                    src_dict, "stripe_payment_intent_id", _error, _found, "None | str"
                )

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _instance = cls(
                id=id,
                amount=amount,
                currency=currency,
                payment_type=payment_type,
                description=description,
                stripe_payment_intent_id=stripe_payment_intent_id,
                created_at=created_at,
            )
            _instance._wire_text = (
                created_at,
                _created_at_text,
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
