from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_logs_create_scenarios_2_response_200 import CallLogsCreateScenarios2Response200
from ...models.call_logs_create_scenarios_2_response_400 import CallLogsCreateScenarios2Response400
from ...models.call_logs_create_scenarios_2_response_403 import CallLogsCreateScenarios2Response403
from ...models.schema_post_create_scenarios import SchemaPostCreateScenarios
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SchemaPostCreateScenarios | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/call-logs/create_scenarios/",
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
) -> (
    CallLogsCreateScenarios2Response200
    | CallLogsCreateScenarios2Response400
    | CallLogsCreateScenarios2Response403
    | None
):
    if response.status_code == 200:
        response_200 = CallLogsCreateScenarios2Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CallLogsCreateScenarios2Response400.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CallLogsCreateScenarios2Response403.from_dict(response.json())

        return response_403

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CallLogsCreateScenarios2Response200 | CallLogsCreateScenarios2Response400 | CallLogsCreateScenarios2Response403
]:
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
    body: SchemaPostCreateScenarios | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[
    CallLogsCreateScenarios2Response200 | CallLogsCreateScenarios2Response400 | CallLogsCreateScenarios2Response403
]:
    """Generate test scenarios from real production call logs.

    Returns a `progress_id` immediately — the actual scenario creation runs in the background.
    Poll `GET /observability/v1/call-logs/create_scenarios_progress?progress_id=<id>` until
    `completed_scenarios + failed_scenarios >= total_scenarios`. The `scenarios_list` field
    (full Scenario objects) is populated only once processing is complete.

    **`call_logs` accepts:** a list of IDs `[1, 2, 3]` or `"all"` for every call log on the agent.

    **`copy_to_agent`:** optionally copy the generated scenarios to a different agent —
    useful when your observation agent and your test agent are separate.

    **Prerequisite:** call logs must have a transcript (uploaded via `transcript_json`).
    Audio-only logs without a transcript cannot produce scenarios.

    Args:
        body (SchemaPostCreateScenarios | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogsCreateScenarios2Response200 | CallLogsCreateScenarios2Response400 | CallLogsCreateScenarios2Response403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateScenarios | Unset = UNSET,
    options: RequestOptions | None = None,
) -> CallLogsCreateScenarios2Response200:
    """Generate test scenarios from real production call logs.

    Returns a `progress_id` immediately — the actual scenario creation runs in the background.
    Poll `GET /observability/v1/call-logs/create_scenarios_progress?progress_id=<id>` until
    `completed_scenarios + failed_scenarios >= total_scenarios`. The `scenarios_list` field
    (full Scenario objects) is populated only once processing is complete.

    **`call_logs` accepts:** a list of IDs `[1, 2, 3]` or `"all"` for every call log on the agent.

    **`copy_to_agent`:** optionally copy the generated scenarios to a different agent —
    useful when your observation agent and your test agent are separate.

    **Prerequisite:** call logs must have a transcript (uploaded via `transcript_json`).
    Audio-only logs without a transcript cannot produce scenarios.

    Args:
        body (SchemaPostCreateScenarios | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CallLogsCreateScenarios2Response200
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
        CallLogsCreateScenarios2Response200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateScenarios | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[
    CallLogsCreateScenarios2Response200 | CallLogsCreateScenarios2Response400 | CallLogsCreateScenarios2Response403
]:
    """Generate test scenarios from real production call logs.

    Returns a `progress_id` immediately — the actual scenario creation runs in the background.
    Poll `GET /observability/v1/call-logs/create_scenarios_progress?progress_id=<id>` until
    `completed_scenarios + failed_scenarios >= total_scenarios`. The `scenarios_list` field
    (full Scenario objects) is populated only once processing is complete.

    **`call_logs` accepts:** a list of IDs `[1, 2, 3]` or `"all"` for every call log on the agent.

    **`copy_to_agent`:** optionally copy the generated scenarios to a different agent —
    useful when your observation agent and your test agent are separate.

    **Prerequisite:** call logs must have a transcript (uploaded via `transcript_json`).
    Audio-only logs without a transcript cannot produce scenarios.

    Args:
        body (SchemaPostCreateScenarios | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogsCreateScenarios2Response200 | CallLogsCreateScenarios2Response400 | CallLogsCreateScenarios2Response403]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateScenarios | Unset = UNSET,
    options: RequestOptions | None = None,
) -> CallLogsCreateScenarios2Response200:
    """Generate test scenarios from real production call logs.

    Returns a `progress_id` immediately — the actual scenario creation runs in the background.
    Poll `GET /observability/v1/call-logs/create_scenarios_progress?progress_id=<id>` until
    `completed_scenarios + failed_scenarios >= total_scenarios`. The `scenarios_list` field
    (full Scenario objects) is populated only once processing is complete.

    **`call_logs` accepts:** a list of IDs `[1, 2, 3]` or `"all"` for every call log on the agent.

    **`copy_to_agent`:** optionally copy the generated scenarios to a different agent —
    useful when your observation agent and your test agent are separate.

    **Prerequisite:** call logs must have a transcript (uploaded via `transcript_json`).
    Audio-only logs without a transcript cannot produce scenarios.

    Args:
        body (SchemaPostCreateScenarios | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CallLogsCreateScenarios2Response200
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
        CallLogsCreateScenarios2Response200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
