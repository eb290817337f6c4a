from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.uploads import as_files
from ..runtime.validation import expect, expect_object, failure
from ..runtime.values import form_text
from ..types import File

_PROPERTIES: frozenset[str] = frozenset(
    {
        "files",
    }
)

T = TypeVar("T", bound="AiagentsUploadKnowledgeBaseFilesBody")


@_attrs_define
class AiagentsUploadKnowledgeBaseFilesBody:
    files: list[File] = _attrs_field(converter=as_files)
    """ List of files to upload to the knowledge base """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_tuple()

            files.append(files_item)

        field_dict: dict[str, Any] = {
            "files": files,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "files"
            try:
                files = []
                _files = src_dict["files"]
                for files_item_data in _files:
                    files_item = File(payload=BytesIO(files_item_data))

                    files.append(files_item)

                if not isinstance(files, (list,)):
                    expect(files, (list,))
            except FIELD_ERRORS as _error:
                files, _found = tolerated(src_dict, "files", _error, _found, "list[File]")

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
