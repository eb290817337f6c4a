from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.test_framework_v2_scenarios_discard_changes_create_body import (
    TestFrameworkV2ScenariosDiscardChangesCreateBody,
)
from ...models.test_framework_v2_scenarios_discard_changes_create_response_200 import (
    TestFrameworkV2ScenariosDiscardChangesCreateResponse200,
)
from ...models.test_framework_v2_scenarios_discard_changes_create_response_400 import (
    TestFrameworkV2ScenariosDiscardChangesCreateResponse400,
)
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/scenarios/discard-changes/",
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
    TestFrameworkV2ScenariosDiscardChangesCreateResponse200
    | TestFrameworkV2ScenariosDiscardChangesCreateResponse400
    | None
):
    if response.status_code == 200:
        response_200 = TestFrameworkV2ScenariosDiscardChangesCreateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TestFrameworkV2ScenariosDiscardChangesCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    TestFrameworkV2ScenariosDiscardChangesCreateResponse200 | TestFrameworkV2ScenariosDiscardChangesCreateResponse400
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
    *,
    client: AuthenticatedClient,
    body: TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[
    TestFrameworkV2ScenariosDiscardChangesCreateResponse200 | TestFrameworkV2ScenariosDiscardChangesCreateResponse400
]:
    """Mark the last preview message in a session as discarded. Called when the user clicks Discard on
    proposed changes so that the next LLM call receives the correct [STATUS: DISCARDED BY USER]
    annotation in its conversation context.

    Args:
        body (TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[TestFrameworkV2ScenariosDiscardChangesCreateResponse200 | TestFrameworkV2ScenariosDiscardChangesCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset = UNSET,
    options: RequestOptions | None = None,
) -> TestFrameworkV2ScenariosDiscardChangesCreateResponse200:
    """Mark the last preview message in a session as discarded. Called when the user clicks Discard on
    proposed changes so that the next LLM call receives the correct [STATUS: DISCARDED BY USER]
    annotation in its conversation context.

    Args:
        body (TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        TestFrameworkV2ScenariosDiscardChangesCreateResponse200
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
    return cast(
        TestFrameworkV2ScenariosDiscardChangesCreateResponse200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[
    TestFrameworkV2ScenariosDiscardChangesCreateResponse200 | TestFrameworkV2ScenariosDiscardChangesCreateResponse400
]:
    """Mark the last preview message in a session as discarded. Called when the user clicks Discard on
    proposed changes so that the next LLM call receives the correct [STATUS: DISCARDED BY USER]
    annotation in its conversation context.

    Args:
        body (TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[TestFrameworkV2ScenariosDiscardChangesCreateResponse200 | TestFrameworkV2ScenariosDiscardChangesCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset = UNSET,
    options: RequestOptions | None = None,
) -> TestFrameworkV2ScenariosDiscardChangesCreateResponse200:
    """Mark the last preview message in a session as discarded. Called when the user clicks Discard on
    proposed changes so that the next LLM call receives the correct [STATUS: DISCARDED BY USER]
    annotation in its conversation context.

    Args:
        body (TestFrameworkV2ScenariosDiscardChangesCreateBody | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        TestFrameworkV2ScenariosDiscardChangesCreateResponse200
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
    return cast(
        TestFrameworkV2ScenariosDiscardChangesCreateResponse200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
