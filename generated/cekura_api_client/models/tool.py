from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_subscribers_item import ToolSubscribersItem


_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "description",
        "information",
        "freetext_params",
        "mock_url",
        "served_via",
        "mcp_server",
        "subscriber_count",
        "is_shared",
        "subscribers",
    }
)

T = TypeVar("T", bound="Tool")


@_attrs_define
class Tool:
    name: str
    """ Name of the tool - must be less than 64 characters and contain only alphanumerics, underscores, hyphens, and
    spaces between words (no leading or trailing spaces) """
    id: int | Unset = UNSET
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
    subscribers: list[ToolSubscribersItem] | Unset = UNSET
    """ Agents using this tool, so a caller can see who an edit would affect. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "name": self.name,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.information, Unset):
            field_dict["information"] = self.information
        if not isinstance(self.freetext_params, Unset):
            field_dict["freetext_params"] = self.freetext_params
        if not isinstance(self.mock_url, Unset) and _response:
            field_dict["mock_url"] = self.mock_url
        if not isinstance(self.served_via, Unset) and _response:
            field_dict["served_via"] = self.served_via
        if not isinstance(self.mcp_server, Unset) and _response:
            field_dict["mcp_server"] = self.mcp_server
        if not isinstance(self.subscriber_count, Unset) and _response:
            field_dict["subscriber_count"] = self.subscriber_count
        if not isinstance(self.is_shared, Unset) and _response:
            field_dict["is_shared"] = self.is_shared
        if not isinstance(self.subscribers, Unset) and _response:
            field_dict["subscribers"] = (
                [
                    element.to_dict() if type(element) is ToolSubscribersItem else written(element, "subscribers", self)
                    for element in self.subscribers
                ]
                if type(self.subscribers) is list
                else written(self.subscribers, "subscribers", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.information, Unset):
            files.append(("information", (None, form_text(self.information, "information"), "text/plain")))

        if not isinstance(self.freetext_params, Unset):
            files.append(("freetext_params", (None, form_text(self.freetext_params, "freetext_params"), "text/plain")))

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
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "description"
            try:
                if "description" in src_dict:
                    description: Any = src_dict["description"]
                    _present += 1
                    if type(description) is not str:
                        description = checked(description, (str,))
                else:
                    description = UNSET
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

            _field = "information"
            try:
                if "information" in src_dict:
                    information: Any = src_dict["information"]
                    _present += 1

                else:
                    information = UNSET
            except FIELD_ERRORS as _error:
                information, _found = tolerated(src_dict, "information", _error, _found, "Any")

            _field = "freetext_params"
            try:
                if "freetext_params" in src_dict:
                    freetext_params: Any = src_dict["freetext_params"]
                    _present += 1

                else:
                    freetext_params = UNSET
            except FIELD_ERRORS as _error:
                freetext_params, _found = tolerated(src_dict, "freetext_params", _error, _found, "Any")

            _field = "mock_url"
            try:
                if "mock_url" in src_dict:
                    mock_url: Any = src_dict["mock_url"]
                    _present += 1
                    if type(mock_url) is not str:
                        mock_url = checked(mock_url, (str,))
                else:
                    mock_url = UNSET
            except FIELD_ERRORS as _error:
                mock_url, _found = tolerated(src_dict, "mock_url", _error, _found, "str")

            _field = "served_via"
            try:
                if "served_via" in src_dict:
                    served_via: Any = src_dict["served_via"]
                    _present += 1
                    if type(served_via) is not str:
                        served_via = checked(served_via, (str,))
                else:
                    served_via = UNSET
            except FIELD_ERRORS as _error:
                served_via, _found = tolerated(src_dict, "served_via", _error, _found, "str")

            _field = "mcp_server"
            try:
                if "mcp_server" in src_dict:
                    mcp_server: Any = src_dict["mcp_server"]
                    _present += 1
                    if type(mcp_server) is not str:
                        mcp_server = checked(mcp_server, (str,))
                else:
                    mcp_server = UNSET
            except FIELD_ERRORS as _error:
                mcp_server, _found = tolerated(src_dict, "mcp_server", _error, _found, "str")

            _field = "subscriber_count"
            try:
                if "subscriber_count" in src_dict:
                    subscriber_count: Any = src_dict["subscriber_count"]
                    _present += 1
                    if type(subscriber_count) is not str:
                        subscriber_count = checked(subscriber_count, (str,))
                else:
                    subscriber_count = UNSET
            except FIELD_ERRORS as _error:
                subscriber_count, _found = tolerated(src_dict, "subscriber_count", _error, _found, "str")

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

            _field = "subscribers"
            try:
                if "subscribers" in src_dict:
                    subscribers: Any = src_dict["subscribers"]
                    _present += 1
                    if type(subscribers) is not list:
                        subscribers = checked(subscribers, (list,))
                    subscribers = [ToolSubscribersItem.from_dict(element) for element in subscribers]

                else:
                    subscribers = UNSET
            except FIELD_ERRORS as _error:
                subscribers, _found = tolerated(
                    src_dict,
                    "subscribers",
                    _error,
                    _found,
                    "list[ToolSubscribersItem]",
                    lambda element: ToolSubscribersItem.from_dict(element),
                )

            _instance = cls(
                name=name,
                id=id,
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
    global _imports_pending, ToolSubscribersItem  # noqa: PLW0603
    from ..models.tool_subscribers_item import ToolSubscribersItem  # noqa: PLC0415

    _imports_pending = False
