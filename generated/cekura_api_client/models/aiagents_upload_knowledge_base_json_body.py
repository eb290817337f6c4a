from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.aiagents_upload_knowledge_base_json_body_files_item import (
        AiagentsUploadKnowledgeBaseJsonBodyFilesItem,
    )


T = TypeVar("T", bound="AiagentsUploadKnowledgeBaseJsonBody")


@_attrs_define
class AiagentsUploadKnowledgeBaseJsonBody:
    files: list[AiagentsUploadKnowledgeBaseJsonBodyFilesItem]
    """ List of files to upload, each provided as base64-encoded content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aiagents_upload_knowledge_base_json_body_files_item import (
            AiagentsUploadKnowledgeBaseJsonBodyFilesItem,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "files"
            files = []
            _files = d.pop("files")
            for files_item_data in _files:
                files_item = AiagentsUploadKnowledgeBaseJsonBodyFilesItem.from_dict(files_item_data)

                files.append(files_item)

            if not isinstance(files, (list,)):
                expect(files, (list,))

            aiagents_upload_knowledge_base_json_body = cls(
                files=files,
            )

            aiagents_upload_knowledge_base_json_body.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return aiagents_upload_knowledge_base_json_body

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
