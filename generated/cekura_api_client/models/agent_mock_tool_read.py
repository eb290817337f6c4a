from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_mock_tool_served_via import AgentMockToolServedVia


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        mock_data = self.mock_data

        served_via = self.served_via.to_dict()

        mcp_server: Any | None | Unset
        if isinstance(self.mcp_server, Unset):
            mcp_server = UNSET
        else:
            mcp_server = self.mcp_server

        subscriber_count = self.subscriber_count

        is_shared = self.is_shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "mock_data": mock_data,
                "served_via": served_via,
            }
        )
        if mcp_server is not UNSET:
            field_dict["mcp_server"] = mcp_server
        if subscriber_count is not UNSET:
            field_dict["subscriber_count"] = subscriber_count
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_mock_tool_served_via import AgentMockToolServedVia  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id")
            if not isinstance(id, (int,)) or isinstance(id, bool):
                expect(id, (int,))

            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "description"
            description = d.pop("description")
            if not isinstance(description, (str,)):
                expect(description, (str,))

            _field = "mock_data"
            mock_data = d.pop("mock_data")

            _field = "served_via"
            served_via = AgentMockToolServedVia.from_dict(d.pop("served_via"))

            if not isinstance(served_via, (AgentMockToolServedVia,)):
                expect(served_via, (AgentMockToolServedVia,))

            _field = "mcp_server"

            def _parse_mcp_server(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            mcp_server = _parse_mcp_server(d.pop("mcp_server", UNSET))

            _field = "subscriber_count"
            subscriber_count = d.pop("subscriber_count", UNSET)
            if not isinstance(subscriber_count, (int, Unset)) or isinstance(subscriber_count, bool):
                expect(subscriber_count, (int, Unset))

            _field = "is_shared"
            is_shared = d.pop("is_shared", UNSET)
            if not isinstance(is_shared, (bool, Unset)):
                expect(is_shared, (bool, Unset))

            agent_mock_tool_read = cls(
                id=id,
                name=name,
                description=description,
                mock_data=mock_data,
                served_via=served_via,
                mcp_server=mcp_server,
                subscriber_count=subscriber_count,
                is_shared=is_shared,
            )

            agent_mock_tool_read.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_mock_tool_read

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
