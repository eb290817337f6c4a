from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_type import ConditionType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="Condition")


@_attrs_define
class Condition:
    """One entry in a ConditionalActions flow."""

    id: int
    """ Sequential identifier. Start at 0 for the first condition. """
    condition: str
    """ Trigger expression. Special values:
    - `"FIRST_MESSAGE"` — fires at conversation start (use for `id: 0`)
    - `"contains \\"<word>\\""` — fires when the agent utterance contains the substring
    - `"contains \\"<a>\\" OR contains \\"<b>\\""` — OR-combined substrings
    - `"contains \\"<a>\\" AND contains \\"<b>\\""` — AND-combined substrings
    - Integer (e.g. `2`) — references another condition id for sequential follow-up """
    action: str
    """ What the simulated caller says or does. Supports:
    - SSML pauses: `<silence time="1.5s" />` (interruptible) or `<hold time="2s" />` (not interruptible)
    - Emotion markers: `[laughter]`, `[sigh]`
    - Call control: `<endcall />` """
    type_: ConditionType | Unset = ConditionType.STANDARD
    """ `standard` — normal response to the matched condition. `action_followup` — fires on the testing agent's next
    turn after the referenced condition was executed (one main-agent reply elapses in between). Firing is
    deterministic and does not depend on the reply's content; it never fires in the same turn as its parent.

    * `standard` - standard
    * `action_followup` - action_followup """
    fixed_message: bool | Unset = False
    """ If `true`, deliver `action` verbatim (no LLM paraphrasing). Use for exact-phrasing tests. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        condition = self.condition

        action = self.action

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        fixed_message = self.fixed_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "condition": condition,
                "action": action,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fixed_message is not UNSET:
            field_dict["fixed_message"] = fixed_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id")
            if not isinstance(id, (int,)) or isinstance(id, bool):
                expect(id, (int,))

            _field = "condition"
            condition = d.pop("condition")
            if not isinstance(condition, (str,)):
                expect(condition, (str,))

            _field = "action"
            action = d.pop("action")
            if not isinstance(action, (str,)):
                expect(action, (str,))

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: ConditionType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ConditionType(_type_)

            if not isinstance(type_, (ConditionType, Unset)):
                expect(type_, (ConditionType, Unset))

            _field = "fixed_message"
            fixed_message = d.pop("fixed_message", UNSET)
            if not isinstance(fixed_message, (bool, Unset)):
                expect(fixed_message, (bool, Unset))

            condition = cls(
                id=id,
                condition=condition,
                action=action,
                type_=type_,
                fixed_message=fixed_message,
            )

            condition.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return condition

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
