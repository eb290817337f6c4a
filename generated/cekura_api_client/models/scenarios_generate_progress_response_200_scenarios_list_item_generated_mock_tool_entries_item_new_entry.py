from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,
    )
    from ..models.scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)

T = TypeVar("T", bound="ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry")


@_attrs_define
class ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry:
    """The expected tool call for this scenario"""

    input_: ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput | Unset = (
        UNSET
    )
    """ Input parameters the tool call is expected to receive """
    output: ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput | Unset = (
        UNSET
    )
    """ Response the mock tool will return """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"input_": "input"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.input_, Unset):
            field_dict["input"] = (
                self.input_.to_dict()
                if type(self.input_)
                is ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput
                else written(self.input_, "input", self)
            )
        if not isinstance(self.output, Unset):
            field_dict["output"] = (
                self.output.to_dict()
                if type(self.output)
                is ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput
                else written(self.output, "output", self)
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
            _field = "input"
            try:
                if "input" in src_dict:
                    input_: Any = src_dict["input"]
                    _present += 1
                    input_ = ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput.from_dict(
                        input_
                    )
                else:
                    input_ = UNSET
            except FIELD_ERRORS as _error:
                input_, _found = tolerated(
                    src_dict,
                    "input",
                    _error,
                    _found,
                    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput",
                )

            _field = "output"
            try:
                if "output" in src_dict:
                    output: Any = src_dict["output"]
                    _present += 1
                    output = ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput.from_dict(
                        output
                    )
                else:
                    output = UNSET
            except FIELD_ERRORS as _error:
                output, _found = tolerated(
                    src_dict,
                    "output",
                    _error,
                    _found,
                    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput",
                )

            _instance = cls(
                input_=input_,
                output=output,
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
    global _imports_pending, ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput, ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput  # noqa: PLW0603
    from ..models.scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_input import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryInput,  # noqa: PLC0415
    )
    from ..models.scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry_output import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntryOutput,  # noqa: PLC0415
    )

    _imports_pending = False
