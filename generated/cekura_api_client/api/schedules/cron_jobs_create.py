from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.cron_job import CronJob
from ...models.schema_post_cron_job import SchemaPostCronJob
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostCronJob,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/schedules/v1/cron-jobs/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CronJob | None:
    if response.status_code == 201:
        response_201 = CronJob.from_dict(response.json())

        return response_201

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CronJob]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = (
    "api_key",
    "oauth2",
)
_SUCCESSES: tuple[int, ...] | None = (201,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCronJob,
    options: RequestOptions | None = None,
) -> Response[CronJob]:
    """Schedule a recurring evaluator run

     Create a cron job that runs evaluators against your agent on a recurring schedule (daily regression
    tests, hourly smoke tests, weekly rollups, etc.). The job invokes the same logic as `run_scenarios`
    but on a timer.

    **Scenario selection (pick one):**
    - `scenarios` — explicit list of evaluator IDs
    - `tags` — run every evaluator matching these tags

    **Execution mode** (`execution_mode`) — defaults to voice; also supports `text`, `sip`, etc. Matches
    the corresponding `run_scenarios` / `run_scenarios_text` endpoint.

    **Schedule:** `crontab_expression` uses standard cron syntax (`minute hour day month day-of-week`).
    Combine with `timezone` (IANA name, e.g. `America/New_York`) to control when the job fires.

    **Run size:** `frequency` multiplies each scenario. Personality / test-profile overrides behave
    identically to `run_scenarios` — same billing rules apply.

    Args:
        body (SchemaPostCronJob):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CronJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCronJob,
    options: RequestOptions | None = None,
) -> CronJob:
    """Schedule a recurring evaluator run

     Create a cron job that runs evaluators against your agent on a recurring schedule (daily regression
    tests, hourly smoke tests, weekly rollups, etc.). The job invokes the same logic as `run_scenarios`
    but on a timer.

    **Scenario selection (pick one):**
    - `scenarios` — explicit list of evaluator IDs
    - `tags` — run every evaluator matching these tags

    **Execution mode** (`execution_mode`) — defaults to voice; also supports `text`, `sip`, etc. Matches
    the corresponding `run_scenarios` / `run_scenarios_text` endpoint.

    **Schedule:** `crontab_expression` uses standard cron syntax (`minute hour day month day-of-week`).
    Combine with `timezone` (IANA name, e.g. `America/New_York`) to control when the job fires.

    **Run size:** `frequency` multiplies each scenario. Personality / test-profile overrides behave
    identically to `run_scenarios` — same billing rules apply.

    Args:
        body (SchemaPostCronJob):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CronJob
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(CronJob, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCronJob,
    options: RequestOptions | None = None,
) -> Response[CronJob]:
    """Schedule a recurring evaluator run

     Create a cron job that runs evaluators against your agent on a recurring schedule (daily regression
    tests, hourly smoke tests, weekly rollups, etc.). The job invokes the same logic as `run_scenarios`
    but on a timer.

    **Scenario selection (pick one):**
    - `scenarios` — explicit list of evaluator IDs
    - `tags` — run every evaluator matching these tags

    **Execution mode** (`execution_mode`) — defaults to voice; also supports `text`, `sip`, etc. Matches
    the corresponding `run_scenarios` / `run_scenarios_text` endpoint.

    **Schedule:** `crontab_expression` uses standard cron syntax (`minute hour day month day-of-week`).
    Combine with `timezone` (IANA name, e.g. `America/New_York`) to control when the job fires.

    **Run size:** `frequency` multiplies each scenario. Personality / test-profile overrides behave
    identically to `run_scenarios` — same billing rules apply.

    Args:
        body (SchemaPostCronJob):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CronJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCronJob,
    options: RequestOptions | None = None,
) -> CronJob:
    """Schedule a recurring evaluator run

     Create a cron job that runs evaluators against your agent on a recurring schedule (daily regression
    tests, hourly smoke tests, weekly rollups, etc.). The job invokes the same logic as `run_scenarios`
    but on a timer.

    **Scenario selection (pick one):**
    - `scenarios` — explicit list of evaluator IDs
    - `tags` — run every evaluator matching these tags

    **Execution mode** (`execution_mode`) — defaults to voice; also supports `text`, `sip`, etc. Matches
    the corresponding `run_scenarios` / `run_scenarios_text` endpoint.

    **Schedule:** `crontab_expression` uses standard cron syntax (`minute hour day month day-of-week`).
    Combine with `timezone` (IANA name, e.g. `America/New_York`) to control when the job fires.

    **Run size:** `frequency` multiplies each scenario. Personality / test-profile overrides behave
    identically to `run_scenarios` — same billing rules apply.

    Args:
        body (SchemaPostCronJob):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CronJob
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(CronJob, checked(response, lambda: _parse_response(client=client, response=response)))
