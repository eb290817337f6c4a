from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.evaluate_llm_judge_metric_request import EvaluateLlmJudgeMetricRequest
from ...models.evaluate_llm_judge_metric_response import EvaluateLlmJudgeMetricResponse
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: EvaluateLlmJudgeMetricRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/metrics/{id}/evaluate_llm_judge_metric/".format(
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
) -> EvaluateLlmJudgeMetricResponse | None:
    if response.status_code == 200:
        response_200 = EvaluateLlmJudgeMetricResponse.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EvaluateLlmJudgeMetricResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = ("api_key",)
_SUCCESSES: tuple[int, ...] | None = (200,)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: EvaluateLlmJudgeMetricRequest,
    options: RequestOptions | None = None,
) -> Response[EvaluateLlmJudgeMetricResponse]:
    """Evaluate a metric using LLM Judge (DSPy) in the background.

    Returns a progress_id to poll for results.

    Args:
        id (int): A unique integer value identifying this metric.
        body (EvaluateLlmJudgeMetricRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[EvaluateLlmJudgeMetricResponse]
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
    body: EvaluateLlmJudgeMetricRequest,
    options: RequestOptions | None = None,
) -> EvaluateLlmJudgeMetricResponse:
    """Evaluate a metric using LLM Judge (DSPy) in the background.

    Returns a progress_id to poll for results.

    Args:
        id (int): A unique integer value identifying this metric.
        body (EvaluateLlmJudgeMetricRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        EvaluateLlmJudgeMetricResponse
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
        EvaluateLlmJudgeMetricResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: EvaluateLlmJudgeMetricRequest,
    options: RequestOptions | None = None,
) -> Response[EvaluateLlmJudgeMetricResponse]:
    """Evaluate a metric using LLM Judge (DSPy) in the background.

    Returns a progress_id to poll for results.

    Args:
        id (int): A unique integer value identifying this metric.
        body (EvaluateLlmJudgeMetricRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[EvaluateLlmJudgeMetricResponse]
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
    body: EvaluateLlmJudgeMetricRequest,
    options: RequestOptions | None = None,
) -> EvaluateLlmJudgeMetricResponse:
    """Evaluate a metric using LLM Judge (DSPy) in the background.

    Returns a progress_id to poll for results.

    Args:
        id (int): A unique integer value identifying this metric.
        body (EvaluateLlmJudgeMetricRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        EvaluateLlmJudgeMetricResponse
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
        EvaluateLlmJudgeMetricResponse, checked(response, lambda: _parse_response(client=client, response=response))
    )
