import datetime
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_call_log_list_list import PaginatedCallLogListList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timestamp_from: datetime.datetime | str | Unset = UNSET,
    timestamp_to: datetime.datetime | str | Unset = UNSET,
    call_ids: str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    filters_v2: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["timestamp_from"] = timestamp_from

    params["timestamp_to"] = timestamp_to

    params["call_ids"] = call_ids

    params["agent_id"] = agent_id

    params["project_id"] = project_id

    params["assistant_id"] = assistant_id

    params["filters_v2"] = filters_v2

    params = given(
        params,
        datetimes=("timestamp_from", "timestamp_to"),
        ints=("page", "page_size", "agent_id", "project_id"),
        texts=("call_ids", "assistant_id", "filters_v2"),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v2/call-logs/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedCallLogListList | None:
    if response.status_code == 200:
        response_200 = PaginatedCallLogListList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedCallLogListList]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timestamp_from: datetime.datetime | str | Unset = UNSET,
    timestamp_to: datetime.datetime | str | Unset = UNSET,
    call_ids: str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    filters_v2: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedCallLogListList]:
    """List call logs

     List **production** call logs for an agent or project. Production-only — test/simulation runs
    triggered via `run_scenarios_*` do NOT create call logs; use `results_list` + `runs_bulk_retrieve`
    for simulation data instead.

    Always pass `agent_id` or `project_id` to scope results — without one, the response may be very
    large. **`project_id` is required when using an organization-level API key.**

    **Time window:** results default to the **last 30 days** when no timestamp range is given. A
    supplied range must not exceed **33 days** (wider ranges return `400`); pass
    `timestamp_from`/`timestamp_to` (ISO 8601) to select a window within that limit.

    **Filtering:**
    - `timestamp_from` / `timestamp_to` — ISO 8601 date range filter
    - `call_ids` — comma-separated **CallLog IDs** (integer DB IDs of call logs in this list response),
    e.g. `"123,456"`. Distinct from simulation `run_id`s and from each call log's own `call_id` field
    (which holds the provider's call identifier string).
    - `filters_v2` — structured JSON filter (same format as dashboard filters). Simple: `{"field":
    "success", "op": "eq", "value": true}`. Compound: `{"operator": "and", "conditions": [{...},
    {...}]}`. Supported operators: `eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `contains`, `startswith`,
    `in`, `isnull`.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        timestamp_from (datetime.datetime | Unset): Filter results from this timestamp (e.g.
            2025-01-01T00:00:00Z)
            Example: `2025-01-01T00:00:00Z`
        timestamp_to (datetime.datetime | Unset): Filter results to this timestamp (e.g.
            2025-01-31T23:59:59Z)
            Example: `2025-01-31T23:59:59Z`
        call_ids (str | Unset): Comma-separated list of call log IDs to filter by. Example:
            `"5181749,5181752"`
        agent_id (int | Unset): Filter by agent ID. Either agent_id or project_id should be
            provided.
            Example: `2142`
        project_id (int | Unset): Filter by project ID. Either agent_id or project_id should be
            provided.
            **Required when using an organization-level API key** to scope results to a specific
            project.
            Example: `1376`
        assistant_id (str | Unset): Filter by assistant ID
            Example:
            - `"asst_1234567890"`
            - `"agent_xyz789"`
        filters_v2 (str | Unset): Advanced JSON filters using CallLogQueryFilter format (same as
            dashboard filters).
            Supports nested AND/OR conditions, field comparisons, and related field filtering.

            Example - Simple filter:
            `{"field": "success", "op": "eq", "value": true}`

            Example - AND conditions:
            `{"operator": "and", "conditions": [{"field": "success", "op": "eq", "value": true},
            {"field": "duration", "op": "gte", "value": 60}]}`

            Example - OR conditions:
            `{"operator": "or", "conditions": [{"field": "call_ended_reason", "op": "eq", "value":
            "completed"}, {"field": "call_ended_reason", "op": "eq", "value": "hangup"}]}`

            Supported fields: success, duration, call_id, timestamp, created_at, call_ended_reason,
            customer_number, etc.
            Supported operators: eq, neq, gt, gte, lt, lte, contains, startswith, in, isnull
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedCallLogListList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        timestamp_from=timestamp_from,
        timestamp_to=timestamp_to,
        call_ids=call_ids,
        agent_id=agent_id,
        project_id=project_id,
        assistant_id=assistant_id,
        filters_v2=filters_v2,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timestamp_from: datetime.datetime | str | Unset = UNSET,
    timestamp_to: datetime.datetime | str | Unset = UNSET,
    call_ids: str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    filters_v2: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedCallLogListList:
    """List call logs

     List **production** call logs for an agent or project. Production-only — test/simulation runs
    triggered via `run_scenarios_*` do NOT create call logs; use `results_list` + `runs_bulk_retrieve`
    for simulation data instead.

    Always pass `agent_id` or `project_id` to scope results — without one, the response may be very
    large. **`project_id` is required when using an organization-level API key.**

    **Time window:** results default to the **last 30 days** when no timestamp range is given. A
    supplied range must not exceed **33 days** (wider ranges return `400`); pass
    `timestamp_from`/`timestamp_to` (ISO 8601) to select a window within that limit.

    **Filtering:**
    - `timestamp_from` / `timestamp_to` — ISO 8601 date range filter
    - `call_ids` — comma-separated **CallLog IDs** (integer DB IDs of call logs in this list response),
    e.g. `"123,456"`. Distinct from simulation `run_id`s and from each call log's own `call_id` field
    (which holds the provider's call identifier string).
    - `filters_v2` — structured JSON filter (same format as dashboard filters). Simple: `{"field":
    "success", "op": "eq", "value": true}`. Compound: `{"operator": "and", "conditions": [{...},
    {...}]}`. Supported operators: `eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `contains`, `startswith`,
    `in`, `isnull`.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        timestamp_from (datetime.datetime | Unset): Filter results from this timestamp (e.g.
            2025-01-01T00:00:00Z)
            Example: `2025-01-01T00:00:00Z`
        timestamp_to (datetime.datetime | Unset): Filter results to this timestamp (e.g.
            2025-01-31T23:59:59Z)
            Example: `2025-01-31T23:59:59Z`
        call_ids (str | Unset): Comma-separated list of call log IDs to filter by. Example:
            `"5181749,5181752"`
        agent_id (int | Unset): Filter by agent ID. Either agent_id or project_id should be
            provided.
            Example: `2142`
        project_id (int | Unset): Filter by project ID. Either agent_id or project_id should be
            provided.
            **Required when using an organization-level API key** to scope results to a specific
            project.
            Example: `1376`
        assistant_id (str | Unset): Filter by assistant ID
            Example:
            - `"asst_1234567890"`
            - `"agent_xyz789"`
        filters_v2 (str | Unset): Advanced JSON filters using CallLogQueryFilter format (same as
            dashboard filters).
            Supports nested AND/OR conditions, field comparisons, and related field filtering.

            Example - Simple filter:
            `{"field": "success", "op": "eq", "value": true}`

            Example - AND conditions:
            `{"operator": "and", "conditions": [{"field": "success", "op": "eq", "value": true},
            {"field": "duration", "op": "gte", "value": 60}]}`

            Example - OR conditions:
            `{"operator": "or", "conditions": [{"field": "call_ended_reason", "op": "eq", "value":
            "completed"}, {"field": "call_ended_reason", "op": "eq", "value": "hangup"}]}`

            Supported fields: success, duration, call_id, timestamp, created_at, call_ended_reason,
            customer_number, etc.
            Supported operators: eq, neq, gt, gte, lt, lte, contains, startswith, in, isnull
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedCallLogListList
    """

    response = send(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            timestamp_from=timestamp_from,
            timestamp_to=timestamp_to,
            call_ids=call_ids,
            agent_id=agent_id,
            project_id=project_id,
            assistant_id=assistant_id,
            filters_v2=filters_v2,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedCallLogListList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timestamp_from: datetime.datetime | str | Unset = UNSET,
    timestamp_to: datetime.datetime | str | Unset = UNSET,
    call_ids: str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    filters_v2: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedCallLogListList]:
    """List call logs

     List **production** call logs for an agent or project. Production-only — test/simulation runs
    triggered via `run_scenarios_*` do NOT create call logs; use `results_list` + `runs_bulk_retrieve`
    for simulation data instead.

    Always pass `agent_id` or `project_id` to scope results — without one, the response may be very
    large. **`project_id` is required when using an organization-level API key.**

    **Time window:** results default to the **last 30 days** when no timestamp range is given. A
    supplied range must not exceed **33 days** (wider ranges return `400`); pass
    `timestamp_from`/`timestamp_to` (ISO 8601) to select a window within that limit.

    **Filtering:**
    - `timestamp_from` / `timestamp_to` — ISO 8601 date range filter
    - `call_ids` — comma-separated **CallLog IDs** (integer DB IDs of call logs in this list response),
    e.g. `"123,456"`. Distinct from simulation `run_id`s and from each call log's own `call_id` field
    (which holds the provider's call identifier string).
    - `filters_v2` — structured JSON filter (same format as dashboard filters). Simple: `{"field":
    "success", "op": "eq", "value": true}`. Compound: `{"operator": "and", "conditions": [{...},
    {...}]}`. Supported operators: `eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `contains`, `startswith`,
    `in`, `isnull`.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        timestamp_from (datetime.datetime | Unset): Filter results from this timestamp (e.g.
            2025-01-01T00:00:00Z)
            Example: `2025-01-01T00:00:00Z`
        timestamp_to (datetime.datetime | Unset): Filter results to this timestamp (e.g.
            2025-01-31T23:59:59Z)
            Example: `2025-01-31T23:59:59Z`
        call_ids (str | Unset): Comma-separated list of call log IDs to filter by. Example:
            `"5181749,5181752"`
        agent_id (int | Unset): Filter by agent ID. Either agent_id or project_id should be
            provided.
            Example: `2142`
        project_id (int | Unset): Filter by project ID. Either agent_id or project_id should be
            provided.
            **Required when using an organization-level API key** to scope results to a specific
            project.
            Example: `1376`
        assistant_id (str | Unset): Filter by assistant ID
            Example:
            - `"asst_1234567890"`
            - `"agent_xyz789"`
        filters_v2 (str | Unset): Advanced JSON filters using CallLogQueryFilter format (same as
            dashboard filters).
            Supports nested AND/OR conditions, field comparisons, and related field filtering.

            Example - Simple filter:
            `{"field": "success", "op": "eq", "value": true}`

            Example - AND conditions:
            `{"operator": "and", "conditions": [{"field": "success", "op": "eq", "value": true},
            {"field": "duration", "op": "gte", "value": 60}]}`

            Example - OR conditions:
            `{"operator": "or", "conditions": [{"field": "call_ended_reason", "op": "eq", "value":
            "completed"}, {"field": "call_ended_reason", "op": "eq", "value": "hangup"}]}`

            Supported fields: success, duration, call_id, timestamp, created_at, call_ended_reason,
            customer_number, etc.
            Supported operators: eq, neq, gt, gte, lt, lte, contains, startswith, in, isnull
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedCallLogListList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        timestamp_from=timestamp_from,
        timestamp_to=timestamp_to,
        call_ids=call_ids,
        agent_id=agent_id,
        project_id=project_id,
        assistant_id=assistant_id,
        filters_v2=filters_v2,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    timestamp_from: datetime.datetime | str | Unset = UNSET,
    timestamp_to: datetime.datetime | str | Unset = UNSET,
    call_ids: str | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    filters_v2: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedCallLogListList:
    """List call logs

     List **production** call logs for an agent or project. Production-only — test/simulation runs
    triggered via `run_scenarios_*` do NOT create call logs; use `results_list` + `runs_bulk_retrieve`
    for simulation data instead.

    Always pass `agent_id` or `project_id` to scope results — without one, the response may be very
    large. **`project_id` is required when using an organization-level API key.**

    **Time window:** results default to the **last 30 days** when no timestamp range is given. A
    supplied range must not exceed **33 days** (wider ranges return `400`); pass
    `timestamp_from`/`timestamp_to` (ISO 8601) to select a window within that limit.

    **Filtering:**
    - `timestamp_from` / `timestamp_to` — ISO 8601 date range filter
    - `call_ids` — comma-separated **CallLog IDs** (integer DB IDs of call logs in this list response),
    e.g. `"123,456"`. Distinct from simulation `run_id`s and from each call log's own `call_id` field
    (which holds the provider's call identifier string).
    - `filters_v2` — structured JSON filter (same format as dashboard filters). Simple: `{"field":
    "success", "op": "eq", "value": true}`. Compound: `{"operator": "and", "conditions": [{...},
    {...}]}`. Supported operators: `eq`, `neq`, `gt`, `gte`, `lt`, `lte`, `contains`, `startswith`,
    `in`, `isnull`.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        timestamp_from (datetime.datetime | Unset): Filter results from this timestamp (e.g.
            2025-01-01T00:00:00Z)
            Example: `2025-01-01T00:00:00Z`
        timestamp_to (datetime.datetime | Unset): Filter results to this timestamp (e.g.
            2025-01-31T23:59:59Z)
            Example: `2025-01-31T23:59:59Z`
        call_ids (str | Unset): Comma-separated list of call log IDs to filter by. Example:
            `"5181749,5181752"`
        agent_id (int | Unset): Filter by agent ID. Either agent_id or project_id should be
            provided.
            Example: `2142`
        project_id (int | Unset): Filter by project ID. Either agent_id or project_id should be
            provided.
            **Required when using an organization-level API key** to scope results to a specific
            project.
            Example: `1376`
        assistant_id (str | Unset): Filter by assistant ID
            Example:
            - `"asst_1234567890"`
            - `"agent_xyz789"`
        filters_v2 (str | Unset): Advanced JSON filters using CallLogQueryFilter format (same as
            dashboard filters).
            Supports nested AND/OR conditions, field comparisons, and related field filtering.

            Example - Simple filter:
            `{"field": "success", "op": "eq", "value": true}`

            Example - AND conditions:
            `{"operator": "and", "conditions": [{"field": "success", "op": "eq", "value": true},
            {"field": "duration", "op": "gte", "value": 60}]}`

            Example - OR conditions:
            `{"operator": "or", "conditions": [{"field": "call_ended_reason", "op": "eq", "value":
            "completed"}, {"field": "call_ended_reason", "op": "eq", "value": "hangup"}]}`

            Supported fields: success, duration, call_id, timestamp, created_at, call_ended_reason,
            customer_number, etc.
            Supported operators: eq, neq, gt, gte, lt, lte, contains, startswith, in, isnull
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedCallLogListList
    """

    response = await send_async(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            timestamp_from=timestamp_from,
            timestamp_to=timestamp_to,
            call_ids=call_ids,
            agent_id=agent_id,
            project_id=project_id,
            assistant_id=assistant_id,
            filters_v2=filters_v2,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedCallLogListList, checked(response, lambda: _parse_response(client=client, response=response)))
