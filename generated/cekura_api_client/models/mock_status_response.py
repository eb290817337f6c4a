from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.mock_status_mcp_endpoint import MockStatusMCPEndpoint
    from ..models.mock_status_tool_endpoint import MockStatusToolEndpoint


T = TypeVar("T", bound="MockStatusResponse")


@_attrs_define
class MockStatusResponse:
    mock_enabled: bool
    provider: None | str
    assistant_id: None | str
    mcp_endpoints: list[MockStatusMCPEndpoint]
    """ MCP JSON-RPC endpoints registered on the agent. Empty if no MCP-typed tools are mocked. """
    tool_endpoints: list[MockStatusToolEndpoint]
    """ Per-tool webhook endpoints for standalone (non-MCP) tools. Excludes MCP sub-tools, which are listed under
    mcp_endpoints[].tool_names. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mock_enabled = self.mock_enabled

        provider: None | str
        provider = self.provider

        assistant_id: None | str
        assistant_id = self.assistant_id

        mcp_endpoints = []
        for mcp_endpoints_item_data in self.mcp_endpoints:
            mcp_endpoints_item = mcp_endpoints_item_data.to_dict()
            mcp_endpoints.append(mcp_endpoints_item)

        tool_endpoints = []
        for tool_endpoints_item_data in self.tool_endpoints:
            tool_endpoints_item = tool_endpoints_item_data.to_dict()
            tool_endpoints.append(tool_endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mock_enabled": mock_enabled,
                "provider": provider,
                "assistant_id": assistant_id,
                "mcp_endpoints": mcp_endpoints,
                "tool_endpoints": tool_endpoints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mock_status_mcp_endpoint import MockStatusMCPEndpoint  # noqa: PLC0415
        from ..models.mock_status_tool_endpoint import MockStatusToolEndpoint  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "mock_enabled"
            mock_enabled = d.pop("mock_enabled")
            if not isinstance(mock_enabled, (bool,)):
                expect(mock_enabled, (bool,))

            _field = "provider"

            def _parse_provider(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            provider = _parse_provider(d.pop("provider"))

            if not isinstance(provider, (str, type(None))):
                expect(provider, (str, type(None)))

            _field = "assistant_id"

            def _parse_assistant_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            assistant_id = _parse_assistant_id(d.pop("assistant_id"))

            if not isinstance(assistant_id, (str, type(None))):
                expect(assistant_id, (str, type(None)))

            _field = "mcp_endpoints"
            mcp_endpoints = []
            _mcp_endpoints = d.pop("mcp_endpoints")
            for mcp_endpoints_item_data in _mcp_endpoints:
                mcp_endpoints_item = MockStatusMCPEndpoint.from_dict(mcp_endpoints_item_data)

                mcp_endpoints.append(mcp_endpoints_item)

            if not isinstance(mcp_endpoints, (list,)):
                expect(mcp_endpoints, (list,))

            _field = "tool_endpoints"
            tool_endpoints = []
            _tool_endpoints = d.pop("tool_endpoints")
            for tool_endpoints_item_data in _tool_endpoints:
                tool_endpoints_item = MockStatusToolEndpoint.from_dict(tool_endpoints_item_data)

                tool_endpoints.append(tool_endpoints_item)

            if not isinstance(tool_endpoints, (list,)):
                expect(tool_endpoints, (list,))

            mock_status_response = cls(
                mock_enabled=mock_enabled,
                provider=provider,
                assistant_id=assistant_id,
                mcp_endpoints=mcp_endpoints,
                tool_endpoints=tool_endpoints,
            )

            mock_status_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return mock_status_response

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
