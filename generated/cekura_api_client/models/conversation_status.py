from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.active_message_status import ActiveMessageStatus


_PROPERTIES: frozenset[str] = frozenset(
    {
        "conversation_id",
        "active_message",
    }
)

T = TypeVar("T", bound="ConversationStatus")


@_attrs_define
class ConversationStatus:
    """Body of GET /v2/product-chat/conversations/:id/status/.

    `active_message` is null when the conversation has no assistant turns yet.

    """

    conversation_id: UUID
    active_message: ActiveMessageStatus | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        conversation_id = str(self.conversation_id)

        field_dict: dict[str, Any] = {
            "conversation_id": conversation_id,
            "active_message": None if self.active_message is None else self.active_message.to_dict(),
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "conversation_id"
            conversation_id = UUID(src_dict["conversation_id"])

            if not isinstance(conversation_id, (UUID,)):
                expect(conversation_id, (UUID,))

            _field = "active_message"
            active_message: Any = src_dict["active_message"]
            if active_message is not None:
                active_message = ActiveMessageStatus.from_dict(active_message)

            _instance = cls(
                conversation_id=conversation_id,
                active_message=active_message,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, ActiveMessageStatus  # noqa: PLW0603
    from ..models.active_message_status import ActiveMessageStatus  # noqa: PLC0415

    _imports_pending = False
