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
        "scenarios",
        "frequency",
        "agent_id",
        "agent_email",
    }
)

T = TypeVar("T", bound="RunScenariosEmail")


@_attrs_define
class RunScenariosEmail:
    scenarios: list[int]
    """ List of evaluator IDs to run. """
    frequency: int
    """ Number of times to run each scenario. """
    agent_id: int | None | Unset = UNSET
    """ ID of the agent to run against. Required if none of the scenarios have an agent. """
    agent_email: None | str | Unset = UNSET
    """ Override the agent's configured email address for this run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "scenarios": self.scenarios,
            "frequency": self.frequency,
        }
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.agent_email, Unset):
            field_dict["agent_email"] = self.agent_email
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for scenarios_item_element in self.scenarios:
            files.append(("scenarios", (None, str(scenarios_item_element).encode(), "text/plain")))

        files.append(("frequency", (None, str(self.frequency).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            if isinstance(self.agent_id, int):
                files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))
            else:
                files.append(("agent_id", (None, b"", "text/plain")))

        if not isinstance(self.agent_email, Unset):
            if isinstance(self.agent_email, str):
                files.append(("agent_email", (None, str(self.agent_email).encode(), "text/plain")))
            else:
                files.append(("agent_email", (None, b"", "text/plain")))

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
            _field = "scenarios"
            try:
                scenarios: Any = src_dict["scenarios"]
                if type(scenarios) is not list:
                    scenarios = checked(scenarios, (list,))
                for _item in scenarios:
                    if type(_item) is not int:
                        checked(_item, (int,))

            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(
                    src_dict, "scenarios", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "frequency"
            try:
                frequency: Any = src_dict["frequency"]
                if type(frequency) is not int:
                    frequency = checked(frequency, (int,))
            except FIELD_ERRORS as _error:
                frequency, _found = tolerated(src_dict, "frequency", _error, _found, "int")

            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if agent_id is not None:
                        if type(agent_id) is not int:
                            agent_id = checked(agent_id, (int, type(None)))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int | None")

            _field = "agent_email"
            try:
                if "agent_email" in src_dict:
                    agent_email: Any = src_dict["agent_email"]
                    _present += 1
                    if agent_email is not None:
                        if type(agent_email) is not str:
                            agent_email = checked(agent_email, (str, type(None)))
                else:
                    agent_email = UNSET
            except FIELD_ERRORS as _error:
                agent_email, _found = tolerated(src_dict, "agent_email", _error, _found, "None | str")

            _instance = cls(
                scenarios=scenarios,
                frequency=frequency,
                agent_id=agent_id,
                agent_email=agent_email,
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
