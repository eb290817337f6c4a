from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_log_detail import CallLogDetail
from ...models.observability_v2_call_logs_partial_update_2_response_400 import (
    ObservabilityV2CallLogsPartialUpdate2Response400,
)
from ...models.observability_v2_call_logs_partial_update_2_response_404 import (
    ObservabilityV2CallLogsPartialUpdate2Response404,
)
from ...models.patched_update_call_log import PatchedUpdateCallLog
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: PatchedUpdateCallLog | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/observability/v1/call-logs/{id}/".format(
            id=segment("id", id),
        ),
    }

    with request_body(_kwargs):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CallLogDetail
    | ObservabilityV2CallLogsPartialUpdate2Response400
    | ObservabilityV2CallLogsPartialUpdate2Response404
    | None
):
    if response.status_code == 200:
        response_200 = CallLogDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ObservabilityV2CallLogsPartialUpdate2Response400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ObservabilityV2CallLogsPartialUpdate2Response404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CallLogDetail | ObservabilityV2CallLogsPartialUpdate2Response400 | ObservabilityV2CallLogsPartialUpdate2Response404
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
    body: PatchedUpdateCallLog | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[
    CallLogDetail | ObservabilityV2CallLogsPartialUpdate2Response400 | ObservabilityV2CallLogsPartialUpdate2Response404
]:
    """Update call log source data

     Updates source data for an existing production call log.

    **Supported fields**
    - `call_id` — Provider call identifier. Subject to the organization's duplicate-call-ID policy.
    - `transcript_json` — Structured transcript in a supported provider or Cekura format. Use
    `transcript_type` to specify the format, or omit it for automatic detection. This replaces both
    transcript representations.
    - `timestamp` — Call start time in ISO 8601 format.
    - `duration` — Call duration in minutes.
    - `call_ended_reason` and `customer_number` — Provider-supplied call attributes.
    - `metadata` and `dynamic_variables` — JSON objects merged at the top level with the existing
    values. Supplied keys overwrite matching keys; omitted keys are preserved.

    - `status` and `feedback` — Human review data. `status` accepts `success`, `failure`,
    `reviewed_success`, or `reviewed_failure`.
    - `reevaluate_metrics` — when `true`, evaluate metrics on the call log after applying this update.
    Defaults to `false`.

    **Restrictions**
    Only the fields listed above are accepted. System-managed fields, including agent and project
    ownership, metric evaluations, topic, and dropoff point, cannot be updated.

    **Metric evaluation**
    Metrics are not recomputed unless `reevaluate_metrics` is `true`. For a call ingested with deferred
    evaluation, this releases its first evaluation; otherwise it re-evaluates an already evaluated call.
    Calls whose evaluation is still running are left untouched. To evaluate several call logs at once,
    use `rerun_evaluation` instead.

    Args:
        id (int): A unique integer value identifying this call log.
        body (PatchedUpdateCallLog | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogDetail | ObservabilityV2CallLogsPartialUpdate2Response400 | ObservabilityV2CallLogsPartialUpdate2Response404]
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
    body: PatchedUpdateCallLog | Unset = UNSET,
    options: RequestOptions | None = None,
) -> CallLogDetail:
    """Update call log source data

     Updates source data for an existing production call log.

    **Supported fields**
    - `call_id` — Provider call identifier. Subject to the organization's duplicate-call-ID policy.
    - `transcript_json` — Structured transcript in a supported provider or Cekura format. Use
    `transcript_type` to specify the format, or omit it for automatic detection. This replaces both
    transcript representations.
    - `timestamp` — Call start time in ISO 8601 format.
    - `duration` — Call duration in minutes.
    - `call_ended_reason` and `customer_number` — Provider-supplied call attributes.
    - `metadata` and `dynamic_variables` — JSON objects merged at the top level with the existing
    values. Supplied keys overwrite matching keys; omitted keys are preserved.

    - `status` and `feedback` — Human review data. `status` accepts `success`, `failure`,
    `reviewed_success`, or `reviewed_failure`.
    - `reevaluate_metrics` — when `true`, evaluate metrics on the call log after applying this update.
    Defaults to `false`.

    **Restrictions**
    Only the fields listed above are accepted. System-managed fields, including agent and project
    ownership, metric evaluations, topic, and dropoff point, cannot be updated.

    **Metric evaluation**
    Metrics are not recomputed unless `reevaluate_metrics` is `true`. For a call ingested with deferred
    evaluation, this releases its first evaluation; otherwise it re-evaluates an already evaluated call.
    Calls whose evaluation is still running are left untouched. To evaluate several call logs at once,
    use `rerun_evaluation` instead.

    Args:
        id (int): A unique integer value identifying this call log.
        body (PatchedUpdateCallLog | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CallLogDetail
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
    return cast(CallLogDetail, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedUpdateCallLog | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[
    CallLogDetail | ObservabilityV2CallLogsPartialUpdate2Response400 | ObservabilityV2CallLogsPartialUpdate2Response404
]:
    """Update call log source data

     Updates source data for an existing production call log.

    **Supported fields**
    - `call_id` — Provider call identifier. Subject to the organization's duplicate-call-ID policy.
    - `transcript_json` — Structured transcript in a supported provider or Cekura format. Use
    `transcript_type` to specify the format, or omit it for automatic detection. This replaces both
    transcript representations.
    - `timestamp` — Call start time in ISO 8601 format.
    - `duration` — Call duration in minutes.
    - `call_ended_reason` and `customer_number` — Provider-supplied call attributes.
    - `metadata` and `dynamic_variables` — JSON objects merged at the top level with the existing
    values. Supplied keys overwrite matching keys; omitted keys are preserved.

    - `status` and `feedback` — Human review data. `status` accepts `success`, `failure`,
    `reviewed_success`, or `reviewed_failure`.
    - `reevaluate_metrics` — when `true`, evaluate metrics on the call log after applying this update.
    Defaults to `false`.

    **Restrictions**
    Only the fields listed above are accepted. System-managed fields, including agent and project
    ownership, metric evaluations, topic, and dropoff point, cannot be updated.

    **Metric evaluation**
    Metrics are not recomputed unless `reevaluate_metrics` is `true`. For a call ingested with deferred
    evaluation, this releases its first evaluation; otherwise it re-evaluates an already evaluated call.
    Calls whose evaluation is still running are left untouched. To evaluate several call logs at once,
    use `rerun_evaluation` instead.

    Args:
        id (int): A unique integer value identifying this call log.
        body (PatchedUpdateCallLog | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogDetail | ObservabilityV2CallLogsPartialUpdate2Response400 | ObservabilityV2CallLogsPartialUpdate2Response404]
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
    body: PatchedUpdateCallLog | Unset = UNSET,
    options: RequestOptions | None = None,
) -> CallLogDetail:
    """Update call log source data

     Updates source data for an existing production call log.

    **Supported fields**
    - `call_id` — Provider call identifier. Subject to the organization's duplicate-call-ID policy.
    - `transcript_json` — Structured transcript in a supported provider or Cekura format. Use
    `transcript_type` to specify the format, or omit it for automatic detection. This replaces both
    transcript representations.
    - `timestamp` — Call start time in ISO 8601 format.
    - `duration` — Call duration in minutes.
    - `call_ended_reason` and `customer_number` — Provider-supplied call attributes.
    - `metadata` and `dynamic_variables` — JSON objects merged at the top level with the existing
    values. Supplied keys overwrite matching keys; omitted keys are preserved.

    - `status` and `feedback` — Human review data. `status` accepts `success`, `failure`,
    `reviewed_success`, or `reviewed_failure`.
    - `reevaluate_metrics` — when `true`, evaluate metrics on the call log after applying this update.
    Defaults to `false`.

    **Restrictions**
    Only the fields listed above are accepted. System-managed fields, including agent and project
    ownership, metric evaluations, topic, and dropoff point, cannot be updated.

    **Metric evaluation**
    Metrics are not recomputed unless `reevaluate_metrics` is `true`. For a call ingested with deferred
    evaluation, this releases its first evaluation; otherwise it re-evaluates an already evaluated call.
    Calls whose evaluation is still running are left untouched. To evaluate several call logs at once,
    use `rerun_evaluation` instead.

    Args:
        id (int): A unique integer value identifying this call log.
        body (PatchedUpdateCallLog | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        CallLogDetail
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
    return cast(CallLogDetail, checked(response, lambda: _parse_response(client=client, response=response)))
