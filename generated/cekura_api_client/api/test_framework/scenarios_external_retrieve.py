from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_external_retrieve_response_404 import ScenariosExternalRetrieveResponse404
from ...models.schema_scenario import SchemaScenario
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/scenarios-external/{id}/".format(
            id=segment("id", id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchemaScenario | ScenariosExternalRetrieveResponse404 | None:
    if response.status_code == 200:
        response_200 = SchemaScenario.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ScenariosExternalRetrieveResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SchemaScenario | ScenariosExternalRetrieveResponse404]:
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
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[SchemaScenario | ScenariosExternalRetrieveResponse404]:
    """Retrieve an evaluator (scenario)

     Fetch a single evaluator by id. Returns full configuration including instructions, expected outcome,
    metrics, test profile, and — when the agent has mock tools attached and the scenario was auto-
    generated — the expected mock tool calls (`generated_mock_tool_entries`) with their inputs and
    outputs.

    Args:
        id (int): A unique integer value identifying this scenario.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaScenario | ScenariosExternalRetrieveResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> SchemaScenario:
    """Retrieve an evaluator (scenario)

     Fetch a single evaluator by id. Returns full configuration including instructions, expected outcome,
    metrics, test profile, and — when the agent has mock tools attached and the scenario was auto-
    generated — the expected mock tool calls (`generated_mock_tool_entries`) with their inputs and
    outputs.

    Args:
        id (int): A unique integer value identifying this scenario.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaScenario
    """

    response = send(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(SchemaScenario, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> Response[SchemaScenario | ScenariosExternalRetrieveResponse404]:
    """Retrieve an evaluator (scenario)

     Fetch a single evaluator by id. Returns full configuration including instructions, expected outcome,
    metrics, test profile, and — when the agent has mock tools attached and the scenario was auto-
    generated — the expected mock tool calls (`generated_mock_tool_entries`) with their inputs and
    outputs.

    Args:
        id (int): A unique integer value identifying this scenario.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[SchemaScenario | ScenariosExternalRetrieveResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    options: RequestOptions | None = None,
) -> SchemaScenario:
    """Retrieve an evaluator (scenario)

     Fetch a single evaluator by id. Returns full configuration including instructions, expected outcome,
    metrics, test profile, and — when the agent has mock tools attached and the scenario was auto-
    generated — the expected mock tool calls (`generated_mock_tool_entries`) with their inputs and
    outputs.

    Args:
        id (int): A unique integer value identifying this scenario.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        SchemaScenario
    """

    response = await send_async(
        client,
        _get_kwargs(
            id=id,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(SchemaScenario, checked(response, lambda: _parse_response(client=client, response=response)))
