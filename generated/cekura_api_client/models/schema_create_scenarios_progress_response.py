from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario import Scenario
    from ..models.schema_create_scenarios_progress_response_errors_item import (
        SchemaCreateScenariosProgressResponseErrorsItem,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent_id",
        "completed_scenarios",
        "failed_scenarios",
        "total_scenarios",
        "scenarios_list",
        "errors",
    }
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
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "agent_id": self.agent_id,
            "completed_scenarios": self.completed_scenarios,
            "failed_scenarios": self.failed_scenarios,
            "total_scenarios": self.total_scenarios,
        }
        if not isinstance(self.scenarios_list, Unset):
            field_dict["scenarios_list"] = [element.to_dict() for element in self.scenarios_list]
        if not isinstance(self.errors, Unset):
            field_dict["errors"] = [element.to_dict() for element in self.errors]
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 4
            _field = "agent_id"
            agent_id: Any = src_dict["agent_id"]
            if type(agent_id) is not int:
                agent_id = checked(agent_id, (int,))

            _field = "completed_scenarios"
            completed_scenarios: Any = src_dict["completed_scenarios"]
            if type(completed_scenarios) is not int:
                completed_scenarios = checked(completed_scenarios, (int,))

            _field = "failed_scenarios"
            failed_scenarios: Any = src_dict["failed_scenarios"]
            if type(failed_scenarios) is not int:
                failed_scenarios = checked(failed_scenarios, (int,))

            _field = "total_scenarios"
            total_scenarios: Any = src_dict["total_scenarios"]
            if type(total_scenarios) is not int:
                total_scenarios = checked(total_scenarios, (int,))

            _field = "scenarios_list"
            if "scenarios_list" in src_dict:
                scenarios_list: Any = src_dict["scenarios_list"]
                _present += 1
                if type(scenarios_list) is not list:
                    scenarios_list = checked(scenarios_list, (list,))
                scenarios_list = [Scenario.from_dict(element) for element in scenarios_list]

            else:
                scenarios_list = UNSET

            _field = "errors"
            if "errors" in src_dict:
                errors: Any = src_dict["errors"]
                _present += 1
                if type(errors) is not list:
                    errors = checked(errors, (list,))
                errors = [SchemaCreateScenariosProgressResponseErrorsItem.from_dict(element) for element in errors]

            else:
                errors = UNSET

            _instance = cls(
                agent_id=agent_id,
                completed_scenarios=completed_scenarios,
                failed_scenarios=failed_scenarios,
                total_scenarios=total_scenarios,
                scenarios_list=scenarios_list,
                errors=errors,
            )
            if len(src_dict) != _present:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
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
    global _imports_pending, Scenario, SchemaCreateScenariosProgressResponseErrorsItem  # noqa: PLW0603
    from ..models.scenario import Scenario  # noqa: PLC0415
    from ..models.schema_create_scenarios_progress_response_errors_item import (
        SchemaCreateScenariosProgressResponseErrorsItem,  # noqa: PLC0415
    )

    _imports_pending = False
