from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alert_update import AlertUpdate
from ...models.patched_alert_update import PatchedAlertUpdate
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: PatchedAlertUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/observability/v1/alerts/{id}/".format(
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AlertUpdate | None:
    if response.status_code == 200:
        response_200 = AlertUpdate.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AlertUpdate]:
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
    body: PatchedAlertUpdate | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[AlertUpdate]:
    """Update an alert (partial)

     Update fields on an existing alert. Common uses from chat:

    - Tune sensitivity: pass `preset: "conservative"` to make a noisy trend alert quieter (or
    `"aggressive"` to catch smaller shifts). Explicit `threshold.std_multiplier` / `ewma_alpha` /
    `source.window_size` override the preset.
    - Change Slack routing: pass a new `notifications.slack` block.
    - Disable temporarily: pass `enabled: false`.

    Changing `sub_type` requires the matching `source` + `threshold` shape — see `alerts_create` for the
    field matrix per sub_type. Partial updates merge JSON, so omitted nested keys keep their existing
    values.

    Args:
        id (int): A unique integer value identifying this alert.
        body (PatchedAlertUpdate | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AlertUpdate]
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
    body: PatchedAlertUpdate | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AlertUpdate:
    """Update an alert (partial)

     Update fields on an existing alert. Common uses from chat:

    - Tune sensitivity: pass `preset: "conservative"` to make a noisy trend alert quieter (or
    `"aggressive"` to catch smaller shifts). Explicit `threshold.std_multiplier` / `ewma_alpha` /
    `source.window_size` override the preset.
    - Change Slack routing: pass a new `notifications.slack` block.
    - Disable temporarily: pass `enabled: false`.

    Changing `sub_type` requires the matching `source` + `threshold` shape — see `alerts_create` for the
    field matrix per sub_type. Partial updates merge JSON, so omitted nested keys keep their existing
    values.

    Args:
        id (int): A unique integer value identifying this alert.
        body (PatchedAlertUpdate | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AlertUpdate
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
    return cast(AlertUpdate, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedAlertUpdate | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[AlertUpdate]:
    """Update an alert (partial)

     Update fields on an existing alert. Common uses from chat:

    - Tune sensitivity: pass `preset: "conservative"` to make a noisy trend alert quieter (or
    `"aggressive"` to catch smaller shifts). Explicit `threshold.std_multiplier` / `ewma_alpha` /
    `source.window_size` override the preset.
    - Change Slack routing: pass a new `notifications.slack` block.
    - Disable temporarily: pass `enabled: false`.

    Changing `sub_type` requires the matching `source` + `threshold` shape — see `alerts_create` for the
    field matrix per sub_type. Partial updates merge JSON, so omitted nested keys keep their existing
    values.

    Args:
        id (int): A unique integer value identifying this alert.
        body (PatchedAlertUpdate | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AlertUpdate]
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
    body: PatchedAlertUpdate | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AlertUpdate:
    """Update an alert (partial)

     Update fields on an existing alert. Common uses from chat:

    - Tune sensitivity: pass `preset: "conservative"` to make a noisy trend alert quieter (or
    `"aggressive"` to catch smaller shifts). Explicit `threshold.std_multiplier` / `ewma_alpha` /
    `source.window_size` override the preset.
    - Change Slack routing: pass a new `notifications.slack` block.
    - Disable temporarily: pass `enabled: false`.

    Changing `sub_type` requires the matching `source` + `threshold` shape — see `alerts_create` for the
    field matrix per sub_type. Partial updates merge JSON, so omitted nested keys keep their existing
    values.

    Args:
        id (int): A unique integer value identifying this alert.
        body (PatchedAlertUpdate | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AlertUpdate
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
    return cast(AlertUpdate, checked(response, lambda: _parse_response(client=client, response=response)))
