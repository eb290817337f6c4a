from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item import (
        ScenariosGenerateProgress3Response200ScenariosListItem,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "total_scenarios",
        "completed_scenarios",
        "failed_scenarios",
        "scenarios_list",
    }
)

T = TypeVar("T", bound="ScenariosGenerateProgress3Response200")


@_attrs_define
class ScenariosGenerateProgress3Response200:
    total_scenarios: int | Unset = UNSET
    """ Total number of scenarios """
    completed_scenarios: int | Unset = UNSET
    """ Number of completed scenarios """
    failed_scenarios: int | Unset = UNSET
    """ Number of failed scenarios """
    scenarios_list: list[ScenariosGenerateProgress3Response200ScenariosListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.total_scenarios, Unset):
            field_dict["total_scenarios"] = self.total_scenarios
        if not isinstance(self.completed_scenarios, Unset):
            field_dict["completed_scenarios"] = self.completed_scenarios
        if not isinstance(self.failed_scenarios, Unset):
            field_dict["failed_scenarios"] = self.failed_scenarios
        if not isinstance(self.scenarios_list, Unset):
            field_dict["scenarios_list"] = (
                [
                    element.to_dict()
                    if type(element) is ScenariosGenerateProgress3Response200ScenariosListItem
                    else written(element, "scenarios_list", self)
                    for element in self.scenarios_list
                ]
                if type(self.scenarios_list) is list
                else written(self.scenarios_list, "scenarios_list", self)
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
            _present = 0
            _field = "total_scenarios"
            try:
                if "total_scenarios" in src_dict:
                    total_scenarios: Any = src_dict["total_scenarios"]
                    _present += 1
                    if type(total_scenarios) is not int:
                        total_scenarios = checked(total_scenarios, (int,))
                else:
                    total_scenarios = UNSET
            except FIELD_ERRORS as _error:
                total_scenarios, _found = tolerated(src_dict, "total_scenarios", _error, _found, "int")

            _field = "completed_scenarios"
            try:
                if "completed_scenarios" in src_dict:
                    completed_scenarios: Any = src_dict["completed_scenarios"]
                    _present += 1
                    if type(completed_scenarios) is not int:
                        completed_scenarios = checked(completed_scenarios, (int,))
                else:
                    completed_scenarios = UNSET
            except FIELD_ERRORS as _error:
                completed_scenarios, _found = tolerated(src_dict, "completed_scenarios", _error, _found, "int")

            _field = "failed_scenarios"
            try:
                if "failed_scenarios" in src_dict:
                    failed_scenarios: Any = src_dict["failed_scenarios"]
                    _present += 1
                    if type(failed_scenarios) is not int:
                        failed_scenarios = checked(failed_scenarios, (int,))
                else:
                    failed_scenarios = UNSET
            except FIELD_ERRORS as _error:
                failed_scenarios, _found = tolerated(src_dict, "failed_scenarios", _error, _found, "int")

            _field = "scenarios_list"
            try:
                if "scenarios_list" in src_dict:
                    scenarios_list: Any = src_dict["scenarios_list"]
                    _present += 1
                    if type(scenarios_list) is not list:
                        scenarios_list = checked(scenarios_list, (list,))
                    scenarios_list = [
                        ScenariosGenerateProgress3Response200ScenariosListItem.from_dict(element)
                        for element in scenarios_list
                    ]

                else:
                    scenarios_list = UNSET
            except FIELD_ERRORS as _error:
                scenarios_list, _found = tolerated(
                    src_dict,
                    "scenarios_list",
                    _error,
                    _found,
                    "list[ScenariosGenerateProgress3Response200ScenariosListItem]",
                    lambda element: ScenariosGenerateProgress3Response200ScenariosListItem.from_dict(element),
                )

            _instance = cls(
                total_scenarios=total_scenarios,
                completed_scenarios=completed_scenarios,
                failed_scenarios=failed_scenarios,
                scenarios_list=scenarios_list,
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
    global _imports_pending, ScenariosGenerateProgress3Response200ScenariosListItem  # noqa: PLW0603
    from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item import (
        ScenariosGenerateProgress3Response200ScenariosListItem,  # noqa: PLC0415
    )

    _imports_pending = False
