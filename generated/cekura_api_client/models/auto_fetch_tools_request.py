from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.auto_fetch_tools_request_provider import AutoFetchToolsRequestProvider
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_fetch_tools_request_mcp_server_headers import AutoFetchToolsRequestMcpServerHeaders


_PROPERTIES: frozenset[str] = frozenset(
    {
        "provider",
        "assistant_id",
        "api_key",
        "mcp_server_url",
        "mcp_server_headers",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "provider": self.provider._value_
            if type(self.provider) is AutoFetchToolsRequestProvider
            else enum_value(AutoFetchToolsRequestProvider, self.provider, "provider", self),
        }
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.api_key, Unset):
            field_dict["api_key"] = self.api_key
        if not isinstance(self.mcp_server_url, Unset):
            field_dict["mcp_server_url"] = self.mcp_server_url
        if not isinstance(self.mcp_server_headers, Unset):
            field_dict["mcp_server_headers"] = (
                self.mcp_server_headers.to_dict()
                if type(self.mcp_server_headers) is AutoFetchToolsRequestMcpServerHeaders
                else written(self.mcp_server_headers, "mcp_server_headers", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            (
                "provider",
                (
                    None,
                    str(enum_value(AutoFetchToolsRequestProvider, self.provider, "provider")).encode(),
                    "text/plain",
                ),
            )
        )

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
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "provider"
            try:
                provider: Any = src_dict["provider"]
                provider = (
                    AutoFetchToolsRequestProvider._value2member_map_.get(provider)
                    or AutoFetchToolsRequestProvider(provider)
                    if type(provider) is str
                    else checked(provider, (AutoFetchToolsRequestProvider,))
                )
            except FIELD_ERRORS as _error:
                provider, _found = tolerated(src_dict, "provider", _error, _found, "AutoFetchToolsRequestProvider")

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

            _field = "api_key"
            try:
                if "api_key" in src_dict:
                    api_key: Any = src_dict["api_key"]
                    _present += 1
                    if type(api_key) is not str:
                        api_key = checked(api_key, (str,))
                else:
                    api_key = UNSET
            except FIELD_ERRORS as _error:
                api_key, _found = tolerated(src_dict, "api_key", _error, _found, "str")

            _field = "mcp_server_url"
            try:
                if "mcp_server_url" in src_dict:
                    mcp_server_url: Any = src_dict["mcp_server_url"]
                    _present += 1
                    if type(mcp_server_url) is not str:
                        mcp_server_url = checked(mcp_server_url, (str,))
                else:
                    mcp_server_url = UNSET
            except FIELD_ERRORS as _error:
                mcp_server_url, _found = tolerated(src_dict, "mcp_server_url", _error, _found, "str")

            _field = "mcp_server_headers"
            try:
                if "mcp_server_headers" in src_dict:
                    mcp_server_headers: Any = src_dict["mcp_server_headers"]
                    _present += 1
                    mcp_server_headers = AutoFetchToolsRequestMcpServerHeaders.from_dict(mcp_server_headers)
                else:
                    mcp_server_headers = UNSET
            except FIELD_ERRORS as _error:
                mcp_server_headers, _found = tolerated(
                    src_dict, "mcp_server_headers", _error, _found, "AutoFetchToolsRequestMcpServerHeaders"
                )

            _instance = cls(
                provider=provider,
                assistant_id=assistant_id,
                api_key=api_key,
                mcp_server_url=mcp_server_url,
                mcp_server_headers=mcp_server_headers,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, AutoFetchToolsRequestMcpServerHeaders  # noqa: PLW0603
    from ..models.auto_fetch_tools_request_mcp_server_headers import AutoFetchToolsRequestMcpServerHeaders  # noqa: PLC0415

    _imports_pending = False
