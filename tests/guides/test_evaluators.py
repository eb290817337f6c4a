"""The evaluators guides' calls (cekura-ai/docs documentation/key-concepts/evaluators/): attaching, listing
and deleting a condition's audio clip. The guide calls v1 (`/test_framework/v1/scenarios/...`), reached
through its function; `cekura.scenarios.condition_audio_*()` send the same request to v2.

Not client calls, so not here: the guide authenticates with `Authorization: Bearer $CEKURA_API_KEY`, which
the document does not define for an API key (this client sends the key as X-CEKURA-API-KEY).
"""

import dataclasses
from collections.abc import Callable
from pathlib import Path

from cekura_api_client import Cekura
from cekura_api_client.api.test_framework import (
    scenarios_condition_audio_create,
    scenarios_condition_audio_destroy,
    scenarios_condition_audio_list,
)
from cekura_api_client.models import ScenariosConditionAudioCreateBody
from cekura_api_client.models import TestFrameworkV2ScenariosConditionAudioCreateBody as V2AudioClip
from werkzeug import Request

from tests.guides.conftest import Guide, Sent, assert_sent

Send = Callable[[Callable[[Cekura], object]], Request]
AUDIO = b"ID3\x04\x00 greeting"
TEMPLATE = 'Before the tone <audio /> <silence time="1s"/> continue'

UPLOAD = Guide(
    "documentation/key-concepts/evaluators/conditional-actions.mdx:995",
    """
curl -X POST "https://api.cekura.ai/test_framework/v1/scenarios/39001/condition-audio/" \\
  -H "Authorization: Bearer $CEKURA_API_KEY" \\
  -F "condition_id=2" \\
  -F 'action_template=Before the tone <audio /> <silence time="1s"/> continue' \\
  -F "file=@greeting.mp3"
    """,
)


def test_a_clip_is_attached_as_a_multipart_upload(send: Send, tmp_path: Path) -> None:
    greeting = tmp_path / "greeting.mp3"
    greeting.write_bytes(AUDIO)
    sent = Sent(
        "POST",
        "/test_framework/v1/scenarios/39001/condition-audio/",
        form={"condition_id": "2", "action_template": TEMPLATE},
        files={"file": ("greeting.mp3", "audio/mpeg", AUDIO)},
    )
    body = ScenariosConditionAudioCreateBody(condition_id=2, action_template=TEMPLATE, file=greeting)
    assert_sent(
        send(lambda cekura: scenarios_condition_audio_create.sync(39001, client=cekura.client, body=body)), sent
    )
    v2 = V2AudioClip(condition_id=2, action_template=TEMPLATE, file=greeting)
    request = send(lambda cekura: cekura.scenarios.condition_audio_create(39001, body=v2))
    assert_sent(request, dataclasses.replace(sent, path=sent.path.replace("/v1/", "/v2/")))


LIST = Guide(
    "documentation/key-concepts/evaluators/conditional-actions.mdx:1005",
    """
curl "https://api.cekura.ai/test_framework/v1/scenarios/39001/condition-audio/" \\
  -H "Authorization: Bearer $CEKURA_API_KEY"
    """,
)


def test_the_clips_are_listed(send: Send) -> None:
    request = send(lambda cekura: scenarios_condition_audio_list.sync(39001, client=cekura.client))
    assert_sent(request, Sent("GET", "/test_framework/v1/scenarios/39001/condition-audio/"))
    request = send(lambda cekura: cekura.scenarios.condition_audio_list(39001))
    assert_sent(request, Sent("GET", "/test_framework/v2/scenarios/39001/condition-audio/"))


DELETE = Guide(
    "documentation/key-concepts/evaluators/conditional-actions.mdx:1011",
    """
curl -X DELETE "https://api.cekura.ai/test_framework/v1/scenarios/39001/condition-audio/ab12cd34/" \\
  -H "Authorization: Bearer $CEKURA_API_KEY"
    """,
)


def test_a_clip_is_deleted_by_its_audio_id(send: Send) -> None:
    request = send(lambda cekura: scenarios_condition_audio_destroy.sync(39001, "ab12cd34", client=cekura.client))
    assert_sent(request, Sent("DELETE", "/test_framework/v1/scenarios/39001/condition-audio/ab12cd34/"))
    request = send(lambda cekura: cekura.scenarios.condition_audio_delete(39001, "ab12cd34"))
    assert_sent(request, Sent("DELETE", "/test_framework/v2/scenarios/39001/condition-audio/ab12cd34/"))
