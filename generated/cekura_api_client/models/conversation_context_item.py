from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_context_item_role import ConversationContextItemRole
from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value

_PROPERTIES: frozenset[str] = frozenset(
    {
        "role",
        "content",
    }
)

T = TypeVar("T", bound="ConversationContextItem")


@_attrs_define
class ConversationContextItem:
    role: ConversationContextItemRole
    """ Message role - either 'user' or 'assistant'

    * `user` - user
    * `assistant` - assistant """
    content: str
    """ Message content """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "role": self.role._value_
            if type(self.role) is ConversationContextItemRole
            else enum_value(ConversationContextItemRole, self.role, "role"),
            "content": self.content,
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "role"
            role: Any = src_dict["role"]
            role = (
                ConversationContextItemRole._value2member_map_.get(role) or ConversationContextItemRole(role)
                if type(role) is str
                else checked(role, (ConversationContextItemRole,))
            )

            _field = "content"
            content: Any = src_dict["content"]
            if type(content) is not str:
                content = checked(content, (str,))

            _instance = cls(
                role=role,
                content=content,
            )
            if len(src_dict) != 2:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
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
