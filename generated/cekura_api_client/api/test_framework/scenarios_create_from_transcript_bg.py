from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_create_from_transcript_bg_response_200 import ScenariosCreateFromTranscriptBgResponse200
from ...models.scenarios_create_from_transcript_bg_response_400 import ScenariosCreateFromTranscriptBgResponse400
from ...models.schema_post_simulate_scenario import SchemaPostSimulateScenario
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.serialization import request_body
from ...types import Response


def _get_kwargs(
    *,
    body: SchemaPostSimulateScenario,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/create-from-transcript-bg/",
    }

    with request_body(_kwargs):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosCreateFromTranscriptBgResponse200 | ScenariosCreateFromTranscriptBgResponse400 | None:
    if response.status_code == 200:
        response_200 = ScenariosCreateFromTranscriptBgResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosCreateFromTranscriptBgResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosCreateFromTranscriptBgResponse200 | ScenariosCreateFromTranscriptBgResponse400]:
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
    body: SchemaPostSimulateScenario,
    options: RequestOptions | None = None,
) -> Response[ScenariosCreateFromTranscriptBgResponse200 | ScenariosCreateFromTranscriptBgResponse400]:
    """Create a new evaluator from a call transcript. Analyzes the transcript to extract caller behavior,
    expected outcomes, and conversation flow.

    **`transcript_json` format:** array of message objects. Each object requires:
    - `role` — must be one of: `"Main Agent"`, `"Testing Agent"`, `"Function Call"`, `"Function Call
    Result"`
    - `content` — the message text
    - `start_time` (optional) — seconds from call start as a float

    Note: this endpoint accepts only the above role names. The role names used in the observability
    transcript ingestion API ("agent", "user", etc.) are not valid here.

    Example `transcript_json`:
    ```json
    [
      {"role": "Main Agent", "content": "Hello, how can I help?", "start_time": 0.0},
      {"role": "Testing Agent", "content": "I need to reschedule.", "start_time": 2.1},
      {"role": "Main Agent", "content": "Sure, what date works?", "start_time": 3.5}
    ]
    ```

    **Agent lookup:** the `agent` field looks up agents scoped to the project associated with your API
    key. If the agent belongs to a different project, use `assistant_id` instead, Returns a
    `progress_id`immediately; poll GET /scenarios/create-from-transcript-progress/?progress_id={id}
    until

    Args:
        body (SchemaPostSimulateScenario):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosCreateFromTranscriptBgResponse200 | ScenariosCreateFromTranscriptBgResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SchemaPostSimulateScenario,
    options: RequestOptions | None = None,
) -> ScenariosCreateFromTranscriptBgResponse200:
    """Create a new evaluator from a call transcript. Analyzes the transcript to extract caller behavior,
    expected outcomes, and conversation flow.

    **`transcript_json` format:** array of message objects. Each object requires:
    - `role` — must be one of: `"Main Agent"`, `"Testing Agent"`, `"Function Call"`, `"Function Call
    Result"`
    - `content` — the message text
    - `start_time` (optional) — seconds from call start as a float

    Note: this endpoint accepts only the above role names. The role names used in the observability
    transcript ingestion API ("agent", "user", etc.) are not valid here.

    Example `transcript_json`:
    ```json
    [
      {"role": "Main Agent", "content": "Hello, how can I help?", "start_time": 0.0},
      {"role": "Testing Agent", "content": "I need to reschedule.", "start_time": 2.1},
      {"role": "Main Agent", "content": "Sure, what date works?", "start_time": 3.5}
    ]
    ```

    **Agent lookup:** the `agent` field looks up agents scoped to the project associated with your API
    key. If the agent belongs to a different project, use `assistant_id` instead, Returns a
    `progress_id`immediately; poll GET /scenarios/create-from-transcript-progress/?progress_id={id}
    until

    Args:
        body (SchemaPostSimulateScenario):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosCreateFromTranscriptBgResponse200
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
        ScenariosCreateFromTranscriptBgResponse200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SchemaPostSimulateScenario,
    options: RequestOptions | None = None,
) -> Response[ScenariosCreateFromTranscriptBgResponse200 | ScenariosCreateFromTranscriptBgResponse400]:
    """Create a new evaluator from a call transcript. Analyzes the transcript to extract caller behavior,
    expected outcomes, and conversation flow.

    **`transcript_json` format:** array of message objects. Each object requires:
    - `role` — must be one of: `"Main Agent"`, `"Testing Agent"`, `"Function Call"`, `"Function Call
    Result"`
    - `content` — the message text
    - `start_time` (optional) — seconds from call start as a float

    Note: this endpoint accepts only the above role names. The role names used in the observability
    transcript ingestion API ("agent", "user", etc.) are not valid here.

    Example `transcript_json`:
    ```json
    [
      {"role": "Main Agent", "content": "Hello, how can I help?", "start_time": 0.0},
      {"role": "Testing Agent", "content": "I need to reschedule.", "start_time": 2.1},
      {"role": "Main Agent", "content": "Sure, what date works?", "start_time": 3.5}
    ]
    ```

    **Agent lookup:** the `agent` field looks up agents scoped to the project associated with your API
    key. If the agent belongs to a different project, use `assistant_id` instead, Returns a
    `progress_id`immediately; poll GET /scenarios/create-from-transcript-progress/?progress_id={id}
    until

    Args:
        body (SchemaPostSimulateScenario):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosCreateFromTranscriptBgResponse200 | ScenariosCreateFromTranscriptBgResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SchemaPostSimulateScenario,
    options: RequestOptions | None = None,
) -> ScenariosCreateFromTranscriptBgResponse200:
    """Create a new evaluator from a call transcript. Analyzes the transcript to extract caller behavior,
    expected outcomes, and conversation flow.

    **`transcript_json` format:** array of message objects. Each object requires:
    - `role` — must be one of: `"Main Agent"`, `"Testing Agent"`, `"Function Call"`, `"Function Call
    Result"`
    - `content` — the message text
    - `start_time` (optional) — seconds from call start as a float

    Note: this endpoint accepts only the above role names. The role names used in the observability
    transcript ingestion API ("agent", "user", etc.) are not valid here.

    Example `transcript_json`:
    ```json
    [
      {"role": "Main Agent", "content": "Hello, how can I help?", "start_time": 0.0},
      {"role": "Testing Agent", "content": "I need to reschedule.", "start_time": 2.1},
      {"role": "Main Agent", "content": "Sure, what date works?", "start_time": 3.5}
    ]
    ```

    **Agent lookup:** the `agent` field looks up agents scoped to the project associated with your API
    key. If the agent belongs to a different project, use `assistant_id` instead, Returns a
    `progress_id`immediately; poll GET /scenarios/create-from-transcript-progress/?progress_id={id}
    until

    Args:
        body (SchemaPostSimulateScenario):
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosCreateFromTranscriptBgResponse200
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
        ScenariosCreateFromTranscriptBgResponse200,
        checked(response, lambda: _parse_response(client=client, response=response)),
    )
