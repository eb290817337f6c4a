from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimizer_chat_regression_review_item_source_type import OptimizerChatRegressionReviewItemSourceType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "source_type",
        "source_id",
        "new_label_correct",
        "correct_label",
        "feedback",
    }
)

T = TypeVar("T", bound="OptimizerChatRegressionReviewItem")


@_attrs_define
class OptimizerChatRegressionReviewItem:
    source_type: OptimizerChatRegressionReviewItemSourceType
    """ * `call_log` - call_log
    * `run` - run """
    source_id: int
    new_label_correct: bool
    correct_label: Any | None | Unset = UNSET
    feedback: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "source_type": self.source_type._value_
            if type(self.source_type) is OptimizerChatRegressionReviewItemSourceType
            else enum_value(OptimizerChatRegressionReviewItemSourceType, self.source_type, "source_type", self),
            "source_id": self.source_id,
            "new_label_correct": self.new_label_correct,
        }
        if not isinstance(self.correct_label, Unset):
            field_dict["correct_label"] = self.correct_label
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
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
            _field = "source_type"
            try:
                source_type: Any = src_dict["source_type"]
                source_type = (
                    OptimizerChatRegressionReviewItemSourceType._value2member_map_.get(source_type)
                    or OptimizerChatRegressionReviewItemSourceType(source_type)
                    if type(source_type) is str
                    else checked(source_type, (OptimizerChatRegressionReviewItemSourceType,))
                )
            except FIELD_ERRORS as _error:
                source_type, _found = tolerated(
                    src_dict, "source_type", _error, _found, "OptimizerChatRegressionReviewItemSourceType"
                )

            _field = "source_id"
            try:
                source_id: Any = src_dict["source_id"]
                if type(source_id) is not int:
                    source_id = checked(source_id, (int,))
            except FIELD_ERRORS as _error:
                source_id, _found = tolerated(src_dict, "source_id", _error, _found, "int")

            _field = "new_label_correct"
            try:
                new_label_correct: Any = src_dict["new_label_correct"]
                if type(new_label_correct) is not bool:
                    new_label_correct = checked(new_label_correct, (bool,))
            except FIELD_ERRORS as _error:
                new_label_correct, _found = tolerated(src_dict, "new_label_correct", _error, _found, "bool")

            _field = "correct_label"
            try:
                if "correct_label" in src_dict:
                    correct_label: Any = src_dict["correct_label"]
                    _present += 1

                else:
                    correct_label = UNSET
            except FIELD_ERRORS as _error:
                correct_label, _found = tolerated(src_dict, "correct_label", _error, _found, "Any | None")

            _field = "feedback"
            try:
                if "feedback" in src_dict:
                    feedback: Any = src_dict["feedback"]
                    _present += 1
                    if type(feedback) is not str:
                        feedback = checked(feedback, (str,))
                else:
                    feedback = UNSET
            except FIELD_ERRORS as _error:
                feedback, _found = tolerated(src_dict, "feedback", _error, _found, "str")

            _instance = cls(
                source_type=source_type,
                source_id=source_id,
                new_label_correct=new_label_correct,
                correct_label=correct_label,
                feedback=feedback,
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
