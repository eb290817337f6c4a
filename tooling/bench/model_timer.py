"""Run in a subprocess whose PYTHONPATH holds our generated package and the stock-templates one (renamed
stock_cekura_api_client): prints, as JSON, the median seconds per call of json.loads, both packages'
from_dict and to_dict, and pydantic v2's equivalent, interleaved round by round in one process. Also the
tolerant reader (issue 21): the payload and one with a field that does not fit, each read as the client reads
a response body (runtime/calls.py's checked: strict, and on a mismatch leniently again)."""

import copy
import datetime
import json
import sys
from collections.abc import Callable
from typing import Any

import httpx
from cekura_api_client.models import BillingInfo
from cekura_api_client.runtime.calls import checked
from pydantic import BaseModel, ConfigDict
from stock_cekura_api_client.models import BillingInfo as StockBillingInfo

from tooling.bench.timing import interleaved

CALLS = 2000


class Pack(BaseModel):
    name: str
    max_concurrent_runs_limit: int
    max_concurrent_chat_runs_limit: int
    max_agents_limit: int
    max_members_limit: int
    max_projects_limit: int
    billing_type: str
    subscription_overage: str


class Status(BaseModel):
    status: str | None
    is_active: bool
    is_trial: bool
    pack_name: str | None
    expire_at: datetime.datetime | None
    last_payment_at: datetime.datetime | None
    days_until_expiry: int | None
    created_at: datetime.datetime | None
    pack: Pack | None


class Billing(BaseModel):
    model_config = ConfigDict(extra="allow")
    organization: int | None = None
    credits_remaining: str | None = None
    credits_used: str | None = None
    initial_balance: str | None = None
    balance_expiry: datetime.datetime | None
    subscription_status: Status | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None


def repeated(call: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        for _ in range(CALLS):
            call()

    return run


def as_the_client_reads(payload: dict[str, Any]) -> Callable[[], BillingInfo | None]:
    """The read of `payload` as a 200 response's body: runtime/calls.py's checked() around from_dict."""
    response = httpx.Response(200, request=httpx.Request("GET", "http://bench.invalid/billing/"))
    return lambda: checked(response, lambda: BillingInfo.from_dict(payload))


def mismatched(payload: dict[str, Any]) -> dict[str, Any]:
    """`payload` with one field deep inside of another type (text for an integer), as servers send."""
    changed = copy.deepcopy(payload)
    changed["subscription_status"]["pack"]["max_agents_limit"] = "20"
    return changed


def main() -> None:
    body = sys.stdin.read()
    payload: dict[str, Any] = json.loads(body)
    ours, stock = BillingInfo.from_dict(payload), StockBillingInfo.from_dict(payload)
    validated = Billing.model_validate(payload)
    kept = as_the_client_reads(mismatched(payload))()
    assert kept is not None and kept.to_dict() == mismatched(payload), "not read leniently as received"
    contenders = {
        "json.loads": lambda: json.loads(body),
        "ours from_dict": lambda: BillingInfo.from_dict(payload),
        "stock from_dict": lambda: StockBillingInfo.from_dict(payload),
        "pydantic model_validate": lambda: Billing.model_validate(payload),
        "ours to_dict": ours.to_dict,
        "stock to_dict": stock.to_dict,
        "pydantic model_dump(mode=json)": lambda: validated.model_dump(mode="json"),
        "ours, read as the client reads a response": as_the_client_reads(payload),
        "ours, one field mismatched, read as the client reads a response": as_the_client_reads(mismatched(payload)),
        "ours to_dict of that one, the field as received": kept.to_dict,
    }
    results = interleaved({name: repeated(call) for name, call in contenders.items()}, rounds=11)
    print(json.dumps({name: value.median / CALLS for name, value in results.items()}))


if __name__ == "__main__":
    main()
