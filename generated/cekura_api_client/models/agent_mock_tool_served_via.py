from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_mock_tool_served_via_type import AgentMockToolServedViaType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "type",
        "url",
        "mock_index",
    }
)

T = TypeVar("T", bound="AgentMockToolServedVia")


@_attrs_define
class AgentMockToolServedVia:
    """How a mock tool is reached at runtime (response side of `mock_tools[].served_via`)."""

    type_: AgentMockToolServedViaType
    """ 'direct' = per-tool webhook URL; 'mcp' = served through the agent's MCP endpoint.

    * `direct` - direct
    * `mcp` - mcp """
    url: str
    """ Runtime URL the agent calls to reach this tool. """
    mock_index: int | Unset = UNSET
    """ MCP endpoint index. Present only when type='mcp'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "type": self.type_._value_
            if type(self.type_) is AgentMockToolServedViaType
            else enum_value(AgentMockToolServedViaType, self.type_, "type", self),
            "url": self.url,
        }
        if not isinstance(self.mock_index, Unset):
            field_dict["mock_index"] = self.mock_index
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "type"
            try:
                type_: Any = src_dict["type"]
                type_ = (
                    AgentMockToolServedViaType._value2member_map_.get(type_) or AgentMockToolServedViaType(type_)
                    if type(type_) is str
                    else checked(type_, (AgentMockToolServedViaType,))
                )
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "AgentMockToolServedViaType")

            _field = "url"
            try:
                url: Any = src_dict["url"]
                if type(url) is not str:
                    url = checked(url, (str,))
            except FIELD_ERRORS as _error:
                url, _found = tolerated(src_dict, "url", _error, _found, "str")

            _field = "mock_index"
            try:
                if "mock_index" in src_dict:
                    mock_index: Any = src_dict["mock_index"]
                    _present += 1
                    if type(mock_index) is not int:
                        mock_index = checked(mock_index, (int,))
                else:
                    mock_index = UNSET
            except FIELD_ERRORS as _error:
                mock_index, _found = tolerated(src_dict, "mock_index", _error, _found, "int")

            _instance = cls(
                type_=type_,
                url=url,
                mock_index=mock_index,
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
