from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.auto_fetch_tools_request_provider import AutoFetchToolsRequestProvider
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_fetch_tools_request_mcp_server_headers import AutoFetchToolsRequestMcpServerHeaders


T = TypeVar("T", bound="AutoFetchToolsRequest")


@_attrs_define
class AutoFetchToolsRequest:
    provider: AutoFetchToolsRequestProvider
    """ Provider to fetch tools from. Use "custom" for self-hosted agents that expose an MCP server directly.

    * `vapi` - vapi
    * `retell` - retell
    * `elevenlabs` - elevenlabs
    * `custom` - custom """
    assistant_id: str | Unset = UNSET
    """ Provider assistant/agent ID. Required for vapi/retell/elevenlabs; ignored for custom. """
    api_key: str | Unset = UNSET
    """ Optional API key for the managed provider. Ignored for custom. If not provided, stored credentials are used.
    """
    mcp_server_url: str | Unset = UNSET
    """ Required when provider="custom". URL of the customer-hosted MCP server (JSON-RPC 2.0). """
    mcp_server_headers: AutoFetchToolsRequestMcpServerHeaders | Unset = UNSET
    """ Optional auth/custom headers forwarded to the MCP server during tool discovery (provider="custom" only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        assistant_id = self.assistant_id

        api_key = self.api_key

        mcp_server_url = self.mcp_server_url

        mcp_server_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_server_headers, Unset):
            mcp_server_headers = self.mcp_server_headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if mcp_server_url is not UNSET:
            field_dict["mcp_server_url"] = mcp_server_url
        if mcp_server_headers is not UNSET:
            field_dict["mcp_server_headers"] = mcp_server_headers

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("provider", (None, str(self.provider.value).encode(), "text/plain")))

        if not isinstance(self.assistant_id, Unset):
            files.append(("assistant_id", (None, str(self.assistant_id).encode(), "text/plain")))

        if not isinstance(self.api_key, Unset):
            files.append(("api_key", (None, str(self.api_key).encode(), "text/plain")))

        if not isinstance(self.mcp_server_url, Unset):
            files.append(("mcp_server_url", (None, str(self.mcp_server_url).encode(), "text/plain")))

        if not isinstance(self.mcp_server_headers, Unset):
            files.append(
                (
                    "mcp_server_headers",
                    (None, json.dumps(self.mcp_server_headers.to_dict()).encode(), "application/json"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_fetch_tools_request_mcp_server_headers import AutoFetchToolsRequestMcpServerHeaders  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "provider"
            provider = AutoFetchToolsRequestProvider(d.pop("provider"))

            if not isinstance(provider, (AutoFetchToolsRequestProvider,)):
                expect(provider, (AutoFetchToolsRequestProvider,))

            _field = "assistant_id"
            assistant_id = d.pop("assistant_id", UNSET)
            if not isinstance(assistant_id, (str, Unset)):
                expect(assistant_id, (str, Unset))

            _field = "api_key"
            api_key = d.pop("api_key", UNSET)
            if not isinstance(api_key, (str, Unset)):
                expect(api_key, (str, Unset))

            _field = "mcp_server_url"
            mcp_server_url = d.pop("mcp_server_url", UNSET)
            if not isinstance(mcp_server_url, (str, Unset)):
                expect(mcp_server_url, (str, Unset))

            _field = "mcp_server_headers"
            _mcp_server_headers = d.pop("mcp_server_headers", UNSET)
            mcp_server_headers: AutoFetchToolsRequestMcpServerHeaders | Unset
            if isinstance(_mcp_server_headers, Unset):
                mcp_server_headers = UNSET
            else:
                mcp_server_headers = AutoFetchToolsRequestMcpServerHeaders.from_dict(_mcp_server_headers)

            if not isinstance(mcp_server_headers, (AutoFetchToolsRequestMcpServerHeaders, Unset)):
                expect(mcp_server_headers, (AutoFetchToolsRequestMcpServerHeaders, Unset))

            auto_fetch_tools_request = cls(
                provider=provider,
                assistant_id=assistant_id,
                api_key=api_key,
                mcp_server_url=mcp_server_url,
                mcp_server_headers=mcp_server_headers,
            )

            auto_fetch_tools_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return auto_fetch_tools_request

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
