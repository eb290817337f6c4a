from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenario_agent_progress import ScenarioAgentProgress
from ...models.scenarios_refine_progress_response_400 import ScenariosRefineProgressResponse400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import Response


def _get_kwargs(
    *,
    progress_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["progress_id"] = progress_id

    params = given(params, required=("progress_id",), texts=("progress_id",))

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/scenarios-external/scenario-agent-progress/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenarioAgentProgress | ScenariosRefineProgressResponse400 | None:
    if response.status_code == 200:
        response_200 = ScenarioAgentProgress.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRefineProgressResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenarioAgentProgress | ScenariosRefineProgressResponse400]:
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
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[ScenarioAgentProgress | ScenariosRefineProgressResponse400]:
    """Check the progress of an evaluator improvement request.

    After calling POST /scenario-agent/, use the returned `progress_id` to poll this endpoint.

    **Status values:**
    - `in_progress` - AI is analyzing and generating improvements (keep polling)
    - `completed` - AI finished; review suggestions in the `result` field
    - `needs_agent_clarification` - AI needs you to select an agent for some evaluators
    - `cancelled` - Request was cancelled
    - `failed` - An error occurred; see `error` field

    **Typical flow:**
    1. POST /scenario-agent/ → receive `progress_id`
    2. Poll this endpoint every few seconds
    3. When `status == 'completed'`, review the suggested changes
    4. POST /scenario-agent/ again with `apply_changes=true` to apply them

    Args:
        progress_id (str): The progress_id returned by POST /scenario-agent/
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenarioAgentProgress | ScenariosRefineProgressResponse400]
    """

    kwargs = _get_kwargs(
        progress_id=progress_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> ScenarioAgentProgress:
    """Check the progress of an evaluator improvement request.

    After calling POST /scenario-agent/, use the returned `progress_id` to poll this endpoint.

    **Status values:**
    - `in_progress` - AI is analyzing and generating improvements (keep polling)
    - `completed` - AI finished; review suggestions in the `result` field
    - `needs_agent_clarification` - AI needs you to select an agent for some evaluators
    - `cancelled` - Request was cancelled
    - `failed` - An error occurred; see `error` field

    **Typical flow:**
    1. POST /scenario-agent/ → receive `progress_id`
    2. Poll this endpoint every few seconds
    3. When `status == 'completed'`, review the suggested changes
    4. POST /scenario-agent/ again with `apply_changes=true` to apply them

    Args:
        progress_id (str): The progress_id returned by POST /scenario-agent/
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenarioAgentProgress
    """

    response = send(
        client,
        _get_kwargs(
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(ScenarioAgentProgress, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> Response[ScenarioAgentProgress | ScenariosRefineProgressResponse400]:
    """Check the progress of an evaluator improvement request.

    After calling POST /scenario-agent/, use the returned `progress_id` to poll this endpoint.

    **Status values:**
    - `in_progress` - AI is analyzing and generating improvements (keep polling)
    - `completed` - AI finished; review suggestions in the `result` field
    - `needs_agent_clarification` - AI needs you to select an agent for some evaluators
    - `cancelled` - Request was cancelled
    - `failed` - An error occurred; see `error` field

    **Typical flow:**
    1. POST /scenario-agent/ → receive `progress_id`
    2. Poll this endpoint every few seconds
    3. When `status == 'completed'`, review the suggested changes
    4. POST /scenario-agent/ again with `apply_changes=true` to apply them

    Args:
        progress_id (str): The progress_id returned by POST /scenario-agent/
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenarioAgentProgress | ScenariosRefineProgressResponse400]
    """

    kwargs = _get_kwargs(
        progress_id=progress_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    progress_id: str,
    options: RequestOptions | None = None,
) -> ScenarioAgentProgress:
    """Check the progress of an evaluator improvement request.

    After calling POST /scenario-agent/, use the returned `progress_id` to poll this endpoint.

    **Status values:**
    - `in_progress` - AI is analyzing and generating improvements (keep polling)
    - `completed` - AI finished; review suggestions in the `result` field
    - `needs_agent_clarification` - AI needs you to select an agent for some evaluators
    - `cancelled` - Request was cancelled
    - `failed` - An error occurred; see `error` field

    **Typical flow:**
    1. POST /scenario-agent/ → receive `progress_id`
    2. Poll this endpoint every few seconds
    3. When `status == 'completed'`, review the suggested changes
    4. POST /scenario-agent/ again with `apply_changes=true` to apply them

    Args:
        progress_id (str): The progress_id returned by POST /scenario-agent/
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenarioAgentProgress
    """

    response = await send_async(
        client,
        _get_kwargs(
            progress_id=progress_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(ScenarioAgentProgress, checked(response, lambda: _parse_response(client=client, response=response)))
