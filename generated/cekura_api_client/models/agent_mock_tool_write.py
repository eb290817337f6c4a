from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_mock_tool_served_via_write import AgentMockToolServedViaWrite


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "mock_data",
        "freetext_params",
        "served_via",
    }
)

T = TypeVar("T", bound="AgentMockToolWrite")


@_attrs_define
class AgentMockToolWrite:
    """One mock tool entry in the v2 agent write payload (request side of `mock_tools`)."""

    id: int | Unset = UNSET
    """ ID of an existing mock tool to update. Omit to create a new tool (or update by matching name). """
    name: str | Unset = UNSET
    """ Tool name. Required for new tools. Alphanumerics, underscores and hyphens only; under 64 characters. """
    description: str | Unset = UNSET
    """ What the tool does. """
    mock_data: Any | Unset = UNSET
    """ List of {input, output} mappings returned when the tool is called in mock mode. """
    freetext_params: list[str] | Unset = UNSET
    """ Parameter names skipped during mock matching because they are free-text (e.g. ["notes", "reason"]). """
    served_via: AgentMockToolServedViaWrite | Unset = UNSET
    """ Runtime routing for a mock tool on write (request side of `mock_tools[].served_via`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.mock_data, Unset):
            field_dict["mock_data"] = self.mock_data
        if not isinstance(self.freetext_params, Unset):
            field_dict["freetext_params"] = self.freetext_params
        if not isinstance(self.served_via, Unset):
            field_dict["served_via"] = (
                self.served_via.to_dict()
                if type(self.served_via) is AgentMockToolServedViaWrite
                else written(self.served_via, "served_via", self)
            )
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
            _present = 0
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

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

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

            _field = "mock_data"
            try:
                if "mock_data" in src_dict:
                    mock_data: Any = src_dict["mock_data"]
                    _present += 1

                else:
                    mock_data = UNSET
            except FIELD_ERRORS as _error:
                mock_data, _found = tolerated(src_dict, "mock_data", _error, _found, "Any")

            _field = "freetext_params"
            try:
                if "freetext_params" in src_dict:
                    freetext_params: Any = src_dict["freetext_params"]
                    _present += 1
                    if type(freetext_params) is not list:
                        freetext_params = checked(freetext_params, (list,))
                    for _item in freetext_params:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    freetext_params = UNSET
            except FIELD_ERRORS as _error:
                freetext_params, _found = tolerated(
                    src_dict, "freetext_params", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "served_via"
            try:
                if "served_via" in src_dict:
                    served_via: Any = src_dict["served_via"]
                    _present += 1
                    served_via = AgentMockToolServedViaWrite.from_dict(served_via)
                else:
                    served_via = UNSET
            except FIELD_ERRORS as _error:
                served_via, _found = tolerated(src_dict, "served_via", _error, _found, "AgentMockToolServedViaWrite")

            _instance = cls(
                id=id,
                name=name,
                description=description,
                mock_data=mock_data,
                freetext_params=freetext_params,
                served_via=served_via,
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
    global _imports_pending, AgentMockToolServedViaWrite  # noqa: PLW0603
    from ..models.agent_mock_tool_served_via_write import AgentMockToolServedViaWrite  # noqa: PLC0415

    _imports_pending = False
