from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.active_message_status import ActiveMessageStatus


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
        from ..models.active_message_status import ActiveMessageStatus  # noqa: PLC0415

        conversation_id = str(self.conversation_id)

        active_message: dict[str, Any] | None
        if isinstance(self.active_message, ActiveMessageStatus):
            active_message = self.active_message.to_dict()
        else:
            active_message = self.active_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "active_message": active_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_message_status import ActiveMessageStatus  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "conversation_id"
            conversation_id = UUID(d.pop("conversation_id"))

            if not isinstance(conversation_id, (UUID,)):
                expect(conversation_id, (UUID,))

            _field = "active_message"

            def _parse_active_message(data: object) -> ActiveMessageStatus | None:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    active_message_type_0 = ActiveMessageStatus.from_dict(data)

                    return active_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(ActiveMessageStatus | None, data)

            active_message = _parse_active_message(d.pop("active_message"))

            if not isinstance(active_message, (ActiveMessageStatus, type(None))):
                expect(active_message, (ActiveMessageStatus, type(None)))

            conversation_status = cls(
                conversation_id=conversation_id,
                active_message=active_message,
            )

            conversation_status.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return conversation_status

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
