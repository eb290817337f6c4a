import datetime
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_run_list_list import PaginatedRunListList
from ...models.runs_v1_external_list_status import RunsV1ExternalListStatus, RunsV1ExternalListStatusLiteral
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.deprecation import warn_deprecated
from ...runtime.options import RequestOptions
from ...runtime.query import comma_separated, given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id_in: list[int] | Unset = UNSET,
    id: str | Unset = UNSET,
    id_contains: int | Unset = UNSET,
    timestamp_gte: datetime.datetime | str | Unset = UNSET,
    timestamp_lte: datetime.datetime | str | Unset = UNSET,
    result_agent_id: int | Unset = UNSET,
    result_agent_id_in: list[int] | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status: RunsV1ExternalListStatus | RunsV1ExternalListStatusLiteral | Unset = UNSET,
    success: bool | Unset = UNSET,
    duration_gte: float | Unset = UNSET,
    duration_lte: float | Unset = UNSET,
    call_id_icontains: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    provider_call_id_icontains: str | Unset = UNSET,
    provider_call_id: str | Unset = UNSET,
    scenario_id_in: list[int] | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    personality_id_in: list[int] | Unset = UNSET,
    personality_id: int | Unset = UNSET,
    result__id: int | Unset = UNSET,
    result_run_as_text: bool | Unset = UNSET,
    created_at_from: datetime.datetime | str | Unset = UNSET,
    created_at_to: datetime.datetime | str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    personalities: str | Unset = UNSET,
    success_rate: float | Unset = UNSET,
    metrics: str | Unset = UNSET,
    search: str | Unset = UNSET,
    call_ended_reason: str | Unset = UNSET,
    call_ended_reason_icontains: str | Unset = UNSET,
    call_ended_reason_in: str | Unset = UNSET,
    created_at_range: str | Unset = UNSET,
    duration_range: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id_in: list[int] | Unset = UNSET
    if not isinstance(id_in, Unset):
        json_id_in = id_in

    params["id__in"] = comma_separated(json_id_in, "id__in")

    params["id"] = id

    params["id__contains"] = id_contains

    params["timestamp__gte"] = timestamp_gte

    params["timestamp__lte"] = timestamp_lte

    params["result__agent_id"] = result_agent_id

    json_result_agent_id_in: list[int] | Unset = UNSET
    if not isinstance(result_agent_id_in, Unset):
        json_result_agent_id_in = result_agent_id_in

    params["result__agent_id__in"] = comma_separated(json_result_agent_id_in, "result__agent_id__in")

    json_status_in: list[str] | Unset = UNSET
    if not isinstance(status_in, Unset):
        json_status_in = status_in

    params["status__in"] = comma_separated(json_status_in, "status__in")

    params["status"] = status

    params["success"] = success

    params["duration__gte"] = duration_gte

    params["duration__lte"] = duration_lte

    params["call_id__icontains"] = call_id_icontains

    params["call_id"] = call_id

    params["provider_call_id__icontains"] = provider_call_id_icontains

    params["provider_call_id"] = provider_call_id

    json_scenario_id_in: list[int] | Unset = UNSET
    if not isinstance(scenario_id_in, Unset):
        json_scenario_id_in = scenario_id_in

    params["scenario__id__in"] = comma_separated(json_scenario_id_in, "scenario__id__in")

    params["scenario__id"] = scenario_id

    json_personality_id_in: list[int] | Unset = UNSET
    if not isinstance(personality_id_in, Unset):
        json_personality_id_in = personality_id_in

    params["personality__id__in"] = comma_separated(json_personality_id_in, "personality__id__in")

    params["personality__id"] = personality_id

    params["result__id"] = result__id

    params["result__run_as_text"] = result_run_as_text

    params["created_at_from"] = created_at_from

    params["created_at_to"] = created_at_to

    params["agent_id"] = agent_id

    params["assistant_id"] = assistant_id

    params["scenarios"] = scenarios

    params["tags"] = tags

    params["personalities"] = personalities

    params["success_rate"] = success_rate

    params["metrics"] = metrics

    params["search"] = search

    params["call_ended_reason"] = call_ended_reason

    params["call_ended_reason__icontains"] = call_ended_reason_icontains

    params["call_ended_reason__in"] = call_ended_reason_in

    params["created_at_range"] = created_at_range

    params["duration_range"] = duration_range

    params["page"] = page

    params["page_size"] = page_size

    params["project_id"] = project_id

    params["result_id"] = result_id

    params = given(
        params,
        bools=("success", "result__run_as_text"),
        datetimes=("timestamp__gte", "timestamp__lte", "created_at_from", "created_at_to"),
        enums={"status": RunsV1ExternalListStatus},
        ints=(
            "id__contains",
            "result__agent_id",
            "scenario__id",
            "personality__id",
            "result__id",
            "agent_id",
            "page",
            "page_size",
            "project_id",
            "result_id",
        ),
        numbers=("duration__gte", "duration__lte", "success_rate"),
        texts=(
            "id",
            "call_id__icontains",
            "call_id",
            "provider_call_id__icontains",
            "provider_call_id",
            "assistant_id",
            "scenarios",
            "tags",
            "personalities",
            "metrics",
            "search",
            "call_ended_reason",
            "call_ended_reason__icontains",
            "call_ended_reason__in",
            "created_at_range",
            "duration_range",
        ),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/runs-external/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaginatedRunListList | None:
    if response.status_code == 200:
        response_200 = PaginatedRunListList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedRunListList]:
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
_DEPRECATION = (
    "GET /test_framework/v1/runs-external/ is deprecated; use GET /test_framework/v2/runs/ (cekura.runs.list()) instead"
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id_in: list[int] | Unset = UNSET,
    id: str | Unset = UNSET,
    id_contains: int | Unset = UNSET,
    timestamp_gte: datetime.datetime | str | Unset = UNSET,
    timestamp_lte: datetime.datetime | str | Unset = UNSET,
    result_agent_id: int | Unset = UNSET,
    result_agent_id_in: list[int] | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status: RunsV1ExternalListStatus | RunsV1ExternalListStatusLiteral | Unset = UNSET,
    success: bool | Unset = UNSET,
    duration_gte: float | Unset = UNSET,
    duration_lte: float | Unset = UNSET,
    call_id_icontains: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    provider_call_id_icontains: str | Unset = UNSET,
    provider_call_id: str | Unset = UNSET,
    scenario_id_in: list[int] | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    personality_id_in: list[int] | Unset = UNSET,
    personality_id: int | Unset = UNSET,
    result__id: int | Unset = UNSET,
    result_run_as_text: bool | Unset = UNSET,
    created_at_from: datetime.datetime | str | Unset = UNSET,
    created_at_to: datetime.datetime | str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    personalities: str | Unset = UNSET,
    success_rate: float | Unset = UNSET,
    metrics: str | Unset = UNSET,
    search: str | Unset = UNSET,
    call_ended_reason: str | Unset = UNSET,
    call_ended_reason_icontains: str | Unset = UNSET,
    call_ended_reason_in: str | Unset = UNSET,
    created_at_range: str | Unset = UNSET,
    duration_range: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedRunListList]:
    """Deprecated: GET /test_framework/v1/runs-external/ is deprecated; use GET /test_framework/v2/runs/
    (cekura.runs.list()) instead.

     List test runs

    Args:
        id_in (list[int] | Unset): Multiple values may be separated by commas.
        id (str | Unset):
        id_contains (int | Unset):
        timestamp_gte (datetime.datetime | Unset):
        timestamp_lte (datetime.datetime | Unset):
        result_agent_id (int | Unset):
        result_agent_id_in (list[int] | Unset): Multiple values may be separated by commas.
        status_in (list[str] | Unset): Multiple values may be separated by commas.
        status (RunsV1ExternalListStatus | Unset): * `running` - Running
            * `completed` - Completed
            * `failed` - Failed
            * `pending` - Pending
            * `in_progress` - In Progress
            * `evaluating` - Evaluating
            * `in_queue` - In Queue
            * `timeout` - Timeout
            * `cancelled` - Cancelled
            * `scaling_up` - Scaling Up
        success (bool | Unset):
        duration_gte (float | Unset):
        duration_lte (float | Unset):
        call_id_icontains (str | Unset):
        call_id (str | Unset):
        provider_call_id_icontains (str | Unset):
        provider_call_id (str | Unset):
        scenario_id_in (list[int] | Unset): Multiple values may be separated by commas.
        scenario_id (int | Unset):
        personality_id_in (list[int] | Unset): Multiple values may be separated by commas.
        personality_id (int | Unset):
        result__id (int | Unset):
        result_run_as_text (bool | Unset):
        created_at_from (datetime.datetime | Unset):
        created_at_to (datetime.datetime | Unset):
        agent_id (int | Unset): Filter runs by agent ID
        assistant_id (str | Unset):
        scenarios (str | Unset):
        tags (str | Unset):
        personalities (str | Unset):
        success_rate (float | Unset):
        metrics (str | Unset):
        search (str | Unset):
        call_ended_reason (str | Unset):
        call_ended_reason_icontains (str | Unset):
        call_ended_reason_in (str | Unset):
        created_at_range (str | Unset):
        duration_range (str | Unset):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int | Unset): Filter runs by project ID
        result_id (int | Unset): Filter runs by result ID
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedRunListList]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        id_in=id_in,
        id=id,
        id_contains=id_contains,
        timestamp_gte=timestamp_gte,
        timestamp_lte=timestamp_lte,
        result_agent_id=result_agent_id,
        result_agent_id_in=result_agent_id_in,
        status_in=status_in,
        status=status,
        success=success,
        duration_gte=duration_gte,
        duration_lte=duration_lte,
        call_id_icontains=call_id_icontains,
        call_id=call_id,
        provider_call_id_icontains=provider_call_id_icontains,
        provider_call_id=provider_call_id,
        scenario_id_in=scenario_id_in,
        scenario_id=scenario_id,
        personality_id_in=personality_id_in,
        personality_id=personality_id,
        result__id=result__id,
        result_run_as_text=result_run_as_text,
        created_at_from=created_at_from,
        created_at_to=created_at_to,
        agent_id=agent_id,
        assistant_id=assistant_id,
        scenarios=scenarios,
        tags=tags,
        personalities=personalities,
        success_rate=success_rate,
        metrics=metrics,
        search=search,
        call_ended_reason=call_ended_reason,
        call_ended_reason_icontains=call_ended_reason_icontains,
        call_ended_reason_in=call_ended_reason_in,
        created_at_range=created_at_range,
        duration_range=duration_range,
        page=page,
        page_size=page_size,
        project_id=project_id,
        result_id=result_id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id_in: list[int] | Unset = UNSET,
    id: str | Unset = UNSET,
    id_contains: int | Unset = UNSET,
    timestamp_gte: datetime.datetime | str | Unset = UNSET,
    timestamp_lte: datetime.datetime | str | Unset = UNSET,
    result_agent_id: int | Unset = UNSET,
    result_agent_id_in: list[int] | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status: RunsV1ExternalListStatus | RunsV1ExternalListStatusLiteral | Unset = UNSET,
    success: bool | Unset = UNSET,
    duration_gte: float | Unset = UNSET,
    duration_lte: float | Unset = UNSET,
    call_id_icontains: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    provider_call_id_icontains: str | Unset = UNSET,
    provider_call_id: str | Unset = UNSET,
    scenario_id_in: list[int] | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    personality_id_in: list[int] | Unset = UNSET,
    personality_id: int | Unset = UNSET,
    result__id: int | Unset = UNSET,
    result_run_as_text: bool | Unset = UNSET,
    created_at_from: datetime.datetime | str | Unset = UNSET,
    created_at_to: datetime.datetime | str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    personalities: str | Unset = UNSET,
    success_rate: float | Unset = UNSET,
    metrics: str | Unset = UNSET,
    search: str | Unset = UNSET,
    call_ended_reason: str | Unset = UNSET,
    call_ended_reason_icontains: str | Unset = UNSET,
    call_ended_reason_in: str | Unset = UNSET,
    created_at_range: str | Unset = UNSET,
    duration_range: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedRunListList:
    """Deprecated: GET /test_framework/v1/runs-external/ is deprecated; use GET /test_framework/v2/runs/
    (cekura.runs.list()) instead.

     List test runs

    Args:
        id_in (list[int] | Unset): Multiple values may be separated by commas.
        id (str | Unset):
        id_contains (int | Unset):
        timestamp_gte (datetime.datetime | Unset):
        timestamp_lte (datetime.datetime | Unset):
        result_agent_id (int | Unset):
        result_agent_id_in (list[int] | Unset): Multiple values may be separated by commas.
        status_in (list[str] | Unset): Multiple values may be separated by commas.
        status (RunsV1ExternalListStatus | Unset): * `running` - Running
            * `completed` - Completed
            * `failed` - Failed
            * `pending` - Pending
            * `in_progress` - In Progress
            * `evaluating` - Evaluating
            * `in_queue` - In Queue
            * `timeout` - Timeout
            * `cancelled` - Cancelled
            * `scaling_up` - Scaling Up
        success (bool | Unset):
        duration_gte (float | Unset):
        duration_lte (float | Unset):
        call_id_icontains (str | Unset):
        call_id (str | Unset):
        provider_call_id_icontains (str | Unset):
        provider_call_id (str | Unset):
        scenario_id_in (list[int] | Unset): Multiple values may be separated by commas.
        scenario_id (int | Unset):
        personality_id_in (list[int] | Unset): Multiple values may be separated by commas.
        personality_id (int | Unset):
        result__id (int | Unset):
        result_run_as_text (bool | Unset):
        created_at_from (datetime.datetime | Unset):
        created_at_to (datetime.datetime | Unset):
        agent_id (int | Unset): Filter runs by agent ID
        assistant_id (str | Unset):
        scenarios (str | Unset):
        tags (str | Unset):
        personalities (str | Unset):
        success_rate (float | Unset):
        metrics (str | Unset):
        search (str | Unset):
        call_ended_reason (str | Unset):
        call_ended_reason_icontains (str | Unset):
        call_ended_reason_in (str | Unset):
        created_at_range (str | Unset):
        duration_range (str | Unset):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int | Unset): Filter runs by project ID
        result_id (int | Unset): Filter runs by result ID
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedRunListList
    """

    warn_deprecated(_DEPRECATION)

    response = send(
        client,
        _get_kwargs(
            id_in=id_in,
            id=id,
            id_contains=id_contains,
            timestamp_gte=timestamp_gte,
            timestamp_lte=timestamp_lte,
            result_agent_id=result_agent_id,
            result_agent_id_in=result_agent_id_in,
            status_in=status_in,
            status=status,
            success=success,
            duration_gte=duration_gte,
            duration_lte=duration_lte,
            call_id_icontains=call_id_icontains,
            call_id=call_id,
            provider_call_id_icontains=provider_call_id_icontains,
            provider_call_id=provider_call_id,
            scenario_id_in=scenario_id_in,
            scenario_id=scenario_id,
            personality_id_in=personality_id_in,
            personality_id=personality_id,
            result__id=result__id,
            result_run_as_text=result_run_as_text,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            agent_id=agent_id,
            assistant_id=assistant_id,
            scenarios=scenarios,
            tags=tags,
            personalities=personalities,
            success_rate=success_rate,
            metrics=metrics,
            search=search,
            call_ended_reason=call_ended_reason,
            call_ended_reason_icontains=call_ended_reason_icontains,
            call_ended_reason_in=call_ended_reason_in,
            created_at_range=created_at_range,
            duration_range=duration_range,
            page=page,
            page_size=page_size,
            project_id=project_id,
            result_id=result_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedRunListList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id_in: list[int] | Unset = UNSET,
    id: str | Unset = UNSET,
    id_contains: int | Unset = UNSET,
    timestamp_gte: datetime.datetime | str | Unset = UNSET,
    timestamp_lte: datetime.datetime | str | Unset = UNSET,
    result_agent_id: int | Unset = UNSET,
    result_agent_id_in: list[int] | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status: RunsV1ExternalListStatus | RunsV1ExternalListStatusLiteral | Unset = UNSET,
    success: bool | Unset = UNSET,
    duration_gte: float | Unset = UNSET,
    duration_lte: float | Unset = UNSET,
    call_id_icontains: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    provider_call_id_icontains: str | Unset = UNSET,
    provider_call_id: str | Unset = UNSET,
    scenario_id_in: list[int] | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    personality_id_in: list[int] | Unset = UNSET,
    personality_id: int | Unset = UNSET,
    result__id: int | Unset = UNSET,
    result_run_as_text: bool | Unset = UNSET,
    created_at_from: datetime.datetime | str | Unset = UNSET,
    created_at_to: datetime.datetime | str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    personalities: str | Unset = UNSET,
    success_rate: float | Unset = UNSET,
    metrics: str | Unset = UNSET,
    search: str | Unset = UNSET,
    call_ended_reason: str | Unset = UNSET,
    call_ended_reason_icontains: str | Unset = UNSET,
    call_ended_reason_in: str | Unset = UNSET,
    created_at_range: str | Unset = UNSET,
    duration_range: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedRunListList]:
    """Deprecated: GET /test_framework/v1/runs-external/ is deprecated; use GET /test_framework/v2/runs/
    (cekura.runs.list()) instead.

     List test runs

    Args:
        id_in (list[int] | Unset): Multiple values may be separated by commas.
        id (str | Unset):
        id_contains (int | Unset):
        timestamp_gte (datetime.datetime | Unset):
        timestamp_lte (datetime.datetime | Unset):
        result_agent_id (int | Unset):
        result_agent_id_in (list[int] | Unset): Multiple values may be separated by commas.
        status_in (list[str] | Unset): Multiple values may be separated by commas.
        status (RunsV1ExternalListStatus | Unset): * `running` - Running
            * `completed` - Completed
            * `failed` - Failed
            * `pending` - Pending
            * `in_progress` - In Progress
            * `evaluating` - Evaluating
            * `in_queue` - In Queue
            * `timeout` - Timeout
            * `cancelled` - Cancelled
            * `scaling_up` - Scaling Up
        success (bool | Unset):
        duration_gte (float | Unset):
        duration_lte (float | Unset):
        call_id_icontains (str | Unset):
        call_id (str | Unset):
        provider_call_id_icontains (str | Unset):
        provider_call_id (str | Unset):
        scenario_id_in (list[int] | Unset): Multiple values may be separated by commas.
        scenario_id (int | Unset):
        personality_id_in (list[int] | Unset): Multiple values may be separated by commas.
        personality_id (int | Unset):
        result__id (int | Unset):
        result_run_as_text (bool | Unset):
        created_at_from (datetime.datetime | Unset):
        created_at_to (datetime.datetime | Unset):
        agent_id (int | Unset): Filter runs by agent ID
        assistant_id (str | Unset):
        scenarios (str | Unset):
        tags (str | Unset):
        personalities (str | Unset):
        success_rate (float | Unset):
        metrics (str | Unset):
        search (str | Unset):
        call_ended_reason (str | Unset):
        call_ended_reason_icontains (str | Unset):
        call_ended_reason_in (str | Unset):
        created_at_range (str | Unset):
        duration_range (str | Unset):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int | Unset): Filter runs by project ID
        result_id (int | Unset): Filter runs by result ID
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedRunListList]
    """

    warn_deprecated(_DEPRECATION)

    kwargs = _get_kwargs(
        id_in=id_in,
        id=id,
        id_contains=id_contains,
        timestamp_gte=timestamp_gte,
        timestamp_lte=timestamp_lte,
        result_agent_id=result_agent_id,
        result_agent_id_in=result_agent_id_in,
        status_in=status_in,
        status=status,
        success=success,
        duration_gte=duration_gte,
        duration_lte=duration_lte,
        call_id_icontains=call_id_icontains,
        call_id=call_id,
        provider_call_id_icontains=provider_call_id_icontains,
        provider_call_id=provider_call_id,
        scenario_id_in=scenario_id_in,
        scenario_id=scenario_id,
        personality_id_in=personality_id_in,
        personality_id=personality_id,
        result__id=result__id,
        result_run_as_text=result_run_as_text,
        created_at_from=created_at_from,
        created_at_to=created_at_to,
        agent_id=agent_id,
        assistant_id=assistant_id,
        scenarios=scenarios,
        tags=tags,
        personalities=personalities,
        success_rate=success_rate,
        metrics=metrics,
        search=search,
        call_ended_reason=call_ended_reason,
        call_ended_reason_icontains=call_ended_reason_icontains,
        call_ended_reason_in=call_ended_reason_in,
        created_at_range=created_at_range,
        duration_range=duration_range,
        page=page,
        page_size=page_size,
        project_id=project_id,
        result_id=result_id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id_in: list[int] | Unset = UNSET,
    id: str | Unset = UNSET,
    id_contains: int | Unset = UNSET,
    timestamp_gte: datetime.datetime | str | Unset = UNSET,
    timestamp_lte: datetime.datetime | str | Unset = UNSET,
    result_agent_id: int | Unset = UNSET,
    result_agent_id_in: list[int] | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status: RunsV1ExternalListStatus | RunsV1ExternalListStatusLiteral | Unset = UNSET,
    success: bool | Unset = UNSET,
    duration_gte: float | Unset = UNSET,
    duration_lte: float | Unset = UNSET,
    call_id_icontains: str | Unset = UNSET,
    call_id: str | Unset = UNSET,
    provider_call_id_icontains: str | Unset = UNSET,
    provider_call_id: str | Unset = UNSET,
    scenario_id_in: list[int] | Unset = UNSET,
    scenario_id: int | Unset = UNSET,
    personality_id_in: list[int] | Unset = UNSET,
    personality_id: int | Unset = UNSET,
    result__id: int | Unset = UNSET,
    result_run_as_text: bool | Unset = UNSET,
    created_at_from: datetime.datetime | str | Unset = UNSET,
    created_at_to: datetime.datetime | str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    scenarios: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    personalities: str | Unset = UNSET,
    success_rate: float | Unset = UNSET,
    metrics: str | Unset = UNSET,
    search: str | Unset = UNSET,
    call_ended_reason: str | Unset = UNSET,
    call_ended_reason_icontains: str | Unset = UNSET,
    call_ended_reason_in: str | Unset = UNSET,
    created_at_range: str | Unset = UNSET,
    duration_range: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    result_id: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedRunListList:
    """Deprecated: GET /test_framework/v1/runs-external/ is deprecated; use GET /test_framework/v2/runs/
    (cekura.runs.list()) instead.

     List test runs

    Args:
        id_in (list[int] | Unset): Multiple values may be separated by commas.
        id (str | Unset):
        id_contains (int | Unset):
        timestamp_gte (datetime.datetime | Unset):
        timestamp_lte (datetime.datetime | Unset):
        result_agent_id (int | Unset):
        result_agent_id_in (list[int] | Unset): Multiple values may be separated by commas.
        status_in (list[str] | Unset): Multiple values may be separated by commas.
        status (RunsV1ExternalListStatus | Unset): * `running` - Running
            * `completed` - Completed
            * `failed` - Failed
            * `pending` - Pending
            * `in_progress` - In Progress
            * `evaluating` - Evaluating
            * `in_queue` - In Queue
            * `timeout` - Timeout
            * `cancelled` - Cancelled
            * `scaling_up` - Scaling Up
        success (bool | Unset):
        duration_gte (float | Unset):
        duration_lte (float | Unset):
        call_id_icontains (str | Unset):
        call_id (str | Unset):
        provider_call_id_icontains (str | Unset):
        provider_call_id (str | Unset):
        scenario_id_in (list[int] | Unset): Multiple values may be separated by commas.
        scenario_id (int | Unset):
        personality_id_in (list[int] | Unset): Multiple values may be separated by commas.
        personality_id (int | Unset):
        result__id (int | Unset):
        result_run_as_text (bool | Unset):
        created_at_from (datetime.datetime | Unset):
        created_at_to (datetime.datetime | Unset):
        agent_id (int | Unset): Filter runs by agent ID
        assistant_id (str | Unset):
        scenarios (str | Unset):
        tags (str | Unset):
        personalities (str | Unset):
        success_rate (float | Unset):
        metrics (str | Unset):
        search (str | Unset):
        call_ended_reason (str | Unset):
        call_ended_reason_icontains (str | Unset):
        call_ended_reason_in (str | Unset):
        created_at_range (str | Unset):
        duration_range (str | Unset):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        project_id (int | Unset): Filter runs by project ID
        result_id (int | Unset): Filter runs by result ID
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedRunListList
    """

    warn_deprecated(_DEPRECATION)

    response = await send_async(
        client,
        _get_kwargs(
            id_in=id_in,
            id=id,
            id_contains=id_contains,
            timestamp_gte=timestamp_gte,
            timestamp_lte=timestamp_lte,
            result_agent_id=result_agent_id,
            result_agent_id_in=result_agent_id_in,
            status_in=status_in,
            status=status,
            success=success,
            duration_gte=duration_gte,
            duration_lte=duration_lte,
            call_id_icontains=call_id_icontains,
            call_id=call_id,
            provider_call_id_icontains=provider_call_id_icontains,
            provider_call_id=provider_call_id,
            scenario_id_in=scenario_id_in,
            scenario_id=scenario_id,
            personality_id_in=personality_id_in,
            personality_id=personality_id,
            result__id=result__id,
            result_run_as_text=result_run_as_text,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            agent_id=agent_id,
            assistant_id=assistant_id,
            scenarios=scenarios,
            tags=tags,
            personalities=personalities,
            success_rate=success_rate,
            metrics=metrics,
            search=search,
            call_ended_reason=call_ended_reason,
            call_ended_reason_icontains=call_ended_reason_icontains,
            call_ended_reason_in=call_ended_reason_in,
            created_at_range=created_at_range,
            duration_range=duration_range,
            page=page,
            page_size=page_size,
            project_id=project_id,
            result_id=result_id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedRunListList, checked(response, lambda: _parse_response(client=client, response=response)))
