from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_scenario_list_list import PaginatedScenarioListList
from ...models.test_framework_v2_scenarios_list_tag_filter_type import (
    TestFrameworkV2ScenariosListTagFilterType,
    TestFrameworkV2ScenariosListTagFilterTypeLiteral,
)
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag_filter_type: TestFrameworkV2ScenariosListTagFilterType
    | TestFrameworkV2ScenariosListTagFilterTypeLiteral
    | Unset = TestFrameworkV2ScenariosListTagFilterType.OR,
    folder_path: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["agent_id"] = agent_id

    params["project_id"] = project_id

    params["assistant_id"] = assistant_id

    params["tags"] = tags

    params["tag_filter_type"] = tag_filter_type

    params["folder_path"] = folder_path

    params = given(
        params,
        enums={"tag_filter_type": TestFrameworkV2ScenariosListTagFilterType},
        ints=("page", "page_size", "agent_id", "project_id"),
        texts=("assistant_id", "tags", "folder_path"),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/scenarios/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedScenarioListList | None:
    if response.status_code == 200:
        response_200 = PaginatedScenarioListList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedScenarioListList]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag_filter_type: TestFrameworkV2ScenariosListTagFilterType
    | TestFrameworkV2ScenariosListTagFilterTypeLiteral
    | Unset = TestFrameworkV2ScenariosListTagFilterType.OR,
    folder_path: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedScenarioListList]:
    """List evaluators (scenarios)

     scenarios_list: List evaluators (test scenarios) that simulate callers interacting with your agent.
    Filter by `agent_id`, `project_id`, `tags`, `folder_path`, or other params (see Schema). Returns
    paginated scenarios with their instructions, type, personalities, and metrics.

    Performance tip: pass the most specific filter you have. `agent_id` if a specific agent is in
    context, `folder_path` if you're discussing a specific folder, or `project_id` for a workspace-level
    view. `page_size=20` is a reasonable starting size if you want to peek at recent ones first.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        agent_id (int | Unset): Filter evaluators by agent ID
            Example: `2142`
        project_id (int | Unset): Filter evaluators by project ID
            Example: `1`
        assistant_id (str | Unset): Filter evaluators by assistant ID
            Example: `asst_1234567890`
        tags (str | Unset): Comma-separated list of tags to filter evaluators by
            Example: `tag1,tag2,tag3`
        tag_filter_type (TestFrameworkV2ScenariosListTagFilterType | Unset): Filter operation type
            for tags


            * `and` - and
            * `or` - or
            * `not` - not  Default: TestFrameworkV2ScenariosListTagFilterType.OR.
        folder_path (str | Unset): Filter evaluators by folder path. Use empty string to get
            evaluators without a folder.
            Example: `Sales.Inbound`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedScenarioListList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        agent_id=agent_id,
        project_id=project_id,
        assistant_id=assistant_id,
        tags=tags,
        tag_filter_type=tag_filter_type,
        folder_path=folder_path,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag_filter_type: TestFrameworkV2ScenariosListTagFilterType
    | TestFrameworkV2ScenariosListTagFilterTypeLiteral
    | Unset = TestFrameworkV2ScenariosListTagFilterType.OR,
    folder_path: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedScenarioListList:
    """List evaluators (scenarios)

     scenarios_list: List evaluators (test scenarios) that simulate callers interacting with your agent.
    Filter by `agent_id`, `project_id`, `tags`, `folder_path`, or other params (see Schema). Returns
    paginated scenarios with their instructions, type, personalities, and metrics.

    Performance tip: pass the most specific filter you have. `agent_id` if a specific agent is in
    context, `folder_path` if you're discussing a specific folder, or `project_id` for a workspace-level
    view. `page_size=20` is a reasonable starting size if you want to peek at recent ones first.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        agent_id (int | Unset): Filter evaluators by agent ID
            Example: `2142`
        project_id (int | Unset): Filter evaluators by project ID
            Example: `1`
        assistant_id (str | Unset): Filter evaluators by assistant ID
            Example: `asst_1234567890`
        tags (str | Unset): Comma-separated list of tags to filter evaluators by
            Example: `tag1,tag2,tag3`
        tag_filter_type (TestFrameworkV2ScenariosListTagFilterType | Unset): Filter operation type
            for tags


            * `and` - and
            * `or` - or
            * `not` - not  Default: TestFrameworkV2ScenariosListTagFilterType.OR.
        folder_path (str | Unset): Filter evaluators by folder path. Use empty string to get
            evaluators without a folder.
            Example: `Sales.Inbound`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedScenarioListList
    """

    response = send(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            agent_id=agent_id,
            project_id=project_id,
            assistant_id=assistant_id,
            tags=tags,
            tag_filter_type=tag_filter_type,
            folder_path=folder_path,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedScenarioListList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag_filter_type: TestFrameworkV2ScenariosListTagFilterType
    | TestFrameworkV2ScenariosListTagFilterTypeLiteral
    | Unset = TestFrameworkV2ScenariosListTagFilterType.OR,
    folder_path: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedScenarioListList]:
    """List evaluators (scenarios)

     scenarios_list: List evaluators (test scenarios) that simulate callers interacting with your agent.
    Filter by `agent_id`, `project_id`, `tags`, `folder_path`, or other params (see Schema). Returns
    paginated scenarios with their instructions, type, personalities, and metrics.

    Performance tip: pass the most specific filter you have. `agent_id` if a specific agent is in
    context, `folder_path` if you're discussing a specific folder, or `project_id` for a workspace-level
    view. `page_size=20` is a reasonable starting size if you want to peek at recent ones first.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        agent_id (int | Unset): Filter evaluators by agent ID
            Example: `2142`
        project_id (int | Unset): Filter evaluators by project ID
            Example: `1`
        assistant_id (str | Unset): Filter evaluators by assistant ID
            Example: `asst_1234567890`
        tags (str | Unset): Comma-separated list of tags to filter evaluators by
            Example: `tag1,tag2,tag3`
        tag_filter_type (TestFrameworkV2ScenariosListTagFilterType | Unset): Filter operation type
            for tags


            * `and` - and
            * `or` - or
            * `not` - not  Default: TestFrameworkV2ScenariosListTagFilterType.OR.
        folder_path (str | Unset): Filter evaluators by folder path. Use empty string to get
            evaluators without a folder.
            Example: `Sales.Inbound`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedScenarioListList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        agent_id=agent_id,
        project_id=project_id,
        assistant_id=assistant_id,
        tags=tags,
        tag_filter_type=tag_filter_type,
        folder_path=folder_path,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag_filter_type: TestFrameworkV2ScenariosListTagFilterType
    | TestFrameworkV2ScenariosListTagFilterTypeLiteral
    | Unset = TestFrameworkV2ScenariosListTagFilterType.OR,
    folder_path: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedScenarioListList:
    """List evaluators (scenarios)

     scenarios_list: List evaluators (test scenarios) that simulate callers interacting with your agent.
    Filter by `agent_id`, `project_id`, `tags`, `folder_path`, or other params (see Schema). Returns
    paginated scenarios with their instructions, type, personalities, and metrics.

    Performance tip: pass the most specific filter you have. `agent_id` if a specific agent is in
    context, `folder_path` if you're discussing a specific folder, or `project_id` for a workspace-level
    view. `page_size=20` is a reasonable starting size if you want to peek at recent ones first.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        agent_id (int | Unset): Filter evaluators by agent ID
            Example: `2142`
        project_id (int | Unset): Filter evaluators by project ID
            Example: `1`
        assistant_id (str | Unset): Filter evaluators by assistant ID
            Example: `asst_1234567890`
        tags (str | Unset): Comma-separated list of tags to filter evaluators by
            Example: `tag1,tag2,tag3`
        tag_filter_type (TestFrameworkV2ScenariosListTagFilterType | Unset): Filter operation type
            for tags


            * `and` - and
            * `or` - or
            * `not` - not  Default: TestFrameworkV2ScenariosListTagFilterType.OR.
        folder_path (str | Unset): Filter evaluators by folder path. Use empty string to get
            evaluators without a folder.
            Example: `Sales.Inbound`
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedScenarioListList
    """

    response = await send_async(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            agent_id=agent_id,
            project_id=project_id,
            assistant_id=assistant_id,
            tags=tags,
            tag_filter_type=tag_filter_type,
            folder_path=folder_path,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedScenarioListList, checked(response, lambda: _parse_response(client=client, response=response)))
