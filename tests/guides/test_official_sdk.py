"""generated/api.md's migration table against the official `cekura` SDK's documentation (cekura-ai/docs
cli-sdk/*.mdx, commit 4ec17d2): every method the docs show has its row, or is listed below with why not.
The docs' methods are copied here as data, each with the file and line that first shows it."""

import functools
import re

import pytest

from tooling.project import OUTPUT

DOCUMENTED = [
    ("client.agents.create", "cli-sdk/agents.mdx:38"),
    ("client.agents.list", "cli-sdk/agents.mdx:73"),
    ("client.agents.get", "cli-sdk/agents.mdx:76"),
    ("client.agents.update", "cli-sdk/agents.mdx:79"),
    ("client.agents.tools_list", "cli-sdk/agents.mdx:111"),
    ("client.agents.tools_create", "cli-sdk/agents.mdx:114"),
    ("client.agents.tool_update", "cli-sdk/agents.mdx:123"),
    ("client.agents.tool_destroy", "cli-sdk/agents.mdx:128"),
    ("client.agents.upload_knowledge_base", "cli-sdk/agents.mdx:146"),
    ("client.agents.get_knowledge_base", "cli-sdk/agents.mdx:148"),
    ("client.agents.enable_personalities", "cli-sdk/agents.mdx:167"),
    ("client.agents.disable_personalities", "cli-sdk/agents.mdx:168"),
    ("client.agents.duplicate", "cli-sdk/agents.mdx:186"),
    ("client.calls.list", "cli-sdk/calls.mdx:28"),
    ("client.calls.get", "cli-sdk/calls.mdx:48"),
    ("client.calls.send", "cli-sdk/calls.mdx:70"),
    ("client.calls.observe_vapi", "cli-sdk/calls.mdx:84"),
    ("client.calls.observe_retell", "cli-sdk/calls.mdx:85"),
    ("client.calls.observe_elevenlabs", "cli-sdk/calls.mdx:86"),
    ("client.calls.observe_livekit", "cli-sdk/calls.mdx:87"),
    ("client.calls.observe_pipecat", "cli-sdk/calls.mdx:88"),
    ("client.calls.evaluate_metrics", "cli-sdk/calls.mdx:111"),
    ("client.calls.rerun_evaluation", "cli-sdk/calls.mdx:114"),
    ("client.calls.create_scenarios", "cli-sdk/calls.mdx:133"),
    ("client.calls.create_scenarios_progress", "cli-sdk/calls.mdx:134"),
    ("client.test_sets.create_from_call_log", "cli-sdk/calls.mdx:152"),
    ("client.calls.mark_metric_vote", "cli-sdk/calls.mdx:187"),
    ("client.calls.mark_critical_scenario_wrong", "cli-sdk/calls.mdx:205"),
    ("client.calls.unmark_critical_scenario_wrong", "cli-sdk/calls.mdx:206"),
    ("client.scenarios.list", "cli-sdk/evaluators.mdx:47"),
    ("client.scenarios.get", "cli-sdk/evaluators.mdx:50"),
    ("client.scenarios.create", "cli-sdk/evaluators.mdx:53"),
    ("client.scenarios.update", "cli-sdk/evaluators.mdx:62"),
    ("client.scenarios.delete", "cli-sdk/evaluators.mdx:65"),
    ("client.scenarios.bulk_update", "cli-sdk/evaluators.mdx:98"),
    ("client.scenarios.generate_bg", "cli-sdk/evaluators.mdx:124"),
    ("client.scenarios.generate_progress", "cli-sdk/evaluators.mdx:129"),
    ("client.scenarios.generate_instructions", "cli-sdk/evaluators.mdx:142"),
    ("client.scenarios.improve_instructions", "cli-sdk/evaluators.mdx:148"),
    ("client.scenarios.instructions_progress", "cli-sdk/evaluators.mdx:154"),
    ("client.scenarios.create_from_transcript", "cli-sdk/evaluators.mdx:167"),
    ("client.scenarios.update_with_transcript", "cli-sdk/evaluators.mdx:177"),
    ("client.scenarios.scenario_agent", "cli-sdk/evaluators.mdx:192"),
    ("client.scenarios.scenario_agent_progress", "cli-sdk/evaluators.mdx:196"),
    ("client.test_profiles.list", "cli-sdk/evaluators.mdx:216"),
    ("client.test_profiles.create", "cli-sdk/evaluators.mdx:217"),
    ("client.test_profiles.update", "cli-sdk/evaluators.mdx:223"),
    ("client.personalities.list", "cli-sdk/evaluators.mdx:246"),
    ("client.personalities.enable_for_project", "cli-sdk/evaluators.mdx:247"),
    ("client.personalities.disable_for_project", "cli-sdk/evaluators.mdx:248"),
    ("client.scenarios.run_text", "cli-sdk/evaluators.mdx:278"),
    ("client.predefined_metrics.list", "cli-sdk/metrics.mdx:33"),
    ("client.metrics.create", "cli-sdk/metrics.mdx:70"),
    ("client.metrics.list", "cli-sdk/metrics.mdx:107"),
    ("client.metrics.get", "cli-sdk/metrics.mdx:108"),
    ("client.metrics.update", "cli-sdk/metrics.mdx:109"),
    ("client.metrics.delete", "cli-sdk/metrics.mdx:110"),
    ("client.metrics.bulk_create", "cli-sdk/metrics.mdx:138"),
    ("client.metrics.bulk_manage_agents", "cli-sdk/metrics.mdx:144"),
    ("client.metrics.bulk_toggle_settings", "cli-sdk/metrics.mdx:151"),
    ("client.metrics.generate", "cli-sdk/metrics.mdx:173"),
    ("client.metrics.generate_progress", "cli-sdk/metrics.mdx:174"),
    ("client.critical_metric_scenarios.list", "cli-sdk/metrics.mdx:202"),
    ("client.critical_metric_scenarios.update", "cli-sdk/metrics.mdx:203"),
    ("client.metric_reviews.process_feedbacks", "cli-sdk/metrics.mdx:206"),
    ("client.metric_reviews.process_feedbacks_progress", "cli-sdk/metrics.mdx:207"),
    ("client.scenarios.run_chirp", "cli-sdk/runs.mdx:69"),
    ("client.scenarios.run_voice", "cli-sdk/runs.mdx:72"),
    ("client.scenarios.run_sip", "cli-sdk/runs.mdx:73"),
    ("client.runs.list", "cli-sdk/runs.mdx:102"),
    ("client.runs.get", "cli-sdk/runs.mdx:125"),
    ("client.runs.get_listen_url", "cli-sdk/runs.mdx:149"),
    ("client.runs.end_call", "cli-sdk/runs.mdx:150"),
    ("client.runs.mark_metric_vote", "cli-sdk/runs.mdx:174"),
    ("client.runs.run_expected_outcome", "cli-sdk/runs.mdx:193"),
    ("client.runs.mark_expected_outcome_vote", "cli-sdk/runs.mdx:196"),
    ("client.runs.mark_critical_scenario_wrong", "cli-sdk/runs.mdx:210"),
    ("client.runs.unmark_critical_scenario_wrong", "cli-sdk/runs.mdx:211"),
    ("client.results.rerun", "cli-sdk/runs.mdx:229"),
    ("client.test_sets.create_from_run", "cli-sdk/runs.mdx:247"),
]

