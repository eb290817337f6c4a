from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.aiagents_upload_knowledge_base_2_json_body_files_item import (
        AiagentsUploadKnowledgeBase2JsonBodyFilesItem,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "files",
    }
)

T = TypeVar("T", bound="AiagentsUploadKnowledgeBase2JsonBody")


@_attrs_define
class AiagentsUploadKnowledgeBase2JsonBody:
    files: list[AiagentsUploadKnowledgeBase2JsonBodyFilesItem]
    """ List of files to upload, each provided as base64-encoded content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "files": [
                element.to_dict()
                if type(element) is AiagentsUploadKnowledgeBase2JsonBodyFilesItem
                else written(element, "files", self)
                for element in self.files
            ]
            if type(self.files) is list
            else written(self.files, "files", self),
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
            _field = "files"
            try:
                files: Any = src_dict["files"]
                if type(files) is not list:
                    files = checked(files, (list,))
                files = [AiagentsUploadKnowledgeBase2JsonBodyFilesItem.from_dict(element) for element in files]

            except FIELD_ERRORS as _error:
                files, _found = tolerated(
                    src_dict,
                    "files",
                    _error,
                    _found,
                    "list[AiagentsUploadKnowledgeBase2JsonBodyFilesItem]",
                    lambda element: AiagentsUploadKnowledgeBase2JsonBodyFilesItem.from_dict(element),
                )

            _instance = cls(
                files=files,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 1 or _found is not None:
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
    global _imports_pending, AiagentsUploadKnowledgeBase2JsonBodyFilesItem  # noqa: PLW0603
    from ..models.aiagents_upload_knowledge_base_2_json_body_files_item import (
        AiagentsUploadKnowledgeBase2JsonBodyFilesItem,  # noqa: PLC0415
    )

    _imports_pending = False
