from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_list_critical_categories_priority import RunListCriticalCategoriesPriority
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
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

T = TypeVar("T", bound="RunListCriticalCategories")


@_attrs_define
class RunListCriticalCategories:
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
    priority: RunListCriticalCategoriesPriority
    """ Priority

    * `critical` - Critical
    * `non-critical` - Non Critical
    * `not_a_bug` - Not A Bug """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "category_id": self.category_id,
            "category": self.category,
            "deviation": self.deviation,
            "wrongly_marked": self.wrongly_marked,
            "feedback": self.feedback,
            "priority": self.priority._value_
            if type(self.priority) is RunListCriticalCategoriesPriority
            else enum_value(RunListCriticalCategoriesPriority, self.priority, "priority", self),
        }
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
            _field = "category_id"
            try:
                category_id: Any = src_dict["category_id"]
                if type(category_id) is not int:
                    category_id = checked(category_id, (int,))
            except FIELD_ERRORS as _error:
                category_id, _found = tolerated(src_dict, "category_id", _error, _found, "int")

            _field = "category"
            try:
                category: Any = src_dict["category"]
                if type(category) is not str:
                    category = checked(category, (str,))
            except FIELD_ERRORS as _error:
                category, _found = tolerated(src_dict, "category", _error, _found, "str")

            _field = "deviation"
            try:
                deviation: Any = src_dict["deviation"]
                if type(deviation) is not float:
                    deviation = checked(deviation, (float, int))
            except FIELD_ERRORS as _error:
                deviation, _found = tolerated(src_dict, "deviation", _error, _found, "float")

            _field = "wrongly_marked"
            try:
                wrongly_marked: Any = src_dict["wrongly_marked"]
                if type(wrongly_marked) is not bool:
                    wrongly_marked = checked(wrongly_marked, (bool,))
            except FIELD_ERRORS as _error:
                wrongly_marked, _found = tolerated(src_dict, "wrongly_marked", _error, _found, "bool")

            _field = "feedback"
            try:
                feedback: Any = src_dict["feedback"]
                if type(feedback) is not str:
                    feedback = checked(feedback, (str,))
            except FIELD_ERRORS as _error:
                feedback, _found = tolerated(src_dict, "feedback", _error, _found, "str")

            _field = "priority"
            try:
                priority: Any = src_dict["priority"]
                priority = (
                    RunListCriticalCategoriesPriority._value2member_map_.get(priority)
                    or RunListCriticalCategoriesPriority(priority)
                    if type(priority) is str
                    else checked(priority, (RunListCriticalCategoriesPriority,))
                )
            except FIELD_ERRORS as _error:
                priority, _found = tolerated(src_dict, "priority", _error, _found, "RunListCriticalCategoriesPriority")

            _instance = cls(
                category_id=category_id,
                category=category,
                deviation=deviation,
                wrongly_marked=wrongly_marked,
                feedback=feedback,
                priority=priority,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 6 or _found is not None:
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
