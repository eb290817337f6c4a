"""The testing guides' calls (cekura-ai/docs documentation/guides/testing-agents/tests-as-code.mdx,
integrations/chat-testing.mdx, integrations/elevenlabs/testing.mdx): running tests from a spec, driving an
API chat run turn by turn, and starting provider runs. The guides call v1 paths, reached through their
functions (the resource methods send v2); each JSON body is built with the body class's from_dict, so the
class must carry every field of the guide's body through to the request.

The runs these start are polled with GET /test_framework/v1/runs/<id>/
(chat-testing.mdx:455): the document deprecates it for v2 (`cekura.runs.retrieve()`).
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from cekura_api_client import Cekura
from cekura_api_client.api.evaluators import scenarios_run_json_2
from cekura_api_client.models import TestSuiteSpecUploadFile as SpecFileUpload
from cekura_api_client.models import TestSuiteSpecUploadFileChannel as SpecChannel
from werkzeug import Request

from tests.guides.conftest import Call, Guide, Sent, assert_sent, check

Send = Callable[[Callable[[Cekura], object]], Request]
SPEC = {"version": "1", "scenarios": [{"name": "Refund happy path", "instructions": "Order arrived damaged."}]}


def curl(source: str, snippet: str) -> Guide:
    return Guide(f"documentation/{source}", snippet)


CALLS = [
    Call(
        curl(
            "guides/testing-agents/tests-as-code.mdx:79",
            """curl --request POST \\
  --url 'https://api.cekura.ai/test_framework/v1/scenarios/run_scenarios_json/?dry_run=true' \\
  --header 'X-CEKURA-API-KEY: <api-key>' --header 'Content-Type: application/json' \\
  --data "{\\"agent_id\\": 12, \\"channel\\": \\"voice\\", \\"spec\\": $(cat cekura.tests.json)}\"""",
        ),
        "evaluators.scenarios_run_json_2",
        "POST",
        "/test_framework/v1/scenarios/run_scenarios_json/",
        query={"dry_run": True},
        body={"agent_id": 12, "channel": "voice", "spec": SPEC},
        sent_query={"dry_run": "true"},
    ),
    Call(
        curl(
            "guides/testing-agents/tests-as-code.mdx:126",
            """curl --request POST \\
  --url 'https://api.cekura.ai/test_framework/v1/scenarios/run_scenarios_json/' \\
  --data "{\\"agent_id\\": 12, \\"channel\\": \\"voice\\", \\"spec\\": $(cat cekura.tests.json)}\"""",
        ),
        "evaluators.scenarios_run_json_2",
        "POST",
        "/test_framework/v1/scenarios/run_scenarios_json/",
        body={"agent_id": 12, "channel": "voice", "spec": SPEC},
    ),
    Call(
        curl(
            "guides/testing-agents/tests-as-code.mdx:442",
            "curl 'https://api.cekura.ai/test_framework/v1/scenarios/json_schema/'",
        ),
        "evaluators.scenarios_json_schema_2",
        "GET",
        "/test_framework/v1/scenarios/json_schema/",
    ),
    Call(
        curl(
            "integrations/chat-testing.mdx:441",
            """curl --request POST --url https://api.cekura.ai/test_framework/v1/scenarios/run_scenarios_api_chat/ \\
  --data '{ "agent_id": 123, "scenarios": [456], "frequency": 1, "timeout": 1800 }'""",
        ),
        "evaluators.scenarios_run_api_chat_2",
        "POST",
        "/test_framework/v1/scenarios/run_scenarios_api_chat/",
        body={"agent_id": 123, "scenarios": [456], "frequency": 1, "timeout": 1800},
    ),
    Call(
        curl(
            "integrations/chat-testing.mdx:454",
            "curl --request GET --url https://api.cekura.ai/test_framework/v1/runs/<run_id>/",
        ),
        "test_framework.runs_v1_retrieve",
        "GET",
        "/test_framework/v1/runs/987/",
        arguments=(987,),
        deprecated=True,
    ),
    Call(
        curl("integrations/chat-testing.mdx:460", "`GET /runs/<run_id>/chat/0/` returns the scenario's opening line"),
        "runs.runs_api_chat_turn_2",
        "GET",
        "/test_framework/v1/runs/987/chat/0/",
        arguments=(987, 0),
    ),
    Call(
        curl(
            "integrations/chat-testing.mdx:467",
            """curl --request POST --url https://api.cekura.ai/test_framework/v1/runs/<run_id>/chat/ \\
  --data '{ "content": "Hello! How can I help you today?" }'""",
        ),
        "runs.runs_api_chat_2",
        "POST",
        "/test_framework/v1/runs/987/chat/",
        arguments=(987,),
        body={"content": "Hello! How can I help you today?"},
    ),
    Call(
        curl(
            "integrations/chat-testing.mdx:487",
            "curl --request GET --url https://api.cekura.ai/test_framework/v1/runs/<run_id>/chat/<turn_id>/",
        ),
        "runs.runs_api_chat_turn_2",
        "GET",
        "/test_framework/v1/runs/987/chat/1/",
        arguments=(987, 1),
    ),
    Call(
        curl(
            "integrations/chat-testing.mdx:504",
            """curl --request POST --url https://api.cekura.ai/test_framework/v1/runs/<run_id>/end-chat/ \\
  --data '{ "reason": "client-finished" }'""",
        ),
        "runs.runs_api_chat_end_2",
        "POST",
        "/test_framework/v1/runs/987/end-chat/",
        arguments=(987,),
        body={"reason": "client-finished"},
    ),
    Call(
        curl(
            "integrations/chat-testing.mdx:528",
            """curl --request POST --url https://api.cekura.ai/test_framework/v1/scenarios/run_scenarios_text/ \\
  --data '{"agent_id": 123, "scenarios": [456, 789], "frequency": 1, "name": "Chat Test Run"}'""",
        ),
        "evaluators.scenarios_run_text_2",
        "POST",
        "/test_framework/v1/scenarios/run_scenarios_text/",
        body={"agent_id": 123, "scenarios": [456, 789], "frequency": 1, "name": "Chat Test Run"},
    ),
    Call(
        curl(
            "integrations/elevenlabs/testing.mdx:229",
            """curl -X POST 'https://api.cekura.ai/test_framework/v1/scenarios-external/run_scenarios_elevenlabs/' \\
  -d '{"scenarios": [30]}'""",
        ),
        "evaluators.scenarios_run_elevenlabs",
        "POST",
        "/test_framework/v1/scenarios-external/run_scenarios_elevenlabs/",
        body={"scenarios": [30]},
    ),
    Call(
        curl(
            "integrations/elevenlabs/testing.mdx:314",
            """payload = {"scenarios": [30, 31, 32], "frequency": 2, "name": "ElevenLabs Test Run"}
resp = requests.post(f"{BASE_URL}/v1/scenarios-external/run_scenarios_elevenlabs/", headers=headers, json=payload)""",
        ),
        "evaluators.scenarios_run_elevenlabs",
        "POST",
        "/test_framework/v1/scenarios-external/run_scenarios_elevenlabs/",
        body={"scenarios": [30, 31, 32], "frequency": 2, "name": "ElevenLabs Test Run"},
    ),
]


