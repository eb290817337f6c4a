from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentKnowledgeBaseFileWrite")


@_attrs_define
class AgentKnowledgeBaseFileWrite:
    """One knowledge base file entry in the v2 agent write payload (request side of `knowledge_base_files`)."""

    id: int | Unset = UNSET
    """ ID of an existing file to keep. Files omitted from the list are deleted. """
    file_name: str | Unset = UNSET
    """ Name for a new file, including extension (pdf, txt, json, csv, xml, md). """
    name: str | Unset = UNSET
    """ Alias for file_name. """
    content_base64: str | Unset = UNSET
    """ Base64-encoded content for a new file. A data-URI prefix is accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_name = self.file_name

        name = self.name

        content_base64 = self.content_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if name is not UNSET:
            field_dict["name"] = name
        if content_base64 is not UNSET:
            field_dict["content_base64"] = content_base64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "file_name"
            file_name = d.pop("file_name", UNSET)
            if not isinstance(file_name, (str, Unset)):
                expect(file_name, (str, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "content_base64"
            content_base64 = d.pop("content_base64", UNSET)
            if not isinstance(content_base64, (str, Unset)):
                expect(content_base64, (str, Unset))

            agent_knowledge_base_file_write = cls(
                id=id,
                file_name=file_name,
                name=name,
                content_base64=content_base64,
            )

            agent_knowledge_base_file_write.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_knowledge_base_file_write

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
