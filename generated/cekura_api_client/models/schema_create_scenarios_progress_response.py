from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

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
            field_dict["scenarios_list"] = (
                [
                    element.to_dict() if type(element) is Scenario else written(element, "scenarios_list", self)
                    for element in self.scenarios_list
                ]
                if type(self.scenarios_list) is list
                else written(self.scenarios_list, "scenarios_list", self)
            )
        if not isinstance(self.errors, Unset):
            field_dict["errors"] = (
                [
                    element.to_dict()
                    if type(element) is SchemaCreateScenariosProgressResponseErrorsItem
                    else written(element, "errors", self)
                    for element in self.errors
                ]
                if type(self.errors) is list
                else written(self.errors, "errors", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 4
            _field = "agent_id"
            try:
                agent_id: Any = src_dict["agent_id"]
                if type(agent_id) is not int:
                    agent_id = checked(agent_id, (int,))
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int")

            _field = "completed_scenarios"
            try:
                completed_scenarios: Any = src_dict["completed_scenarios"]
                if type(completed_scenarios) is not int:
                    completed_scenarios = checked(completed_scenarios, (int,))
            except FIELD_ERRORS as _error:
                completed_scenarios, _found = tolerated(src_dict, "completed_scenarios", _error, _found, "int")

            _field = "failed_scenarios"
            try:
                failed_scenarios: Any = src_dict["failed_scenarios"]
                if type(failed_scenarios) is not int:
                    failed_scenarios = checked(failed_scenarios, (int,))
            except FIELD_ERRORS as _error:
                failed_scenarios, _found = tolerated(src_dict, "failed_scenarios", _error, _found, "int")

            _field = "total_scenarios"
            try:
                total_scenarios: Any = src_dict["total_scenarios"]
                if type(total_scenarios) is not int:
                    total_scenarios = checked(total_scenarios, (int,))
            except FIELD_ERRORS as _error:
                total_scenarios, _found = tolerated(src_dict, "total_scenarios", _error, _found, "int")

            _field = "scenarios_list"
            try:
                if "scenarios_list" in src_dict:
                    scenarios_list: Any = src_dict["scenarios_list"]
                    _present += 1
                    if type(scenarios_list) is not list:
                        scenarios_list = checked(scenarios_list, (list,))
                    scenarios_list = [Scenario.from_dict(element) for element in scenarios_list]

                else:
                    scenarios_list = UNSET
            except FIELD_ERRORS as _error:
                scenarios_list, _found = tolerated(
                    src_dict,
                    "scenarios_list",
                    _error,
                    _found,
                    "list[Scenario]",
                    lambda element: Scenario.from_dict(element),
                )

            _field = "errors"
            try:
                if "errors" in src_dict:
                    errors: Any = src_dict["errors"]
                    _present += 1
                    if type(errors) is not list:
                        errors = checked(errors, (list,))
                    errors = [SchemaCreateScenariosProgressResponseErrorsItem.from_dict(element) for element in errors]

                else:
                    errors = UNSET
            except FIELD_ERRORS as _error:
                errors, _found = tolerated(
                    src_dict,
                    "errors",
                    _error,
                    _found,
                    "list[SchemaCreateScenariosProgressResponseErrorsItem]",
                    lambda element: SchemaCreateScenariosProgressResponseErrorsItem.from_dict(element),
                )

            _instance = cls(
                agent_id=agent_id,
                completed_scenarios=completed_scenarios,
                failed_scenarios=failed_scenarios,
                total_scenarios=total_scenarios,
                scenarios_list=scenarios_list,
                errors=errors,
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
    global _imports_pending, Scenario, SchemaCreateScenariosProgressResponseErrorsItem  # noqa: PLW0603
    from ..models.scenario import Scenario  # noqa: PLC0415
    from ..models.schema_create_scenarios_progress_response_errors_item import (
        SchemaCreateScenariosProgressResponseErrorsItem,  # noqa: PLC0415
    )

    _imports_pending = False
