from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenarios_run_agora_3_response_200_status import ScenariosRunAgora3Response200Status
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_run_agora_3_response_200_runs_item import ScenariosRunAgora3Response200RunsItem


T = TypeVar("T", bound="ScenariosRunAgora3Response200")


@_attrs_define
class ScenariosRunAgora3Response200:
    id: int | Unset = UNSET
    """ ID of the result """
    agent: int | Unset = UNSET
    """ ID of the agent """
    status: ScenariosRunAgora3Response200Status | Unset = UNSET
    """ Status of the result """
    run_as_text: bool | Unset = UNSET
    """ Whether the scenario ran as text or not """
    runs: list[ScenariosRunAgora3Response200RunsItem] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent = self.agent

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        run_as_text = self.run_as_text

        runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if agent is not UNSET:
            field_dict["agent"] = agent
        if status is not UNSET:
            field_dict["status"] = status
        if run_as_text is not UNSET:
            field_dict["run_as_text"] = run_as_text
        if runs is not UNSET:
            field_dict["runs"] = runs
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenarios_run_agora_3_response_200_runs_item import ScenariosRunAgora3Response200RunsItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: ScenariosRunAgora3Response200Status | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ScenariosRunAgora3Response200Status(_status)

            if not isinstance(status, (ScenariosRunAgora3Response200Status, Unset)):
                expect(status, (ScenariosRunAgora3Response200Status, Unset))

            _field = "run_as_text"
            run_as_text = d.pop("run_as_text", UNSET)
            if not isinstance(run_as_text, (bool, Unset)):
                expect(run_as_text, (bool, Unset))

            _field = "runs"
            _runs = d.pop("runs", UNSET)
            runs: list[ScenariosRunAgora3Response200RunsItem] | Unset = UNSET
            if _runs is not UNSET:
                runs = []
                for runs_item_data in _runs:
                    runs_item = ScenariosRunAgora3Response200RunsItem.from_dict(runs_item_data)

                    runs.append(runs_item)

            if not isinstance(runs, (list, Unset)):
                expect(runs, (list, Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            scenarios_run_agora_3_response_200 = cls(
                id=id,
                agent=agent,
                status=status,
                run_as_text=run_as_text,
                runs=runs,
                created_at=created_at,
            )

            scenarios_run_agora_3_response_200.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_run_agora_3_response_200

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
