from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_bulk_delete_request import ScenariosBulkDeleteRequest
from ...models.scenarios_bulk_delete_response_400 import ScenariosBulkDeleteResponse400
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: ScenariosBulkDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/delete_scenarios/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosBulkDeleteResponse400 | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        response_400 = ScenariosBulkDeleteResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosBulkDeleteResponse400]:
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
_SUCCESSES: tuple[int, ...] | None = (204,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScenariosBulkDeleteRequest,
    options: RequestOptions | None = None,
) -> Response[ScenariosBulkDeleteResponse400]:
    """Bulk delete evaluators

     ⚠ Cannot be undone from the UI. Bulk-deletes the listed evaluators — they disappear from
    `scenarios_list` and from any future evaluator runs.

    **Always confirm the exact list of `scenarios` IDs with the user before calling.** For deleting a
    single evaluator prefer `scenarios_destroy`.

    **Required:** `scenarios` (list of evaluator IDs). One of `agent_id` or `project_id` is also
    required to scope the permission check.

    Args:
        body (ScenariosBulkDeleteRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosBulkDeleteResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ScenariosBulkDeleteRequest,
    options: RequestOptions | None = None,
) -> None:
    """Bulk delete evaluators

     ⚠ Cannot be undone from the UI. Bulk-deletes the listed evaluators — they disappear from
    `scenarios_list` and from any future evaluator runs.

    **Always confirm the exact list of `scenarios` IDs with the user before calling.** For deleting a
    single evaluator prefer `scenarios_destroy`.

    **Required:** `scenarios` (list of evaluator IDs). One of `agent_id` or `project_id` is also
    required to scope the permission check.

    Args:
        body (ScenariosBulkDeleteRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        None
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
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScenariosBulkDeleteRequest,
    options: RequestOptions | None = None,
) -> Response[ScenariosBulkDeleteResponse400]:
    """Bulk delete evaluators

     ⚠ Cannot be undone from the UI. Bulk-deletes the listed evaluators — they disappear from
    `scenarios_list` and from any future evaluator runs.

    **Always confirm the exact list of `scenarios` IDs with the user before calling.** For deleting a
    single evaluator prefer `scenarios_destroy`.

    **Required:** `scenarios` (list of evaluator IDs). One of `agent_id` or `project_id` is also
    required to scope the permission check.

    Args:
        body (ScenariosBulkDeleteRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosBulkDeleteResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScenariosBulkDeleteRequest,
    options: RequestOptions | None = None,
) -> None:
    """Bulk delete evaluators

     ⚠ Cannot be undone from the UI. Bulk-deletes the listed evaluators — they disappear from
    `scenarios_list` and from any future evaluator runs.

    **Always confirm the exact list of `scenarios` IDs with the user before calling.** For deleting a
    single evaluator prefer `scenarios_destroy`.

    **Required:** `scenarios` (list of evaluator IDs). One of `agent_id` or `project_id` is also
    required to scope the permission check.

    Args:
        body (ScenariosBulkDeleteRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        None
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
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))
