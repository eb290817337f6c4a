from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry import (
        ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry,
    )


T = TypeVar("T", bound="ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem")


@_attrs_define
class ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItem:
    tool_id: int | Unset = UNSET
    """ ID of the mock tool on the agent """
    tool_name: str | Unset = UNSET
    """ Name of the tool being mocked """
    new_entry: ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry | Unset = (
        UNSET
    )
    """ The expected tool call for this scenario """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        tool_name = self.tool_name

        new_entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_entry, Unset):
            new_entry = self.new_entry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if new_entry is not UNSET:
            field_dict["new_entry"] = new_entry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry import (
            ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "tool_id"
            tool_id = d.pop("tool_id", UNSET)
            if not isinstance(tool_id, (int, Unset)) or isinstance(tool_id, bool):
                expect(tool_id, (int, Unset))

            _field = "tool_name"
            tool_name = d.pop("tool_name", UNSET)
            if not isinstance(tool_name, (str, Unset)):
                expect(tool_name, (str, Unset))

            _field = "new_entry"
            _new_entry = d.pop("new_entry", UNSET)
            new_entry: (
                ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry | Unset
            )
            if isinstance(_new_entry, Unset):
                new_entry = UNSET
            else:
                new_entry = ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry.from_dict(
                    _new_entry
                )

            if not isinstance(
                new_entry,
                (ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry, Unset),
            ):
                expect(
                    new_entry,
                    (ScenariosGenerateProgress2Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry, Unset),
                )

            scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item = cls(
                tool_id=tool_id,
                tool_name=tool_name,
                new_entry=new_entry,
            )

            scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_generate_progress_2_response_200_scenarios_list_item_generated_mock_tool_entries_item

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
