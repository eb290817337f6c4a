from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input import (
        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,
    )
    from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output import (
        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,
    )


T = TypeVar("T", bound="ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry")


@_attrs_define
class ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntry:
    """The expected tool call for this scenario"""

    input_: ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput | Unset = (
        UNSET
    )
    """ Input parameters the tool call is expected to receive """
    output: ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput | Unset = (
        UNSET
    )
    """ Response the mock tool will return """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input import (
            ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,  # noqa: PLC0415
        )
        from ..models.scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output import (
            ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "input"
            _input_ = d.pop("input", UNSET)
            input_: (
                ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput | Unset
            )
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput.from_dict(
                    _input_
                )

            if not isinstance(
                input_,
                (
                    ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,
                    Unset,
                ),
            ):
                expect(
                    input_,
                    (
                        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,
                        Unset,
                    ),
                )

            _field = "output"
            _output = d.pop("output", UNSET)
            output: (
                ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput | Unset
            )
            if isinstance(_output, Unset):
                output = UNSET
            else:
                output = ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput.from_dict(
                    _output
                )

            if not isinstance(
                output,
                (
                    ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,
                    Unset,
                ),
            ):
                expect(
                    output,
                    (
                        ScenariosGenerateProgress3Response200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,
                        Unset,
                    ),
                )

            scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry = cls(
                input_=input_,
                output=output,
            )

            scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_generate_progress_3_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry

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
