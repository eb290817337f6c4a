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
        "agent_id",
        "assistant_id",
        "num_metrics",
    }
)

T = TypeVar("T", bound="SchemaGenerateMetricsMetricCreate")


@_attrs_define
class SchemaGenerateMetricsMetricCreate:
    agent_id: int | Unset = UNSET
    """ The ID of the AI agent to generate metrics for. Either agent_id or assistant_id must be provided. """
    assistant_id: str | Unset = UNSET
    """ The assistant ID to generate metrics for. Either agent_id or assistant_id must be provided. """
    num_metrics: int | Unset = 1
    """ Number of metrics to generate """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.num_metrics, Unset):
            field_dict["num_metrics"] = self.num_metrics
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.num_metrics, Unset):
            files.append(("num_metrics", (None, str(self.num_metrics).encode(), "text/plain")))

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
            _present = 0
            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if type(agent_id) is not int:
                        agent_id = checked(agent_id, (int,))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int")

            _field = "assistant_id"
            try:
                if "assistant_id" in src_dict:
                    assistant_id: Any = src_dict["assistant_id"]
                    _present += 1
                    if type(assistant_id) is not str:
                        assistant_id = checked(assistant_id, (str,))
                else:
                    assistant_id = UNSET
            except FIELD_ERRORS as _error:
                assistant_id, _found = tolerated(src_dict, "assistant_id", _error, _found, "str")

            _field = "num_metrics"
            try:
                if "num_metrics" in src_dict:
                    num_metrics: Any = src_dict["num_metrics"]
                    _present += 1
                    if type(num_metrics) is not int:
                        num_metrics = checked(num_metrics, (int,))
                else:
                    num_metrics = UNSET
            except FIELD_ERRORS as _error:
                num_metrics, _found = tolerated(src_dict, "num_metrics", _error, _found, "int")

            _instance = cls(
                agent_id=agent_id,
                assistant_id=assistant_id,
                num_metrics=num_metrics,
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
