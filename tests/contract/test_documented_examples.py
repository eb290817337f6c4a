"""Every payload the spec documents parses into its model and serialises back to equal JSON."""

import copy
import datetime
from typing import Any

import cekura_api_client.models as models
import pytest
from jsonschema import Draft202012Validator, FormatChecker

from tests.payloads import replaced
from tooling.examples import prose_and_example_pairs
from tooling.resolve import resolve

SPEC = resolve().document
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def validator(component: str) -> Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{component}", "components": SPEC["components"]}
    return Draft202012Validator(schema, format_checker=FormatChecker())


def round_trip(component: str, payload: dict[str, Any]) -> dict[str, Any]:
    model = getattr(models, component)
    result: dict[str, Any] = model.from_dict(copy.deepcopy(payload)).to_dict()
    return result


@pytest.fixture
def billing_info(documented: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return copy.deepcopy(documented["BillingInfo"][0])


def test_every_model_has_a_documented_example(documented: dict[str, list[dict[str, Any]]]) -> None:
    assert set(documented) == set(SCHEMAS)


@pytest.mark.parametrize("component", sorted(SCHEMAS))
def test_documented_examples_round_trip(component: str, documented: dict[str, list[dict[str, Any]]]) -> None:
    for payload in documented[component]:
        assert round_trip(component, payload) == payload


@pytest.mark.parametrize("component", sorted(SCHEMAS))
def test_documented_examples_match_their_schema(component: str, documented: dict[str, list[dict[str, Any]]]) -> None:
    for payload in documented[component]:
        errors = [error.message for error in validator(component).iter_errors(payload)]
        assert errors == []


def test_the_documented_billing_info_is_complete(billing_info: dict[str, Any]) -> None:
    assert set(billing_info) == set(SCHEMAS["BillingInfo"]["properties"])
    assert set(billing_info["subscription_status"]) == set(SCHEMAS["SubscriptionStatus"]["properties"])


@pytest.mark.parametrize(("where", "prose", "example"), list(prose_and_example_pairs(SPEC)))
def test_lifted_examples_agree_with_the_prose(where: str, prose: Any, example: Any) -> None:
    assert example == prose, f"{where}: the overlay's example is stale against upstream's prose"


def no_subscription() -> dict[str, Any]:
    return {
        "status": None,
        "is_active": False,
        "is_trial": False,
        "pack_name": None,
        "expire_at": None,
        "last_payment_at": None,
        "days_until_expiry": None,
        "created_at": None,
        "pack": None,
    }


VARIANTS = {
    "no balance expiry": ("balance_expiry", None),
    "no subscription": ("subscription_status", no_subscription()),
    "expired subscription": ("subscription_status.days_until_expiry", -12),
    "unlimited agents": ("subscription_status.pack.max_agents_limit", -1),
    "unlimited members": ("subscription_status.pack.max_members_limit", -1),
    "unlimited projects": ("subscription_status.pack.max_projects_limit", -1),
    "overage disabled": ("subscription_status.pack.subscription_overage", "-1"),
    "trial": ("subscription_status.status", "trial"),
    "unknown top-level field": ("future_field", {"nested": [1, "two", None]}),
    "unknown nested field": ("subscription_status.pack.future_cap", 7),
    "offset timestamp": ("updated_at", "2026-05-12T16:25:30+02:00"),
    "microsecond timestamp": ("created_at", "2024-01-15T10:30:00.123456Z"),
}


@pytest.mark.parametrize(("path", "value"), VARIANTS.values(), ids=VARIANTS.keys())
def test_documented_variants_round_trip_and_validate(billing_info: dict[str, Any], path: str, value: Any) -> None:
    payload = replaced(billing_info, path, value)
    assert round_trip("BillingInfo", payload) == payload
    assert [error.message for error in validator("BillingInfo").iter_errors(payload)] == []


def test_unknown_fields_are_kept_on_the_model(billing_info: dict[str, Any]) -> None:
    payload = replaced(billing_info, "subscription_status.pack.future_cap", 7)
    status = models.BillingInfo.from_dict(payload).subscription_status
    assert isinstance(status, models.SubscriptionStatus)
    pack = status.pack
    assert pack is not None
    assert pack.additional_properties == {"future_cap": 7}
    assert pack["future_cap"] == 7


def test_utc_timestamps_parse_to_aware_datetimes(billing_info: dict[str, Any]) -> None:
    expiry = models.BillingInfo.from_dict(billing_info).balance_expiry
    assert expiry == datetime.datetime(2026, 6, 23, 10, tzinfo=datetime.timezone.utc)
    assert expiry is not None
    assert expiry.utcoffset() == datetime.timedelta(0)
