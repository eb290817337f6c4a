from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario import Scenario
    from ..models.schema_create_scenarios_progress_response_errors_item import (
        SchemaCreateScenariosProgressResponseErrorsItem,
    )


T = TypeVar("T", bound="SchemaCreateScenariosProgressResponse")


@_attrs_define
class SchemaCreateScenariosProgressResponse:
    agent_id: int
    """ ID of the agent associated with the scenario creation """
    completed_scenarios: int
    """ Number of scenarios successfully created """
    failed_scenarios: int
    """ Number of scenarios that failed to create """
    total_scenarios: int
    """ Total number of scenarios being processed """
    scenarios_list: list[Scenario] | Unset = UNSET
    """ List of created scenario objects (only included when processing is complete) """
    errors: list[SchemaCreateScenariosProgressResponseErrorsItem] | Unset = UNSET
    """ List of errors encountered during scenario creation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        completed_scenarios = self.completed_scenarios

        failed_scenarios = self.failed_scenarios

        total_scenarios = self.total_scenarios

        scenarios_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenarios_list, Unset):
            scenarios_list = []
            for scenarios_list_item_data in self.scenarios_list:
                scenarios_list_item = scenarios_list_item_data.to_dict()
                scenarios_list.append(scenarios_list_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "completed_scenarios": completed_scenarios,
                "failed_scenarios": failed_scenarios,
                "total_scenarios": total_scenarios,
            }
        )
        if scenarios_list is not UNSET:
            field_dict["scenarios_list"] = scenarios_list
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenario import Scenario  # noqa: PLC0415
        from ..models.schema_create_scenarios_progress_response_errors_item import (
            SchemaCreateScenariosProgressResponseErrorsItem,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent_id"
            agent_id = d.pop("agent_id")
            if not isinstance(agent_id, (int,)) or isinstance(agent_id, bool):
                expect(agent_id, (int,))

            _field = "completed_scenarios"
            completed_scenarios = d.pop("completed_scenarios")
            if not isinstance(completed_scenarios, (int,)) or isinstance(completed_scenarios, bool):
                expect(completed_scenarios, (int,))

            _field = "failed_scenarios"
            failed_scenarios = d.pop("failed_scenarios")
            if not isinstance(failed_scenarios, (int,)) or isinstance(failed_scenarios, bool):
                expect(failed_scenarios, (int,))

            _field = "total_scenarios"
            total_scenarios = d.pop("total_scenarios")
            if not isinstance(total_scenarios, (int,)) or isinstance(total_scenarios, bool):
                expect(total_scenarios, (int,))

            _field = "scenarios_list"
            _scenarios_list = d.pop("scenarios_list", UNSET)
            scenarios_list: list[Scenario] | Unset = UNSET
            if _scenarios_list is not UNSET:
                scenarios_list = []
                for scenarios_list_item_data in _scenarios_list:
                    scenarios_list_item = Scenario.from_dict(scenarios_list_item_data)

                    scenarios_list.append(scenarios_list_item)

            if not isinstance(scenarios_list, (list, Unset)):
                expect(scenarios_list, (list, Unset))

            _field = "errors"
            _errors = d.pop("errors", UNSET)
            errors: list[SchemaCreateScenariosProgressResponseErrorsItem] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = SchemaCreateScenariosProgressResponseErrorsItem.from_dict(errors_item_data)

                    errors.append(errors_item)

            if not isinstance(errors, (list, Unset)):
                expect(errors, (list, Unset))

            schema_create_scenarios_progress_response = cls(
                agent_id=agent_id,
                completed_scenarios=completed_scenarios,
                failed_scenarios=failed_scenarios,
                total_scenarios=total_scenarios,
                scenarios_list=scenarios_list,
                errors=errors,
            )

            schema_create_scenarios_progress_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_create_scenarios_progress_response

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
