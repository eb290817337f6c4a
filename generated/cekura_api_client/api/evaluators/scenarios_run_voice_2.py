from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_run_voice_2_response_201 import ScenariosRunVoice2Response201
from ...models.scenarios_run_voice_2_response_400 import ScenariosRunVoice2Response400
from ...models.schema_post_run_scenarios import SchemaPostRunScenarios
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SchemaPostRunScenarios | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios/run_scenarios/",
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosRunVoice2Response201 | ScenariosRunVoice2Response400 | None:
    if response.status_code == 201:
        response_201 = ScenariosRunVoice2Response201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ScenariosRunVoice2Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunVoice2Response201 | ScenariosRunVoice2Response400]:
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
    body: SchemaPostRunScenarios | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunVoice2Response201 | ScenariosRunVoice2Response400]:
    """Run evaluators over a voice call

     VOICE RUN: Execute evaluators against your agent using a real voice / phone / SIP call. This is the
    primary 'run your evaluators' endpoint for voice-mode testing. Requires `telephony.phone_number`
    configured on the agent (any provider).

    **Run-count math:** total calls = `len(scenarios) × frequency × max(1, len(personality_ids)) ×
    max(1, len(test_profile_ids))`. Each call is billed at the voice-simulation rate — check `frequency`
    carefully.

    **Concurrency:** use `concurrency_limit` to cap parallel calls. Default: unbounded (subject to
    provider rate limits).

    **Scenario selection (pick one):**
    - `scenarios` — list of integer evaluator IDs (e.g. `[101, 102]`)
    - `tags` — select by tag
    - `folder_path` — select by folder path (e.g. `"Sales.Inbound"`); requires `project_id`

    **Phone-number overrides:**
    - `outbound_phone_number` — override the number dialed
    - `agent_number` — override the contact number the inbound agent receives calls on
    - `mode` — `same_number` (all runs use one pair) vs `different_numbers`

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios_text` — text / SMS / chat mode; cheaper, no voice cost
    - `run_scenarios_with_websockets` — each scenario carries its own websocket URL
    - `run_scenarios_pipecat` — Pipecat/Daily.co WebRTC deployment

    **Personality override:** `personality_ids` must be IDs that are already enabled for the agent's
    project. Check which are enabled via `aiagents_retrieve` → `enabled_personalities` field. To enable
    a new personality, call `aiagents_partial_update` with the updated `enabled_personalities` list
    before using it here. Note: enabling a personality applies project-wide, not just to one agent.
    Passing an ID that is not enabled returns `["Invalid personalities provided."]`.

    **Scheduled runs:** to run on a recurring cron schedule, create a CronJob via `POST
    /test_framework/v1/cron_jobs/` with `execution_mode="voice"` instead of looping this endpoint.

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'. There is no
    separate progress endpoint for runs. Check `failed_reasons` for infrastructure errors; check
    `runs[run_id].error_message` for per-run errors.

    **Outbound dial window:** for outbound runs (agent `inbound=false`), your agent must dial the run's
    `outbound_number` before `outbound_dial_window_closes_at` (default 300s after the run reaches
    `waiting_for_call` / pending state). Dials received after that deadline are dropped and the run
    returns `status: timeout`.

    Args:
        body (SchemaPostRunScenarios | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunVoice2Response201 | ScenariosRunVoice2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenarios | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenariosRunVoice2Response201:
    """Run evaluators over a voice call

     VOICE RUN: Execute evaluators against your agent using a real voice / phone / SIP call. This is the
    primary 'run your evaluators' endpoint for voice-mode testing. Requires `telephony.phone_number`
    configured on the agent (any provider).

    **Run-count math:** total calls = `len(scenarios) × frequency × max(1, len(personality_ids)) ×
    max(1, len(test_profile_ids))`. Each call is billed at the voice-simulation rate — check `frequency`
    carefully.

    **Concurrency:** use `concurrency_limit` to cap parallel calls. Default: unbounded (subject to
    provider rate limits).

    **Scenario selection (pick one):**
    - `scenarios` — list of integer evaluator IDs (e.g. `[101, 102]`)
    - `tags` — select by tag
    - `folder_path` — select by folder path (e.g. `"Sales.Inbound"`); requires `project_id`

    **Phone-number overrides:**
    - `outbound_phone_number` — override the number dialed
    - `agent_number` — override the contact number the inbound agent receives calls on
    - `mode` — `same_number` (all runs use one pair) vs `different_numbers`

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios_text` — text / SMS / chat mode; cheaper, no voice cost
    - `run_scenarios_with_websockets` — each scenario carries its own websocket URL
    - `run_scenarios_pipecat` — Pipecat/Daily.co WebRTC deployment

    **Personality override:** `personality_ids` must be IDs that are already enabled for the agent's
    project. Check which are enabled via `aiagents_retrieve` → `enabled_personalities` field. To enable
    a new personality, call `aiagents_partial_update` with the updated `enabled_personalities` list
    before using it here. Note: enabling a personality applies project-wide, not just to one agent.
    Passing an ID that is not enabled returns `["Invalid personalities provided."]`.

    **Scheduled runs:** to run on a recurring cron schedule, create a CronJob via `POST
    /test_framework/v1/cron_jobs/` with `execution_mode="voice"` instead of looping this endpoint.

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'. There is no
    separate progress endpoint for runs. Check `failed_reasons` for infrastructure errors; check
    `runs[run_id].error_message` for per-run errors.

    **Outbound dial window:** for outbound runs (agent `inbound=false`), your agent must dial the run's
    `outbound_number` before `outbound_dial_window_closes_at` (default 300s after the run reaches
    `waiting_for_call` / pending state). Dials received after that deadline are dropped and the run
    returns `status: timeout`.

    Args:
        body (SchemaPostRunScenarios | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunVoice2Response201
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
    return cast(
        ScenariosRunVoice2Response201, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenarios | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunVoice2Response201 | ScenariosRunVoice2Response400]:
    """Run evaluators over a voice call

     VOICE RUN: Execute evaluators against your agent using a real voice / phone / SIP call. This is the
    primary 'run your evaluators' endpoint for voice-mode testing. Requires `telephony.phone_number`
    configured on the agent (any provider).

    **Run-count math:** total calls = `len(scenarios) × frequency × max(1, len(personality_ids)) ×
    max(1, len(test_profile_ids))`. Each call is billed at the voice-simulation rate — check `frequency`
    carefully.

    **Concurrency:** use `concurrency_limit` to cap parallel calls. Default: unbounded (subject to
    provider rate limits).

    **Scenario selection (pick one):**
    - `scenarios` — list of integer evaluator IDs (e.g. `[101, 102]`)
    - `tags` — select by tag
    - `folder_path` — select by folder path (e.g. `"Sales.Inbound"`); requires `project_id`

    **Phone-number overrides:**
    - `outbound_phone_number` — override the number dialed
    - `agent_number` — override the contact number the inbound agent receives calls on
    - `mode` — `same_number` (all runs use one pair) vs `different_numbers`

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios_text` — text / SMS / chat mode; cheaper, no voice cost
    - `run_scenarios_with_websockets` — each scenario carries its own websocket URL
    - `run_scenarios_pipecat` — Pipecat/Daily.co WebRTC deployment

    **Personality override:** `personality_ids` must be IDs that are already enabled for the agent's
    project. Check which are enabled via `aiagents_retrieve` → `enabled_personalities` field. To enable
    a new personality, call `aiagents_partial_update` with the updated `enabled_personalities` list
    before using it here. Note: enabling a personality applies project-wide, not just to one agent.
    Passing an ID that is not enabled returns `["Invalid personalities provided."]`.

    **Scheduled runs:** to run on a recurring cron schedule, create a CronJob via `POST
    /test_framework/v1/cron_jobs/` with `execution_mode="voice"` instead of looping this endpoint.

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'. There is no
    separate progress endpoint for runs. Check `failed_reasons` for infrastructure errors; check
    `runs[run_id].error_message` for per-run errors.

    **Outbound dial window:** for outbound runs (agent `inbound=false`), your agent must dial the run's
    `outbound_number` before `outbound_dial_window_closes_at` (default 300s after the run reaches
    `waiting_for_call` / pending state). Dials received after that deadline are dropped and the run
    returns `status: timeout`.

    Args:
        body (SchemaPostRunScenarios | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunVoice2Response201 | ScenariosRunVoice2Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostRunScenarios | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenariosRunVoice2Response201:
    """Run evaluators over a voice call

     VOICE RUN: Execute evaluators against your agent using a real voice / phone / SIP call. This is the
    primary 'run your evaluators' endpoint for voice-mode testing. Requires `telephony.phone_number`
    configured on the agent (any provider).

    **Run-count math:** total calls = `len(scenarios) × frequency × max(1, len(personality_ids)) ×
    max(1, len(test_profile_ids))`. Each call is billed at the voice-simulation rate — check `frequency`
    carefully.

    **Concurrency:** use `concurrency_limit` to cap parallel calls. Default: unbounded (subject to
    provider rate limits).

    **Scenario selection (pick one):**
    - `scenarios` — list of integer evaluator IDs (e.g. `[101, 102]`)
    - `tags` — select by tag
    - `folder_path` — select by folder path (e.g. `"Sales.Inbound"`); requires `project_id`

    **Phone-number overrides:**
    - `outbound_phone_number` — override the number dialed
    - `agent_number` — override the contact number the inbound agent receives calls on
    - `mode` — `same_number` (all runs use one pair) vs `different_numbers`

    **When to use this vs others** (pick the endpoint matching the agent's configured connection — check
    `aiagents_retrieve`):
    - `run_scenarios_text` — text / SMS / chat mode; cheaper, no voice cost
    - `run_scenarios_with_websockets` — each scenario carries its own websocket URL
    - `run_scenarios_pipecat` — Pipecat/Daily.co WebRTC deployment

    **Personality override:** `personality_ids` must be IDs that are already enabled for the agent's
    project. Check which are enabled via `aiagents_retrieve` → `enabled_personalities` field. To enable
    a new personality, call `aiagents_partial_update` with the updated `enabled_personalities` list
    before using it here. Note: enabling a personality applies project-wide, not just to one agent.
    Passing an ID that is not enabled returns `["Invalid personalities provided."]`.

    **Scheduled runs:** to run on a recurring cron schedule, create a CronJob via `POST
    /test_framework/v1/cron_jobs/` with `execution_mode="voice"` instead of looping this endpoint.

    **Polling for completion:** the response contains a `result.id` with `status: 'running'`. Poll `GET
    /test_framework/v1/results/{result_id}/` until `status` is 'completed' or 'failed'. There is no
    separate progress endpoint for runs. Check `failed_reasons` for infrastructure errors; check
    `runs[run_id].error_message` for per-run errors.

    **Outbound dial window:** for outbound runs (agent `inbound=false`), your agent must dial the run's
    `outbound_number` before `outbound_dial_window_closes_at` (default 300s after the run reaches
    `waiting_for_call` / pending state). Dials received after that deadline are dropped and the run
    returns `status: timeout`.

    Args:
        body (SchemaPostRunScenarios | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunVoice2Response201
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
    return cast(
        ScenariosRunVoice2Response201, checked(response, lambda: _parse_response(client=client, response=response))
    )
