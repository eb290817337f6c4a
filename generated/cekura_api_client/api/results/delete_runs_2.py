from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_runs_2_response_400 import DeleteRuns2Response400
from ...models.delete_runs_2_response_404 import DeleteRuns2Response404
from ...models.schema_post_delete_runs import SchemaPostDeleteRuns
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: SchemaPostDeleteRuns,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/results/{id}/delete_runs/".format(
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
) -> DeleteRuns2Response400 | DeleteRuns2Response404 | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        response_400 = DeleteRuns2Response400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = DeleteRuns2Response404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteRuns2Response400 | DeleteRuns2Response404]:
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
    id: int,
    *,
    client: AuthenticatedClient,
    body: SchemaPostDeleteRuns,
    options: RequestOptions | None = None,
) -> Response[DeleteRuns2Response400 | DeleteRuns2Response404]:
    """Delete runs from result

     ⚠ Irreversible. Removes the specified runs from a result, then triggers re-evaluation so aggregate
    metrics recompute without them. Maximum 100 run IDs per request.

    Args:
        id (int): A unique integer value identifying this result.
        body (SchemaPostDeleteRuns):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[DeleteRuns2Response400 | DeleteRuns2Response404]
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
    body: SchemaPostDeleteRuns,
    options: RequestOptions | None = None,
) -> None:
    """Delete runs from result

     ⚠ Irreversible. Removes the specified runs from a result, then triggers re-evaluation so aggregate
    metrics recompute without them. Maximum 100 run IDs per request.

    Args:
        id (int): A unique integer value identifying this result.
        body (SchemaPostDeleteRuns):
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
            id=id,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SchemaPostDeleteRuns,
    options: RequestOptions | None = None,
) -> Response[DeleteRuns2Response400 | DeleteRuns2Response404]:
    """Delete runs from result

     ⚠ Irreversible. Removes the specified runs from a result, then triggers re-evaluation so aggregate
    metrics recompute without them. Maximum 100 run IDs per request.

    Args:
        id (int): A unique integer value identifying this result.
        body (SchemaPostDeleteRuns):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[DeleteRuns2Response400 | DeleteRuns2Response404]
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
    body: SchemaPostDeleteRuns,
    options: RequestOptions | None = None,
) -> None:
    """Delete runs from result

     ⚠ Irreversible. Removes the specified runs from a result, then triggers re-evaluation so aggregate
    metrics recompute without them. Maximum 100 run IDs per request.

    Args:
        id (int): A unique integer value identifying this result.
        body (SchemaPostDeleteRuns):
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
            id=id,
            body=body,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))
