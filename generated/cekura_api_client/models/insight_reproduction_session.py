from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_reproduction_session_status import InsightReproductionSessionStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        insight = self.insight

        project = self.project

        agent = self.agent

        failure_mode_index = self.failure_mode_index

        id = self.id

        failure_mode_title = self.failure_mode_title

        metric: int | None | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        else:
            metric = self.metric

        predefined_metric: int | None | Unset
        if isinstance(self.predefined_metric, Unset):
            predefined_metric = UNSET
        else:
            predefined_metric = self.predefined_metric

        metric_name = self.metric_name

        execution_mode = self.execution_mode

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        scenario_ids = self.scenario_ids

        max_attempts = self.max_attempts

        attempts_made = self.attempts_made

        reproduced = self.reproduced

        current_result: int | None | Unset
        if isinstance(self.current_result, Unset):
            current_result = UNSET
        else:
            current_result = self.current_result

        reproducing_run: int | None | Unset
        if isinstance(self.reproducing_run, Unset):
            reproducing_run = UNSET
        else:
            reproducing_run = self.reproducing_run

        reproducing_result: int | None | Unset
        if isinstance(self.reproducing_result, Unset):
            reproducing_result = UNSET
        else:
            reproducing_result = self.reproducing_result

        error_message = self.error_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "insight": insight,
                "project": project,
                "agent": agent,
                "failure_mode_index": failure_mode_index,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if failure_mode_title is not UNSET:
            field_dict["failure_mode_title"] = failure_mode_title
        if metric is not UNSET:
            field_dict["metric"] = metric
        if predefined_metric is not UNSET:
            field_dict["predefined_metric"] = predefined_metric
        if metric_name is not UNSET:
            field_dict["metric_name"] = metric_name
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if status is not UNSET:
            field_dict["status"] = status
        if scenario_ids is not UNSET:
            field_dict["scenario_ids"] = scenario_ids
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if attempts_made is not UNSET:
            field_dict["attempts_made"] = attempts_made
        if reproduced is not UNSET:
            field_dict["reproduced"] = reproduced
        if current_result is not UNSET:
            field_dict["current_result"] = current_result
        if reproducing_run is not UNSET:
            field_dict["reproducing_run"] = reproducing_run
        if reproducing_result is not UNSET:
            field_dict["reproducing_result"] = reproducing_result
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "insight"
            insight = d.pop("insight")
            if not isinstance(insight, (int,)) or isinstance(insight, bool):
                expect(insight, (int,))

            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "agent"
            agent = d.pop("agent")
            if not isinstance(agent, (int,)) or isinstance(agent, bool):
                expect(agent, (int,))

            _field = "failure_mode_index"
            failure_mode_index = d.pop("failure_mode_index")
            if not isinstance(failure_mode_index, (int,)) or isinstance(failure_mode_index, bool):
                expect(failure_mode_index, (int,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "failure_mode_title"
            failure_mode_title = d.pop("failure_mode_title", UNSET)
            if not isinstance(failure_mode_title, (str, Unset)):
                expect(failure_mode_title, (str, Unset))

            _field = "metric"

            def _parse_metric(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            metric = _parse_metric(d.pop("metric", UNSET))

            if not isinstance(metric, (int, type(None), Unset)) or isinstance(metric, bool):
                expect(metric, (int, type(None), Unset))

            _field = "predefined_metric"

            def _parse_predefined_metric(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            predefined_metric = _parse_predefined_metric(d.pop("predefined_metric", UNSET))

            if not isinstance(predefined_metric, (int, type(None), Unset)) or isinstance(predefined_metric, bool):
                expect(predefined_metric, (int, type(None), Unset))

            _field = "metric_name"
            metric_name = d.pop("metric_name", UNSET)
            if not isinstance(metric_name, (str, Unset)):
                expect(metric_name, (str, Unset))

            _field = "execution_mode"
            execution_mode = d.pop("execution_mode", UNSET)
            if not isinstance(execution_mode, (str, Unset)):
                expect(execution_mode, (str, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: InsightReproductionSessionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = InsightReproductionSessionStatus(_status)

            if not isinstance(status, (InsightReproductionSessionStatus, Unset)):
                expect(status, (InsightReproductionSessionStatus, Unset))

            _field = "scenario_ids"
            scenario_ids = d.pop("scenario_ids", UNSET)

            _field = "max_attempts"
            max_attempts = d.pop("max_attempts", UNSET)
            if not isinstance(max_attempts, (int, Unset)) or isinstance(max_attempts, bool):
                expect(max_attempts, (int, Unset))

            _field = "attempts_made"
            attempts_made = d.pop("attempts_made", UNSET)
            if not isinstance(attempts_made, (int, Unset)) or isinstance(attempts_made, bool):
                expect(attempts_made, (int, Unset))

            _field = "reproduced"
            reproduced = d.pop("reproduced", UNSET)
            if not isinstance(reproduced, (bool, Unset)):
                expect(reproduced, (bool, Unset))

            _field = "current_result"

            def _parse_current_result(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            current_result = _parse_current_result(d.pop("current_result", UNSET))

            if not isinstance(current_result, (int, type(None), Unset)) or isinstance(current_result, bool):
                expect(current_result, (int, type(None), Unset))

            _field = "reproducing_run"

            def _parse_reproducing_run(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            reproducing_run = _parse_reproducing_run(d.pop("reproducing_run", UNSET))

            if not isinstance(reproducing_run, (int, type(None), Unset)) or isinstance(reproducing_run, bool):
                expect(reproducing_run, (int, type(None), Unset))

            _field = "reproducing_result"

            def _parse_reproducing_result(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            reproducing_result = _parse_reproducing_result(d.pop("reproducing_result", UNSET))

            if not isinstance(reproducing_result, (int, type(None), Unset)) or isinstance(reproducing_result, bool):
                expect(reproducing_result, (int, type(None), Unset))

            _field = "error_message"
            error_message = d.pop("error_message", UNSET)
            if not isinstance(error_message, (str, Unset)):
                expect(error_message, (str, Unset))

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

            insight_reproduction_session = cls(
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

            insight_reproduction_session.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return insight_reproduction_session

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
