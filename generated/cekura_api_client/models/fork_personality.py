from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "project_id",
        "prompt",
    }
)

T = TypeVar("T", bound="ForkPersonality")


@_attrs_define
class ForkPersonality:
    """Request body for forking a personality. A fork inherits every setting from its
    source, so this deliberately does not advertise the voice fields that creating a
    personality from scratch requires.

    """

    project_id: int | Unset = UNSET
    """ Project the fork is created in. Inferred from a project-scoped API key when omitted. """
    prompt: str | Unset = UNSET
    """ Replaces the source personality's prompt on the fork. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = self.project_id
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

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
            _present = 0
            _field = "project_id"
            try:
                if "project_id" in src_dict:
                    project_id: Any = src_dict["project_id"]
                    _present += 1
                    if type(project_id) is not int:
                        project_id = checked(project_id, (int,))
                else:
                    project_id = UNSET
            except FIELD_ERRORS as _error:
                project_id, _found = tolerated(src_dict, "project_id", _error, _found, "int")

            _field = "prompt"
            try:
                if "prompt" in src_dict:
                    prompt: Any = src_dict["prompt"]
                    _present += 1
                    if type(prompt) is not str:
                        prompt = checked(prompt, (str,))
                else:
                    prompt = UNSET
            except FIELD_ERRORS as _error:
                prompt, _found = tolerated(src_dict, "prompt", _error, _found, "str")

            _instance = cls(
                project_id=project_id,
                prompt=prompt,
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
