from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_list import MetricList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.validation import read_items
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    agents: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    include_scores: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["project_id"] = project_id

    params["assistant_id"] = assistant_id

    params["agents"] = agents

    params["slug"] = slug

    params["filters"] = filters

    params["include_scores"] = include_scores

    params = given(
        params,
        bools=("include_scores",),
        ints=("agent_id", "project_id"),
        texts=("assistant_id", "agents", "slug", "filters"),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/metrics-external/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[MetricList] | None:
    if response.status_code == 200:
        response_200 = read_items(MetricList.from_dict, response.json())
        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[MetricList]]:
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
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    agents: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    include_scores: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[MetricList]]:
    """List metrics


    metrics_list: List quality metrics (LLM-judge prompts, custom code, or predefined metrics) used to
    evaluate AI voice agents. Filter by `agent_id` or `project_id` to scope results.

    Filtering behavior:
    - If only agent_id is provided: Returns metrics associated with that agent only
    - If only project_id is provided: Returns metrics associated with that project only
    - If both agent_id and project_id are provided: Returns metrics from both the agent and the project
    - If agents is provided: Returns metrics where any of the specified agents are in the M2M agents
    field
    - If slug is provided: Returns the metric with that specific slug

    Performance tip: `agent_id` (when a specific agent is in context) or `project_id` will narrow the
    result. Orgs can accumulate hundreds of metrics so a filter usually helps.


    Args:
        agent_id (int | Unset): Filter by agent ID
            Example: `123`
        project_id (int | Unset): Filter by project ID
            Example: `456`
        assistant_id (str | Unset): Filter by assistant ID
            Example: `asst_1234567890`
        agents (str | Unset): Filter metrics by agent IDs. Supports comma-separated list.
            Example: `1,2,3` to filter metrics associated with any of these agents
        slug (str | Unset): Filter by metric slug
            Example: `latency_metric` or `customer_satisfaction`
        filters (str | Unset): JSON filter parameter for advanced filtering.

            Example:
            ```json
            {"operator":"and","conditions":[{"field":"agents__id","op":"in","value":[1,2,3]}]}
            ```

            Supported fields: agents__id, eval_type, type, name
            Supported operators: in, eq, contains
        include_scores (bool | Unset): Include Overall and Total scores in Metric List
            Example: `true` or `false`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[MetricList]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        project_id=project_id,
        assistant_id=assistant_id,
        agents=agents,
        slug=slug,
        filters=filters,
        include_scores=include_scores,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    agents: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    include_scores: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[MetricList]:
    """List metrics


    metrics_list: List quality metrics (LLM-judge prompts, custom code, or predefined metrics) used to
    evaluate AI voice agents. Filter by `agent_id` or `project_id` to scope results.

    Filtering behavior:
    - If only agent_id is provided: Returns metrics associated with that agent only
    - If only project_id is provided: Returns metrics associated with that project only
    - If both agent_id and project_id are provided: Returns metrics from both the agent and the project
    - If agents is provided: Returns metrics where any of the specified agents are in the M2M agents
    field
    - If slug is provided: Returns the metric with that specific slug

    Performance tip: `agent_id` (when a specific agent is in context) or `project_id` will narrow the
    result. Orgs can accumulate hundreds of metrics so a filter usually helps.


    Args:
        agent_id (int | Unset): Filter by agent ID
            Example: `123`
        project_id (int | Unset): Filter by project ID
            Example: `456`
        assistant_id (str | Unset): Filter by assistant ID
            Example: `asst_1234567890`
        agents (str | Unset): Filter metrics by agent IDs. Supports comma-separated list.
            Example: `1,2,3` to filter metrics associated with any of these agents
        slug (str | Unset): Filter by metric slug
            Example: `latency_metric` or `customer_satisfaction`
        filters (str | Unset): JSON filter parameter for advanced filtering.

            Example:
            ```json
            {"operator":"and","conditions":[{"field":"agents__id","op":"in","value":[1,2,3]}]}
            ```

            Supported fields: agents__id, eval_type, type, name
            Supported operators: in, eq, contains
        include_scores (bool | Unset): Include Overall and Total scores in Metric List
            Example: `true` or `false`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[MetricList]
    """

    response = send(
        client,
        _get_kwargs(
            agent_id=agent_id,
            project_id=project_id,
            assistant_id=assistant_id,
            agents=agents,
            slug=slug,
            filters=filters,
            include_scores=include_scores,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[MetricList], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    agents: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    include_scores: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[list[MetricList]]:
    """List metrics


    metrics_list: List quality metrics (LLM-judge prompts, custom code, or predefined metrics) used to
    evaluate AI voice agents. Filter by `agent_id` or `project_id` to scope results.

    Filtering behavior:
    - If only agent_id is provided: Returns metrics associated with that agent only
    - If only project_id is provided: Returns metrics associated with that project only
    - If both agent_id and project_id are provided: Returns metrics from both the agent and the project
    - If agents is provided: Returns metrics where any of the specified agents are in the M2M agents
    field
    - If slug is provided: Returns the metric with that specific slug

    Performance tip: `agent_id` (when a specific agent is in context) or `project_id` will narrow the
    result. Orgs can accumulate hundreds of metrics so a filter usually helps.


    Args:
        agent_id (int | Unset): Filter by agent ID
            Example: `123`
        project_id (int | Unset): Filter by project ID
            Example: `456`
        assistant_id (str | Unset): Filter by assistant ID
            Example: `asst_1234567890`
        agents (str | Unset): Filter metrics by agent IDs. Supports comma-separated list.
            Example: `1,2,3` to filter metrics associated with any of these agents
        slug (str | Unset): Filter by metric slug
            Example: `latency_metric` or `customer_satisfaction`
        filters (str | Unset): JSON filter parameter for advanced filtering.

            Example:
            ```json
            {"operator":"and","conditions":[{"field":"agents__id","op":"in","value":[1,2,3]}]}
            ```

            Supported fields: agents__id, eval_type, type, name
            Supported operators: in, eq, contains
        include_scores (bool | Unset): Include Overall and Total scores in Metric List
            Example: `true` or `false`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[MetricList]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        project_id=project_id,
        assistant_id=assistant_id,
        agents=agents,
        slug=slug,
        filters=filters,
        include_scores=include_scores,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    agents: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    filters: str | Unset = UNSET,
    include_scores: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> list[MetricList]:
    """List metrics


    metrics_list: List quality metrics (LLM-judge prompts, custom code, or predefined metrics) used to
    evaluate AI voice agents. Filter by `agent_id` or `project_id` to scope results.

    Filtering behavior:
    - If only agent_id is provided: Returns metrics associated with that agent only
    - If only project_id is provided: Returns metrics associated with that project only
    - If both agent_id and project_id are provided: Returns metrics from both the agent and the project
    - If agents is provided: Returns metrics where any of the specified agents are in the M2M agents
    field
    - If slug is provided: Returns the metric with that specific slug

    Performance tip: `agent_id` (when a specific agent is in context) or `project_id` will narrow the
    result. Orgs can accumulate hundreds of metrics so a filter usually helps.


    Args:
        agent_id (int | Unset): Filter by agent ID
            Example: `123`
        project_id (int | Unset): Filter by project ID
            Example: `456`
        assistant_id (str | Unset): Filter by assistant ID
            Example: `asst_1234567890`
        agents (str | Unset): Filter metrics by agent IDs. Supports comma-separated list.
            Example: `1,2,3` to filter metrics associated with any of these agents
        slug (str | Unset): Filter by metric slug
            Example: `latency_metric` or `customer_satisfaction`
        filters (str | Unset): JSON filter parameter for advanced filtering.

            Example:
            ```json
            {"operator":"and","conditions":[{"field":"agents__id","op":"in","value":[1,2,3]}]}
            ```

            Supported fields: agents__id, eval_type, type, name
            Supported operators: in, eq, contains
        include_scores (bool | Unset): Include Overall and Total scores in Metric List
            Example: `true` or `false`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[MetricList]
    """

    response = await send_async(
        client,
        _get_kwargs(
            agent_id=agent_id,
            project_id=project_id,
            assistant_id=assistant_id,
            agents=agents,
            slug=slug,
            filters=filters,
            include_scores=include_scores,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(list[MetricList], checked(response, lambda: _parse_response(client=client, response=response)))
