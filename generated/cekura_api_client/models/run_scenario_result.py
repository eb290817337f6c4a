from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_scenario_result_status import RunScenarioResultStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_scenario_result_runs import RunScenarioResultRuns


T = TypeVar("T", bound="RunScenarioResult")


@_attrs_define
class RunScenarioResult:
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
    agent_inbound: bool | Unset = UNSET
    """
    Whether the agent is configured for inbound calls (true) or outbound calls (false)
    Example: `true` or `false`
     """
    status: RunScenarioResultStatus | Unset = RunScenarioResultStatus.PENDING
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
    runs: RunScenarioResultRuns | Unset = UNSET
    """ Run summaries for this result. For full run data including transcripts and metric scores, fetch the result
    detail endpoint — there `runs` is a dict keyed by run ID. """
    created_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when this test result was created
    Example: `2021-01-01 00:00:00`
     """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when this test result was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        id = self.id

        agent = self.agent

        agent_inbound = self.agent_inbound

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        success_rate = self.success_rate

        run_as_text = self.run_as_text

        is_cronjob = self.is_cronjob

        runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = self.runs.to_dict()

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
                "name": name,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if agent is not UNSET and _response:
            field_dict["agent"] = agent
        if agent_inbound is not UNSET and _response:
            field_dict["agent_inbound"] = agent_inbound
        if status is not UNSET:
            field_dict["status"] = status
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if run_as_text is not UNSET:
            field_dict["run_as_text"] = run_as_text
        if is_cronjob is not UNSET and _response:
            field_dict["is_cronjob"] = is_cronjob
        if runs is not UNSET and _response:
            field_dict["runs"] = runs
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_scenario_result_runs import RunScenarioResultRuns  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "agent_inbound"
            agent_inbound = d.pop("agent_inbound", UNSET)
            if not isinstance(agent_inbound, (bool, Unset)):
                expect(agent_inbound, (bool, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: RunScenarioResultStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = RunScenarioResultStatus(_status)

            if not isinstance(status, (RunScenarioResultStatus, Unset)):
                expect(status, (RunScenarioResultStatus, Unset))

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
            runs: RunScenarioResultRuns | Unset
            if isinstance(_runs, Unset):
                runs = UNSET
            else:
                runs = RunScenarioResultRuns.from_dict(_runs)

            if not isinstance(runs, (RunScenarioResultRuns, Unset)):
                expect(runs, (RunScenarioResultRuns, Unset))

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

            run_scenario_result = cls(
                name=name,
                id=id,
                agent=agent,
                agent_inbound=agent_inbound,
                status=status,
                success_rate=success_rate,
                run_as_text=run_as_text,
                is_cronjob=is_cronjob,
                runs=runs,
                created_at=created_at,
                updated_at=updated_at,
            )

            run_scenario_result.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return run_scenario_result

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
