from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_mock_tool_served_via import AgentMockToolServedVia


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "mock_data",
        "served_via",
        "mcp_server",
        "subscriber_count",
        "is_shared",
    }
)

T = TypeVar("T", bound="AgentMockToolRead")


@_attrs_define
class AgentMockToolRead:
    """One mock tool in the v2 agent response (`mock_tools[]`)."""

    id: int
    name: str
    description: str
    mock_data: Any
    """ List of {input, output} mappings returned when the tool is called in mock mode. """
    served_via: AgentMockToolServedVia
    """ How a mock tool is reached at runtime (response side of `mock_tools[].served_via`). """
    mcp_server: Any | None | Unset = UNSET
    """ MCP server this tool was fetched from, as {name, key}. Null for standalone tools. Server-managed — ignored
    on writes. """
    subscriber_count: int | Unset = UNSET
    """ Number of agents in the project using this tool. """
    is_shared: bool | Unset = UNSET
    """ True when more than one agent uses this tool, so an edit affects all of them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "mock_data": self.mock_data,
            "served_via": self.served_via.to_dict()
            if type(self.served_via) is AgentMockToolServedVia
            else written(self.served_via, "served_via", self),
        }
        if not isinstance(self.mcp_server, Unset):
            field_dict["mcp_server"] = self.mcp_server
        if not isinstance(self.subscriber_count, Unset):
            field_dict["subscriber_count"] = self.subscriber_count
        if not isinstance(self.is_shared, Unset):
            field_dict["is_shared"] = self.is_shared
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
            _present = 5
            _field = "id"
            try:
                id: Any = src_dict["id"]
                if type(id) is not int:
                    id = checked(id, (int,))
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "description"
            try:
                description: Any = src_dict["description"]
                if type(description) is not str:
                    description = checked(description, (str,))
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "mock_data"
            try:
                mock_data: Any = src_dict["mock_data"]

            except FIELD_ERRORS as _error:
                mock_data, _found = tolerated(src_dict, "mock_data", _error, _found, "Any")

            _field = "served_via"
            try:
                served_via: Any = src_dict["served_via"]
                served_via = AgentMockToolServedVia.from_dict(served_via)
            except FIELD_ERRORS as _error:
                served_via, _found = tolerated(src_dict, "served_via", _error, _found, "AgentMockToolServedVia")

            _field = "mcp_server"
            try:
                if "mcp_server" in src_dict:
                    mcp_server: Any = src_dict["mcp_server"]
                    _present += 1

                else:
                    mcp_server = UNSET
            except FIELD_ERRORS as _error:
                mcp_server, _found = tolerated(src_dict, "mcp_server", _error, _found, "Any | None")

            _field = "subscriber_count"
            try:
                if "subscriber_count" in src_dict:
                    subscriber_count: Any = src_dict["subscriber_count"]
                    _present += 1
                    if type(subscriber_count) is not int:
                        subscriber_count = checked(subscriber_count, (int,))
                else:
                    subscriber_count = UNSET
            except FIELD_ERRORS as _error:
                subscriber_count, _found = tolerated(src_dict, "subscriber_count", _error, _found, "int")

            _field = "is_shared"
            try:
                if "is_shared" in src_dict:
                    is_shared: Any = src_dict["is_shared"]
                    _present += 1
                    if type(is_shared) is not bool:
                        is_shared = checked(is_shared, (bool,))
                else:
                    is_shared = UNSET
            except FIELD_ERRORS as _error:
                is_shared, _found = tolerated(src_dict, "is_shared", _error, _found, "bool")

            _instance = cls(
                id=id,
                name=name,
                description=description,
                mock_data=mock_data,
                served_via=served_via,
                mcp_server=mcp_server,
                subscriber_count=subscriber_count,
                is_shared=is_shared,
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
    global _imports_pending, AgentMockToolServedVia  # noqa: PLW0603
    from ..models.agent_mock_tool_served_via import AgentMockToolServedVia  # noqa: PLC0415

    _imports_pending = False