@pytest.mark.parametrize("call", CALLS, ids=[call.guide.source.removeprefix("documentation/") for call in CALLS])
def test_the_guide_call_is_sent_as_the_guide_sends_it(send: Send, call: Call) -> None:
    check(call, send)


UPLOAD = curl(
    "guides/testing-agents/tests-as-code.mdx:160",
    """curl --request POST \\
  --url 'https://api.cekura.ai/test_framework/v1/scenarios/run_scenarios_json/' \\
  --header 'X-CEKURA-API-KEY: <api-key>' \\
  --form 'agent_id=12' \\
  --form 'channel=voice' \\
  --form 'file=@cekura.tests.json'""",
)


def test_the_spec_file_is_uploaded_as_a_file_part(send: Send, tmp_path: Path) -> None:
    spec = tmp_path / "cekura.tests.json"
    spec.write_bytes(b'{"version": "1", "scenarios": []}')
    body = SpecFileUpload(agent_id=12, channel=SpecChannel.VOICE, file=spec)
    request = send(lambda cekura: scenarios_run_json_2.sync(client=cekura.client, body=body))
    files = {"file": ("cekura.tests.json", "application/json", spec.read_bytes())}
    sent = Sent(
        "POST",
        "/test_framework/v1/scenarios/run_scenarios_json/",
        form={"agent_id": "12", "channel": "voice"},
        files=files,
    )
    assert_sent(request, sent)
