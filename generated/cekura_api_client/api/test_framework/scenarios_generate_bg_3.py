from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_generate_bg_3_response_200 import ScenariosGenerateBg3Response200
from ...models.scenarios_generate_bg_3_response_400 import ScenariosGenerateBg3Response400
from ...models.schema_generate_scenarios import SchemaGenerateScenarios
from ...models.schema_generate_scenarios_upload import SchemaGenerateScenariosUpload
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaGenerateScenarios | SchemaGenerateScenariosUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/scenarios/generate-bg/",
    }

    with request_body(_kwargs):
        if isinstance(body, SchemaGenerateScenarios):
            _kwargs["json"] = body.to_dict()

            headers["Content-Type"] = "application/json"
        else:
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosGenerateBg3Response200 | ScenariosGenerateBg3Response400 | None:
    if response.status_code == 200:
        response_200 = ScenariosGenerateBg3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosGenerateBg3Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosGenerateBg3Response200 | ScenariosGenerateBg3Response400]:
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
_SUCCESSES: tuple[int, ...] | None = (200,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaGenerateScenarios | SchemaGenerateScenariosUpload,
    options: RequestOptions | None = None,
) -> Response[ScenariosGenerateBg3Response200 | ScenariosGenerateBg3Response400]:
    """Generate scenarios for a given agent in the background. Returns a `progress_id` immediately; poll
    GET /scenarios/generate-progress/?progress_id={id} until `total_scenarios == completed_scenarios`.

    **What happens automatically on generation:**
    - A scenario-specific test profile is created and its `information` is populated using the sectioned
    shape: `main_agent_variables` (dynamic-variable values that reach the agent under test at call time
    — e.g. `user_id`, `account_id`) and `testing_agent_variables` (persona/context used by the simulated
    caller — e.g. `customer_name`, `date_of_birth`). Section values are kept consistent with any
    generated mock-tool data.
    - When the agent has mock tools attached, each generated scenario also gets
    `generated_mock_tool_entries` — the expected mock tool calls for that scenario, shaped `[{tool_id,
    tool_name, new_entry: {input, output}}]`. These are returned on scenario reads and can be edited
    later via `scenarios_partial_update`.
    - 10 project-level evaluation metrics are attached to every generated scenario automatically (e.g.
    Latency, Pitch, Interruption Score). Scenarios created manually via `scenarios_create` start with no
    metrics attached.

    **Response fields:** `progress_id` (UUID string) for polling; `session_id` is always null.

    Args:
        body (SchemaGenerateScenarios | SchemaGenerateScenariosUpload): SchemaGenerateScenarios is
            sent as application/json, SchemaGenerateScenariosUpload is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosGenerateBg3Response200 | ScenariosGenerateBg3Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaGenerateScenarios | SchemaGenerateScenariosUpload,
    options: RequestOptions | None = None,
) -> ScenariosGenerateBg3Response200:
    """Generate scenarios for a given agent in the background. Returns a `progress_id` immediately; poll
    GET /scenarios/generate-progress/?progress_id={id} until `total_scenarios == completed_scenarios`.

    **What happens automatically on generation:**
    - A scenario-specific test profile is created and its `information` is populated using the sectioned
    shape: `main_agent_variables` (dynamic-variable values that reach the agent under test at call time
    — e.g. `user_id`, `account_id`) and `testing_agent_variables` (persona/context used by the simulated
    caller — e.g. `customer_name`, `date_of_birth`). Section values are kept consistent with any
    generated mock-tool data.
    - When the agent has mock tools attached, each generated scenario also gets
    `generated_mock_tool_entries` — the expected mock tool calls for that scenario, shaped `[{tool_id,
    tool_name, new_entry: {input, output}}]`. These are returned on scenario reads and can be edited
    later via `scenarios_partial_update`.
    - 10 project-level evaluation metrics are attached to every generated scenario automatically (e.g.
    Latency, Pitch, Interruption Score). Scenarios created manually via `scenarios_create` start with no
    metrics attached.

    **Response fields:** `progress_id` (UUID string) for polling; `session_id` is always null.

    Args:
        body (SchemaGenerateScenarios | SchemaGenerateScenariosUpload): SchemaGenerateScenarios is
            sent as application/json, SchemaGenerateScenariosUpload is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosGenerateBg3Response200
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
        ScenariosGenerateBg3Response200, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaGenerateScenarios | SchemaGenerateScenariosUpload,
    options: RequestOptions | None = None,
) -> Response[ScenariosGenerateBg3Response200 | ScenariosGenerateBg3Response400]:
    """Generate scenarios for a given agent in the background. Returns a `progress_id` immediately; poll
    GET /scenarios/generate-progress/?progress_id={id} until `total_scenarios == completed_scenarios`.

    **What happens automatically on generation:**
    - A scenario-specific test profile is created and its `information` is populated using the sectioned
    shape: `main_agent_variables` (dynamic-variable values that reach the agent under test at call time
    — e.g. `user_id`, `account_id`) and `testing_agent_variables` (persona/context used by the simulated
    caller — e.g. `customer_name`, `date_of_birth`). Section values are kept consistent with any
    generated mock-tool data.
    - When the agent has mock tools attached, each generated scenario also gets
    `generated_mock_tool_entries` — the expected mock tool calls for that scenario, shaped `[{tool_id,
    tool_name, new_entry: {input, output}}]`. These are returned on scenario reads and can be edited
    later via `scenarios_partial_update`.
    - 10 project-level evaluation metrics are attached to every generated scenario automatically (e.g.
    Latency, Pitch, Interruption Score). Scenarios created manually via `scenarios_create` start with no
    metrics attached.

    **Response fields:** `progress_id` (UUID string) for polling; `session_id` is always null.

    Args:
        body (SchemaGenerateScenarios | SchemaGenerateScenariosUpload): SchemaGenerateScenarios is
            sent as application/json, SchemaGenerateScenariosUpload is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosGenerateBg3Response200 | ScenariosGenerateBg3Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaGenerateScenarios | SchemaGenerateScenariosUpload,
    options: RequestOptions | None = None,
) -> ScenariosGenerateBg3Response200:
    """Generate scenarios for a given agent in the background. Returns a `progress_id` immediately; poll
    GET /scenarios/generate-progress/?progress_id={id} until `total_scenarios == completed_scenarios`.

    **What happens automatically on generation:**
    - A scenario-specific test profile is created and its `information` is populated using the sectioned
    shape: `main_agent_variables` (dynamic-variable values that reach the agent under test at call time
    — e.g. `user_id`, `account_id`) and `testing_agent_variables` (persona/context used by the simulated
    caller — e.g. `customer_name`, `date_of_birth`). Section values are kept consistent with any
    generated mock-tool data.
    - When the agent has mock tools attached, each generated scenario also gets
    `generated_mock_tool_entries` — the expected mock tool calls for that scenario, shaped `[{tool_id,
    tool_name, new_entry: {input, output}}]`. These are returned on scenario reads and can be edited
    later via `scenarios_partial_update`.
    - 10 project-level evaluation metrics are attached to every generated scenario automatically (e.g.
    Latency, Pitch, Interruption Score). Scenarios created manually via `scenarios_create` start with no
    metrics attached.

    **Response fields:** `progress_id` (UUID string) for polling; `session_id` is always null.

    Args:
        body (SchemaGenerateScenarios | SchemaGenerateScenariosUpload): SchemaGenerateScenarios is
            sent as application/json, SchemaGenerateScenariosUpload is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosGenerateBg3Response200
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
        ScenariosGenerateBg3Response200, checked(response, lambda: _parse_response(client=client, response=response))
    )
