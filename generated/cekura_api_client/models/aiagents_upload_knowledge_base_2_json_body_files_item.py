from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="AiagentsUploadKnowledgeBase2JsonBodyFilesItem")


@_attrs_define
class AiagentsUploadKnowledgeBase2JsonBodyFilesItem:
    name: str
    """ Filename including extension (e.g. `manual.pdf`). """
    content_base64: str
    """ Base64-encoded file content. Accepts a raw base64 string or a `data:<mime>;base64,...` data URI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content_base64 = self.content_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content_base64": content_base64,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "content_base64"
            content_base64 = d.pop("content_base64")
            if not isinstance(content_base64, (str,)):
                expect(content_base64, (str,))

            aiagents_upload_knowledge_base_2_json_body_files_item = cls(
                name=name,
                content_base64=content_base64,
            )

            aiagents_upload_knowledge_base_2_json_body_files_item.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return aiagents_upload_knowledge_base_2_json_body_files_item

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
