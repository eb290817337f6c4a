from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.ai_agent_v2 import AIAgentV2
from ...models.aiagents_duplicate_create_response_400 import AiagentsDuplicateCreateResponse400
from ...models.schema_post_copy_agent import SchemaPostCopyAgent
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: SchemaPostCopyAgent | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v2/aiagents/{id}/duplicate/".format(
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AIAgentV2 | AiagentsDuplicateCreateResponse400 | None:
    if response.status_code == 201:
        response_201 = AIAgentV2.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AiagentsDuplicateCreateResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AIAgentV2 | AiagentsDuplicateCreateResponse400]:
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
    body: SchemaPostCopyAgent | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[AIAgentV2 | AiagentsDuplicateCreateResponse400]:
    """Duplicate an AI voice agent

     Create a copy of the agent with all its configuration. Returns the new agent in v2 format.

    Args:
        id (int): A unique integer value identifying this ai agent.
        body (SchemaPostCopyAgent | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgentV2 | AiagentsDuplicateCreateResponse400]
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
    body: SchemaPostCopyAgent | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AIAgentV2:
    """Duplicate an AI voice agent

     Create a copy of the agent with all its configuration. Returns the new agent in v2 format.

    Args:
        id (int): A unique integer value identifying this ai agent.
        body (SchemaPostCopyAgent | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgentV2
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
    return cast(AIAgentV2, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SchemaPostCopyAgent | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[AIAgentV2 | AiagentsDuplicateCreateResponse400]:
    """Duplicate an AI voice agent

     Create a copy of the agent with all its configuration. Returns the new agent in v2 format.

    Args:
        id (int): A unique integer value identifying this ai agent.
        body (SchemaPostCopyAgent | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgentV2 | AiagentsDuplicateCreateResponse400]
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
    body: SchemaPostCopyAgent | Unset = UNSET,
    options: RequestOptions | None = None,
) -> AIAgentV2:
    """Duplicate an AI voice agent

     Create a copy of the agent with all its configuration. Returns the new agent in v2 format.

    Args:
        id (int): A unique integer value identifying this ai agent.
        body (SchemaPostCopyAgent | Unset):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        AIAgentV2
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
    return cast(AIAgentV2, checked(response, lambda: _parse_response(client=client, response=response)))
