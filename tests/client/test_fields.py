"""Typed reads of optional fields, precise `parsed` types, and the descriptions the generator used to drop."""

import inspect
import typing
from typing import Any

import pytest
from cekura_api_client import CekuraError, MissingFieldError, or_none, present
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.models import BillingInfo, SubscriptionStatus, billing_info
from cekura_api_client.types import Response


def test_present_returns_a_sent_field_typed(payload: dict[str, Any]) -> None:
    info = BillingInfo.from_dict(payload)
    subscription: SubscriptionStatus = present(info.subscription_status)
    assert subscription is info.subscription_status
    assert or_none(info.credits_remaining) == payload["credits_remaining"]


def test_a_field_left_out_is_a_typed_error_or_none(payload: dict[str, Any]) -> None:
    del payload["subscription_status"]
    info = BillingInfo.from_dict(payload)
    with pytest.raises(MissingFieldError, match="subscription_status is not in the response"):
        present(info.subscription_status, "subscription_status")
    assert issubclass(MissingFieldError, (CekuraError, AttributeError))
    with pytest.raises(MissingFieldError) as raised:
        present(info.subscription_status)
    assert str(raised.value) == "the field is not in the response (the document does not promise it)"
    assert or_none(info.subscription_status) is None


def test_parsed_is_typed_without_any() -> None:
    hints = typing.get_type_hints(billing_info_retrieve.sync_detailed)
    assert hints["return"] == Response[BillingInfo]  # 403/404 are documented without content: None


def test_parameter_descriptions_reach_the_docstrings() -> None:
    doc = billing_info_retrieve.sync.__doc__ or ""
    assert "organization_id (int | Unset): Tenant scope." in " ".join(doc.split())
    assert "options (RequestOptions | None)" in doc


def test_the_description_beside_an_allof_wrapper_is_the_attributes() -> None:
    source = inspect.getsource(billing_info)
    declared = source.index("subscription_status: SubscriptionStatus | Unset = UNSET")
    assert '""" Current subscription state for the org' in source[declared : declared + 200]
