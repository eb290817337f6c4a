"""Run in a subprocess with PYTHONPATH pointing at one generated package: prints, as JSON, the median
seconds per call of json.loads, from_dict and to_dict on one payload, and of pydantic v2's equivalent."""

import datetime
import json
import sys
from collections.abc import Callable
from typing import Any

from cekura_api_client.models import BillingInfo
from pydantic import BaseModel, ConfigDict

from tooling.bench import calls


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


def per_call(call: Callable[[], object]) -> float:
    return calls.per_call(call, count=2000, rounds=7).median


def main() -> None:
    body = sys.stdin.read()
    payload: dict[str, Any] = json.loads(body)
    model = BillingInfo.from_dict(payload)
    validated = Billing.model_validate(payload)
    print(
        json.dumps(
            {
                "json.loads": per_call(lambda: json.loads(body)),
                "from_dict": per_call(lambda: BillingInfo.from_dict(payload)),
                "to_dict": per_call(model.to_dict),
                "pydantic model_validate": per_call(lambda: Billing.model_validate(payload)),
                "pydantic model_dump(mode=json)": per_call(lambda: validated.model_dump(mode="json")),
            }
        )
    )


if __name__ == "__main__":
    main()
