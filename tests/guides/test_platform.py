"""The setup guides' calls (cekura-ai/docs documentation/advanced/, guides/github-actions-ci-cd.mdx,
guides/observability/alerts.mdx, integrations/custom-integration.mdx, api/*): the agent list, phone
numbers, predefined metrics, alerts, credit alerts and tool auto-fetch, through the resource client where
it sends the guide's path.

Not client calls, so not here (paths the document does not have, for upstream):
- advanced/enterprise-setup.mdx:117, 121, 151, 156, 186, 190: `/v1/projects`, `/v1/organization`,
  `/v1/observability/observe`, `/v1/evaluators/{evaluator_id}/run`, `/v1/results`, `/v1/calls`: no such
  paths (the API's are `/user/v1/projects/`, `/observability/v1/observe/`...), and `Authorization: Bearer`
  with an API key, which the document does not define.
- integrations/custom-integration.mdx:325: `/test_framework/v1/aiagents/{agent_id}/mcp/1/` is the mock MCP
  server Cekura hosts for the agent under test, called by that agent, and
  guides/agent-integration.mdx:47, introduction.mdx:54: `https://api.cekura.ai/mcp` is Cekura's MCP server.
- guides/github-actions-ci-cd.mdx:103, 211, gitlab-ci-cd.mdx:238: the CI actions' `api_url` setting.
"""

from collections.abc import Callable

import pytest
from cekura_api_client import Cekura
from werkzeug import Request

from tests.guides.conftest import Call, Guide, check

Send = Callable[[Callable[[Cekura], object]], Request]

ALERT = {
    "project": 123,
    "name": "High latency",
    "source_type": "metric",
    "source_id": 456,
    "source": {"sub_type": "threshold", "window_size": 50},
    "threshold": {"operator": "gt", "value": 500, "min_breaches": 3},
    "notifications": {"slack": {"workspace_id": 789}},
}

CALLS = [
    Call(
        Guide(
            "documentation/guides/github-actions-ci-cd.mdx:40",
            """curl --request GET \\
  --url https://api.cekura.ai/test_framework/v1/aiagents/ \\
  --header 'X-CEKURA-API-KEY: <api-key>'""",
        ),
        "test_framework.aiagents_v1_list",
        "GET",
        "/test_framework/v1/aiagents/",
    ),
    Call(
        Guide(
            "documentation/api/phone-numbers/list-inbound-phone-numbers.mdx:58",
            """curl -X GET https://api.cekura.ai/test_framework/v1/phone-numbers-external/inbound/ \\
  -H "X-CEKURA-API-KEY: <your-api-key-here>"\n""",
        ),
        "test_framework.phone_numbers_external_inbound_list",
        "GET",
        # cekura.phone_numbers.inbound() sends /test_framework/v1/phone-numbers/inbound/.
        "/test_framework/v1/phone-numbers-external/inbound/",
    ),
    Call(
        Guide(
            "documentation/api/predefined-metrics/list-predefined-metrics.mdx:66",
            """curl -X GET https://api.cekura.ai/test_framework/v1/predefined-metrics-external/ \\
  -H "X-CEKURA-API-KEY: <your-api-key-here>"\n""",
        ),
        "test_framework.predefined_metrics_external_list",
        "GET",
        # cekura.predefined_metrics.list() sends /test_framework/v1/predefined-metrics/.
        "/test_framework/v1/predefined-metrics-external/",
    ),
    Call(
        Guide(
            "documentation/guides/observability/alerts.mdx:327",
            """curl -X POST https://api.cekura.ai/api/observability/v1/alerts/ \\
  -H "Authorization: Bearer $API_KEY" -H "Content-Type: application/json" \\
  -d '{"project": 123, "name": "High latency", "source_type": "metric", "source_id": 456,
       "source": { "sub_type": "threshold", "window_size": 50 },
       "threshold": { "operator": "gt", "value": 500, "min_breaches": 3 },
       "notifications": { "slack": { "workspace_id": 789 } }}'""",
        ),
        "observability.alerts_create",
        "POST",
        # The guide's `/api/` prefix is not in the document (nor its Bearer API key): the document's path.
        "/observability/v1/alerts/",
        body=ALERT,
        resource="cekura.alerts.create",
    ),
    Call(
        Guide(
            "documentation/advanced/credit-alerts.mdx:57",
            """curl -X PATCH https://api.cekura.ai/user/organizations/{organization_id}/ \\
  -H "X-CEKURA-API-KEY: your-api-key" -H "Content-Type: application/json" \\
  -d '{"notify_low_credits": true, "low_credits_threshold": 500}'""",
        ),
        "user.user_organizations_partial_update",
        "PATCH",
        "/user/organizations/31/",
        arguments=("31",),
        # The document types the threshold as a decimal string; the guide writes a number.
        body={"notify_low_credits": True, "low_credits_threshold": "500"},
        resource="cekura.organizations.partial_update",
    ),
    Call(
        Guide(
            "documentation/integrations/custom-integration.mdx:296",
            """curl -X POST https://api.cekura.ai/test_framework/v1/aiagents/{agent_id}/tools/auto-fetch/ \\
  -H "X-CEKURA-API-KEY: $CEKURA_API_KEY" -H "Content-Type: application/json" \\
  -d '{"provider": "custom", "mcp_server_url": "https://your-agent.example.com/mcp",
       "mcp_server_headers": {"Authorization": "Bearer <token>"}}'""",
        ),
        "test_framework.aiagents_tools_auto_fetch_create",
        "POST",
        "/test_framework/v1/aiagents/12/tools/auto-fetch/",
        arguments=("12",),
        body={
            "provider": "custom",
            "mcp_server_url": "https://your-agent.example.com/mcp",
            "mcp_server_headers": {"Authorization": "Bearer <token>"},
        },
        resource="cekura.agents.tools_auto_fetch",
        deprecated=True,
    ),
]


@pytest.mark.parametrize("call", CALLS, ids=[call.guide.source.removeprefix("documentation/") for call in CALLS])
def test_the_guide_call_is_sent_as_the_guide_sends_it(send: Send, call: Call) -> None:
    check(call, send)
