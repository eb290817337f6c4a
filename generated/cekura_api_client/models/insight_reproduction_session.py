from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_reproduction_session_status import InsightReproductionSessionStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "insight",
        "project",
        "agent",
        "failure_mode_index",
        "id",
        "failure_mode_title",
        "metric",
        "predefined_metric",
        "metric_name",
        "execution_mode",
        "status",
        "scenario_ids",
        "max_attempts",
        "attempts_made",
        "reproduced",
        "current_result",
        "reproducing_run",
        "reproducing_result",
        "error_message",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="InsightReproductionSession")


@_attrs_define
class InsightReproductionSession:
    """Read view of a reproduction session — what the frontend polls to track
    progress and, once done, link to the run that reproduced the failure.

    """

    insight: int
    project: int
    agent: int
    failure_mode_index: int
    id: int | Unset = UNSET
    failure_mode_title: str | Unset = UNSET
    metric: int | None | Unset = UNSET
    predefined_metric: int | None | Unset = UNSET
    metric_name: str | Unset = UNSET
    execution_mode: str | Unset = UNSET
    status: InsightReproductionSessionStatus | Unset = UNSET
    """ * `pending` - Pending
    * `generating_scenario` - Generating Scenario
    * `running` - Running
    * `reproduced` - Reproduced
    * `exhausted` - Exhausted
    * `failed` - Failed """
    scenario_ids: Any | Unset = UNSET
    max_attempts: int | Unset = UNSET
    attempts_made: int | Unset = UNSET
    reproduced: bool | Unset = UNSET
    current_result: int | None | Unset = UNSET
    reproducing_run: int | None | Unset = UNSET
    reproducing_result: int | None | Unset = UNSET
    error_message: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "insight": self.insight,
            "project": self.project,
            "agent": self.agent,
            "failure_mode_index": self.failure_mode_index,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.failure_mode_title, Unset):
            field_dict["failure_mode_title"] = self.failure_mode_title
        if not isinstance(self.metric, Unset):
            field_dict["metric"] = self.metric
        if not isinstance(self.predefined_metric, Unset):
            field_dict["predefined_metric"] = self.predefined_metric
        if not isinstance(self.metric_name, Unset):
            field_dict["metric_name"] = self.metric_name
        if not isinstance(self.execution_mode, Unset):
            field_dict["execution_mode"] = self.execution_mode
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is InsightReproductionSessionStatus
                else enum_value(InsightReproductionSessionStatus, self.status, "status", self)
            )
        if not isinstance(self.scenario_ids, Unset):
            field_dict["scenario_ids"] = self.scenario_ids
        if not isinstance(self.max_attempts, Unset):
            field_dict["max_attempts"] = self.max_attempts
        if not isinstance(self.attempts_made, Unset):
            field_dict["attempts_made"] = self.attempts_made
        if not isinstance(self.reproduced, Unset):
            field_dict["reproduced"] = self.reproduced
        if not isinstance(self.current_result, Unset):
            field_dict["current_result"] = self.current_result
        if not isinstance(self.reproducing_run, Unset):
            field_dict["reproducing_run"] = self.reproducing_run
        if not isinstance(self.reproducing_result, Unset):
            field_dict["reproducing_result"] = self.reproducing_result
        if not isinstance(self.error_message, Unset):
            field_dict["error_message"] = self.error_message
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 4
            _field = "insight"
            try:
                insight: Any = src_dict["insight"]
                if type(insight) is not int:
                    insight = checked(insight, (int,))
            except FIELD_ERRORS as _error:
                insight, _found = tolerated(src_dict, "insight", _error, _found, "int")

            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "agent"
            try:
                agent: Any = src_dict["agent"]
                if type(agent) is not int:
                    agent = checked(agent, (int,))
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "failure_mode_index"
            try:
                failure_mode_index: Any = src_dict["failure_mode_index"]
                if type(failure_mode_index) is not int:
                    failure_mode_index = checked(failure_mode_index, (int,))
            except FIELD_ERRORS as _error:
                failure_mode_index, _found = tolerated(src_dict, "failure_mode_index", _error, _found, "int")

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

            _field = "failure_mode_title"
            try:
                if "failure_mode_title" in src_dict:
                    failure_mode_title: Any = src_dict["failure_mode_title"]
                    _present += 1
                    if type(failure_mode_title) is not str:
                        failure_mode_title = checked(failure_mode_title, (str,))
                else:
                    failure_mode_title = UNSET
            except FIELD_ERRORS as _error:
                failure_mode_title, _found = tolerated(src_dict, "failure_mode_title", _error, _found, "str")

            _field = "metric"
            try:
                if "metric" in src_dict:
                    metric: Any = src_dict["metric"]
                    _present += 1
                    if metric is not None:
                        if type(metric) is not int:
                            metric = checked(metric, (int, type(None)))
                else:
                    metric = UNSET
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int | None")

            _field = "predefined_metric"
            try:
                if "predefined_metric" in src_dict:
                    predefined_metric: Any = src_dict["predefined_metric"]
                    _present += 1
                    if predefined_metric is not None:
                        if type(predefined_metric) is not int:
                            predefined_metric = checked(predefined_metric, (int, type(None)))
                else:
                    predefined_metric = UNSET
            except FIELD_ERRORS as _error:
                predefined_metric, _found = tolerated(src_dict, "predefined_metric", _error, _found, "int | None")

            _field = "metric_name"
            try:
                if "metric_name" in src_dict:
                    metric_name: Any = src_dict["metric_name"]
                    _present += 1
                    if type(metric_name) is not str:
                        metric_name = checked(metric_name, (str,))
                else:
                    metric_name = UNSET
            except FIELD_ERRORS as _error:
                metric_name, _found = tolerated(src_dict, "metric_name", _error, _found, "str")

            _field = "execution_mode"
            try:
                if "execution_mode" in src_dict:
                    execution_mode: Any = src_dict["execution_mode"]
                    _present += 1
                    if type(execution_mode) is not str:
                        execution_mode = checked(execution_mode, (str,))
                else:
                    execution_mode = UNSET
            except FIELD_ERRORS as _error:
                execution_mode, _found = tolerated(src_dict, "execution_mode", _error, _found, "str")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        InsightReproductionSessionStatus._value2member_map_.get(status)
                        or InsightReproductionSessionStatus(status)
                        if type(status) is str
                        else checked(status, (InsightReproductionSessionStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "InsightReproductionSessionStatus")

            _field = "scenario_ids"
            try:
                if "scenario_ids" in src_dict:
                    scenario_ids: Any = src_dict["scenario_ids"]
                    _present += 1

                else:
                    scenario_ids = UNSET
            except FIELD_ERRORS as _error:
                scenario_ids, _found = tolerated(src_dict, "scenario_ids", _error, _found, "Any")

            _field = "max_attempts"
            try:
                if "max_attempts" in src_dict:
                    max_attempts: Any = src_dict["max_attempts"]
                    _present += 1
                    if type(max_attempts) is not int:
                        max_attempts = checked(max_attempts, (int,))
                else:
                    max_attempts = UNSET
            except FIELD_ERRORS as _error:
                max_attempts, _found = tolerated(src_dict, "max_attempts", _error, _found, "int")

            _field = "attempts_made"
            try:
                if "attempts_made" in src_dict:
                    attempts_made: Any = src_dict["attempts_made"]
                    _present += 1
                    if type(attempts_made) is not int:
                        attempts_made = checked(attempts_made, (int,))
                else:
                    attempts_made = UNSET
            except FIELD_ERRORS as _error:
                attempts_made, _found = tolerated(src_dict, "attempts_made", _error, _found, "int")

            _field = "reproduced"
            try:
                if "reproduced" in src_dict:
                    reproduced: Any = src_dict["reproduced"]
                    _present += 1
                    if type(reproduced) is not bool:
                        reproduced = checked(reproduced, (bool,))
                else:
                    reproduced = UNSET
            except FIELD_ERRORS as _error:
                reproduced, _found = tolerated(src_dict, "reproduced", _error, _found, "bool")

            _field = "current_result"
            try:
                if "current_result" in src_dict:
                    current_result: Any = src_dict["current_result"]
                    _present += 1
                    if current_result is not None:
                        if type(current_result) is not int:
                            current_result = checked(current_result, (int, type(None)))
                else:
                    current_result = UNSET
            except FIELD_ERRORS as _error:
                current_result, _found = tolerated(src_dict, "current_result", _error, _found, "int | None")

            _field = "reproducing_run"
            try:
                if "reproducing_run" in src_dict:
                    reproducing_run: Any = src_dict["reproducing_run"]
                    _present += 1
                    if reproducing_run is not None:
                        if type(reproducing_run) is not int:
                            reproducing_run = checked(reproducing_run, (int, type(None)))
                else:
                    reproducing_run = UNSET
            except FIELD_ERRORS as _error:
                reproducing_run, _found = tolerated(src_dict, "reproducing_run", _error, _found, "int | None")

            _field = "reproducing_result"
            try:
                if "reproducing_result" in src_dict:
                    reproducing_result: Any = src_dict["reproducing_result"]
                    _present += 1
                    if reproducing_result is not None:
                        if type(reproducing_result) is not int:
                            reproducing_result = checked(reproducing_result, (int, type(None)))
                else:
                    reproducing_result = UNSET
            except FIELD_ERRORS as _error:
                reproducing_result, _found = tolerated(src_dict, "reproducing_result", _error, _found, "int | None")

            _field = "error_message"
            try:
                if "error_message" in src_dict:
                    error_message: Any = src_dict["error_message"]
                    _present += 1
                    if type(error_message) is not str:
                        error_message = checked(error_message, (str,))
                else:
                    error_message = UNSET
            except FIELD_ERRORS as _error:
                error_message, _found = tolerated(src_dict, "error_message", _error, _found, "str")

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
                insight=insight,
                project=project,
                agent=agent,
                failure_mode_index=failure_mode_index,
                id=id,
                failure_mode_title=failure_mode_title,
                metric=metric,
                predefined_metric=predefined_metric,
                metric_name=metric_name,
                execution_mode=execution_mode,
                status=status,
                scenario_ids=scenario_ids,
                max_attempts=max_attempts,
                attempts_made=attempts_made,
                reproduced=reproduced,
                current_result=current_result,
                reproducing_run=reproducing_run,
                reproducing_result=reproducing_result,
                error_message=error_message,
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
