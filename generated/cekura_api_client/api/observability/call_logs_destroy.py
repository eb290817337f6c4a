from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_logs_destroy_response_404 import CallLogsDestroyResponse404
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...types import Response, Unset


def _get_kwargs(
    id: int,
    *,
    retain_evaluations: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["retain_evaluations"] = retain_evaluations

    params = given(params, bools=("retain_evaluations",))

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/observability/v1/call-logs/{id}/".format(
            id=segment("id", id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallLogsDestroyResponse404 | None:
    if response.status_code == 204:
        return None

    if response.status_code == 404:
        response_404 = CallLogsDestroyResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallLogsDestroyResponse404]:
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
    retain_evaluations: bool | Unset = False,
    options: RequestOptions | None = None,
) -> Response[CallLogsDestroyResponse404]:
    """Delete a call log

     ⚠ Irreversible. Deletes the call log along with its transcript and voice recording. By default
    metric evaluations are also deleted; set `retain_evaluations=true` to keep them and leave the call
    record un-soft-deleted.

    Args:
        id (int): A unique integer value identifying this call log.
        retain_evaluations (bool | Unset): If true, metric evaluations are retained and the call
            log is not soft-deleted. Default: false.  Default: False.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogsDestroyResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
        retain_evaluations=retain_evaluations,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    retain_evaluations: bool | Unset = False,
    options: RequestOptions | None = None,
) -> None:
    """Delete a call log

     ⚠ Irreversible. Deletes the call log along with its transcript and voice recording. By default
    metric evaluations are also deleted; set `retain_evaluations=true` to keep them and leave the call
    record un-soft-deleted.

    Args:
        id (int): A unique integer value identifying this call log.
        retain_evaluations (bool | Unset): If true, metric evaluations are retained and the call
            log is not soft-deleted. Default: false.  Default: False.
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
            retain_evaluations=retain_evaluations,
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
    retain_evaluations: bool | Unset = False,
    options: RequestOptions | None = None,
) -> Response[CallLogsDestroyResponse404]:
    """Delete a call log

     ⚠ Irreversible. Deletes the call log along with its transcript and voice recording. By default
    metric evaluations are also deleted; set `retain_evaluations=true` to keep them and leave the call
    record un-soft-deleted.

    Args:
        id (int): A unique integer value identifying this call log.
        retain_evaluations (bool | Unset): If true, metric evaluations are retained and the call
            log is not soft-deleted. Default: false.  Default: False.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[CallLogsDestroyResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
        retain_evaluations=retain_evaluations,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    retain_evaluations: bool | Unset = False,
    options: RequestOptions | None = None,
) -> None:
    """Delete a call log

     ⚠ Irreversible. Deletes the call log along with its transcript and voice recording. By default
    metric evaluations are also deleted; set `retain_evaluations=true` to keep them and leave the call
    record un-soft-deleted.

    Args:
        id (int): A unique integer value identifying this call log.
        retain_evaluations (bool | Unset): If true, metric evaluations are retained and the call
            log is not soft-deleted. Default: false.  Default: False.
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
            retain_evaluations=retain_evaluations,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(None, checked(response, lambda: _parse_response(client=client, response=response)))
