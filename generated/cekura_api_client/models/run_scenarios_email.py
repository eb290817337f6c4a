from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        scenarios = self.scenarios

        frequency = self.frequency

        agent_id: int | None | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_email: None | str | Unset
        if isinstance(self.agent_email, Unset):
            agent_email = UNSET
        else:
            agent_email = self.agent_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenarios": scenarios,
                "frequency": frequency,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_email is not UNSET:
            field_dict["agent_email"] = agent_email

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
                files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.agent_email, Unset):
            if isinstance(self.agent_email, str):
                files.append(("agent_email", (None, str(self.agent_email).encode(), "text/plain")))
            else:
                files.append(("agent_email", (None, str(self.agent_email).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "scenarios"
            scenarios = cast(list[int], d.pop("scenarios"))

            if not isinstance(scenarios, (list,)):
                expect(scenarios, (list,))

            _field = "frequency"
            frequency = d.pop("frequency")
            if not isinstance(frequency, (int,)) or isinstance(frequency, bool):
                expect(frequency, (int,))

            _field = "agent_id"

            def _parse_agent_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

            if not isinstance(agent_id, (int, type(None), Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, type(None), Unset))

            _field = "agent_email"

            def _parse_agent_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            agent_email = _parse_agent_email(d.pop("agent_email", UNSET))

            if not isinstance(agent_email, (str, type(None), Unset)):
                expect(agent_email, (str, type(None), Unset))

            run_scenarios_email = cls(
                scenarios=scenarios,
                frequency=frequency,
                agent_id=agent_id,
                agent_email=agent_email,
            )

            run_scenarios_email.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return run_scenarios_email

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
