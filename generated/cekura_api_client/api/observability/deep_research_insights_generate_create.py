from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.deep_research_insight_generate import DeepResearchInsightGenerate
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: DeepResearchInsightGenerate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/deep-research-insights/generate/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeepResearchInsightGenerate | None:
    if response.status_code == 200:
        response_200 = DeepResearchInsightGenerate.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeepResearchInsightGenerate]:
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
    body: DeepResearchInsightGenerate,
    options: RequestOptions | None = None,
) -> Response[DeepResearchInsightGenerate]:
    """Generate a Deep Research audit for a project

     Queue a project-level Deep Research audit over recent calls and return the new row in `pending`.
    Scope with `project`; audit an exact window with `date_from` / `date_to`, or a rolling lookback with
    `window_days`, and cap the sample with `max_calls`. While an audit is already running for the
    project, the running row is returned as-is and the requested window is ignored — wait for it to
    finish before asking for a different window. Poll the returned row's `status` until it reaches
    `succeeded`. ⚠ Consumes credits per audit — see the pricing endpoint.

    Args:
        body (DeepResearchInsightGenerate): Request body for ``POST /deep-research-
            insights/generate/``.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[DeepResearchInsightGenerate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DeepResearchInsightGenerate,
    options: RequestOptions | None = None,
) -> DeepResearchInsightGenerate:
    """Generate a Deep Research audit for a project

     Queue a project-level Deep Research audit over recent calls and return the new row in `pending`.
    Scope with `project`; audit an exact window with `date_from` / `date_to`, or a rolling lookback with
    `window_days`, and cap the sample with `max_calls`. While an audit is already running for the
    project, the running row is returned as-is and the requested window is ignored — wait for it to
    finish before asking for a different window. Poll the returned row's `status` until it reaches
    `succeeded`. ⚠ Consumes credits per audit — see the pricing endpoint.

    Args:
        body (DeepResearchInsightGenerate): Request body for ``POST /deep-research-
            insights/generate/``.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        DeepResearchInsightGenerate
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
        DeepResearchInsightGenerate, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeepResearchInsightGenerate,
    options: RequestOptions | None = None,
) -> Response[DeepResearchInsightGenerate]:
    """Generate a Deep Research audit for a project

     Queue a project-level Deep Research audit over recent calls and return the new row in `pending`.
    Scope with `project`; audit an exact window with `date_from` / `date_to`, or a rolling lookback with
    `window_days`, and cap the sample with `max_calls`. While an audit is already running for the
    project, the running row is returned as-is and the requested window is ignored — wait for it to
    finish before asking for a different window. Poll the returned row's `status` until it reaches
    `succeeded`. ⚠ Consumes credits per audit — see the pricing endpoint.

    Args:
        body (DeepResearchInsightGenerate): Request body for ``POST /deep-research-
            insights/generate/``.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[DeepResearchInsightGenerate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeepResearchInsightGenerate,
    options: RequestOptions | None = None,
) -> DeepResearchInsightGenerate:
    """Generate a Deep Research audit for a project

     Queue a project-level Deep Research audit over recent calls and return the new row in `pending`.
    Scope with `project`; audit an exact window with `date_from` / `date_to`, or a rolling lookback with
    `window_days`, and cap the sample with `max_calls`. While an audit is already running for the
    project, the running row is returned as-is and the requested window is ignored — wait for it to
    finish before asking for a different window. Poll the returned row's `status` until it reaches
    `succeeded`. ⚠ Consumes credits per audit — see the pricing endpoint.

    Args:
        body (DeepResearchInsightGenerate): Request body for ``POST /deep-research-
            insights/generate/``.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        DeepResearchInsightGenerate
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
        DeepResearchInsightGenerate, checked(response, lambda: _parse_response(client=client, response=response))
    )
