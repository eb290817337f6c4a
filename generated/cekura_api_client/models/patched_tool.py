from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_tool_subscribers_item import PatchedToolSubscribersItem


T = TypeVar("T", bound="PatchedTool")


@_attrs_define
class PatchedTool:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """ Name of the tool - must be less than 64 characters and contain only alphanumerics, underscores, hyphens, and
    spaces between words (no leading or trailing spaces) """
    description: str | Unset = UNSET
    """
    Description of the mock tool.
    Example: "This tool retrieves user data from the database based on user ID"
     """
    information: Any | Unset = UNSET
    """
    Information of the tool - must be a list of input-output mappings.
    Example:
    ```json
    [
        {
            "input": {"user_id": 1},
            "output": {"name": "John Doe", "age": 30, "email": "john@example.com"}
        },
        {
            "input": {"user_id": 2},
            "output": {"name": "Jane Smith", "age": 25, "email": "jane@example.com"}
        }
    ]
    ```
     """
    freetext_params: Any | Unset = UNSET
    """ Parameter names skipped during mock matching because they are free-text (e.g. ["notes", "reason"]) """
    mock_url: str | Unset = UNSET
    """ Per-tool webhook URL. None if this Tool is served through an MCP endpoint. """
    served_via: str | Unset = UNSET
    """ How this tool is accessed at runtime. `{'type': 'direct'}` for standalone tools; `{'type': 'mcp',
    'mock_index': N, 'url': '.../mcp/N/', 'server_name': ...}` for MCP sub-tools. """
    mcp_server: str | Unset = UNSET
    """ MCP server this tool was fetched from, as `{'name', 'key'}`. Null for standalone (non-MCP) tools. Server-
    managed — ignored on writes. """
    subscriber_count: str | Unset = UNSET
    """ Number of agents in the project sharing this tool. """
    is_shared: bool | Unset = UNSET
    """ True when more than one agent shares this tool. Edits and deletes affect every subscriber. """
    subscribers: list[PatchedToolSubscribersItem] | Unset = UNSET
    """ Agents using this tool, so a caller can see who an edit would affect. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        name = self.name

        description = self.description

        information = self.information

        freetext_params = self.freetext_params

        mock_url = self.mock_url

        served_via = self.served_via

        mcp_server = self.mcp_server

        subscriber_count = self.subscriber_count

        is_shared = self.is_shared

        subscribers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribers, Unset):
            subscribers = []
            for subscribers_item_data in self.subscribers:
                subscribers_item = subscribers_item_data.to_dict()
                subscribers.append(subscribers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if information is not UNSET:
            field_dict["information"] = information
        if freetext_params is not UNSET:
            field_dict["freetext_params"] = freetext_params
        if mock_url is not UNSET and _response:
            field_dict["mock_url"] = mock_url
        if served_via is not UNSET and _response:
            field_dict["served_via"] = served_via
        if mcp_server is not UNSET and _response:
            field_dict["mcp_server"] = mcp_server
        if subscriber_count is not UNSET and _response:
            field_dict["subscriber_count"] = subscriber_count
        if is_shared is not UNSET and _response:
            field_dict["is_shared"] = is_shared
        if subscribers is not UNSET and _response:
            field_dict["subscribers"] = subscribers

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.information, Unset):
            files.append(("information", (None, str(self.information).encode(), "text/plain")))

        if not isinstance(self.freetext_params, Unset):
            files.append(("freetext_params", (None, str(self.freetext_params).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_tool_subscribers_item import PatchedToolSubscribersItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                expect(description, (str, Unset))

            _field = "information"
            information = d.pop("information", UNSET)

            _field = "freetext_params"
            freetext_params = d.pop("freetext_params", UNSET)

            _field = "mock_url"
            mock_url = d.pop("mock_url", UNSET)
            if not isinstance(mock_url, (str, Unset)):
                expect(mock_url, (str, Unset))

            _field = "served_via"
            served_via = d.pop("served_via", UNSET)
            if not isinstance(served_via, (str, Unset)):
                expect(served_via, (str, Unset))

            _field = "mcp_server"
            mcp_server = d.pop("mcp_server", UNSET)
            if not isinstance(mcp_server, (str, Unset)):
                expect(mcp_server, (str, Unset))

            _field = "subscriber_count"
            subscriber_count = d.pop("subscriber_count", UNSET)
            if not isinstance(subscriber_count, (str, Unset)):
                expect(subscriber_count, (str, Unset))

            _field = "is_shared"
            is_shared = d.pop("is_shared", UNSET)
            if not isinstance(is_shared, (bool, Unset)):
                expect(is_shared, (bool, Unset))

            _field = "subscribers"
            _subscribers = d.pop("subscribers", UNSET)
            subscribers: list[PatchedToolSubscribersItem] | Unset = UNSET
            if _subscribers is not UNSET:
                subscribers = []
                for subscribers_item_data in _subscribers:
                    subscribers_item = PatchedToolSubscribersItem.from_dict(subscribers_item_data)

                    subscribers.append(subscribers_item)

            if not isinstance(subscribers, (list, Unset)):
                expect(subscribers, (list, Unset))

            patched_tool = cls(
                id=id,
                name=name,
                description=description,
                information=information,
                freetext_params=freetext_params,
                mock_url=mock_url,
                served_via=served_via,
                mcp_server=mcp_server,
                subscriber_count=subscriber_count,
                is_shared=is_shared,
                subscribers=subscribers,
            )

            patched_tool.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_tool

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
