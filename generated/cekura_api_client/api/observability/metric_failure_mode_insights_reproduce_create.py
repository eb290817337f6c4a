from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.insight_reproduction_request import InsightReproductionRequest
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: InsightReproductionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/metric-failure-mode-insights/{id}/reproduce/".format(
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
) -> InsightReproductionRequest | None:
    if response.status_code == 200:
        response_200 = InsightReproductionRequest.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsightReproductionRequest]:
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
    body: InsightReproductionRequest,
    options: RequestOptions | None = None,
) -> Response[InsightReproductionRequest]:
    """Reproduce a failure mode by running it against an agent

     Draft a scenario from one failure mode and run it against the agent on the same channel the cited
    calls used, retrying until a run reproduces the failure or `max_attempts` is reached. Choose the
    failure mode with `failure_mode_index` and the target with `agent`. Returns a
    `reproduction_session_id`; poll the reproduction session for status. ⚠ Executes real evaluator runs
    against the agent.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (InsightReproductionRequest): Request body for
            ``POST /metric-failure-mode-insights/<id>/reproduce/``.

            Kicks off the full reproduction loop for one failure mode: draft a
            scenario, then run it against the agent — on the same channel the cited
            call logs used — until a run fails the insight's metric or the attempt
            budget is spent. Returns a ``reproduction_session_id`` to poll.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[InsightReproductionRequest]
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
    body: InsightReproductionRequest,
    options: RequestOptions | None = None,
) -> InsightReproductionRequest:
    """Reproduce a failure mode by running it against an agent

     Draft a scenario from one failure mode and run it against the agent on the same channel the cited
    calls used, retrying until a run reproduces the failure or `max_attempts` is reached. Choose the
    failure mode with `failure_mode_index` and the target with `agent`. Returns a
    `reproduction_session_id`; poll the reproduction session for status. ⚠ Executes real evaluator runs
    against the agent.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (InsightReproductionRequest): Request body for
            ``POST /metric-failure-mode-insights/<id>/reproduce/``.

            Kicks off the full reproduction loop for one failure mode: draft a
            scenario, then run it against the agent — on the same channel the cited
            call logs used — until a run fails the insight's metric or the attempt
            budget is spent. Returns a ``reproduction_session_id`` to poll.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        InsightReproductionRequest
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
        InsightReproductionRequest, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: InsightReproductionRequest,
    options: RequestOptions | None = None,
) -> Response[InsightReproductionRequest]:
    """Reproduce a failure mode by running it against an agent

     Draft a scenario from one failure mode and run it against the agent on the same channel the cited
    calls used, retrying until a run reproduces the failure or `max_attempts` is reached. Choose the
    failure mode with `failure_mode_index` and the target with `agent`. Returns a
    `reproduction_session_id`; poll the reproduction session for status. ⚠ Executes real evaluator runs
    against the agent.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (InsightReproductionRequest): Request body for
            ``POST /metric-failure-mode-insights/<id>/reproduce/``.

            Kicks off the full reproduction loop for one failure mode: draft a
            scenario, then run it against the agent — on the same channel the cited
            call logs used — until a run fails the insight's metric or the attempt
            budget is spent. Returns a ``reproduction_session_id`` to poll.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[InsightReproductionRequest]
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
    body: InsightReproductionRequest,
    options: RequestOptions | None = None,
) -> InsightReproductionRequest:
    """Reproduce a failure mode by running it against an agent

     Draft a scenario from one failure mode and run it against the agent on the same channel the cited
    calls used, retrying until a run reproduces the failure or `max_attempts` is reached. Choose the
    failure mode with `failure_mode_index` and the target with `agent`. Returns a
    `reproduction_session_id`; poll the reproduction session for status. ⚠ Executes real evaluator runs
    against the agent.

    Args:
        id (int): A unique integer value identifying this metric failure mode insight.
        body (InsightReproductionRequest): Request body for
            ``POST /metric-failure-mode-insights/<id>/reproduce/``.

            Kicks off the full reproduction loop for one failure mode: draft a
            scenario, then run it against the agent — on the same channel the cited
            call logs used — until a run fails the insight's metric or the attempt
            budget is spent. Returns a ``reproduction_session_id`` to poll.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        InsightReproductionRequest
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
        InsightReproductionRequest, checked(response, lambda: _parse_response(client=client, response=response))
    )
