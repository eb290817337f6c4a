from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent",
        "extra_instructions",
        "current_instructions",
    }
)

T = TypeVar("T", bound="ScenarioInstructionsRequest")


@_attrs_define
class ScenarioInstructionsRequest:
    agent: int
    extra_instructions: str
    current_instructions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "agent": self.agent,
            "extra_instructions": self.extra_instructions,
        }
        if not isinstance(self.current_instructions, Unset):
            field_dict["current_instructions"] = self.current_instructions
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        files.append(("extra_instructions", (None, str(self.extra_instructions).encode(), "text/plain")))

        if not isinstance(self.current_instructions, Unset):
            files.append(("current_instructions", (None, str(self.current_instructions).encode(), "text/plain")))

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
            _present = 2
            _field = "agent"
            try:
                agent: Any = src_dict["agent"]
                if type(agent) is not int:
                    agent = checked(agent, (int,))
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "extra_instructions"
            try:
                extra_instructions: Any = src_dict["extra_instructions"]
                if type(extra_instructions) is not str:
                    extra_instructions = checked(extra_instructions, (str,))
            except FIELD_ERRORS as _error:
                extra_instructions, _found = tolerated(src_dict, "extra_instructions", _error, _found, "str")

            _field = "current_instructions"
            try:
                if "current_instructions" in src_dict:
                    current_instructions: Any = src_dict["current_instructions"]
                    _present += 1
                    if type(current_instructions) is not str:
                        current_instructions = checked(current_instructions, (str,))
                else:
                    current_instructions = UNSET
            except FIELD_ERRORS as _error:
                current_instructions, _found = tolerated(src_dict, "current_instructions", _error, _found, "str")

            _instance = cls(
                agent=agent,
                extra_instructions=extra_instructions,
                current_instructions=current_instructions,
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
