from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.result_status import ResultStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_runs import ResultRuns
    from ..models.result_scenarios import ResultScenarios


_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "agent",
        "agent_name",
        "agent_inbound",
        "status",
        "success_rate",
        "run_as_text",
        "is_cronjob",
        "runs",
        "met_expected_outcome_count",
        "total_expected_outcome_count",
        "total_runs_count",
        "completed_runs_count",
        "success_runs_count",
        "failed_runs_count",
        "scenarios",
        "run_type",
        "agent_version",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    name: str
    """
    Name of the Result
    Example: `"Test Result 1"`
     """
    id: int | Unset = UNSET
    """
    Unique identifier for the Result
    Example: `123`
     """
    agent: int | Unset = UNSET
    """
    ID of the AI agent that was tested
    Example: `123`
     """
    agent_name: str | Unset = UNSET
    """
    Name of the AI agent that was tested
    Example: `"Test Agent 1"`
     """
    agent_inbound: bool | Unset = UNSET
    """
    Whether the agent is configured for inbound calls (true) or outbound calls (false)
    Example: `true` or `false`
     """
    status: ResultStatus | Unset = ResultStatus.PENDING
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
    success_rate: float | Unset = 0.0
    """ Success rate of the test runs as a decimal (0.0 to 1.0) """
    run_as_text: bool | Unset = False
    """
    Whether this test was run in text mode instead of voice mode
    Example: `true` or `false`
     """
    is_cronjob: str | Unset = UNSET
    """
    Whether this result was created by a scheduled cronjob
    Example: `true` or `false`
     """
    runs: ResultRuns | Unset = UNSET
    """ Run summaries for this result. For full run data including transcripts and metric scores, fetch the result
    detail endpoint — there `runs` is a dict keyed by run ID. """
    met_expected_outcome_count: str | Unset = UNSET
    """
    Number of test runs that met the expected outcome criteria
    Example: `10`
     """
    total_expected_outcome_count: str | Unset = UNSET
    """
    Total number of test runs that were evaluated for expected outcomes
    Example: `10`
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
    scenarios: ResultScenarios | Unset = UNSET
    """
    List of scenario names used in the test runs for this result
    Example:
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
    run_type: None | str | Unset = UNSET
    """ Run Execution Type """
    agent_version: str | Unset = UNSET
    """ The agent version (history record) this result ran against, or null. """
    created_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when this test result was created
    Example: `2021-01-01 00:00:00`
     """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when this test result was last updated """
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
        field_dict: dict[str, Any] = {
            "name": self.name,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.agent, Unset) and _response:
            field_dict["agent"] = self.agent
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.agent_inbound, Unset) and _response:
            field_dict["agent_inbound"] = self.agent_inbound
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is ResultStatus
                else enum_value(ResultStatus, self.status, "status", self)
            )
        if not isinstance(self.success_rate, Unset):
            field_dict["success_rate"] = self.success_rate
        if not isinstance(self.run_as_text, Unset):
            field_dict["run_as_text"] = self.run_as_text
        if not isinstance(self.is_cronjob, Unset) and _response:
            field_dict["is_cronjob"] = self.is_cronjob
        if not isinstance(self.runs, Unset) and _response:
            field_dict["runs"] = (
                self.runs.to_dict() if type(self.runs) is ResultRuns else written(self.runs, "runs", self)
            )
        if not isinstance(self.met_expected_outcome_count, Unset) and _response:
            field_dict["met_expected_outcome_count"] = self.met_expected_outcome_count
        if not isinstance(self.total_expected_outcome_count, Unset) and _response:
            field_dict["total_expected_outcome_count"] = self.total_expected_outcome_count
        if not isinstance(self.total_runs_count, Unset) and _response:
            field_dict["total_runs_count"] = self.total_runs_count
        if not isinstance(self.completed_runs_count, Unset) and _response:
            field_dict["completed_runs_count"] = self.completed_runs_count
        if not isinstance(self.success_runs_count, Unset) and _response:
            field_dict["success_runs_count"] = self.success_runs_count
        if not isinstance(self.failed_runs_count, Unset) and _response:
            field_dict["failed_runs_count"] = self.failed_runs_count
        if not isinstance(self.scenarios, Unset) and _response:
            field_dict["scenarios"] = (
                self.scenarios.to_dict()
                if type(self.scenarios) is ResultScenarios
                else written(self.scenarios, "scenarios", self)
            )
        if not isinstance(self.run_type, Unset) and _response:
            field_dict["run_type"] = self.run_type
        if not isinstance(self.agent_version, Unset) and _response:
            field_dict["agent_version"] = self.agent_version
        if not isinstance(self.created_at, Unset) and _response:
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

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.status, Unset):
            files.append(
                ("status", (None, str(enum_value(ResultStatus, self.status, "status")).encode(), "text/plain"))
            )

        if not isinstance(self.success_rate, Unset):
            files.append(("success_rate", (None, str(self.success_rate).encode(), "text/plain")))

        if not isinstance(self.run_as_text, Unset):
            files.append(("run_as_text", (None, str(self.run_as_text).encode(), "text/plain")))

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
            _present = 1
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

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

            _field = "agent_inbound"
            try:
                if "agent_inbound" in src_dict:
                    agent_inbound: Any = src_dict["agent_inbound"]
                    _present += 1
                    if type(agent_inbound) is not bool:
                        agent_inbound = checked(agent_inbound, (bool,))
                else:
                    agent_inbound = UNSET
            except FIELD_ERRORS as _error:
                agent_inbound, _found = tolerated(src_dict, "agent_inbound", _error, _found, "bool")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        ResultStatus._value2member_map_.get(status) or ResultStatus(status)
                        if type(status) is str
                        else checked(status, (ResultStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "ResultStatus")

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
                    runs = ResultRuns.from_dict(runs)
                else:
                    runs = UNSET
            except FIELD_ERRORS as _error:
                runs, _found = tolerated(src_dict, "runs", _error, _found, "ResultRuns")

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

            _field = "scenarios"
            try:
                if "scenarios" in src_dict:
                    scenarios: Any = src_dict["scenarios"]
                    _present += 1
                    scenarios = ResultScenarios.from_dict(scenarios)
                else:
                    scenarios = UNSET
            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(src_dict, "scenarios", _error, _found, "ResultScenarios")

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
                name=name,
                id=id,
                agent=agent,
                agent_name=agent_name,
                agent_inbound=agent_inbound,
                status=status,
                success_rate=success_rate,
                run_as_text=run_as_text,
                is_cronjob=is_cronjob,
                runs=runs,
                met_expected_outcome_count=met_expected_outcome_count,
                total_expected_outcome_count=total_expected_outcome_count,
                total_runs_count=total_runs_count,
                completed_runs_count=completed_runs_count,
                success_runs_count=success_runs_count,
                failed_runs_count=failed_runs_count,
                scenarios=scenarios,
                run_type=run_type,
                agent_version=agent_version,
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
    global _imports_pending, ResultRuns, ResultScenarios  # noqa: PLW0603
    from ..models.result_runs import ResultRuns  # noqa: PLC0415
    from ..models.result_scenarios import ResultScenarios  # noqa: PLC0415

    _imports_pending = False
