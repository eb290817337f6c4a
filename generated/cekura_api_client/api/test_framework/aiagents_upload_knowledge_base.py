from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.aiagents_upload_knowledge_base_files_body import AiagentsUploadKnowledgeBaseFilesBody
from ...models.aiagents_upload_knowledge_base_json_body import AiagentsUploadKnowledgeBaseJsonBody
from ...models.aiagents_upload_knowledge_base_response_400 import AiagentsUploadKnowledgeBaseResponse400
from ...models.paginated_knowledge_base_file_list import PaginatedKnowledgeBaseFileList
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.query import given
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody | Unset = UNSET,
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
        "url": "/test_framework/v1/aiagents/{id}/upload_knowledge_base/".format(
            id=segment("id", id),
        ),
        "params": params,
    }

    with request_body(_kwargs):
        if isinstance(body, AiagentsUploadKnowledgeBaseJsonBody):
            if not isinstance(body, Unset):
                _kwargs["json"] = body.to_dict()

            headers["Content-Type"] = "application/json"
        else:
            if not isinstance(body, Unset):
                _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaginatedKnowledgeBaseFileList | AiagentsUploadKnowledgeBaseResponse400 | None:
    if response.status_code == 201:
        response_201 = PaginatedKnowledgeBaseFileList.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AiagentsUploadKnowledgeBaseResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaginatedKnowledgeBaseFileList | AiagentsUploadKnowledgeBaseResponse400]:
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
    id: int,
    *,
    client: AuthenticatedClient,
    body: AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedKnowledgeBaseFileList | AiagentsUploadKnowledgeBaseResponse400]:
    """Upload one or more files to the agent's knowledge base. Accepts either a `multipart/form-data` body
    (used by the web dashboard) or an `application/json` body where each entry carries base64-encoded
    file content.

    Args:
        id (int): A unique integer value identifying this ai agent.
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody):
            AiagentsUploadKnowledgeBaseJsonBody is sent as application/json,
            AiagentsUploadKnowledgeBaseFilesBody is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedKnowledgeBaseFileList | AiagentsUploadKnowledgeBaseResponse400]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        page=page,
        page_size=page_size,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedKnowledgeBaseFileList:
    """Upload one or more files to the agent's knowledge base. Accepts either a `multipart/form-data` body
    (used by the web dashboard) or an `application/json` body where each entry carries base64-encoded
    file content.

    Args:
        id (int): A unique integer value identifying this ai agent.
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody):
            AiagentsUploadKnowledgeBaseJsonBody is sent as application/json,
            AiagentsUploadKnowledgeBaseFilesBody is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedKnowledgeBaseFileList
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
            body=body,
            page=page,
            page_size=page_size,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PaginatedKnowledgeBaseFileList, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[PaginatedKnowledgeBaseFileList | AiagentsUploadKnowledgeBaseResponse400]:
    """Upload one or more files to the agent's knowledge base. Accepts either a `multipart/form-data` body
    (used by the web dashboard) or an `application/json` body where each entry carries base64-encoded
    file content.

    Args:
        id (int): A unique integer value identifying this ai agent.
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody):
            AiagentsUploadKnowledgeBaseJsonBody is sent as application/json,
            AiagentsUploadKnowledgeBaseFilesBody is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[PaginatedKnowledgeBaseFileList | AiagentsUploadKnowledgeBaseResponse400]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        page=page,
        page_size=page_size,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> PaginatedKnowledgeBaseFileList:
    """Upload one or more files to the agent's knowledge base. Accepts either a `multipart/form-data` body
    (used by the web dashboard) or an `application/json` body where each entry carries base64-encoded
    file content.

    Args:
        id (int): A unique integer value identifying this ai agent.
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        body (AiagentsUploadKnowledgeBaseJsonBody | AiagentsUploadKnowledgeBaseFilesBody):
            AiagentsUploadKnowledgeBaseJsonBody is sent as application/json,
            AiagentsUploadKnowledgeBaseFilesBody is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        PaginatedKnowledgeBaseFileList
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
            body=body,
            page=page,
            page_size=page_size,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        PaginatedKnowledgeBaseFileList, checked(response, lambda: _parse_response(client=client, response=response))
    )
