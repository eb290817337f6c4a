from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "file_name",
        "name",
        "content_base64",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.file_name, Unset):
            field_dict["file_name"] = self.file_name
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.content_base64, Unset):
            field_dict["content_base64"] = self.content_base64
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

            _field = "file_name"
            try:
                if "file_name" in src_dict:
                    file_name: Any = src_dict["file_name"]
                    _present += 1
                    if type(file_name) is not str:
                        file_name = checked(file_name, (str,))
                else:
                    file_name = UNSET
            except FIELD_ERRORS as _error:
                file_name, _found = tolerated(src_dict, "file_name", _error, _found, "str")

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

            _field = "content_base64"
            try:
                if "content_base64" in src_dict:
                    content_base64: Any = src_dict["content_base64"]
                    _present += 1
                    if type(content_base64) is not str:
                        content_base64 = checked(content_base64, (str,))
                else:
                    content_base64 = UNSET
            except FIELD_ERRORS as _error:
                content_base64, _found = tolerated(src_dict, "content_base64", _error, _found, "str")

            _instance = cls(
                id=id,
                file_name=file_name,
                name=name,
                content_base64=content_base64,
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
