from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_mock_tool_served_via_write import AgentMockToolServedViaWrite


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        mock_data = self.mock_data

        freetext_params: list[str] | Unset = UNSET
        if not isinstance(self.freetext_params, Unset):
            freetext_params = self.freetext_params

        served_via: dict[str, Any] | Unset = UNSET
        if not isinstance(self.served_via, Unset):
            served_via = self.served_via.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if mock_data is not UNSET:
            field_dict["mock_data"] = mock_data
        if freetext_params is not UNSET:
            field_dict["freetext_params"] = freetext_params
        if served_via is not UNSET:
            field_dict["served_via"] = served_via

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_mock_tool_served_via_write import AgentMockToolServedViaWrite  # noqa: PLC0415

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

            _field = "mock_data"
            mock_data = d.pop("mock_data", UNSET)

            _field = "freetext_params"
            freetext_params = cast(list[str], d.pop("freetext_params", UNSET))

            if not isinstance(freetext_params, (list, Unset)):
                expect(freetext_params, (list, Unset))

            _field = "served_via"
            _served_via = d.pop("served_via", UNSET)
            served_via: AgentMockToolServedViaWrite | Unset
            if isinstance(_served_via, Unset):
                served_via = UNSET
            else:
                served_via = AgentMockToolServedViaWrite.from_dict(_served_via)

            if not isinstance(served_via, (AgentMockToolServedViaWrite, Unset)):
                expect(served_via, (AgentMockToolServedViaWrite, Unset))

            agent_mock_tool_write = cls(
                id=id,
                name=name,
                description=description,
                mock_data=mock_data,
                freetext_params=freetext_params,
                served_via=served_via,
            )

            agent_mock_tool_write.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_mock_tool_write

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
