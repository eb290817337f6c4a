from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.paginated_audit_log_list import PaginatedAuditLogList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: str,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    operation_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["organization_id"] = organization_id

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["project_id"] = project_id

    params["user_email"] = user_email

    params["object_type"] = object_type

    params["object_id"] = object_id

    params["action_type"] = action_type

    params["operation_type"] = operation_type

    params = given(
        params,
        ints=("page", "page_size"),
        required=("organization_id",),
        texts=(
            "organization_id",
            "start_time",
            "end_time",
            "project_id",
            "user_email",
            "object_type",
            "object_id",
            "action_type",
            "operation_type",
        ),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/v1/audit-logs/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaginatedAuditLogList | None:
    if response.status_code == 200:
        response_200 = PaginatedAuditLogList.from_dict(response.json())

        return response_200

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedAuditLogList]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = ("api_key",)
_SUCCESSES: tuple[int, ...] | None = (200,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: str,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedAuditLogList]:
    """List audit logs for an organization. Requires admin or organization API key access.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        organization_id (str): Organization whose logs are being fetched
        start_time (str | Unset): Start of the time range for logs (ISO 8601, e.g.
            2025-01-01T00:00:00Z). Defaults to 1 week ago. Max duration between start_time and
            end_time is 30 days.
        end_time (str | Unset): End of the time range for logs (ISO 8601, e.g.
            2025-12-31T23:59:59Z). Defaults to now. Max duration between start_time and end_time is 30
            days.
        project_id (str | Unset): Filter logs for a specific project
        user_email (str | Unset): Filter logs for actions performed by a specific user
        object_type (str | Unset): Type of object being tracked (e.g. aiagent, metric, scenario,
            api_key)
        object_id (str | Unset): Unique identifier of the object. Must be used together with
            object_type
        action_type (str | Unset): Higher-level classification of the action (e.g. object,
            run_scenarios)
        operation_type (str | Unset): Type of operation performed (create, update, delete)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedAuditLogList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        organization_id=organization_id,
        start_time=start_time,
        end_time=end_time,
        project_id=project_id,
        user_email=user_email,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        operation_type=operation_type,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: str,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedAuditLogList:
    """List audit logs for an organization. Requires admin or organization API key access.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        organization_id (str): Organization whose logs are being fetched
        start_time (str | Unset): Start of the time range for logs (ISO 8601, e.g.
            2025-01-01T00:00:00Z). Defaults to 1 week ago. Max duration between start_time and
            end_time is 30 days.
        end_time (str | Unset): End of the time range for logs (ISO 8601, e.g.
            2025-12-31T23:59:59Z). Defaults to now. Max duration between start_time and end_time is 30
            days.
        project_id (str | Unset): Filter logs for a specific project
        user_email (str | Unset): Filter logs for actions performed by a specific user
        object_type (str | Unset): Type of object being tracked (e.g. aiagent, metric, scenario,
            api_key)
        object_id (str | Unset): Unique identifier of the object. Must be used together with
            object_type
        action_type (str | Unset): Higher-level classification of the action (e.g. object,
            run_scenarios)
        operation_type (str | Unset): Type of operation performed (create, update, delete)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedAuditLogList
    """

    response = send(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            organization_id=organization_id,
            start_time=start_time,
            end_time=end_time,
            project_id=project_id,
            user_email=user_email,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            operation_type=operation_type,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedAuditLogList, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: str,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedAuditLogList]:
    """List audit logs for an organization. Requires admin or organization API key access.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        organization_id (str): Organization whose logs are being fetched
        start_time (str | Unset): Start of the time range for logs (ISO 8601, e.g.
            2025-01-01T00:00:00Z). Defaults to 1 week ago. Max duration between start_time and
            end_time is 30 days.
        end_time (str | Unset): End of the time range for logs (ISO 8601, e.g.
            2025-12-31T23:59:59Z). Defaults to now. Max duration between start_time and end_time is 30
            days.
        project_id (str | Unset): Filter logs for a specific project
        user_email (str | Unset): Filter logs for actions performed by a specific user
        object_type (str | Unset): Type of object being tracked (e.g. aiagent, metric, scenario,
            api_key)
        object_id (str | Unset): Unique identifier of the object. Must be used together with
            object_type
        action_type (str | Unset): Higher-level classification of the action (e.g. object,
            run_scenarios)
        operation_type (str | Unset): Type of operation performed (create, update, delete)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedAuditLogList]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        organization_id=organization_id,
        start_time=start_time,
        end_time=end_time,
        project_id=project_id,
        user_email=user_email,
        object_type=object_type,
        object_id=object_id,
        action_type=action_type,
        operation_type=operation_type,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    organization_id: str,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    action_type: str | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedAuditLogList:
    """List audit logs for an organization. Requires admin or organization API key access.

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        organization_id (str): Organization whose logs are being fetched
        start_time (str | Unset): Start of the time range for logs (ISO 8601, e.g.
            2025-01-01T00:00:00Z). Defaults to 1 week ago. Max duration between start_time and
            end_time is 30 days.
        end_time (str | Unset): End of the time range for logs (ISO 8601, e.g.
            2025-12-31T23:59:59Z). Defaults to now. Max duration between start_time and end_time is 30
            days.
        project_id (str | Unset): Filter logs for a specific project
        user_email (str | Unset): Filter logs for actions performed by a specific user
        object_type (str | Unset): Type of object being tracked (e.g. aiagent, metric, scenario,
            api_key)
        object_id (str | Unset): Unique identifier of the object. Must be used together with
            object_type
        action_type (str | Unset): Higher-level classification of the action (e.g. object,
            run_scenarios)
        operation_type (str | Unset): Type of operation performed (create, update, delete)
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedAuditLogList
    """

    response = await send_async(
        client,
        _get_kwargs(
            page=page,
            page_size=page_size,
            organization_id=organization_id,
            start_time=start_time,
            end_time=end_time,
            project_id=project_id,
            user_email=user_email,
            object_type=object_type,
            object_id=object_id,
            action_type=action_type,
            operation_type=operation_type,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(PaginatedAuditLogList, checked(response, lambda: _parse_response(client=client, response=response)))
