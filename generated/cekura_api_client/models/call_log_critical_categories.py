from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_log_critical_categories_priority import CallLogCriticalCategoriesPriority
from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value

_PROPERTIES: frozenset[str] = frozenset(
    {
        "category_id",
        "category",
        "deviation",
        "wrongly_marked",
        "feedback",
        "priority",
    }
)

T = TypeVar("T", bound="CallLogCriticalCategories")


@_attrs_define
class CallLogCriticalCategories:
    category_id: int
    """ Category ID """
    category: str
    """ Category name """
    deviation: float
    """ Deviation """
    wrongly_marked: bool
    """ Whether the category was wrongly marked """
    feedback: str
    """ Feedback """
    priority: CallLogCriticalCategoriesPriority
    """ Priority

    * `critical` - Critical
    * `non-critical` - Non Critical
    * `not_a_bug` - Not A Bug """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "category_id": self.category_id,
            "category": self.category,
            "deviation": self.deviation,
            "wrongly_marked": self.wrongly_marked,
            "feedback": self.feedback,
            "priority": self.priority._value_
            if type(self.priority) is CallLogCriticalCategoriesPriority
            else enum_value(CallLogCriticalCategoriesPriority, self.priority, "priority"),
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
            _field = "category_id"
            category_id: Any = src_dict["category_id"]
            if type(category_id) is not int:
                category_id = checked(category_id, (int,))

            _field = "category"
            category: Any = src_dict["category"]
            if type(category) is not str:
                category = checked(category, (str,))

            _field = "deviation"
            deviation: Any = src_dict["deviation"]
            if type(deviation) is not float:
                deviation = checked(deviation, (float, int))

            _field = "wrongly_marked"
            wrongly_marked: Any = src_dict["wrongly_marked"]
            if type(wrongly_marked) is not bool:
                wrongly_marked = checked(wrongly_marked, (bool,))

            _field = "feedback"
            feedback: Any = src_dict["feedback"]
            if type(feedback) is not str:
                feedback = checked(feedback, (str,))

            _field = "priority"
            priority: Any = src_dict["priority"]
            priority = (
                CallLogCriticalCategoriesPriority._value2member_map_.get(priority)
                or CallLogCriticalCategoriesPriority(priority)
                if type(priority) is str
                else checked(priority, (CallLogCriticalCategoriesPriority,))
            )

            _instance = cls(
                category_id=category_id,
                category=category,
                deviation=deviation,
                wrongly_marked=wrongly_marked,
                feedback=feedback,
                priority=priority,
            )
            if len(src_dict) != 6:
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
