from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteCallLogs")


@_attrs_define
class DeleteCallLogs:
    call_logs: list[int]
    """ List of call log IDs to delete """
    agent_id: int | Unset = UNSET
    """ Agent ID to filter call logs """
    retain_evaluations: bool | Unset = False
    """ If true, metric evaluations are retained and the calls are not soft-deleted. Default: false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_logs = self.call_logs

        agent_id = self.agent_id

        retain_evaluations = self.retain_evaluations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_logs": call_logs,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if retain_evaluations is not UNSET:
            field_dict["retain_evaluations"] = retain_evaluations

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for call_logs_item_element in self.call_logs:
            files.append(("call_logs", (None, str(call_logs_item_element).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.retain_evaluations, Unset):
            files.append(("retain_evaluations", (None, str(self.retain_evaluations).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "call_logs"
            call_logs = cast(list[int], d.pop("call_logs"))

            if not isinstance(call_logs, (list,)):
                expect(call_logs, (list,))

            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "retain_evaluations"
            retain_evaluations = d.pop("retain_evaluations", UNSET)
            if not isinstance(retain_evaluations, (bool, Unset)):
                expect(retain_evaluations, (bool, Unset))

            delete_call_logs = cls(
                call_logs=call_logs,
                agent_id=agent_id,
                retain_evaluations=retain_evaluations,
            )

            delete_call_logs.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return delete_call_logs

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
