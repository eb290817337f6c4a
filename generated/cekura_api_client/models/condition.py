from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_type import ConditionType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "condition",
        "action",
        "type",
        "fixed_message",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "id": self.id,
            "condition": self.condition,
            "action": self.action,
        }
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is ConditionType
                else enum_value(ConditionType, self.type_, "type", self)
            )
        if not isinstance(self.fixed_message, Unset):
            field_dict["fixed_message"] = self.fixed_message
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
            _present = 3
            _field = "id"
            try:
                id: Any = src_dict["id"]
                if type(id) is not int:
                    id = checked(id, (int,))
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "condition"
            try:
                condition: Any = src_dict["condition"]
                if type(condition) is not str:
                    condition = checked(condition, (str,))
            except FIELD_ERRORS as _error:
                condition, _found = tolerated(src_dict, "condition", _error, _found, "str")

            _field = "action"
            try:
                action: Any = src_dict["action"]
                if type(action) is not str:
                    action = checked(action, (str,))
            except FIELD_ERRORS as _error:
                action, _found = tolerated(src_dict, "action", _error, _found, "str")

            _field = "type"
            try:
                if "type" in src_dict:
                    type_: Any = src_dict["type"]
                    _present += 1
                    type_ = (
                        ConditionType._value2member_map_.get(type_) or ConditionType(type_)
                        if type(type_) is str
                        else checked(type_, (ConditionType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "ConditionType")

            _field = "fixed_message"
            try:
                if "fixed_message" in src_dict:
                    fixed_message: Any = src_dict["fixed_message"]
                    _present += 1
                    if type(fixed_message) is not bool:
                        fixed_message = checked(fixed_message, (bool,))
                else:
                    fixed_message = UNSET
            except FIELD_ERRORS as _error:
                fixed_message, _found = tolerated(src_dict, "fixed_message", _error, _found, "bool")

            _instance = cls(
                id=id,
                condition=condition,
                action=action,
                type_=type_,
                fixed_message=fixed_message,
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
