from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.condition import Condition


T = TypeVar("T", bound="ConditionalActions")


@_attrs_define
class ConditionalActions:
    """Structured conditional-actions object for `scenario_type="conditional_actions"`.

    Use either `conditional_actions` (structured) or `instructions` (plain text)
    on a scenario — not both.

    """

    role: str
    """ Caller role / persona for this scenario. Example: `"You are a frustrated patient calling about a billing
    error"`. """
    conditions: list[Condition]
    """ Ordered list of conditions and their actions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "conditions": conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "role"
            role = d.pop("role")
            if not isinstance(role, (str,)):
                expect(role, (str,))

            _field = "conditions"
            conditions = []
            _conditions = d.pop("conditions")
            for conditions_item_data in _conditions:
                conditions_item = Condition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

            if not isinstance(conditions, (list,)):
                expect(conditions, (list,))

            conditional_actions = cls(
                role=role,
                conditions=conditions,
            )

            conditional_actions.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return conditional_actions

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
