from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.duplicate_scenarios_request import DuplicateScenariosRequest
from ...models.paginated_scenario_list import PaginatedScenarioList
from ...models.test_framework_v2_scenarios_duplicate_create_response_400 import (
    TestFrameworkV2ScenariosDuplicateCreateResponse400,
)
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DuplicateScenariosRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = given(params, ints=("page", "page_size"))

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/scenarios/duplicate/",
        "params": params,
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedScenarioList | TestFrameworkV2ScenariosDuplicateCreateResponse400 | None:
    if response.status_code == 201:
        response_201 = PaginatedScenarioList.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = TestFrameworkV2ScenariosDuplicateCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedScenarioList | TestFrameworkV2ScenariosDuplicateCreateResponse400]:
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
    body: DuplicateScenariosRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedScenarioList | TestFrameworkV2ScenariosDuplicateCreateResponse400]:
    """Duplicate evaluators into a folder

     Create copies of existing evaluators in this project or another project in the same organization.
    Use this instead of recreating evaluators with `scenarios_create`; same-project copies retain their
    metrics and test profiles, while cross-project copies use the destination project's predefined
    metrics. Set `copy_to_project` to the source project for a folder-only copy; `folder_path` is
    created when needed, and copied evaluators are named `Copy of <original name>`.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (DuplicateScenariosRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedScenarioList | TestFrameworkV2ScenariosDuplicateCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
        page_size=page_size,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DuplicateScenariosRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedScenarioList:
    """Duplicate evaluators into a folder

     Create copies of existing evaluators in this project or another project in the same organization.
    Use this instead of recreating evaluators with `scenarios_create`; same-project copies retain their
    metrics and test profiles, while cross-project copies use the destination project's predefined
    metrics. Set `copy_to_project` to the source project for a folder-only copy; `folder_path` is
    created when needed, and copied evaluators are named `Copy of <original name>`.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (DuplicateScenariosRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedScenarioList
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
            page=page,
            page_size=page_size,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedScenarioList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DuplicateScenariosRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedScenarioList | TestFrameworkV2ScenariosDuplicateCreateResponse400]:
    """Duplicate evaluators into a folder

     Create copies of existing evaluators in this project or another project in the same organization.
    Use this instead of recreating evaluators with `scenarios_create`; same-project copies retain their
    metrics and test profiles, while cross-project copies use the destination project's predefined
    metrics. Set `copy_to_project` to the source project for a folder-only copy; `folder_path` is
    created when needed, and copied evaluators are named `Copy of <original name>`.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (DuplicateScenariosRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedScenarioList | TestFrameworkV2ScenariosDuplicateCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
        page=page,
        page_size=page_size,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DuplicateScenariosRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedScenarioList:
    """Duplicate evaluators into a folder

     Create copies of existing evaluators in this project or another project in the same organization.
    Use this instead of recreating evaluators with `scenarios_create`; same-project copies retain their
    metrics and test profiles, while cross-project copies use the destination project's predefined
    metrics. Set `copy_to_project` to the source project for a folder-only copy; `folder_path` is
    created when needed, and copied evaluators are named `Copy of <original name>`.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (DuplicateScenariosRequest):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedScenarioList
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
            page=page,
            page_size=page_size,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedScenarioList, checked(response, lambda: _parse_response(client=client, response=response)))
