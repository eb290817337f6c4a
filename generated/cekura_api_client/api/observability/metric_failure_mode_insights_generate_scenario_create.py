from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metric_failure_mode_insight_generate_scenario import MetricFailureModeInsightGenerateScenario
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: MetricFailureModeInsightGenerateScenario,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/metric-failure-mode-insights/{id}/generate-scenario/".format(
            id=segment("id", id),
        ),
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetricFailureModeInsightGenerateScenario | None:
    if response.status_code == 200:
        response_200 = MetricFailureModeInsightGenerateScenario.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricFailureModeInsightGenerateScenario]:
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
    id: int,
    *,
    client: AuthenticatedClient,
    body: MetricFailureModeInsightGenerateScenario,
    options: RequestOptions | None = None,
) -> Response[MetricFailureModeInsightGenerateScenario]:
    """Generate a test scenario from an insight failure mode

     Turn one failure mode of a metric failure-mode insight into a test scenario that reproduces the
    issue against a target agent. Choose the failure mode with `failure_mode_index` and the agent with
    `agent`. Set `redact_transcripts` to strip personal identifiers from the source call transcripts
    before they are used to draft the scenario. Runs in the background and returns a `progress_id`; poll
    scenario generation progress to retrieve the generated scenario id.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (MetricFailureModeInsightGenerateScenario): Request body for
            ``POST /metric-failure-mode-insights/<id>/generate-scenario/``.

            Turns one failure mode of an insight into a test scenario for the
            given agent. The agent is resolved on the frontend from the failure
            mode's example calls (see the ``failure-mode-agents`` action), so when
            a failure mode spans several agents the UI posts once per agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeInsightGenerateScenario]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MetricFailureModeInsightGenerateScenario,
    options: RequestOptions | None = None,
) -> MetricFailureModeInsightGenerateScenario:
    """Generate a test scenario from an insight failure mode

     Turn one failure mode of a metric failure-mode insight into a test scenario that reproduces the
    issue against a target agent. Choose the failure mode with `failure_mode_index` and the agent with
    `agent`. Set `redact_transcripts` to strip personal identifiers from the source call transcripts
    before they are used to draft the scenario. Runs in the background and returns a `progress_id`; poll
    scenario generation progress to retrieve the generated scenario id.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (MetricFailureModeInsightGenerateScenario): Request body for
            ``POST /metric-failure-mode-insights/<id>/generate-scenario/``.

            Turns one failure mode of an insight into a test scenario for the
            given agent. The agent is resolved on the frontend from the failure
            mode's example calls (see the ``failure-mode-agents`` action), so when
            a failure mode spans several agents the UI posts once per agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricFailureModeInsightGenerateScenario
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        MetricFailureModeInsightGenerateScenario,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MetricFailureModeInsightGenerateScenario,
    options: RequestOptions | None = None,
) -> Response[MetricFailureModeInsightGenerateScenario]:
    """Generate a test scenario from an insight failure mode

     Turn one failure mode of a metric failure-mode insight into a test scenario that reproduces the
    issue against a target agent. Choose the failure mode with `failure_mode_index` and the agent with
    `agent`. Set `redact_transcripts` to strip personal identifiers from the source call transcripts
    before they are used to draft the scenario. Runs in the background and returns a `progress_id`; poll
    scenario generation progress to retrieve the generated scenario id.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (MetricFailureModeInsightGenerateScenario): Request body for
            ``POST /metric-failure-mode-insights/<id>/generate-scenario/``.

            Turns one failure mode of an insight into a test scenario for the
            given agent. The agent is resolved on the frontend from the failure
            mode's example calls (see the ``failure-mode-agents`` action), so when
            a failure mode spans several agents the UI posts once per agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MetricFailureModeInsightGenerateScenario]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MetricFailureModeInsightGenerateScenario,
    options: RequestOptions | None = None,
) -> MetricFailureModeInsightGenerateScenario:
    """Generate a test scenario from an insight failure mode

     Turn one failure mode of a metric failure-mode insight into a test scenario that reproduces the
    issue against a target agent. Choose the failure mode with `failure_mode_index` and the agent with
    `agent`. Set `redact_transcripts` to strip personal identifiers from the source call transcripts
    before they are used to draft the scenario. Runs in the background and returns a `progress_id`; poll
    scenario generation progress to retrieve the generated scenario id.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (MetricFailureModeInsightGenerateScenario): Request body for
            ``POST /metric-failure-mode-insights/<id>/generate-scenario/``.

            Turns one failure mode of an insight into a test scenario for the
            given agent. The agent is resolved on the frontend from the failure
            mode's example calls (see the ``failure-mode-agents`` action), so when
            a failure mode spans several agents the UI posts once per agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MetricFailureModeInsightGenerateScenario
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        MetricFailureModeInsightGenerateScenario,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
