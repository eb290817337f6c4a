from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        conversation_id = str(self.conversation_id)

        field_dict: dict[str, Any] = {
            "conversation_id": conversation_id,
            "active_message": None
            if self.active_message is None
            else self.active_message.to_dict()
            if type(self.active_message) is ActiveMessageStatus
            else written(self.active_message, "active_message", self),
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
            _field = "conversation_id"
            try:
                conversation_id = UUID(src_dict["conversation_id"])

                if not isinstance(conversation_id, (UUID,)):
                    expect(conversation_id, (UUID,))
            except FIELD_ERRORS as _error:
                conversation_id, _found = tolerated(src_dict, "conversation_id", _error, _found, "UUID")

            _field = "active_message"
            try:
                active_message: Any = src_dict["active_message"]
                if active_message is not None:
                    active_message = ActiveMessageStatus.from_dict(active_message)
            except FIELD_ERRORS as _error:
                active_message, _found = tolerated(
                    src_dict, "active_message", _error, _found, "ActiveMessageStatus | None"
                )

            _instance = cls(
                conversation_id=conversation_id,
                active_message=active_message,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 2 or _found is not None:
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
    global _imports_pending, ActiveMessageStatus  # noqa: PLW0603
    from ..models.active_message_status import ActiveMessageStatus  # noqa: PLC0415

    _imports_pending = False
