from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_result_detail_v2_status import PatchedResultDetailV2Status
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_result_detail_v2_runs import PatchedResultDetailV2Runs


T = TypeVar("T", bound="PatchedResultDetailV2")


@_attrs_define
class PatchedResultDetailV2:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """
    Name of the result
    Example: `"Test Result 1"`
     """
    agent: int | Unset = UNSET
    agent_name: str | Unset = UNSET
    """ Name of the agent associated with this result """
    agent_version: str | Unset = UNSET
    """ The agent version (history record) this result ran against, or null. """
    status: PatchedResultDetailV2Status | Unset = UNSET
    """
    Current status of the result


    * `running` - Running
    * `completed` - Completed
    * `failed` - Failed
    * `pending` - Pending
    * `in_progress` - In Progress
    * `evaluating` - Evaluating
    * `in_queue` - In Queue
    * `timeout` - Timeout
    * `cancelled` - Cancelled
    * `scaling_up` - Scaling Up """
    met_expected_outcome_count: str | Unset = UNSET
    """ Number of runs that fully met their expected outcomes with a score of 100 """
    total_expected_outcome_count: str | Unset = UNSET
    """ Total number of runs that had expected outcomes defined """
    success_rate: float | Unset = UNSET
    """
    Success rate of the test runs
     """
    run_as_text: bool | Unset = UNSET
    """
    Whether this test was run in text mode instead of voice mode
    Example: `true` or `false`
     """
    is_cronjob: str | Unset = UNSET
    """ Whether this result was created by a scheduled cronjob """
    runs: PatchedResultDetailV2Runs | Unset = UNSET
    """ Run objects keyed by run ID string (e.g. {"12345": {...}}). The list endpoint returns `runs` as an array of
    summaries instead. """
    overall_evaluation: Any | None | Unset = UNSET
    """
    Overall evaluation of the test runs
    Example:
    ```json
    {
        "success_rate": "number",
        "metric_summary": {
          "metric_id": {
            "id": "integer",
            "name": "string",
            "type": "string",
            "score": "number",
            "explanation": "string (optional)",
            "function_name": "string",
            "vocera_defined_metric_code": "string (optional)",
            "p50": "number (for numeric metrics)"
          }
        },
        "worst_performing_metrics": {
          "binary_adherence": [
            "array of metric_ids"
          ]
        },
        "numeric_metrics": [
          {
            "name": "string",
            "type": "numeric",
            "value": "number",
            "percentiles": {
              "p50": "number"
            }
          }
        ],
        "enum_metrics": [
          "array of metric_ids"
        ],
        "extra_metrics": [
          {
            "name": "string (e.g., 'Expected Outcome', 'Average Ringing Duration')",
            "type": "string",
            "value": "number",
            "percentiles": {
              "p50": "number (optional)"
            }
          }
        ]
    }
     """
    total_duration: str | Unset = UNSET
    """
    Total duration of the test runs for this result
    Example: `22:30`
     """
    total_runs_count: str | Unset = UNSET
    """
    Total number of test runs associated with this result
    Example: `10`
     """
    completed_runs_count: str | Unset = UNSET
    """
    Number of test runs that have completed successfully
    Example: `10`
     """
    success_runs_count: str | Unset = UNSET
    """
    Number of test runs that were marked as successful
    Example: `10`
     """
    failed_runs_count: str | Unset = UNSET
    """
    Number of test runs that failed or encountered errors
    Example: `10`
     """
    connected_runs: str | Unset = UNSET
    """ List of run IDs that got connected successfully (have transcript data). Returns empty list if no connected
    runs. """
    not_connected_runs: str | Unset = UNSET
    """ List of run IDs that never connected (no transcript data). Returns empty list if every run connected. """
    failed_infrastructure_runs: str | Unset = UNSET
    """ List of run IDs that failed infrastructure issues metric (score=0). Returns null if metric not found, empty
    list if metric exists but no failures. """
    failed_workflow_runs: str | Unset = UNSET
    """ List of run IDs that failed expected outcome metric (score=0). Returns null if metric not found, empty list
    if metric exists but no failures. """
    successful_calls: str | Unset = UNSET
    """ List of run IDs that completed successfully. Returns empty list if no successful runs. """
    scenarios: str | Unset = UNSET
    """
    List of scenario names used in the test runs for this result
    Example: ```
    ```json
    [
        {
            "id": 123,
            "name": "Scenario 1"
        },
        {
            "id": 456,
            "name": "Scenario 2"
        }
    ]
    ```
     """
    critical_categories: str | Unset = UNSET
    """
    List of critical categories for this result
    Example:
    ```json
    [
        {
          "id": 2950,
          "name": "Pronunciation Analysis",
          "eval_type": "continuous_qualitative",
          "simulation_enabled": true,
          "observability_enabled": true
        },
        {
          "id": 3284,
          "name": "Latency",
          "eval_type": "numeric",
          "simulation_enabled": true,
          "observability_enabled": false
        },
        {
          "id": 3295,
          "name": "Detect Silence in Conversation",
          "eval_type": "binary",
          "simulation_enabled": true,
          "observability_enabled": true
        }
      ]
    ```
     """
    metrics: str | Unset = UNSET
    runs_by_tags: str | Unset = UNSET
    latency_data: str | Unset = UNSET
    failed_reasons: Any | None | Unset = UNSET
    """
    Failed reasons of the test runs
    Example:
    ```json
    {
        "issues": [
          {
            "rank": 1,
            "run_ids": [
              34588
            ],
            "description": "The agent did not provide the standard greeting, emergency disclaimer, or ask how they
    could help.",
            "affected_count": 1
          },
          {
            "rank": 2,
            "run_ids": [
              34588
            ],
            "description": "The agent did not explain the distinction between the primary care and express
    clinics.",
            "affected_count": 1
          }
        ],
        "total_failed_runs": 1
      }
    ```
     """
    ai_summary: Any | None | Unset = UNSET
    """
    LLM-generated narrative summary of the result, structured for the Results-page UI.
    Example:
    ```json
    {
        "what_happened": "8 of 10 runs failed, 2 passed. All 8 failures cluster into 3 distinct causes.",
        "why_it_happened": "The default test profile isn't seeded in the production backend, so every auth-required
    workflow exits before PIN/address steps run.",
        "how_to_fix": "Seed the test profile in production, tighten the competitor-mention guardrail, and add CA-
    only store phrasing to the FAQ flow.",
        "generated_from_runs_count": 10,
        "generated_at": "2026-05-25T12:00:00Z"
    }
    ```
     """
    ai_summary_status: str | Unset = UNSET
    """ Generation state of the async AI summary, derived so the UI can show a reliable state instead of guessing
    from an empty `ai_summary`. `completed` = summary populated; `skipped_no_failures` = no failed runs, nothing to
    summarize; `pending` = there are failed runs but the summary isn't ready yet (still generating). """
    next_steps: Any | None | Unset = UNSET
    """
    LLM-suggested next steps to fix the issues found in this result, ordered by impact.
    Example:
    ```json
    [
        {"title": "Seed test profile in production", "description": "Unblocks 6 runs; ~5 min."},
        {"title": "Tighten competitor guardrail", "description": "1 prompt edit; review drift run."}
    ]
    ```
     """
    path_coverage: Any | None | Unset = UNSET
    """
    Workflow-coverage summary for this result: which of the agent's critical paths the
    runs exercised, and which they missed.
    Example:
    ```json
    {
        "coverage_pct": 66.7,
        "total_paths": 3,
        "covered_paths": ["Book appointment", "Reschedule appointment"],
        "uncovered_paths": ["Cancel appointment"],
        "generated_at": "2026-07-14T12:00:00Z"
    }
    ```
     """
    performance_metrics: str | Unset = UNSET
    """ Per-rubric-rule performance breakdown. One entry per rule in the project's rubric_config: metric name,
    aggregated value across the result's runs, and whether that aggregate meets the rule's conditions. """
    run_type: None | str | Unset = UNSET
    """ Run Execution Type """
    run_settings: Any | None | Unset = UNSET
    """ Snapshot of the override-relevant request payload (personality_ids, frequency, concurrency_limit,
    connection-specific overrides, etc.). """
    created_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when this test result was created
    Example: `2021-01-01 00:00:00`
     """
    updated_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when this test result was last updated
    Example: `2021-01-01 00:00:00`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        name = self.name

        agent = self.agent

        agent_name = self.agent_name

        agent_version = self.agent_version

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        met_expected_outcome_count = self.met_expected_outcome_count

        total_expected_outcome_count = self.total_expected_outcome_count

        success_rate = self.success_rate

        run_as_text = self.run_as_text

        is_cronjob = self.is_cronjob

        runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = self.runs.to_dict()

        overall_evaluation: Any | None | Unset
        if isinstance(self.overall_evaluation, Unset):
            overall_evaluation = UNSET
        else:
            overall_evaluation = self.overall_evaluation

        total_duration = self.total_duration

        total_runs_count = self.total_runs_count

        completed_runs_count = self.completed_runs_count

        success_runs_count = self.success_runs_count

        failed_runs_count = self.failed_runs_count

        connected_runs = self.connected_runs

        not_connected_runs = self.not_connected_runs

        failed_infrastructure_runs = self.failed_infrastructure_runs

        failed_workflow_runs = self.failed_workflow_runs

        successful_calls = self.successful_calls

        scenarios = self.scenarios

        critical_categories = self.critical_categories

        metrics = self.metrics

        runs_by_tags = self.runs_by_tags

        latency_data = self.latency_data

        failed_reasons: Any | None | Unset
        if isinstance(self.failed_reasons, Unset):
            failed_reasons = UNSET
        else:
            failed_reasons = self.failed_reasons

        ai_summary: Any | None | Unset
        if isinstance(self.ai_summary, Unset):
            ai_summary = UNSET
        else:
            ai_summary = self.ai_summary

        ai_summary_status = self.ai_summary_status

        next_steps: Any | None | Unset
        if isinstance(self.next_steps, Unset):
            next_steps = UNSET
        else:
            next_steps = self.next_steps

        path_coverage: Any | None | Unset
        if isinstance(self.path_coverage, Unset):
            path_coverage = UNSET
        else:
            path_coverage = self.path_coverage

        performance_metrics = self.performance_metrics

        run_type: None | str | Unset
        if isinstance(self.run_type, Unset):
            run_type = UNSET
        else:
            run_type = self.run_type

        run_settings: Any | None | Unset
        if isinstance(self.run_settings, Unset):
            run_settings = UNSET
        else:
            run_settings = self.run_settings

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if agent is not UNSET:
            field_dict["agent"] = agent
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if agent_version is not UNSET and _response:
            field_dict["agent_version"] = agent_version
        if status is not UNSET and _response:
            field_dict["status"] = status
        if met_expected_outcome_count is not UNSET and _response:
            field_dict["met_expected_outcome_count"] = met_expected_outcome_count
        if total_expected_outcome_count is not UNSET and _response:
            field_dict["total_expected_outcome_count"] = total_expected_outcome_count
        if success_rate is not UNSET and _response:
            field_dict["success_rate"] = success_rate
        if run_as_text is not UNSET and _response:
            field_dict["run_as_text"] = run_as_text
        if is_cronjob is not UNSET and _response:
            field_dict["is_cronjob"] = is_cronjob
        if runs is not UNSET and _response:
            field_dict["runs"] = runs
        if overall_evaluation is not UNSET and _response:
            field_dict["overall_evaluation"] = overall_evaluation
        if total_duration is not UNSET and _response:
            field_dict["total_duration"] = total_duration
        if total_runs_count is not UNSET and _response:
            field_dict["total_runs_count"] = total_runs_count
        if completed_runs_count is not UNSET and _response:
            field_dict["completed_runs_count"] = completed_runs_count
        if success_runs_count is not UNSET and _response:
            field_dict["success_runs_count"] = success_runs_count
        if failed_runs_count is not UNSET and _response:
            field_dict["failed_runs_count"] = failed_runs_count
        if connected_runs is not UNSET and _response:
            field_dict["connected_runs"] = connected_runs
        if not_connected_runs is not UNSET and _response:
            field_dict["not_connected_runs"] = not_connected_runs
        if failed_infrastructure_runs is not UNSET and _response:
            field_dict["failed_infrastructure_runs"] = failed_infrastructure_runs
        if failed_workflow_runs is not UNSET and _response:
            field_dict["failed_workflow_runs"] = failed_workflow_runs
        if successful_calls is not UNSET and _response:
            field_dict["successful_calls"] = successful_calls
        if scenarios is not UNSET and _response:
            field_dict["scenarios"] = scenarios
        if critical_categories is not UNSET and _response:
            field_dict["critical_categories"] = critical_categories
        if metrics is not UNSET and _response:
            field_dict["metrics"] = metrics
        if runs_by_tags is not UNSET and _response:
            field_dict["runs_by_tags"] = runs_by_tags
        if latency_data is not UNSET and _response:
            field_dict["latency_data"] = latency_data
        if failed_reasons is not UNSET and _response:
            field_dict["failed_reasons"] = failed_reasons
        if ai_summary is not UNSET and _response:
            field_dict["ai_summary"] = ai_summary
        if ai_summary_status is not UNSET and _response:
            field_dict["ai_summary_status"] = ai_summary_status
        if next_steps is not UNSET and _response:
            field_dict["next_steps"] = next_steps
        if path_coverage is not UNSET and _response:
            field_dict["path_coverage"] = path_coverage
        if performance_metrics is not UNSET and _response:
            field_dict["performance_metrics"] = performance_metrics
        if run_type is not UNSET and _response:
            field_dict["run_type"] = run_type
        if run_settings is not UNSET:
            field_dict["run_settings"] = run_settings
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.run_settings, Unset):
            if isinstance(self.run_settings, Any):
                files.append(("run_settings", (None, str(self.run_settings).encode(), "text/plain")))
            else:
                files.append(("run_settings", (None, str(self.run_settings).encode(), "text/plain")))

        if not isinstance(self.created_at, Unset):
            files.append(("created_at", (None, self.created_at.isoformat().encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_result_detail_v2_runs import PatchedResultDetailV2Runs  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "agent_version"
            agent_version = d.pop("agent_version", UNSET)
            if not isinstance(agent_version, (str, Unset)):
                expect(agent_version, (str, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: PatchedResultDetailV2Status | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PatchedResultDetailV2Status(_status)

            if not isinstance(status, (PatchedResultDetailV2Status, Unset)):
                expect(status, (PatchedResultDetailV2Status, Unset))

            _field = "met_expected_outcome_count"
            met_expected_outcome_count = d.pop("met_expected_outcome_count", UNSET)
            if not isinstance(met_expected_outcome_count, (str, Unset)):
                expect(met_expected_outcome_count, (str, Unset))

            _field = "total_expected_outcome_count"
            total_expected_outcome_count = d.pop("total_expected_outcome_count", UNSET)
            if not isinstance(total_expected_outcome_count, (str, Unset)):
                expect(total_expected_outcome_count, (str, Unset))

            _field = "success_rate"
            success_rate = d.pop("success_rate", UNSET)
            if not isinstance(success_rate, (float, int, Unset)) or isinstance(success_rate, bool):
                expect(success_rate, (float, int, Unset))

            _field = "run_as_text"
            run_as_text = d.pop("run_as_text", UNSET)
            if not isinstance(run_as_text, (bool, Unset)):
                expect(run_as_text, (bool, Unset))

            _field = "is_cronjob"
            is_cronjob = d.pop("is_cronjob", UNSET)
            if not isinstance(is_cronjob, (str, Unset)):
                expect(is_cronjob, (str, Unset))

            _field = "runs"
            _runs = d.pop("runs", UNSET)
            runs: PatchedResultDetailV2Runs | Unset
            if isinstance(_runs, Unset):
                runs = UNSET
            else:
                runs = PatchedResultDetailV2Runs.from_dict(_runs)

            if not isinstance(runs, (PatchedResultDetailV2Runs, Unset)):
                expect(runs, (PatchedResultDetailV2Runs, Unset))

            _field = "overall_evaluation"

            def _parse_overall_evaluation(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            overall_evaluation = _parse_overall_evaluation(d.pop("overall_evaluation", UNSET))

            _field = "total_duration"
            total_duration = d.pop("total_duration", UNSET)
            if not isinstance(total_duration, (str, Unset)):
                expect(total_duration, (str, Unset))

            _field = "total_runs_count"
            total_runs_count = d.pop("total_runs_count", UNSET)
            if not isinstance(total_runs_count, (str, Unset)):
                expect(total_runs_count, (str, Unset))

            _field = "completed_runs_count"
            completed_runs_count = d.pop("completed_runs_count", UNSET)
            if not isinstance(completed_runs_count, (str, Unset)):
                expect(completed_runs_count, (str, Unset))

            _field = "success_runs_count"
            success_runs_count = d.pop("success_runs_count", UNSET)
            if not isinstance(success_runs_count, (str, Unset)):
                expect(success_runs_count, (str, Unset))

            _field = "failed_runs_count"
            failed_runs_count = d.pop("failed_runs_count", UNSET)
            if not isinstance(failed_runs_count, (str, Unset)):
                expect(failed_runs_count, (str, Unset))

            _field = "connected_runs"
            connected_runs = d.pop("connected_runs", UNSET)
            if not isinstance(connected_runs, (str, Unset)):
                expect(connected_runs, (str, Unset))

            _field = "not_connected_runs"
            not_connected_runs = d.pop("not_connected_runs", UNSET)
            if not isinstance(not_connected_runs, (str, Unset)):
                expect(not_connected_runs, (str, Unset))

            _field = "failed_infrastructure_runs"
            failed_infrastructure_runs = d.pop("failed_infrastructure_runs", UNSET)
            if not isinstance(failed_infrastructure_runs, (str, Unset)):
                expect(failed_infrastructure_runs, (str, Unset))

            _field = "failed_workflow_runs"
            failed_workflow_runs = d.pop("failed_workflow_runs", UNSET)
            if not isinstance(failed_workflow_runs, (str, Unset)):
                expect(failed_workflow_runs, (str, Unset))

            _field = "successful_calls"
            successful_calls = d.pop("successful_calls", UNSET)
            if not isinstance(successful_calls, (str, Unset)):
                expect(successful_calls, (str, Unset))

            _field = "scenarios"
            scenarios = d.pop("scenarios", UNSET)
            if not isinstance(scenarios, (str, Unset)):
                expect(scenarios, (str, Unset))

            _field = "critical_categories"
            critical_categories = d.pop("critical_categories", UNSET)
            if not isinstance(critical_categories, (str, Unset)):
                expect(critical_categories, (str, Unset))

            _field = "metrics"
            metrics = d.pop("metrics", UNSET)
            if not isinstance(metrics, (str, Unset)):
                expect(metrics, (str, Unset))

            _field = "runs_by_tags"
            runs_by_tags = d.pop("runs_by_tags", UNSET)
            if not isinstance(runs_by_tags, (str, Unset)):
                expect(runs_by_tags, (str, Unset))

            _field = "latency_data"
            latency_data = d.pop("latency_data", UNSET)
            if not isinstance(latency_data, (str, Unset)):
                expect(latency_data, (str, Unset))

            _field = "failed_reasons"

            def _parse_failed_reasons(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            failed_reasons = _parse_failed_reasons(d.pop("failed_reasons", UNSET))

            _field = "ai_summary"

            def _parse_ai_summary(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            ai_summary = _parse_ai_summary(d.pop("ai_summary", UNSET))

            _field = "ai_summary_status"
            ai_summary_status = d.pop("ai_summary_status", UNSET)
            if not isinstance(ai_summary_status, (str, Unset)):
                expect(ai_summary_status, (str, Unset))

            _field = "next_steps"

            def _parse_next_steps(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            next_steps = _parse_next_steps(d.pop("next_steps", UNSET))

            _field = "path_coverage"

            def _parse_path_coverage(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            path_coverage = _parse_path_coverage(d.pop("path_coverage", UNSET))

            _field = "performance_metrics"
            performance_metrics = d.pop("performance_metrics", UNSET)
            if not isinstance(performance_metrics, (str, Unset)):
                expect(performance_metrics, (str, Unset))

            _field = "run_type"

            def _parse_run_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            run_type = _parse_run_type(d.pop("run_type", UNSET))

            if not isinstance(run_type, (str, type(None), Unset)):
                expect(run_type, (str, type(None), Unset))

            _field = "run_settings"

            def _parse_run_settings(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            run_settings = _parse_run_settings(d.pop("run_settings", UNSET))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            patched_result_detail_v2 = cls(
                id=id,
                name=name,
                agent=agent,
                agent_name=agent_name,
                agent_version=agent_version,
                status=status,
                met_expected_outcome_count=met_expected_outcome_count,
                total_expected_outcome_count=total_expected_outcome_count,
                success_rate=success_rate,
                run_as_text=run_as_text,
                is_cronjob=is_cronjob,
                runs=runs,
                overall_evaluation=overall_evaluation,
                total_duration=total_duration,
                total_runs_count=total_runs_count,
                completed_runs_count=completed_runs_count,
                success_runs_count=success_runs_count,
                failed_runs_count=failed_runs_count,
                connected_runs=connected_runs,
                not_connected_runs=not_connected_runs,
                failed_infrastructure_runs=failed_infrastructure_runs,
                failed_workflow_runs=failed_workflow_runs,
                successful_calls=successful_calls,
                scenarios=scenarios,
                critical_categories=critical_categories,
                metrics=metrics,
                runs_by_tags=runs_by_tags,
                latency_data=latency_data,
                failed_reasons=failed_reasons,
                ai_summary=ai_summary,
                ai_summary_status=ai_summary_status,
                next_steps=next_steps,
                path_coverage=path_coverage,
                performance_metrics=performance_metrics,
                run_type=run_type,
                run_settings=run_settings,
                created_at=created_at,
                updated_at=updated_at,
            )

            patched_result_detail_v2.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_result_detail_v2

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