# Shown by the docs but not a method of the SDK the table is read from (cekura 1.6.7's source): for upstream.
NOT_IN_THE_SDK = {
    "client.agents.tool_destroy": "1.6.7 names it tool_delete (its row is there)",
    "client.calls.observe_elevenlabs": "1.6.7 has none; the document has no /observability/v1/elevenlabs/observe/",
    "client.runs.run_expected_outcome": "1.6.7 has run_expected_outcome_bg (its row is there)",
    "client.scenarios.create_from_transcript": "1.6.7 has create_from_transcript_bg (its row is there)",
    "client.scenarios.run_voice": "1.6.7 has none (the voice run is run_scenarios)",
}


@functools.cache
def table() -> frozenset[str]:
    """The official SDK methods the migration table has rows for."""
    section = (OUTPUT / "api.md").read_text(encoding="utf-8").split("## Migrating from the official `cekura` SDK")[1]
    return frozenset(re.findall(r"^\| `(client\.[a-z_]+\.[a-z_]+)\(\)` \|", section, flags=re.M))


@pytest.mark.parametrize(("method", "source"), DOCUMENTED, ids=[method for method, _ in DOCUMENTED])
def test_each_documented_official_method_has_its_migration_row(method: str, source: str) -> None:
    rows = table()
    if method in NOT_IN_THE_SDK:
        assert method not in rows, f"{method} now has its row: drop it from NOT_IN_THE_SDK"
    else:
        assert method in rows, f"{source} shows {method}, which generated/api.md's migration table lacks"


def test_the_methods_not_in_the_sdk_are_ones_the_docs_show() -> None:
    assert set(NOT_IN_THE_SDK) <= {method for method, _ in DOCUMENTED}
    assert {"client.agents.tool_delete", "client.runs.run_expected_outcome_bg"} <= table()
