"""The integration guides' test runs (cekura-ai/docs documentation/integrations/: Agora, LiveKit, Pipecat,
SIP, WebSocket/Chirp): each starts runs with a JSON body on a v1 path, reached through its function (the
resource methods, `cekura.scenarios.run_*()`, send v2). Each body is built with its class's from_dict, so
the class must carry every field of the guide's body through to the request."""

from collections.abc import Callable

import pytest
from cekura_api_client import Cekura
from cekura_api_client.errors import SchemaValidationError
from werkzeug import Request

from tests.guides.conftest import Call, Guide, check

Send = Callable[[Callable[[Cekura], object]], Request]
EXTERNAL = "/test_framework/v1/scenarios-external/"
LIVEKIT = {"scenario": 30, "livekit_room_url": "wss://<LK_ROOM_URL>", "access_token": "<LK_TOKEN>"}


def run(source: str, snippet: str, function: str, path: str, body: dict[str, object]) -> Call:
    return Call(Guide(f"documentation/integrations/{source}", snippet), function, "POST", path, body=body)


# Guide bodies the document's schema refuses (document defects, for upstream): strict, so a fix shows.
REFUSED = {
    "agora.mdx:132": '`scenarios` is an array of IDs in the document; the guide runs every scenario with "all"',
    "livekit-integration.mdx:45": "the document's body is `Scenario` (the scenario model), not the run request",
    "livekit-integration.mdx:183": "the document's body is `Scenario` (the scenario model), not the run request",
}


CALLS = [
    run(
        "agora.mdx:123",
        """curl -X POST "https://api.cekura.ai/test_framework/v1/scenarios-external/run_scenarios_agora/" \\
  -d '{"agent_id": 12, "scenarios": [101], "frequency": 1}'""",
        "evaluators.scenarios_run_agora",
        EXTERNAL + "run_scenarios_agora/",
        {"agent_id": 12, "scenarios": [101], "frequency": 1},
    ),
    run(
        "agora.mdx:132",
        """curl -X POST "https://api.cekura.ai/test_framework/v1/scenarios-external/run_scenarios_agora/" \\
  -d '{"agent_id": 12, "scenarios": "all", "frequency": 1}'""",
        "evaluators.scenarios_run_agora",
        EXTERNAL + "run_scenarios_agora/",
        {"agent_id": 12, "scenarios": "all", "frequency": 1},
    ),
    run(
        "agora.mdx:151",
        """payload = {"agent_id": 12, "scenarios": [101, 102], "frequency": 1, "name": "Agora Test Run"}
resp = requests.post(f"{BASE_URL}/v1/scenarios-external/run_scenarios_agora/", headers=headers, json=payload)""",
        "evaluators.scenarios_run_agora",
        EXTERNAL + "run_scenarios_agora/",
        {"agent_id": 12, "scenarios": [101, 102], "frequency": 1, "name": "Agora Test Run"},
    ),
    run(
        "livekit-integration.mdx:45",
        """curl -X POST 'https://api.cekura.ai/test_framework/v1/scenarios-external/run_scenarios_livekit/' \\
  -d '{"scenarios": [{"scenario": 30, "livekit_room_url": "wss://<LK_ROOM_URL>", "access_token": "<LK_TOKEN>"}]}'""",
        "test_framework.scenarios_external_run_scenarios_livekit_create",
        EXTERNAL + "run_scenarios_livekit/",
        {"scenarios": [LIVEKIT]},
    ),
    run(
        "livekit-integration.mdx:183",
        """curl -X POST 'https://api.cekura.ai/test_framework/v1/scenarios-external/run_scenarios_livekit_chat/' \\
  -d '{"scenarios": [{"scenario": 30, "livekit_room_url": "wss://<LK_ROOM_URL>", "access_token": "<LK_TOKEN>"}]}'""",
        "test_framework.scenarios_external_run_scenarios_livekit_chat_create",
        EXTERNAL + "run_scenarios_livekit_chat/",
        {"scenarios": [LIVEKIT]},
    ),
    run(
        "livekit/testing.mdx:148",
        """curl -X POST 'https://api.cekura.ai/test_framework/v1/scenarios-external/run_scenarios_livekit_v2/' \\
  -d '{"scenarios": [{"scenario": 30}], "frequency": 1}'""",
        "evaluators.scenarios_run_livekit_v2",
        EXTERNAL + "run_scenarios_livekit_v2/",
        {"scenarios": [{"scenario": 30}], "frequency": 1},
    ),
    run(
        "pipecat/automated.mdx:152",
        """curl -X POST 'https://api.cekura.ai/test_framework/v1/scenarios/run_scenarios_pipecat_v2/' \\
  -d '{"scenarios": [{"scenario": 30}], "frequency": 1}'""",
        "evaluators.scenarios_run_pipecat_v2_2",
        "/test_framework/v1/scenarios/run_scenarios_pipecat_v2/",
        {"scenarios": [{"scenario": 30}], "frequency": 1},
    ),
    run(
        "pipecat/manual.mdx:68",
        """curl -X POST 'https://api.cekura.ai/test_framework/v1/scenarios-external/run_scenarios_pipecat/' \\
  -d '{"scenarios": [{"scenario": 30, "pipecat_room_url": "https://<PIPECAT_ROOM_URL>",
                      "pipecat_token": "<PIPECAT_TOKEN>"}]}'""",
        "evaluators.scenarios_run_pipecat_v1",
        EXTERNAL + "run_scenarios_pipecat/",
        {"scenarios": [{"scenario": 30, "pipecat_room_url": "https://<PIPECAT_ROOM_URL>", "pipecat_token": "<T>"}]},
    ),
    run(
        "sip-integration.mdx:194",
        """curl -X POST 'https://api.cekura.ai/test_framework/v1/scenarios/run_scenarios_sip/' \\
  -d '{"scenarios": [30]}'""",
        "evaluators.scenarios_run_sip_2",
        "/test_framework/v1/scenarios/run_scenarios_sip/",
        {"scenarios": [30]},
    ),
    run(
        "websocket-chirp.mdx:133",
        """curl -X POST 'https://api.cekura.ai/test_framework/v1/scenarios-external/run_scenarios_chirp/' \\
  -d '{"scenarios": [30]}'""",
        "evaluators.scenarios_run_chirp",
        EXTERNAL + "run_scenarios_chirp/",
        {"scenarios": [30]},
    ),
]


def cases() -> list[object]:
    marks = {
        place: pytest.mark.xfail(strict=True, raises=SchemaValidationError, reason=reason)
        for place, reason in REFUSED.items()
    }
    places = [call.guide.source.removeprefix("documentation/integrations/") for call in CALLS]
    return [pytest.param(call, id=place, marks=marks.get(place, ())) for call, place in zip(CALLS, places, strict=True)]


@pytest.mark.parametrize("call", cases())
def test_the_guide_run_is_sent_as_the_guide_sends_it(send: Send, call: Call) -> None:
    check(call, send)
