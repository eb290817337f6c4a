from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_mock_tool_served_via_type import AgentMockToolServedViaType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        mock_index = self.mock_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if mock_index is not UNSET:
            field_dict["mock_index"] = mock_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "type"
            type_ = AgentMockToolServedViaType(d.pop("type"))

            if not isinstance(type_, (AgentMockToolServedViaType,)):
                expect(type_, (AgentMockToolServedViaType,))

            _field = "url"
            url = d.pop("url")
            if not isinstance(url, (str,)):
                expect(url, (str,))

            _field = "mock_index"
            mock_index = d.pop("mock_index", UNSET)
            if not isinstance(mock_index, (int, Unset)) or isinstance(mock_index, bool):
                expect(mock_index, (int, Unset))

            agent_mock_tool_served_via = cls(
                type_=type_,
                url=url,
                mock_index=mock_index,
            )

            agent_mock_tool_served_via.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_mock_tool_served_via

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
