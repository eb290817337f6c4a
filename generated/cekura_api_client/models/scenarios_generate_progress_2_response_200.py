from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item import (
        ScenariosGenerateProgress2Response200ScenariosListItem,
    )


T = TypeVar("T", bound="ScenariosGenerateProgress2Response200")


@_attrs_define
class ScenariosGenerateProgress2Response200:
    total_scenarios: int | Unset = UNSET
    """ Total number of scenarios """
    completed_scenarios: int | Unset = UNSET
    """ Number of completed scenarios """
    failed_scenarios: int | Unset = UNSET
    """ Number of failed scenarios """
    scenarios_list: list[ScenariosGenerateProgress2Response200ScenariosListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_scenarios = self.total_scenarios

        completed_scenarios = self.completed_scenarios

        failed_scenarios = self.failed_scenarios

        scenarios_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenarios_list, Unset):
            scenarios_list = []
            for scenarios_list_item_data in self.scenarios_list:
                scenarios_list_item = scenarios_list_item_data.to_dict()
                scenarios_list.append(scenarios_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_scenarios is not UNSET:
            field_dict["total_scenarios"] = total_scenarios
        if completed_scenarios is not UNSET:
            field_dict["completed_scenarios"] = completed_scenarios
        if failed_scenarios is not UNSET:
            field_dict["failed_scenarios"] = failed_scenarios
        if scenarios_list is not UNSET:
            field_dict["scenarios_list"] = scenarios_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item import (
            ScenariosGenerateProgress2Response200ScenariosListItem,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "total_scenarios"
            total_scenarios = d.pop("total_scenarios", UNSET)
            if not isinstance(total_scenarios, (int, Unset)) or isinstance(total_scenarios, bool):
                expect(total_scenarios, (int, Unset))

            _field = "completed_scenarios"
            completed_scenarios = d.pop("completed_scenarios", UNSET)
            if not isinstance(completed_scenarios, (int, Unset)) or isinstance(completed_scenarios, bool):
                expect(completed_scenarios, (int, Unset))

            _field = "failed_scenarios"
            failed_scenarios = d.pop("failed_scenarios", UNSET)
            if not isinstance(failed_scenarios, (int, Unset)) or isinstance(failed_scenarios, bool):
                expect(failed_scenarios, (int, Unset))

            _field = "scenarios_list"
            _scenarios_list = d.pop("scenarios_list", UNSET)
            scenarios_list: list[ScenariosGenerateProgress2Response200ScenariosListItem] | Unset = UNSET
            if _scenarios_list is not UNSET:
                scenarios_list = []
                for scenarios_list_item_data in _scenarios_list:
                    scenarios_list_item = ScenariosGenerateProgress2Response200ScenariosListItem.from_dict(
                        scenarios_list_item_data
                    )

                    scenarios_list.append(scenarios_list_item)

            if not isinstance(scenarios_list, (list, Unset)):
                expect(scenarios_list, (list, Unset))

            scenarios_generate_progress_2_response_200 = cls(
                total_scenarios=total_scenarios,
                completed_scenarios=completed_scenarios,
                failed_scenarios=failed_scenarios,
                scenarios_list=scenarios_list,
            )

            scenarios_generate_progress_2_response_200.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_generate_progress_2_response_200

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
