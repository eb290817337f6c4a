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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_ids"] = agent_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/observability/v1/metric-failure-mode-insights/failure-rates/",
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
) -> Response[MetricFailureModeInsight]:
    """List metric failure rates for the insights window

     Return the percentage of evaluated calls that failed each metric during the selected Insights date
    range. Optionally scope to `agent_ids` (comma-separated agent ids).

    Args:
        agent_ids (str | Unset):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeInsight]
    """

    kwargs = _get_kwargs(
        agent_ids=agent_ids,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_ids: str | Unset = UNSET,
) -> MetricFailureModeInsight:
    """List metric failure rates for the insights window

     Return the percentage of evaluated calls that failed each metric during the selected Insights date
    range. Optionally scope to `agent_ids` (comma-separated agent ids).

    Args:
        agent_ids (str | Unset):

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
        ),
    )
    raise_for_status(response)
    return cast(MetricFailureModeInsight, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_ids: str | Unset = UNSET,
) -> Response[MetricFailureModeInsight]:
    """List metric failure rates for the insights window

     Return the percentage of evaluated calls that failed each metric during the selected Insights date
    range. Optionally scope to `agent_ids` (comma-separated agent ids).

    Args:
        agent_ids (str | Unset):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeInsight]
    """

    kwargs = _get_kwargs(
        agent_ids=agent_ids,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_ids: str | Unset = UNSET,
) -> MetricFailureModeInsight:
    """List metric failure rates for the insights window

     Return the percentage of evaluated calls that failed each metric during the selected Insights date
    range. Optionally scope to `agent_ids` (comma-separated agent ids).

    Args:
        agent_ids (str | Unset):

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
        ),
    )
    raise_for_status(response)
    return cast(MetricFailureModeInsight, _build_response(client=client, response=response).parsed)
