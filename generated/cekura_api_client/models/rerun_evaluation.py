from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text

_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent_id",
        "assistant_id",
        "call_logs",
    }
)

T = TypeVar("T", bound="RerunEvaluation")


@_attrs_define
class RerunEvaluation:
    agent_id: int
    """ Cekura agent ID. Provide this or `assistant_id`, not both. Example: `2142` """
    assistant_id: int
    """ External assistant identifier. Provide this or `agent_id`, not both. Example: `2143` """
    call_logs: list[int]
    """ List of call log IDs to re-evaluate, or the string `"all"` for all call logs. Example: `[1, 2, 3]` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "agent_id": self.agent_id,
            "assistant_id": self.assistant_id,
            "call_logs": self.call_logs,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        for call_logs_item_element in self.call_logs:
            files.append(("call_logs", (None, str(call_logs_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "agent_id"
            try:
                agent_id: Any = src_dict["agent_id"]
                if type(agent_id) is not int:
                    agent_id = checked(agent_id, (int,))
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int")

            _field = "assistant_id"
            try:
                assistant_id: Any = src_dict["assistant_id"]
                if type(assistant_id) is not int:
                    assistant_id = checked(assistant_id, (int,))
            except FIELD_ERRORS as _error:
                assistant_id, _found = tolerated(src_dict, "assistant_id", _error, _found, "int")

            _field = "call_logs"
            try:
                call_logs: Any = src_dict["call_logs"]
                if type(call_logs) is not list:
                    call_logs = checked(call_logs, (list,))
                for _item in call_logs:
                    if type(_item) is not int:
                        checked(_item, (int,))

            except FIELD_ERRORS as _error:
                call_logs, _found = tolerated(
                    src_dict, "call_logs", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _instance = cls(
                agent_id=agent_id,
                assistant_id=assistant_id,
                call_logs=call_logs,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 3 or _found is not None:
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
