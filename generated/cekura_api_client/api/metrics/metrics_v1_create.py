from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.metrics_v1_create_response_400 import MetricsV1CreateResponse400
from ...models.schema_post_metric_edit import SchemaPostMetricEdit
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostMetricEdit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/metrics/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaPostMetricEdit | MetricsV1CreateResponse400 | None:
    if response.status_code == 201:
        response_201 = SchemaPostMetricEdit.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = MetricsV1CreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaPostMetricEdit | MetricsV1CreateResponse400]:
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
_SUCCESSES: tuple[int, ...] | None = (201,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostMetricEdit,
    options: RequestOptions | None = None,
) -> Response[SchemaPostMetricEdit | MetricsV1CreateResponse400]:
    """Create a metric

     Create a quality metric for evaluating agent conversations.

    **Two supported types on create** (the `BASIC` and `CUSTOM_PROMPT` values are deprecated and
    rejected on create):

    - `llm_judge` — an LLM-as-judge metric. Put the evaluation criterion in `description`. Most common
    choice for qualitative scoring (politeness, compliance, resolution quality, etc.).

    - `custom_code` — Python code that receives the transcript and returns a score. Put the code in
    `custom_code`. Use for deterministic checks (regex matches, tool-call ordering, structured-field
    extraction, etc.).

    **Scope:** metrics must be created at the project level — pass `project` (project ID). Agent-level
    metrics are deprecated; if you pass `agent`, the server silently creates a project-level metric and
    returns a deprecation warning.

    **Evaluation control:** `observability_enabled` runs the metric on production calls (via CallLog);
    `simulation_enabled` runs it on test runs; `sampling_enabled` enables statistical sampling.
    `eval_type` picks the output shape (`bool`, `int`, `float`, `enum`, `string`); when
    `eval_type="enum"`, also pass `enum_values`.

    **Triggering:** pass `trigger_type` + `evaluation_trigger_prompt` to gate the metric to only fire on
    specific call patterns (see the metric-triggers guide).

    Args:
        body (SchemaPostMetricEdit):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaPostMetricEdit | MetricsV1CreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostMetricEdit,
    options: RequestOptions | None = None,
) -> SchemaPostMetricEdit:
    """Create a metric

     Create a quality metric for evaluating agent conversations.

    **Two supported types on create** (the `BASIC` and `CUSTOM_PROMPT` values are deprecated and
    rejected on create):

    - `llm_judge` — an LLM-as-judge metric. Put the evaluation criterion in `description`. Most common
    choice for qualitative scoring (politeness, compliance, resolution quality, etc.).

    - `custom_code` — Python code that receives the transcript and returns a score. Put the code in
    `custom_code`. Use for deterministic checks (regex matches, tool-call ordering, structured-field
    extraction, etc.).

    **Scope:** metrics must be created at the project level — pass `project` (project ID). Agent-level
    metrics are deprecated; if you pass `agent`, the server silently creates a project-level metric and
    returns a deprecation warning.

    **Evaluation control:** `observability_enabled` runs the metric on production calls (via CallLog);
    `simulation_enabled` runs it on test runs; `sampling_enabled` enables statistical sampling.
    `eval_type` picks the output shape (`bool`, `int`, `float`, `enum`, `string`); when
    `eval_type="enum"`, also pass `enum_values`.

    **Triggering:** pass `trigger_type` + `evaluation_trigger_prompt` to gate the metric to only fire on
    specific call patterns (see the metric-triggers guide).

    Args:
        body (SchemaPostMetricEdit):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaPostMetricEdit
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
    return cast(SchemaPostMetricEdit, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostMetricEdit,
    options: RequestOptions | None = None,
) -> Response[SchemaPostMetricEdit | MetricsV1CreateResponse400]:
    """Create a metric

     Create a quality metric for evaluating agent conversations.

    **Two supported types on create** (the `BASIC` and `CUSTOM_PROMPT` values are deprecated and
    rejected on create):

    - `llm_judge` — an LLM-as-judge metric. Put the evaluation criterion in `description`. Most common
    choice for qualitative scoring (politeness, compliance, resolution quality, etc.).

    - `custom_code` — Python code that receives the transcript and returns a score. Put the code in
    `custom_code`. Use for deterministic checks (regex matches, tool-call ordering, structured-field
    extraction, etc.).

    **Scope:** metrics must be created at the project level — pass `project` (project ID). Agent-level
    metrics are deprecated; if you pass `agent`, the server silently creates a project-level metric and
    returns a deprecation warning.

    **Evaluation control:** `observability_enabled` runs the metric on production calls (via CallLog);
    `simulation_enabled` runs it on test runs; `sampling_enabled` enables statistical sampling.
    `eval_type` picks the output shape (`bool`, `int`, `float`, `enum`, `string`); when
    `eval_type="enum"`, also pass `enum_values`.

    **Triggering:** pass `trigger_type` + `evaluation_trigger_prompt` to gate the metric to only fire on
    specific call patterns (see the metric-triggers guide).

    Args:
        body (SchemaPostMetricEdit):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaPostMetricEdit | MetricsV1CreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostMetricEdit,
    options: RequestOptions | None = None,
) -> SchemaPostMetricEdit:
    """Create a metric

     Create a quality metric for evaluating agent conversations.

    **Two supported types on create** (the `BASIC` and `CUSTOM_PROMPT` values are deprecated and
    rejected on create):

    - `llm_judge` — an LLM-as-judge metric. Put the evaluation criterion in `description`. Most common
    choice for qualitative scoring (politeness, compliance, resolution quality, etc.).

    - `custom_code` — Python code that receives the transcript and returns a score. Put the code in
    `custom_code`. Use for deterministic checks (regex matches, tool-call ordering, structured-field
    extraction, etc.).

    **Scope:** metrics must be created at the project level — pass `project` (project ID). Agent-level
    metrics are deprecated; if you pass `agent`, the server silently creates a project-level metric and
    returns a deprecation warning.

    **Evaluation control:** `observability_enabled` runs the metric on production calls (via CallLog);
    `simulation_enabled` runs it on test runs; `sampling_enabled` enables statistical sampling.
    `eval_type` picks the output shape (`bool`, `int`, `float`, `enum`, `string`); when
    `eval_type="enum"`, also pass `enum_values`.

    **Triggering:** pass `trigger_type` + `evaluation_trigger_prompt` to gate the metric to only fire on
    specific call patterns (see the metric-triggers guide).

    Args:
        body (SchemaPostMetricEdit):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaPostMetricEdit
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
    return cast(SchemaPostMetricEdit, checked(response, lambda: _parse_response(client=client, response=response)))
