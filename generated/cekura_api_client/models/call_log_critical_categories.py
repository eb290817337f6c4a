from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_log_critical_categories_priority import CallLogCriticalCategoriesPriority
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

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
        category_id = self.category_id

        category = self.category

        deviation = self.deviation

        wrongly_marked = self.wrongly_marked

        feedback = self.feedback

        priority = self.priority.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_id": category_id,
                "category": category,
                "deviation": deviation,
                "wrongly_marked": wrongly_marked,
                "feedback": feedback,
                "priority": priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "category_id"
            category_id = d.pop("category_id")
            if not isinstance(category_id, (int,)) or isinstance(category_id, bool):
                expect(category_id, (int,))

            _field = "category"
            category = d.pop("category")
            if not isinstance(category, (str,)):
                expect(category, (str,))

            _field = "deviation"
            deviation = d.pop("deviation")
            if not isinstance(deviation, (float, int)) or isinstance(deviation, bool):
                expect(deviation, (float, int))

            _field = "wrongly_marked"
            wrongly_marked = d.pop("wrongly_marked")
            if not isinstance(wrongly_marked, (bool,)):
                expect(wrongly_marked, (bool,))

            _field = "feedback"
            feedback = d.pop("feedback")
            if not isinstance(feedback, (str,)):
                expect(feedback, (str,))

            _field = "priority"
            priority = CallLogCriticalCategoriesPriority(d.pop("priority"))

            if not isinstance(priority, (CallLogCriticalCategoriesPriority,)):
                expect(priority, (CallLogCriticalCategoriesPriority,))

            call_log_critical_categories = cls(
                category_id=category_id,
                category=category,
                deviation=deviation,
                wrongly_marked=wrongly_marked,
                feedback=feedback,
                priority=priority,
            )

            call_log_critical_categories.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return call_log_critical_categories

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
