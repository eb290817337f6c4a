from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_from_runs_request import CreateFromRunsRequest
from ...models.test_set_detail import TestSetDetail
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFromRunsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/test-sets/create_from_runs/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TestSetDetail | None:
    if response.status_code == 200:
        response_200 = TestSetDetail.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TestSetDetail]:
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
    body: CreateFromRunsRequest,
    options: RequestOptions | None = None,
) -> Response[TestSetDetail]:
    """Manage test sets for organizing and curating evaluation data.

    Test sets are collections of call transcripts or run data used for metric
    review and improvement via the Labs workflow. Create test sets from call logs
    or previous runs to build a curated evaluation dataset.

    Args:
        body (CreateFromRunsRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[TestSetDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateFromRunsRequest,
    options: RequestOptions | None = None,
) -> TestSetDetail:
    """Manage test sets for organizing and curating evaluation data.

    Test sets are collections of call transcripts or run data used for metric
    review and improvement via the Labs workflow. Create test sets from call logs
    or previous runs to build a curated evaluation dataset.

    Args:
        body (CreateFromRunsRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        TestSetDetail
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
    return cast(TestSetDetail, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateFromRunsRequest,
    options: RequestOptions | None = None,
) -> Response[TestSetDetail]:
    """Manage test sets for organizing and curating evaluation data.

    Test sets are collections of call transcripts or run data used for metric
    review and improvement via the Labs workflow. Create test sets from call logs
    or previous runs to build a curated evaluation dataset.

    Args:
        body (CreateFromRunsRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[TestSetDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateFromRunsRequest,
    options: RequestOptions | None = None,
) -> TestSetDetail:
    """Manage test sets for organizing and curating evaluation data.

    Test sets are collections of call transcripts or run data used for metric
    review and improvement via the Labs workflow. Create test sets from call logs
    or previous runs to build a curated evaluation dataset.

    Args:
        body (CreateFromRunsRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        TestSetDetail
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
    return cast(TestSetDetail, checked(response, lambda: _parse_response(client=client, response=response)))
