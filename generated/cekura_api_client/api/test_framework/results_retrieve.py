from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.result_detail_v2 import ResultDetailV2
from ...models.results_retrieve_response_404 import ResultsRetrieveResponse404
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/results/{id}/".format(
            id=segment("id", id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResultDetailV2 | ResultsRetrieveResponse404 | None:
    if response.status_code == 200:
        response_200 = ResultDetailV2.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ResultsRetrieveResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResultDetailV2 | ResultsRetrieveResponse404]:
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
) -> Response[ResultDetailV2 | ResultsRetrieveResponse404]:
    """Retrieve a test result

     `success` indicates whether the run passed its quality evaluation. A run with `success=false` either
    failed to connect (check `error_message`) or failed an evaluation check (check `evaluation`).
    `success_rate` is the percentage of runs with `success=true`.

    The `runs` field is a dict keyed by run ID string (e.g. `{"86368": {...}, "86367": {...}}`), not an
    array — unlike the list endpoint. Each run also has a `call_id` STRING field (the provider's call
    identifier) — that is a data field, NOT an endpoint ID; do not pass it where `run_id` is expected.

    Args:
        id (int): A unique integer value identifying this result.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ResultDetailV2 | ResultsRetrieveResponse404]
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
) -> ResultDetailV2:
    """Retrieve a test result

     `success` indicates whether the run passed its quality evaluation. A run with `success=false` either
    failed to connect (check `error_message`) or failed an evaluation check (check `evaluation`).
    `success_rate` is the percentage of runs with `success=true`.

    The `runs` field is a dict keyed by run ID string (e.g. `{"86368": {...}, "86367": {...}}`), not an
    array — unlike the list endpoint. Each run also has a `call_id` STRING field (the provider's call
    identifier) — that is a data field, NOT an endpoint ID; do not pass it where `run_id` is expected.

    Args:
        id (int): A unique integer value identifying this result.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ResultDetailV2
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
    return cast(ResultDetailV2, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[ResultDetailV2 | ResultsRetrieveResponse404]:
    """Retrieve a test result

     `success` indicates whether the run passed its quality evaluation. A run with `success=false` either
    failed to connect (check `error_message`) or failed an evaluation check (check `evaluation`).
    `success_rate` is the percentage of runs with `success=true`.

    The `runs` field is a dict keyed by run ID string (e.g. `{"86368": {...}, "86367": {...}}`), not an
    array — unlike the list endpoint. Each run also has a `call_id` STRING field (the provider's call
    identifier) — that is a data field, NOT an endpoint ID; do not pass it where `run_id` is expected.

    Args:
        id (int): A unique integer value identifying this result.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ResultDetailV2 | ResultsRetrieveResponse404]
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
) -> ResultDetailV2:
    """Retrieve a test result

     `success` indicates whether the run passed its quality evaluation. A run with `success=false` either
    failed to connect (check `error_message`) or failed an evaluation check (check `evaluation`).
    `success_rate` is the percentage of runs with `success=true`.

    The `runs` field is a dict keyed by run ID string (e.g. `{"86368": {...}, "86367": {...}}`), not an
    array — unlike the list endpoint. Each run also has a `call_id` STRING field (the provider's call
    identifier) — that is a data field, NOT an endpoint ID; do not pass it where `run_id` is expected.

    Args:
        id (int): A unique integer value identifying this result.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ResultDetailV2
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
    return cast(ResultDetailV2, checked(response, lambda: _parse_response(client=client, response=response)))
