from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.mock_status_mcp_endpoint import MockStatusMCPEndpoint
    from ..models.mock_status_tool_endpoint import MockStatusToolEndpoint


_PROPERTIES: frozenset[str] = frozenset(
    {
        "mock_enabled",
        "provider",
        "assistant_id",
        "mcp_endpoints",
        "tool_endpoints",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "mock_enabled": self.mock_enabled,
            "provider": self.provider,
            "assistant_id": self.assistant_id,
            "mcp_endpoints": [
                element.to_dict() if type(element) is MockStatusMCPEndpoint else written(element, "mcp_endpoints", self)
                for element in self.mcp_endpoints
            ]
            if type(self.mcp_endpoints) is list
            else written(self.mcp_endpoints, "mcp_endpoints", self),
            "tool_endpoints": [
                element.to_dict()
                if type(element) is MockStatusToolEndpoint
                else written(element, "tool_endpoints", self)
                for element in self.tool_endpoints
            ]
            if type(self.tool_endpoints) is list
            else written(self.tool_endpoints, "tool_endpoints", self),
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "mock_enabled"
            try:
                mock_enabled: Any = src_dict["mock_enabled"]
                if type(mock_enabled) is not bool:
                    mock_enabled = checked(mock_enabled, (bool,))
            except FIELD_ERRORS as _error:
                mock_enabled, _found = tolerated(src_dict, "mock_enabled", _error, _found, "bool")

            _field = "provider"
            try:
                provider: Any = src_dict["provider"]
                if provider is not None:
                    if type(provider) is not str:
                        provider = checked(provider, (str, type(None)))
            except FIELD_ERRORS as _error:
                provider, _found = tolerated(src_dict, "provider", _error, _found, "None | str")

            _field = "assistant_id"
            try:
                assistant_id: Any = src_dict["assistant_id"]
                if assistant_id is not None:
                    if type(assistant_id) is not str:
                        assistant_id = checked(assistant_id, (str, type(None)))
            except FIELD_ERRORS as _error:
                assistant_id, _found = tolerated(src_dict, "assistant_id", _error, _found, "None | str")

            _field = "mcp_endpoints"
            try:
                mcp_endpoints: Any = src_dict["mcp_endpoints"]
                if type(mcp_endpoints) is not list:
                    mcp_endpoints = checked(mcp_endpoints, (list,))
                mcp_endpoints = [MockStatusMCPEndpoint.from_dict(element) for element in mcp_endpoints]

            except FIELD_ERRORS as _error:
                mcp_endpoints, _found = tolerated(
                    src_dict,
                    "mcp_endpoints",
                    _error,
                    _found,
                    "list[MockStatusMCPEndpoint]",
                    lambda element: MockStatusMCPEndpoint.from_dict(element),
                )

            _field = "tool_endpoints"
            try:
                tool_endpoints: Any = src_dict["tool_endpoints"]
                if type(tool_endpoints) is not list:
                    tool_endpoints = checked(tool_endpoints, (list,))
                tool_endpoints = [MockStatusToolEndpoint.from_dict(element) for element in tool_endpoints]

            except FIELD_ERRORS as _error:
                tool_endpoints, _found = tolerated(
                    src_dict,
                    "tool_endpoints",
                    _error,
                    _found,
                    "list[MockStatusToolEndpoint]",
                    lambda element: MockStatusToolEndpoint.from_dict(element),
                )

            _instance = cls(
                mock_enabled=mock_enabled,
                provider=provider,
                assistant_id=assistant_id,
                mcp_endpoints=mcp_endpoints,
                tool_endpoints=tool_endpoints,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 5 or _found is not None:
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
    global _imports_pending, MockStatusMCPEndpoint, MockStatusToolEndpoint  # noqa: PLW0603
    from ..models.mock_status_mcp_endpoint import MockStatusMCPEndpoint  # noqa: PLC0415
    from ..models.mock_status_tool_endpoint import MockStatusToolEndpoint  # noqa: PLC0415

    _imports_pending = False
