from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.schema_post_create_from_call_log_request import SchemaPostCreateFromCallLogRequest
from ...models.test_set_detail import TestSetDetail
from ...runtime.calls import checked, raise_for_status, send, send_async
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostCreateFromCallLogRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/test-sets/create_from_call_log/",
    }

    with request_body():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TestSetDetail | None:
    if response.status_code == 200:
        response_200 = TestSetDetail.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TestSetDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateFromCallLogRequest,
) -> Response[TestSetDetail]:
    """Create a test set from a production call log

     Promote a real production call into a labeled test set by attaching the specified metrics. The
    call's transcript, recording, and any existing metric evaluations are copied into the new test set
    so they can be reviewed and used as labeled ground truth. Returns the created or existing test set.

    Args:
        body (SchemaPostCreateFromCallLogRequest):
        body (SchemaPostCreateFromCallLogRequest):
        body (SchemaPostCreateFromCallLogRequest):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[TestSetDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateFromCallLogRequest,
) -> TestSetDetail:
    """Create a test set from a production call log

     Promote a real production call into a labeled test set by attaching the specified metrics. The
    call's transcript, recording, and any existing metric evaluations are copied into the new test set
    so they can be reviewed and used as labeled ground truth. Returns the created or existing test set.

    Args:
        body (SchemaPostCreateFromCallLogRequest):
        body (SchemaPostCreateFromCallLogRequest):
        body (SchemaPostCreateFromCallLogRequest):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        TestSetDetail
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(TestSetDetail, _build_response(client=client, response=response).parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateFromCallLogRequest,
) -> Response[TestSetDetail]:
    """Create a test set from a production call log

     Promote a real production call into a labeled test set by attaching the specified metrics. The
    call's transcript, recording, and any existing metric evaluations are copied into the new test set
    so they can be reviewed and used as labeled ground truth. Returns the created or existing test set.

    Args:
        body (SchemaPostCreateFromCallLogRequest):
        body (SchemaPostCreateFromCallLogRequest):
        body (SchemaPostCreateFromCallLogRequest):

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[TestSetDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostCreateFromCallLogRequest,
) -> TestSetDetail:
    """Create a test set from a production call log

     Promote a real production call into a labeled test set by attaching the specified metrics. The
    call's transcript, recording, and any existing metric evaluations are copied into the new test set
    so they can be reviewed and used as labeled ground truth. Returns the created or existing test set.

    Args:
        body (SchemaPostCreateFromCallLogRequest):
        body (SchemaPostCreateFromCallLogRequest):
        body (SchemaPostCreateFromCallLogRequest):

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        TestSetDetail
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return cast(TestSetDetail, _build_response(client=client, response=response).parsed)
