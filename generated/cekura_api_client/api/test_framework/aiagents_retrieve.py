from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.ai_agent_v2 import AIAgentV2
from ...models.aiagents_retrieve_response_404 import AiagentsRetrieveResponse404
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.paths import segment
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v2/aiagents/{id}/".format(
            id=segment("id", id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AIAgentV2 | AiagentsRetrieveResponse404 | None:
    if response.status_code == 200:
        response_200 = AIAgentV2.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = AiagentsRetrieveResponse404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AIAgentV2 | AiagentsRetrieveResponse404]:
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
) -> Response[AIAgentV2 | AiagentsRetrieveResponse404]:
    """Retrieve an AI voice agent

     Retrieve an AI voice agent, including its configured connections.

    **Configured connection → run endpoint** (call this before running scenarios; a run endpoint only
    works if its connection is configured on the agent):
    - `telephony.phone_number` → `scenarios-run-voice`
    - `telephony.sip_uri` → `scenarios-run-sip`
    - `telephony.websocket_url` → `scenarios-run-chirp` (raw-PCM voice websocket)
    - `provider.type` vapi / retell / livekit / pipecat / agora (WebRTC) → `scenarios-run-vapi-webrtc` /
    `-retell-webrtc` / `-livekit-v2` / `-pipecat-v2` / `-agora`
    - `provider.type` elevenlabs → `scenarios-run-elevenlabs`
    - `provider.chat_agent_details` (chat/SMS/WhatsApp) → `scenarios-run-text`

    Args:
        id (int): A unique integer value identifying this ai agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgentV2 | AiagentsRetrieveResponse404]
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
) -> AIAgentV2:
    """Retrieve an AI voice agent

     Retrieve an AI voice agent, including its configured connections.

    **Configured connection → run endpoint** (call this before running scenarios; a run endpoint only
    works if its connection is configured on the agent):
    - `telephony.phone_number` → `scenarios-run-voice`
    - `telephony.sip_uri` → `scenarios-run-sip`
    - `telephony.websocket_url` → `scenarios-run-chirp` (raw-PCM voice websocket)
    - `provider.type` vapi / retell / livekit / pipecat / agora (WebRTC) → `scenarios-run-vapi-webrtc` /
    `-retell-webrtc` / `-livekit-v2` / `-pipecat-v2` / `-agora`
    - `provider.type` elevenlabs → `scenarios-run-elevenlabs`
    - `provider.chat_agent_details` (chat/SMS/WhatsApp) → `scenarios-run-text`

    Args:
        id (int): A unique integer value identifying this ai agent.
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
    options: RequestOptions | None = None,
) -> Response[AIAgentV2 | AiagentsRetrieveResponse404]:
    """Retrieve an AI voice agent

     Retrieve an AI voice agent, including its configured connections.

    **Configured connection → run endpoint** (call this before running scenarios; a run endpoint only
    works if its connection is configured on the agent):
    - `telephony.phone_number` → `scenarios-run-voice`
    - `telephony.sip_uri` → `scenarios-run-sip`
    - `telephony.websocket_url` → `scenarios-run-chirp` (raw-PCM voice websocket)
    - `provider.type` vapi / retell / livekit / pipecat / agora (WebRTC) → `scenarios-run-vapi-webrtc` /
    `-retell-webrtc` / `-livekit-v2` / `-pipecat-v2` / `-agora`
    - `provider.type` elevenlabs → `scenarios-run-elevenlabs`
    - `provider.chat_agent_details` (chat/SMS/WhatsApp) → `scenarios-run-text`

    Args:
        id (int): A unique integer value identifying this ai agent.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[AIAgentV2 | AiagentsRetrieveResponse404]
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
) -> AIAgentV2:
    """Retrieve an AI voice agent

     Retrieve an AI voice agent, including its configured connections.

    **Configured connection → run endpoint** (call this before running scenarios; a run endpoint only
    works if its connection is configured on the agent):
    - `telephony.phone_number` → `scenarios-run-voice`
    - `telephony.sip_uri` → `scenarios-run-sip`
    - `telephony.websocket_url` → `scenarios-run-chirp` (raw-PCM voice websocket)
    - `provider.type` vapi / retell / livekit / pipecat / agora (WebRTC) → `scenarios-run-vapi-webrtc` /
    `-retell-webrtc` / `-livekit-v2` / `-pipecat-v2` / `-agora`
    - `provider.type` elevenlabs → `scenarios-run-elevenlabs`
    - `provider.chat_agent_details` (chat/SMS/WhatsApp) → `scenarios-run-text`

    Args:
        id (int): A unique integer value identifying this ai agent.
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
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(AIAgentV2, checked(response, lambda: _parse_response(client=client, response=response)))
