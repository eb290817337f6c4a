"""The billing contract: the documented BillingInfo payload and its variants, on every Python of the matrix.

The whole-document sweeps (every example, every schema) are in the other modules of this directory and
run once; these cases are the ones whose outcome can depend on the Python version (timestamps, enums).
"""

import copy
import datetime
from typing import Any

import cekura_api_client.models as models
import pytest
from dateutil.parser import isoparse
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.build_cache import resolved_spec
from tests.payloads import replaced
from tooling.quality.example_checks import Checker
from tooling.quality.examples import Example, pointer, prose_and_example_pairs

SPEC = resolved_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
BILLING_MODELS = ("BillingInfo", "SubscriptionStatus", "SubscriptionStatusPack")


def errors(component: str, payload: Any) -> list[str]:
    return Checker(SPEC).errors(Example("", pointer("components", "schemas", component), payload))


def round_trip(payload: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = models.BillingInfo.from_dict(copy.deepcopy(payload)).to_dict()
    return result


@pytest.fixture
def billing_info(documented: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return copy.deepcopy(documented["BillingInfo"][0])


@pytest.mark.parametrize("component", BILLING_MODELS)
def test_every_billing_model_has_a_documented_example(
    component: str, documented: dict[str, list[dict[str, Any]]]
) -> None:
    assert documented.get(component)


def test_the_documented_billing_info_is_complete_valid_and_round_trips(billing_info: dict[str, Any]) -> None:
    assert set(billing_info) == set(SCHEMAS["BillingInfo"]["properties"])
    assert set(billing_info["subscription_status"]) == set(SCHEMAS["SubscriptionStatus"]["properties"])
    assert errors("BillingInfo", billing_info) == []
    assert round_trip(billing_info) == billing_info


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
    assert round_trip(payload) == payload
    assert errors("BillingInfo", payload) == []


def test_an_unknown_status_is_kept_as_an_open_enum_member(billing_info: dict[str, Any]) -> None:
    payload = replaced(billing_info, "subscription_status.status", "paused")
    status = models.BillingInfo.from_dict(payload).subscription_status
    assert isinstance(status, models.SubscriptionStatus)
    assert status.status == "paused"
    assert round_trip(payload) == payload


def test_unknown_fields_are_kept_on_the_model(billing_info: dict[str, Any]) -> None:
    payload = replaced(billing_info, "subscription_status.pack.future_cap", 7)
    status = models.BillingInfo.from_dict(payload).subscription_status
    assert isinstance(status, models.SubscriptionStatus)
    pack = status.pack
    assert pack is not None
    assert pack.additional_properties == {"future_cap": 7}
    assert pack["future_cap"] == 7


def test_utc_timestamps_parse_to_aware_datetimes(billing_info: dict[str, Any]) -> None:
    documented = billing_info["balance_expiry"]
    assert documented.endswith("Z")
    expiry = models.BillingInfo.from_dict(billing_info).balance_expiry
    # Python 3.10's fromisoformat reads no "Z": the documented instant, read without the client's parser
    assert expiry == datetime.datetime.fromisoformat(documented.removesuffix("Z") + "+00:00")
    assert isinstance(expiry, datetime.datetime)  # whether the document marks it required or not
    assert expiry.utcoffset() == datetime.timedelta(0)


# RFC 3339 offsets are whole minutes (Python would write a historical "-00:00:52" that no API sends).
rfc3339_zones = st.integers(min_value=-18 * 60 + 1, max_value=18 * 60 - 1).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.datetimes(timezones=rfc3339_zones | st.just(datetime.timezone.utc)))
def test_any_iso_timestamp_keeps_its_instant(moment: datetime.datetime) -> None:
    payload = {"balance_expiry": moment.isoformat()}
    parsed = models.BillingInfo.from_dict(payload)
    assert parsed.balance_expiry == moment
    assert parsed.to_dict()["balance_expiry"] == payload["balance_expiry"]  # written back as received
    # a datetime given to the constructor is formatted
    assert isoparse(models.BillingInfo(balance_expiry=moment).to_dict()["balance_expiry"]) == moment
