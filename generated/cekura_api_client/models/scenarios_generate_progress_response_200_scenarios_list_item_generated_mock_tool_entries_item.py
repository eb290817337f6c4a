from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "tool_id",
        "tool_name",
        "new_entry",
    }
)

T = TypeVar("T", bound="ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItem")


@_attrs_define
class ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItem:
    tool_id: int | Unset = UNSET
    """ ID of the mock tool on the agent """
    tool_name: str | Unset = UNSET
    """ Name of the tool being mocked """
    new_entry: ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry | Unset = UNSET
    """ The expected tool call for this scenario """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.tool_id, Unset):
            field_dict["tool_id"] = self.tool_id
        if not isinstance(self.tool_name, Unset):
            field_dict["tool_name"] = self.tool_name
        if not isinstance(self.new_entry, Unset):
            field_dict["new_entry"] = (
                self.new_entry.to_dict()
                if type(self.new_entry)
                is ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry
                else written(self.new_entry, "new_entry", self)
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
            _field = "tool_id"
            try:
                if "tool_id" in src_dict:
                    tool_id: Any = src_dict["tool_id"]
                    _present += 1
                    if type(tool_id) is not int:
                        tool_id = checked(tool_id, (int,))
                else:
                    tool_id = UNSET
            except FIELD_ERRORS as _error:
                tool_id, _found = tolerated(src_dict, "tool_id", _error, _found, "int")

            _field = "tool_name"
            try:
                if "tool_name" in src_dict:
                    tool_name: Any = src_dict["tool_name"]
                    _present += 1
                    if type(tool_name) is not str:
                        tool_name = checked(tool_name, (str,))
                else:
                    tool_name = UNSET
            except FIELD_ERRORS as _error:
                tool_name, _found = tolerated(src_dict, "tool_name", _error, _found, "str")

            _field = "new_entry"
            try:
                if "new_entry" in src_dict:
                    new_entry: Any = src_dict["new_entry"]
                    _present += 1
                    new_entry = ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry.from_dict(
                        new_entry
                    )
                else:
                    new_entry = UNSET
            except FIELD_ERRORS as _error:
                new_entry, _found = tolerated(
                    src_dict,
                    "new_entry",
                    _error,
                    _found,
                    "ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry",
                )

            _instance = cls(
                tool_id=tool_id,
                tool_name=tool_name,
                new_entry=new_entry,
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
    global _imports_pending, ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry  # noqa: PLW0603
    from ..models.scenarios_generate_progress_response_200_scenarios_list_item_generated_mock_tool_entries_item_new_entry import (
        ScenariosGenerateProgressResponse200ScenariosListItemGeneratedMockToolEntriesItemNewEntry,  # noqa: PLC0415
    )

    _imports_pending = False
