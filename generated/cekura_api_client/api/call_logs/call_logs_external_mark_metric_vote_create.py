from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_logs_external_mark_metric_vote_create_response_400 import (
    CallLogsExternalMarkMetricVoteCreateResponse400,
)
from ...models.call_logs_external_mark_metric_vote_create_response_404 import (
    CallLogsExternalMarkMetricVoteCreateResponse404,
)
from ...models.mark_metric_vote import MarkMetricVote
from ...models.mark_metric_vote_call_log_response import MarkMetricVoteCallLogResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: MarkMetricVote,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/call-logs-external/{id}/mark_metric_vote/".format(
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
) -> (
    MarkMetricVoteCallLogResponse
    | CallLogsExternalMarkMetricVoteCreateResponse400
    | CallLogsExternalMarkMetricVoteCreateResponse404
    | None
):
    if response.status_code == 200:
        response_200 = MarkMetricVoteCallLogResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CallLogsExternalMarkMetricVoteCreateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = CallLogsExternalMarkMetricVoteCreateResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MarkMetricVoteCallLogResponse
    | CallLogsExternalMarkMetricVoteCreateResponse400
    | CallLogsExternalMarkMetricVoteCreateResponse404
]:
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
    body: MarkMetricVote,
    options: RequestOptions | None = None,
) -> Response[
    MarkMetricVoteCallLogResponse
    | CallLogsExternalMarkMetricVoteCreateResponse400
    | CallLogsExternalMarkMetricVoteCreateResponse404
]:
    """Submit a metric vote for a call log

     Record a thumbs-up or thumbs-down vote on a specific metric evaluation for this call log and
    optionally provide an expected value and free-text feedback. Updates the metric evaluation and marks
    the call log as reviewed.

    Args:
        id (int): A unique integer value identifying this call log.
        body (MarkMetricVote):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MarkMetricVoteCallLogResponse | CallLogsExternalMarkMetricVoteCreateResponse400 | CallLogsExternalMarkMetricVoteCreateResponse404]
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
    body: MarkMetricVote,
    options: RequestOptions | None = None,
) -> MarkMetricVoteCallLogResponse:
    """Submit a metric vote for a call log

     Record a thumbs-up or thumbs-down vote on a specific metric evaluation for this call log and
    optionally provide an expected value and free-text feedback. Updates the metric evaluation and marks
    the call log as reviewed.

    Args:
        id (int): A unique integer value identifying this call log.
        body (MarkMetricVote):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MarkMetricVoteCallLogResponse
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
        MarkMetricVoteCallLogResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MarkMetricVote,
    options: RequestOptions | None = None,
) -> Response[
    MarkMetricVoteCallLogResponse
    | CallLogsExternalMarkMetricVoteCreateResponse400
    | CallLogsExternalMarkMetricVoteCreateResponse404
]:
    """Submit a metric vote for a call log

     Record a thumbs-up or thumbs-down vote on a specific metric evaluation for this call log and
    optionally provide an expected value and free-text feedback. Updates the metric evaluation and marks
    the call log as reviewed.

    Args:
        id (int): A unique integer value identifying this call log.
        body (MarkMetricVote):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[MarkMetricVoteCallLogResponse | CallLogsExternalMarkMetricVoteCreateResponse400 | CallLogsExternalMarkMetricVoteCreateResponse404]
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
    body: MarkMetricVote,
    options: RequestOptions | None = None,
) -> MarkMetricVoteCallLogResponse:
    """Submit a metric vote for a call log

     Record a thumbs-up or thumbs-down vote on a specific metric evaluation for this call log and
    optionally provide an expected value and free-text feedback. Updates the metric evaluation and marks
    the call log as reviewed.

    Args:
        id (int): A unique integer value identifying this call log.
        body (MarkMetricVote):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        MarkMetricVoteCallLogResponse
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
        MarkMetricVoteCallLogResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )
