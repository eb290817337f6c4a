from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_create_response_400 import ScenariosCreateResponse400
from ...models.schema_post_scenario import SchemaPostScenario
from ...models.schema_scenario import SchemaScenario
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostScenario,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaScenario | ScenariosCreateResponse400 | None:
    if response.status_code == 201:
        response_201 = SchemaScenario.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ScenariosCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaScenario | ScenariosCreateResponse400]:
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
    body: SchemaPostScenario,
    options: RequestOptions | None = None,
) -> Response[SchemaScenario | ScenariosCreateResponse400]:
    """Create an evaluator (scenario)

     scenarios_create: Create a test scenario (evaluator) that simulates a caller interacting with your
    agent. Required: `name`, `instructions` or program (see modes), and an `agent` or `project` to
    attach to.

    **Two modes — pick one via `scenario_type`:**

    - `instruction` (default, simplest) — put plain-text caller instructions in the `instructions`
    field. The simulated caller uses an LLM to paraphrase your instructions during the call.

    - `conditional_actions` — deterministic, rule-based caller. Provide the structured
    `conditional_actions` object. Use either `conditional_actions` or `instructions` — not both.

    **Common companion fields:**
    - `personality` (required) — caller voice/personality ID. Browse via `GET /personalities/`.
    - `metrics` — list of metric IDs to evaluate after each run.
    - `tags` — for grouping and later selection via `run_scenarios?tags=[...]`.
    - `folder_path` — e.g. `"Sales.Inbound"` for folder organization.
    - `test_profile` — a test profile ID providing caller metadata (order_id, user_email, etc.).

    **To run evaluators after creating:** call `run_scenarios` (voice), `run_scenarios_text`,
    `run_scenarios_with_websockets`, or `run_scenarios_pipecat` with the scenario ID(s) returned here.

    Args:
        body (SchemaPostScenario):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaScenario | ScenariosCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostScenario,
    options: RequestOptions | None = None,
) -> SchemaScenario:
    """Create an evaluator (scenario)

     scenarios_create: Create a test scenario (evaluator) that simulates a caller interacting with your
    agent. Required: `name`, `instructions` or program (see modes), and an `agent` or `project` to
    attach to.

    **Two modes — pick one via `scenario_type`:**

    - `instruction` (default, simplest) — put plain-text caller instructions in the `instructions`
    field. The simulated caller uses an LLM to paraphrase your instructions during the call.

    - `conditional_actions` — deterministic, rule-based caller. Provide the structured
    `conditional_actions` object. Use either `conditional_actions` or `instructions` — not both.

    **Common companion fields:**
    - `personality` (required) — caller voice/personality ID. Browse via `GET /personalities/`.
    - `metrics` — list of metric IDs to evaluate after each run.
    - `tags` — for grouping and later selection via `run_scenarios?tags=[...]`.
    - `folder_path` — e.g. `"Sales.Inbound"` for folder organization.
    - `test_profile` — a test profile ID providing caller metadata (order_id, user_email, etc.).

    **To run evaluators after creating:** call `run_scenarios` (voice), `run_scenarios_text`,
    `run_scenarios_with_websockets`, or `run_scenarios_pipecat` with the scenario ID(s) returned here.

    Args:
        body (SchemaPostScenario):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaScenario
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
    return cast(SchemaScenario, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostScenario,
    options: RequestOptions | None = None,
) -> Response[SchemaScenario | ScenariosCreateResponse400]:
    """Create an evaluator (scenario)

     scenarios_create: Create a test scenario (evaluator) that simulates a caller interacting with your
    agent. Required: `name`, `instructions` or program (see modes), and an `agent` or `project` to
    attach to.

    **Two modes — pick one via `scenario_type`:**

    - `instruction` (default, simplest) — put plain-text caller instructions in the `instructions`
    field. The simulated caller uses an LLM to paraphrase your instructions during the call.

    - `conditional_actions` — deterministic, rule-based caller. Provide the structured
    `conditional_actions` object. Use either `conditional_actions` or `instructions` — not both.

    **Common companion fields:**
    - `personality` (required) — caller voice/personality ID. Browse via `GET /personalities/`.
    - `metrics` — list of metric IDs to evaluate after each run.
    - `tags` — for grouping and later selection via `run_scenarios?tags=[...]`.
    - `folder_path` — e.g. `"Sales.Inbound"` for folder organization.
    - `test_profile` — a test profile ID providing caller metadata (order_id, user_email, etc.).

    **To run evaluators after creating:** call `run_scenarios` (voice), `run_scenarios_text`,
    `run_scenarios_with_websockets`, or `run_scenarios_pipecat` with the scenario ID(s) returned here.

    Args:
        body (SchemaPostScenario):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaScenario | ScenariosCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostScenario,
    options: RequestOptions | None = None,
) -> SchemaScenario:
    """Create an evaluator (scenario)

     scenarios_create: Create a test scenario (evaluator) that simulates a caller interacting with your
    agent. Required: `name`, `instructions` or program (see modes), and an `agent` or `project` to
    attach to.

    **Two modes — pick one via `scenario_type`:**

    - `instruction` (default, simplest) — put plain-text caller instructions in the `instructions`
    field. The simulated caller uses an LLM to paraphrase your instructions during the call.

    - `conditional_actions` — deterministic, rule-based caller. Provide the structured
    `conditional_actions` object. Use either `conditional_actions` or `instructions` — not both.

    **Common companion fields:**
    - `personality` (required) — caller voice/personality ID. Browse via `GET /personalities/`.
    - `metrics` — list of metric IDs to evaluate after each run.
    - `tags` — for grouping and later selection via `run_scenarios?tags=[...]`.
    - `folder_path` — e.g. `"Sales.Inbound"` for folder organization.
    - `test_profile` — a test profile ID providing caller metadata (order_id, user_email, etc.).

    **To run evaluators after creating:** call `run_scenarios` (voice), `run_scenarios_text`,
    `run_scenarios_with_websockets`, or `run_scenarios_pipecat` with the scenario ID(s) returned here.

    Args:
        body (SchemaPostScenario):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaScenario
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
    return cast(SchemaScenario, checked(response, lambda: _parse_response(client=client, response=response)))
