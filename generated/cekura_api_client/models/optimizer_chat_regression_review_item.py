from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimizer_chat_regression_review_item_source_type import OptimizerChatRegressionReviewItemSourceType
from ..runtime.errors import SchemaValidationError
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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "source_type": self.source_type._value_
            if type(self.source_type) is OptimizerChatRegressionReviewItemSourceType
            else enum_value(OptimizerChatRegressionReviewItemSourceType, self.source_type, "source_type"),
            "source_id": self.source_id,
            "new_label_correct": self.new_label_correct,
        }
        if not isinstance(self.correct_label, Unset):
            field_dict["correct_label"] = self.correct_label
        if not isinstance(self.feedback, Unset):
            field_dict["feedback"] = self.feedback
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 3
            _field = "source_type"
            source_type: Any = src_dict["source_type"]
            source_type = (
                OptimizerChatRegressionReviewItemSourceType._value2member_map_.get(source_type)
                or OptimizerChatRegressionReviewItemSourceType(source_type)
                if type(source_type) is str
                else checked(source_type, (OptimizerChatRegressionReviewItemSourceType,))
            )

            _field = "source_id"
            source_id: Any = src_dict["source_id"]
            if type(source_id) is not int:
                source_id = checked(source_id, (int,))

            _field = "new_label_correct"
            new_label_correct: Any = src_dict["new_label_correct"]
            if type(new_label_correct) is not bool:
                new_label_correct = checked(new_label_correct, (bool,))

            _field = "correct_label"
            if "correct_label" in src_dict:
                correct_label: Any = src_dict["correct_label"]
                _present += 1

            else:
                correct_label = UNSET

            _field = "feedback"
            if "feedback" in src_dict:
                feedback: Any = src_dict["feedback"]
                _present += 1
                if type(feedback) is not str:
                    feedback = checked(feedback, (str,))
            else:
                feedback = UNSET

            _instance = cls(
                source_type=source_type,
                source_id=source_id,
                new_label_correct=new_label_correct,
                correct_label=correct_label,
                feedback=feedback,
            )
            if len(src_dict) != _present:
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
