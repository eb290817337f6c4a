from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_mock_tool_served_via_write_type import AgentMockToolServedViaWriteType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMockToolServedViaWrite")


@_attrs_define
class AgentMockToolServedViaWrite:
    """Runtime routing for a mock tool on write (request side of `mock_tools[].served_via`)."""

    type_: AgentMockToolServedViaWriteType | Unset = AgentMockToolServedViaWriteType.DIRECT
    """ 'direct' = per-tool webhook URL (default). 'mcp' = served through an MCP endpoint; requires mock_index.

    * `direct` - direct
    * `mcp` - mcp """
    mock_index: int | Unset = UNSET
    """ MCP endpoint index (1-based). Tools sharing an index are served by the same MCP endpoint. Required when
    type='mcp'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        mock_index = self.mock_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mock_index is not UNSET:
            field_dict["mock_index"] = mock_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: AgentMockToolServedViaWriteType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = AgentMockToolServedViaWriteType(_type_)

            if not isinstance(type_, (AgentMockToolServedViaWriteType, Unset)):
                expect(type_, (AgentMockToolServedViaWriteType, Unset))

            _field = "mock_index"
            mock_index = d.pop("mock_index", UNSET)
            if not isinstance(mock_index, (int, Unset)) or isinstance(mock_index, bool):
                expect(mock_index, (int, Unset))

            agent_mock_tool_served_via_write = cls(
                type_=type_,
                mock_index=mock_index,
            )

            agent_mock_tool_served_via_write.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_mock_tool_served_via_write

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
