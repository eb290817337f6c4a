from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenario_list import ScenarioList
from ...models.scenarios_bulk_update_3_response_400 import ScenariosBulkUpdate3Response400
from ...models.scenarios_bulk_update_request import ScenariosBulkUpdateRequest
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: ScenariosBulkUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/scenarios/adv_update/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenarioList | ScenariosBulkUpdate3Response400 | None:
    if response.status_code == 200:
        response_200 = ScenarioList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosBulkUpdate3Response400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenarioList | ScenariosBulkUpdate3Response400]:
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
    body: ScenariosBulkUpdateRequest,
    options: RequestOptions | None = None,
) -> Response[ScenarioList | ScenariosBulkUpdate3Response400]:
    """Bulk update evaluators

     Update many evaluators in a single call. Useful for attaching/detaching metrics, switching
    personality, appending instructions, or moving a batch between folders.

    **Non-idempotent fields:** `append_instruction` concatenates — calling twice with the same string
    adds it twice. `metric_ids_to_add`/`metric_ids_to_remove` and `tool_ids_to_add`/`tool_ids_to_remove`
    are set-mutating and shouldn't be replayed blindly.

    **Affects every ID in `scenarios`.** For modifying a single evaluator, prefer
    `scenarios_partial_update`. Confirm the `scenarios` list with the user before calling — the change
    is applied across the whole list in one transaction.

    **Required:** `scenarios` (list of evaluator IDs). One of `agent` or `project` is also required to
    scope the permission check. All other fields are optional and are applied only when present.

    Args:
        body (ScenariosBulkUpdateRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenarioList | ScenariosBulkUpdate3Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ScenariosBulkUpdateRequest,
    options: RequestOptions | None = None,
) -> ScenarioList:
    """Bulk update evaluators

     Update many evaluators in a single call. Useful for attaching/detaching metrics, switching
    personality, appending instructions, or moving a batch between folders.

    **Non-idempotent fields:** `append_instruction` concatenates — calling twice with the same string
    adds it twice. `metric_ids_to_add`/`metric_ids_to_remove` and `tool_ids_to_add`/`tool_ids_to_remove`
    are set-mutating and shouldn't be replayed blindly.

    **Affects every ID in `scenarios`.** For modifying a single evaluator, prefer
    `scenarios_partial_update`. Confirm the `scenarios` list with the user before calling — the change
    is applied across the whole list in one transaction.

    **Required:** `scenarios` (list of evaluator IDs). One of `agent` or `project` is also required to
    scope the permission check. All other fields are optional and are applied only when present.

    Args:
        body (ScenariosBulkUpdateRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenarioList
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
    return cast(ScenarioList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScenariosBulkUpdateRequest,
    options: RequestOptions | None = None,
) -> Response[ScenarioList | ScenariosBulkUpdate3Response400]:
    """Bulk update evaluators

     Update many evaluators in a single call. Useful for attaching/detaching metrics, switching
    personality, appending instructions, or moving a batch between folders.

    **Non-idempotent fields:** `append_instruction` concatenates — calling twice with the same string
    adds it twice. `metric_ids_to_add`/`metric_ids_to_remove` and `tool_ids_to_add`/`tool_ids_to_remove`
    are set-mutating and shouldn't be replayed blindly.

    **Affects every ID in `scenarios`.** For modifying a single evaluator, prefer
    `scenarios_partial_update`. Confirm the `scenarios` list with the user before calling — the change
    is applied across the whole list in one transaction.

    **Required:** `scenarios` (list of evaluator IDs). One of `agent` or `project` is also required to
    scope the permission check. All other fields are optional and are applied only when present.

    Args:
        body (ScenariosBulkUpdateRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenarioList | ScenariosBulkUpdate3Response400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScenariosBulkUpdateRequest,
    options: RequestOptions | None = None,
) -> ScenarioList:
    """Bulk update evaluators

     Update many evaluators in a single call. Useful for attaching/detaching metrics, switching
    personality, appending instructions, or moving a batch between folders.

    **Non-idempotent fields:** `append_instruction` concatenates — calling twice with the same string
    adds it twice. `metric_ids_to_add`/`metric_ids_to_remove` and `tool_ids_to_add`/`tool_ids_to_remove`
    are set-mutating and shouldn't be replayed blindly.

    **Affects every ID in `scenarios`.** For modifying a single evaluator, prefer
    `scenarios_partial_update`. Confirm the `scenarios` list with the user before calling — the change
    is applied across the whole list in one transaction.

    **Required:** `scenarios` (list of evaluator IDs). One of `agent` or `project` is also required to
    scope the permission check. All other fields are optional and are applied only when present.

    Args:
        body (ScenariosBulkUpdateRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenarioList
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
    return cast(ScenarioList, checked(response, lambda: _parse_response(client=client, response=response)))
