from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.metric_failure_mode_insight import MetricFailureModeInsight
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_ids: str | Unset = UNSET,
    project: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_ids"] = agent_ids

    params["project"] = project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v1/metric-failure-mode-insights/categories/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetricFailureModeInsight | None:
    if response.status_code == 200:
        response_200 = MetricFailureModeInsight.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricFailureModeInsight]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_ids: str | Unset = UNSET,
    project: int | Unset = UNSET,
) -> Response[MetricFailureModeInsight]:
    """List accumulating failure categories for a metric

     Return the persistent failure categories for a project (optionally one metric), each with a call
    count and example call ids. Filter by `date_from` / `date_to` (ISO datetimes for an exact window, or
    bare dates for whole-day bounds) to count only assignments in that range, and by `agent_ids` (comma-
    separated agent ids) to count only calls handled by those agents; results are sorted by count
    descending.

    Args:
        agent_ids (str | Unset):
        project (int | Unset):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeInsight]
    """

    kwargs = _get_kwargs(
        agent_ids=agent_ids,
        project=project,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_ids: str | Unset = UNSET,
    project: int | Unset = UNSET,
) -> MetricFailureModeInsight:
    """List accumulating failure categories for a metric

     Return the persistent failure categories for a project (optionally one metric), each with a call
    count and example call ids. Filter by `date_from` / `date_to` (ISO datetimes for an exact window, or
    bare dates for whole-day bounds) to count only assignments in that range, and by `agent_ids` (comma-
    separated agent ids) to count only calls handled by those agents; results are sorted by count
    descending.

    Args:
        agent_ids (str | Unset):
        project (int | Unset):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricFailureModeInsight
    """

    response = send(
        client,
        _get_kwargs(
            agent_ids=agent_ids,
            project=project,
        ),
    )
    raise_for_status(response)
    return cast(MetricFailureModeInsight, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_ids: str | Unset = UNSET,
    project: int | Unset = UNSET,
) -> Response[MetricFailureModeInsight]:
    """List accumulating failure categories for a metric

     Return the persistent failure categories for a project (optionally one metric), each with a call
    count and example call ids. Filter by `date_from` / `date_to` (ISO datetimes for an exact window, or
    bare dates for whole-day bounds) to count only assignments in that range, and by `agent_ids` (comma-
    separated agent ids) to count only calls handled by those agents; results are sorted by count
    descending.

    Args:
        agent_ids (str | Unset):
        project (int | Unset):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeInsight]
    """

    kwargs = _get_kwargs(
        agent_ids=agent_ids,
        project=project,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_ids: str | Unset = UNSET,
    project: int | Unset = UNSET,
) -> MetricFailureModeInsight:
    """List accumulating failure categories for a metric

     Return the persistent failure categories for a project (optionally one metric), each with a call
    count and example call ids. Filter by `date_from` / `date_to` (ISO datetimes for an exact window, or
    bare dates for whole-day bounds) to count only assignments in that range, and by `agent_ids` (comma-
    separated agent ids) to count only calls handled by those agents; results are sorted by count
    descending.

    Args:
        agent_ids (str | Unset):
        project (int | Unset):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricFailureModeInsight
    """

    response = await send_async(
        client,
        _get_kwargs(
            agent_ids=agent_ids,
            project=project,
        ),
    )
    raise_for_status(response)
    return cast(MetricFailureModeInsight, _build_response(client=client, response=response).parsed)
