from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.project_id, Unset):
            files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "project_id"
            project_id = d.pop("project_id", UNSET)
            if not isinstance(project_id, (int, Unset)) or isinstance(project_id, bool):
                expect(project_id, (int, Unset))

            _field = "prompt"
            prompt = d.pop("prompt", UNSET)
            if not isinstance(prompt, (str, Unset)):
                expect(prompt, (str, Unset))

            fork_personality = cls(
                project_id=project_id,
                prompt=prompt,
            )

            fork_personality.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return fork_personality

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
