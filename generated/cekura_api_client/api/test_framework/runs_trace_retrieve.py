from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.run_trace_response import RunTraceResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/runs/{id}/trace/".format(
            id=segment("id", id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RunTraceResponse | None:
    if response.status_code == 200:
        response_200 = RunTraceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        return None

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RunTraceResponse]:
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
    options: RequestOptions | None = None,
) -> Response[RunTraceResponse]:
    """Get a run's trace

     Retrieve the raw OpenTelemetry trace associated with a simulation run.

    Before calling this tool, retrieve the run with `runs_bulk_retrieve` and confirm that its `trace_id`
    is non-empty; an empty `trace_id` means no trace is available. Pass the run's integer `id`, not its
    provider call identifier or its `trace_id`.

    Args:
        id (int):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[RunTraceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> RunTraceResponse:
    """Get a run's trace

     Retrieve the raw OpenTelemetry trace associated with a simulation run.

    Before calling this tool, retrieve the run with `runs_bulk_retrieve` and confirm that its `trace_id`
    is non-empty; an empty `trace_id` means no trace is available. Pass the run's integer `id`, not its
    provider call identifier or its `trace_id`.

    Args:
        id (int):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        RunTraceResponse
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(RunTraceResponse, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[RunTraceResponse]:
    """Get a run's trace

     Retrieve the raw OpenTelemetry trace associated with a simulation run.

    Before calling this tool, retrieve the run with `runs_bulk_retrieve` and confirm that its `trace_id`
    is non-empty; an empty `trace_id` means no trace is available. Pass the run's integer `id`, not its
    provider call identifier or its `trace_id`.

    Args:
        id (int):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[RunTraceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> RunTraceResponse:
    """Get a run's trace

     Retrieve the raw OpenTelemetry trace associated with a simulation run.

    Before calling this tool, retrieve the run with `runs_bulk_retrieve` and confirm that its `trace_id`
    is non-empty; an empty `trace_id` means no trace is available. Pass the run's integer `id`, not its
    provider call identifier or its `trace_id`.

    Args:
        id (int):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        RunTraceResponse
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(RunTraceResponse, checked(response, lambda: _parse_response(client=client, response=response)))
