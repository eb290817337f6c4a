from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.bulk_agent_assignment_mode import BulkAgentAssignmentMode
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text

_PROPERTIES: frozenset[str] = frozenset(
    {
        "project_id",
        "metric_ids",
        "agent_ids",
        "mode",
    }
)

T = TypeVar("T", bound="BulkAgentAssignment")


@_attrs_define
class BulkAgentAssignment:
    project_id: int
    """ Project ID for permission checks and validation """
    metric_ids: list[int]
    """ List of metric IDs to update """
    agent_ids: list[int]
    """ List of agent IDs to enable or disable """
    mode: BulkAgentAssignmentMode
    """ Mode: 'enable' to add agents, 'disable' to remove agents

    * `enable` - enable
    * `disable` - disable """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "project_id": self.project_id,
            "metric_ids": self.metric_ids,
            "agent_ids": self.agent_ids,
            "mode": self.mode._value_
            if type(self.mode) is BulkAgentAssignmentMode
            else enum_value(BulkAgentAssignmentMode, self.mode, "mode", self),
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        for metric_ids_item_element in self.metric_ids:
            files.append(("metric_ids", (None, str(metric_ids_item_element).encode(), "text/plain")))

        for agent_ids_item_element in self.agent_ids:
            files.append(("agent_ids", (None, str(agent_ids_item_element).encode(), "text/plain")))

        files.append(
            ("mode", (None, str(enum_value(BulkAgentAssignmentMode, self.mode, "mode")).encode(), "text/plain"))
        )

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
            _field = "project_id"
            try:
                project_id: Any = src_dict["project_id"]
                if type(project_id) is not int:
                    project_id = checked(project_id, (int,))
            except FIELD_ERRORS as _error:
                project_id, _found = tolerated(src_dict, "project_id", _error, _found, "int")

            _field = "metric_ids"
            try:
                metric_ids: Any = src_dict["metric_ids"]
                if type(metric_ids) is not list:
                    metric_ids = checked(metric_ids, (list,))
                for _item in metric_ids:
                    if type(_item) is not int:
                        checked(_item, (int,))

            except FIELD_ERRORS as _error:
                metric_ids, _found = tolerated(
                    src_dict, "metric_ids", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "agent_ids"
            try:
                agent_ids: Any = src_dict["agent_ids"]
                if type(agent_ids) is not list:
                    agent_ids = checked(agent_ids, (list,))
                for _item in agent_ids:
                    if type(_item) is not int:
                        checked(_item, (int,))

            except FIELD_ERRORS as _error:
                agent_ids, _found = tolerated(
                    src_dict, "agent_ids", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "mode"
            try:
                mode: Any = src_dict["mode"]
                mode = (
                    BulkAgentAssignmentMode._value2member_map_.get(mode) or BulkAgentAssignmentMode(mode)
                    if type(mode) is str
                    else checked(mode, (BulkAgentAssignmentMode,))
                )
            except FIELD_ERRORS as _error:
                mode, _found = tolerated(src_dict, "mode", _error, _found, "BulkAgentAssignmentMode")

            _instance = cls(
                project_id=project_id,
                metric_ids=metric_ids,
                agent_ids=agent_ids,
                mode=mode,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 4 or _found is not None:
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
