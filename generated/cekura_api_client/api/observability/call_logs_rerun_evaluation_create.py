from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_log_detail import CallLogDetail
from ...models.call_logs_rerun_evaluation_create_response_400 import CallLogsRerunEvaluationCreateResponse400
from ...models.rerun_evaluation import RerunEvaluation
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...runtime.validation import read_items
from ...types import Response


def _get_kwargs(
    *,
    body: RerunEvaluation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/v1/call-logs/rerun_evaluation/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CallLogDetail] | CallLogsRerunEvaluationCreateResponse400 | None:
    if response.status_code == 200:
        response_200 = read_items(CallLogDetail.from_dict, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = CallLogsRerunEvaluationCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[CallLogDetail] | CallLogsRerunEvaluationCreateResponse400]:
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
    body: RerunEvaluation,
    options: RequestOptions | None = None,
) -> Response[list[CallLogDetail] | CallLogsRerunEvaluationCreateResponse400]:
    """Re-run metric evaluation on call logs

     Trigger metric re-evaluation on one or more existing call logs. Provide either `agent_id` or
    `assistant_id` (not both) to identify the agent, then specify which call logs to re-evaluate.

    **`call_logs` accepts:**
    - A list of call log IDs: `[1, 2, 3]`
    - The string `"all"` to re-evaluate every call log for the agent

    **Side effect:** for non-reviewed call logs, `success` is reset to `null` before re-evaluation
    begins. Reviewed call logs retain their human-approved outcome.

    **Rate limited.** If the limit is exceeded you will receive a 429 response — wait for the `Retry-
    After` duration before retrying.

    Args:
        body (RerunEvaluation):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[CallLogDetail] | CallLogsRerunEvaluationCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RerunEvaluation,
    options: RequestOptions | None = None,
) -> list[CallLogDetail]:
    """Re-run metric evaluation on call logs

     Trigger metric re-evaluation on one or more existing call logs. Provide either `agent_id` or
    `assistant_id` (not both) to identify the agent, then specify which call logs to re-evaluate.

    **`call_logs` accepts:**
    - A list of call log IDs: `[1, 2, 3]`
    - The string `"all"` to re-evaluate every call log for the agent

    **Side effect:** for non-reviewed call logs, `success` is reset to `null` before re-evaluation
    begins. Reviewed call logs retain their human-approved outcome.

    **Rate limited.** If the limit is exceeded you will receive a 429 response — wait for the `Retry-
    After` duration before retrying.

    Args:
        body (RerunEvaluation):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[CallLogDetail]
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
    return cast(list[CallLogDetail], checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RerunEvaluation,
    options: RequestOptions | None = None,
) -> Response[list[CallLogDetail] | CallLogsRerunEvaluationCreateResponse400]:
    """Re-run metric evaluation on call logs

     Trigger metric re-evaluation on one or more existing call logs. Provide either `agent_id` or
    `assistant_id` (not both) to identify the agent, then specify which call logs to re-evaluate.

    **`call_logs` accepts:**
    - A list of call log IDs: `[1, 2, 3]`
    - The string `"all"` to re-evaluate every call log for the agent

    **Side effect:** for non-reviewed call logs, `success` is reset to `null` before re-evaluation
    begins. Reviewed call logs retain their human-approved outcome.

    **Rate limited.** If the limit is exceeded you will receive a 429 response — wait for the `Retry-
    After` duration before retrying.

    Args:
        body (RerunEvaluation):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[list[CallLogDetail] | CallLogsRerunEvaluationCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RerunEvaluation,
    options: RequestOptions | None = None,
) -> list[CallLogDetail]:
    """Re-run metric evaluation on call logs

     Trigger metric re-evaluation on one or more existing call logs. Provide either `agent_id` or
    `assistant_id` (not both) to identify the agent, then specify which call logs to re-evaluate.

    **`call_logs` accepts:**
    - A list of call log IDs: `[1, 2, 3]`
    - The string `"all"` to re-evaluate every call log for the agent

    **Side effect:** for non-reviewed call logs, `success` is reset to `null` before re-evaluation
    begins. Reviewed call logs retain their human-approved outcome.

    **Rate limited.** If the limit is exceeded you will receive a 429 response — wait for the `Retry-
    After` duration before retrying.

    Args:
        body (RerunEvaluation):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        list[CallLogDetail]
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
    return cast(list[CallLogDetail], checked(response, lambda: _parse_response(client=client, response=response)))
