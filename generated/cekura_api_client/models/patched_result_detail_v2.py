from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_result_detail_v2_status import PatchedResultDetailV2Status
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_result_detail_v2_runs import PatchedResultDetailV2Runs


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "agent",
        "agent_name",
        "agent_version",
        "status",
        "met_expected_outcome_count",
        "total_expected_outcome_count",
        "success_rate",
        "run_as_text",
        "is_cronjob",
        "runs",
        "overall_evaluation",
        "total_duration",
        "total_runs_count",
        "completed_runs_count",
        "success_runs_count",
        "failed_runs_count",
        "connected_runs",
        "not_connected_runs",
        "failed_infrastructure_runs",
        "failed_workflow_runs",
        "successful_calls",
        "scenarios",
        "critical_categories",
        "metrics",
        "runs_by_tags",
        "latency_data",
        "failed_reasons",
        "ai_summary",
        "ai_summary_status",
        "next_steps",
        "path_coverage",
        "performance_metrics",
        "run_type",
        "run_settings",
        "created_at",
        "updated_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.agent_version, Unset) and _response:
            field_dict["agent_version"] = self.agent_version
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is PatchedResultDetailV2Status
                else enum_value(PatchedResultDetailV2Status, self.status, "status", self)
            )
        if not isinstance(self.met_expected_outcome_count, Unset) and _response:
            field_dict["met_expected_outcome_count"] = self.met_expected_outcome_count
        if not isinstance(self.total_expected_outcome_count, Unset) and _response:
            field_dict["total_expected_outcome_count"] = self.total_expected_outcome_count
        if not isinstance(self.success_rate, Unset) and _response:
            field_dict["success_rate"] = self.success_rate
        if not isinstance(self.run_as_text, Unset) and _response:
            field_dict["run_as_text"] = self.run_as_text
        if not isinstance(self.is_cronjob, Unset) and _response:
            field_dict["is_cronjob"] = self.is_cronjob
        if not isinstance(self.runs, Unset) and _response:
            field_dict["runs"] = (
                self.runs.to_dict()
                if type(self.runs) is PatchedResultDetailV2Runs
                else written(self.runs, "runs", self)
            )
        if not isinstance(self.overall_evaluation, Unset) and _response:
            field_dict["overall_evaluation"] = self.overall_evaluation
        if not isinstance(self.total_duration, Unset) and _response:
            field_dict["total_duration"] = self.total_duration
        if not isinstance(self.total_runs_count, Unset) and _response:
            field_dict["total_runs_count"] = self.total_runs_count
        if not isinstance(self.completed_runs_count, Unset) and _response:
            field_dict["completed_runs_count"] = self.completed_runs_count
        if not isinstance(self.success_runs_count, Unset) and _response:
            field_dict["success_runs_count"] = self.success_runs_count
        if not isinstance(self.failed_runs_count, Unset) and _response:
            field_dict["failed_runs_count"] = self.failed_runs_count
        if not isinstance(self.connected_runs, Unset) and _response:
            field_dict["connected_runs"] = self.connected_runs
        if not isinstance(self.not_connected_runs, Unset) and _response:
            field_dict["not_connected_runs"] = self.not_connected_runs
        if not isinstance(self.failed_infrastructure_runs, Unset) and _response:
            field_dict["failed_infrastructure_runs"] = self.failed_infrastructure_runs
        if not isinstance(self.failed_workflow_runs, Unset) and _response:
            field_dict["failed_workflow_runs"] = self.failed_workflow_runs
        if not isinstance(self.successful_calls, Unset) and _response:
            field_dict["successful_calls"] = self.successful_calls
        if not isinstance(self.scenarios, Unset) and _response:
            field_dict["scenarios"] = self.scenarios
        if not isinstance(self.critical_categories, Unset) and _response:
            field_dict["critical_categories"] = self.critical_categories
        if not isinstance(self.metrics, Unset) and _response:
            field_dict["metrics"] = self.metrics
        if not isinstance(self.runs_by_tags, Unset) and _response:
            field_dict["runs_by_tags"] = self.runs_by_tags
        if not isinstance(self.latency_data, Unset) and _response:
            field_dict["latency_data"] = self.latency_data
        if not isinstance(self.failed_reasons, Unset) and _response:
            field_dict["failed_reasons"] = self.failed_reasons
        if not isinstance(self.ai_summary, Unset) and _response:
            field_dict["ai_summary"] = self.ai_summary
        if not isinstance(self.ai_summary_status, Unset) and _response:
            field_dict["ai_summary_status"] = self.ai_summary_status
        if not isinstance(self.next_steps, Unset) and _response:
            field_dict["next_steps"] = self.next_steps
        if not isinstance(self.path_coverage, Unset) and _response:
            field_dict["path_coverage"] = self.path_coverage
        if not isinstance(self.performance_metrics, Unset) and _response:
            field_dict["performance_metrics"] = self.performance_metrics
        if not isinstance(self.run_type, Unset) and _response:
            field_dict["run_type"] = self.run_type
        if not isinstance(self.run_settings, Unset):
            field_dict["run_settings"] = self.run_settings
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.run_settings, Unset):
            if isinstance(self.run_settings, Any):
                files.append(("run_settings", (None, form_text(self.run_settings, "run_settings"), "text/plain")))
            else:
                files.append(("run_settings", (None, b"", "text/plain")))

        if not isinstance(self.created_at, Unset):
            files.append(("created_at", (None, iso_datetime(self.created_at, "created_at").encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if type(agent) is not int:
                        agent = checked(agent, (int,))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "agent_name"
            try:
                if "agent_name" in src_dict:
                    agent_name: Any = src_dict["agent_name"]
                    _present += 1
                    if type(agent_name) is not str:
                        agent_name = checked(agent_name, (str,))
                else:
                    agent_name = UNSET
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "str")

            _field = "agent_version"
            try:
                if "agent_version" in src_dict:
                    agent_version: Any = src_dict["agent_version"]
                    _present += 1
                    if type(agent_version) is not str:
                        agent_version = checked(agent_version, (str,))
                else:
                    agent_version = UNSET
            except FIELD_ERRORS as _error:
                agent_version, _found = tolerated(src_dict, "agent_version", _error, _found, "str")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        PatchedResultDetailV2Status._value2member_map_.get(status)
                        or PatchedResultDetailV2Status(status)
                        if type(status) is str
                        else checked(status, (PatchedResultDetailV2Status,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "PatchedResultDetailV2Status")

            _field = "met_expected_outcome_count"
            try:
                if "met_expected_outcome_count" in src_dict:
                    met_expected_outcome_count: Any = src_dict["met_expected_outcome_count"]
                    _present += 1
                    if type(met_expected_outcome_count) is not str:
                        met_expected_outcome_count = checked(met_expected_outcome_count, (str,))
                else:
                    met_expected_outcome_count = UNSET
            except FIELD_ERRORS as _error:
                met_expected_outcome_count, _found = tolerated(
                    src_dict, "met_expected_outcome_count", _error, _found, "str"
                )

            _field = "total_expected_outcome_count"
            try:
                if "total_expected_outcome_count" in src_dict:
                    total_expected_outcome_count: Any = src_dict["total_expected_outcome_count"]
                    _present += 1
                    if type(total_expected_outcome_count) is not str:
                        total_expected_outcome_count = checked(total_expected_outcome_count, (str,))
                else:
                    total_expected_outcome_count = UNSET
            except FIELD_ERRORS as _error:
                total_expected_outcome_count, _found = tolerated(
                    src_dict, "total_expected_outcome_count", _error, _found, "str"
                )

            _field = "success_rate"
            try:
                if "success_rate" in src_dict:
                    success_rate: Any = src_dict["success_rate"]
                    _present += 1
                    if type(success_rate) is not float:
                        success_rate = checked(success_rate, (float, int))
                else:
                    success_rate = UNSET
            except FIELD_ERRORS as _error:
                success_rate, _found = tolerated(src_dict, "success_rate", _error, _found, "float")

            _field = "run_as_text"
            try:
                if "run_as_text" in src_dict:
                    run_as_text: Any = src_dict["run_as_text"]
                    _present += 1
                    if type(run_as_text) is not bool:
                        run_as_text = checked(run_as_text, (bool,))
                else:
                    run_as_text = UNSET
            except FIELD_ERRORS as _error:
                run_as_text, _found = tolerated(src_dict, "run_as_text", _error, _found, "bool")

            _field = "is_cronjob"
            try:
                if "is_cronjob" in src_dict:
                    is_cronjob: Any = src_dict["is_cronjob"]
                    _present += 1
                    if type(is_cronjob) is not str:
                        is_cronjob = checked(is_cronjob, (str,))
                else:
                    is_cronjob = UNSET
            except FIELD_ERRORS as _error:
                is_cronjob, _found = tolerated(src_dict, "is_cronjob", _error, _found, "str")

            _field = "runs"
            try:
                if "runs" in src_dict:
                    runs: Any = src_dict["runs"]
                    _present += 1
                    runs = PatchedResultDetailV2Runs.from_dict(runs)
                else:
                    runs = UNSET
            except FIELD_ERRORS as _error:
                runs, _found = tolerated(src_dict, "runs", _error, _found, "PatchedResultDetailV2Runs")

            _field = "overall_evaluation"
            try:
                if "overall_evaluation" in src_dict:
                    overall_evaluation: Any = src_dict["overall_evaluation"]
                    _present += 1

                else:
                    overall_evaluation = UNSET
            except FIELD_ERRORS as _error:
                overall_evaluation, _found = tolerated(src_dict, "overall_evaluation", _error, _found, "Any | None")

            _field = "total_duration"
            try:
                if "total_duration" in src_dict:
                    total_duration: Any = src_dict["total_duration"]
                    _present += 1
                    if type(total_duration) is not str:
                        total_duration = checked(total_duration, (str,))
                else:
                    total_duration = UNSET
            except FIELD_ERRORS as _error:
                total_duration, _found = tolerated(src_dict, "total_duration", _error, _found, "str")

            _field = "total_runs_count"
            try:
                if "total_runs_count" in src_dict:
                    total_runs_count: Any = src_dict["total_runs_count"]
                    _present += 1
                    if type(total_runs_count) is not str:
                        total_runs_count = checked(total_runs_count, (str,))
                else:
                    total_runs_count = UNSET
            except FIELD_ERRORS as _error:
                total_runs_count, _found = tolerated(src_dict, "total_runs_count", _error, _found, "str")

            _field = "completed_runs_count"
            try:
                if "completed_runs_count" in src_dict:
                    completed_runs_count: Any = src_dict["completed_runs_count"]
                    _present += 1
                    if type(completed_runs_count) is not str:
                        completed_runs_count = checked(completed_runs_count, (str,))
                else:
                    completed_runs_count = UNSET
            except FIELD_ERRORS as _error:
                completed_runs_count, _found = tolerated(src_dict, "completed_runs_count", _error, _found, "str")

            _field = "success_runs_count"
            try:
                if "success_runs_count" in src_dict:
                    success_runs_count: Any = src_dict["success_runs_count"]
                    _present += 1
                    if type(success_runs_count) is not str:
                        success_runs_count = checked(success_runs_count, (str,))
                else:
                    success_runs_count = UNSET
            except FIELD_ERRORS as _error:
                success_runs_count, _found = tolerated(src_dict, "success_runs_count", _error, _found, "str")

            _field = "failed_runs_count"
            try:
                if "failed_runs_count" in src_dict:
                    failed_runs_count: Any = src_dict["failed_runs_count"]
                    _present += 1
                    if type(failed_runs_count) is not str:
                        failed_runs_count = checked(failed_runs_count, (str,))
                else:
                    failed_runs_count = UNSET
            except FIELD_ERRORS as _error:
                failed_runs_count, _found = tolerated(src_dict, "failed_runs_count", _error, _found, "str")

            _field = "connected_runs"
            try:
                if "connected_runs" in src_dict:
                    connected_runs: Any = src_dict["connected_runs"]
                    _present += 1
                    if type(connected_runs) is not str:
                        connected_runs = checked(connected_runs, (str,))
                else:
                    connected_runs = UNSET
            except FIELD_ERRORS as _error:
                connected_runs, _found = tolerated(src_dict, "connected_runs", _error, _found, "str")

            _field = "not_connected_runs"
            try:
                if "not_connected_runs" in src_dict:
                    not_connected_runs: Any = src_dict["not_connected_runs"]
                    _present += 1
                    if type(not_connected_runs) is not str:
                        not_connected_runs = checked(not_connected_runs, (str,))
                else:
                    not_connected_runs = UNSET
            except FIELD_ERRORS as _error:
                not_connected_runs, _found = tolerated(src_dict, "not_connected_runs", _error, _found, "str")

            _field = "failed_infrastructure_runs"
            try:
                if "failed_infrastructure_runs" in src_dict:
                    failed_infrastructure_runs: Any = src_dict["failed_infrastructure_runs"]
                    _present += 1
                    if type(failed_infrastructure_runs) is not str:
                        failed_infrastructure_runs = checked(failed_infrastructure_runs, (str,))
                else:
                    failed_infrastructure_runs = UNSET
            except FIELD_ERRORS as _error:
                failed_infrastructure_runs, _found = tolerated(
                    src_dict, "failed_infrastructure_runs", _error, _found, "str"
                )

            _field = "failed_workflow_runs"
            try:
                if "failed_workflow_runs" in src_dict:
                    failed_workflow_runs: Any = src_dict["failed_workflow_runs"]
                    _present += 1
                    if type(failed_workflow_runs) is not str:
                        failed_workflow_runs = checked(failed_workflow_runs, (str,))
                else:
                    failed_workflow_runs = UNSET
            except FIELD_ERRORS as _error:
                failed_workflow_runs, _found = tolerated(src_dict, "failed_workflow_runs", _error, _found, "str")

            _field = "successful_calls"
            try:
                if "successful_calls" in src_dict:
                    successful_calls: Any = src_dict["successful_calls"]
                    _present += 1
                    if type(successful_calls) is not str:
                        successful_calls = checked(successful_calls, (str,))
                else:
                    successful_calls = UNSET
            except FIELD_ERRORS as _error:
                successful_calls, _found = tolerated(src_dict, "successful_calls", _error, _found, "str")

            _field = "scenarios"
            try:
                if "scenarios" in src_dict:
                    scenarios: Any = src_dict["scenarios"]
                    _present += 1
                    if type(scenarios) is not str:
                        scenarios = checked(scenarios, (str,))
                else:
                    scenarios = UNSET
            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(src_dict, "scenarios", _error, _found, "str")

            _field = "critical_categories"
            try:
                if "critical_categories" in src_dict:
                    critical_categories: Any = src_dict["critical_categories"]
                    _present += 1
                    if type(critical_categories) is not str:
                        critical_categories = checked(critical_categories, (str,))
                else:
                    critical_categories = UNSET
            except FIELD_ERRORS as _error:
                critical_categories, _found = tolerated(src_dict, "critical_categories", _error, _found, "str")

            _field = "metrics"
            try:
                if "metrics" in src_dict:
                    metrics: Any = src_dict["metrics"]
                    _present += 1
                    if type(metrics) is not str:
                        metrics = checked(metrics, (str,))
                else:
                    metrics = UNSET
            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(src_dict, "metrics", _error, _found, "str")

            _field = "runs_by_tags"
            try:
                if "runs_by_tags" in src_dict:
                    runs_by_tags: Any = src_dict["runs_by_tags"]
                    _present += 1
                    if type(runs_by_tags) is not str:
                        runs_by_tags = checked(runs_by_tags, (str,))
                else:
                    runs_by_tags = UNSET
            except FIELD_ERRORS as _error:
                runs_by_tags, _found = tolerated(src_dict, "runs_by_tags", _error, _found, "str")

            _field = "latency_data"
            try:
                if "latency_data" in src_dict:
                    latency_data: Any = src_dict["latency_data"]
                    _present += 1
                    if type(latency_data) is not str:
                        latency_data = checked(latency_data, (str,))
                else:
                    latency_data = UNSET
            except FIELD_ERRORS as _error:
                latency_data, _found = tolerated(src_dict, "latency_data", _error, _found, "str")

            _field = "failed_reasons"
            try:
                if "failed_reasons" in src_dict:
                    failed_reasons: Any = src_dict["failed_reasons"]
                    _present += 1

                else:
                    failed_reasons = UNSET
            except FIELD_ERRORS as _error:
                failed_reasons, _found = tolerated(src_dict, "failed_reasons", _error, _found, "Any | None")

            _field = "ai_summary"
            try:
                if "ai_summary" in src_dict:
                    ai_summary: Any = src_dict["ai_summary"]
                    _present += 1

                else:
                    ai_summary = UNSET
            except FIELD_ERRORS as _error:
                ai_summary, _found = tolerated(src_dict, "ai_summary", _error, _found, "Any | None")

            _field = "ai_summary_status"
            try:
                if "ai_summary_status" in src_dict:
                    ai_summary_status: Any = src_dict["ai_summary_status"]
                    _present += 1
                    if type(ai_summary_status) is not str:
                        ai_summary_status = checked(ai_summary_status, (str,))
                else:
                    ai_summary_status = UNSET
            except FIELD_ERRORS as _error:
                ai_summary_status, _found = tolerated(src_dict, "ai_summary_status", _error, _found, "str")

            _field = "next_steps"
            try:
                if "next_steps" in src_dict:
                    next_steps: Any = src_dict["next_steps"]
                    _present += 1

                else:
                    next_steps = UNSET
            except FIELD_ERRORS as _error:
                next_steps, _found = tolerated(src_dict, "next_steps", _error, _found, "Any | None")

            _field = "path_coverage"
            try:
                if "path_coverage" in src_dict:
                    path_coverage: Any = src_dict["path_coverage"]
                    _present += 1

                else:
                    path_coverage = UNSET
            except FIELD_ERRORS as _error:
                path_coverage, _found = tolerated(src_dict, "path_coverage", _error, _found, "Any | None")

            _field = "performance_metrics"
            try:
                if "performance_metrics" in src_dict:
                    performance_metrics: Any = src_dict["performance_metrics"]
                    _present += 1
                    if type(performance_metrics) is not str:
                        performance_metrics = checked(performance_metrics, (str,))
                else:
                    performance_metrics = UNSET
            except FIELD_ERRORS as _error:
                performance_metrics, _found = tolerated(src_dict, "performance_metrics", _error, _found, "str")

            _field = "run_type"
            try:
                if "run_type" in src_dict:
                    run_type: Any = src_dict["run_type"]
                    _present += 1
                    if run_type is not None:
                        if type(run_type) is not str:
                            run_type = checked(run_type, (str, type(None)))
                else:
                    run_type = UNSET
            except FIELD_ERRORS as _error:
                run_type, _found = tolerated(src_dict, "run_type", _error, _found, "None | str")

            _field = "run_settings"
            try:
                if "run_settings" in src_dict:
                    run_settings: Any = src_dict["run_settings"]
                    _present += 1

                else:
                    run_settings = UNSET
            except FIELD_ERRORS as _error:
                run_settings, _found = tolerated(src_dict, "run_settings", _error, _found, "Any | None")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _instance = cls(
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
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != _present or _found is not None:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except FIELD_ERRORS as error:
            raise failure(_field, error) from None
        return _instance

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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, PatchedResultDetailV2Runs  # noqa: PLW0603
    from ..models.patched_result_detail_v2_runs import PatchedResultDetailV2Runs  # noqa: PLC0415

    _imports_pending = False
