from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimizer_chat_regression_review_item_source_type import OptimizerChatRegressionReviewItemSourceType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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
        source_type = self.source_type.value

        source_id = self.source_id

        new_label_correct = self.new_label_correct

        correct_label: Any | None | Unset
        if isinstance(self.correct_label, Unset):
            correct_label = UNSET
        else:
            correct_label = self.correct_label

        feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
                "source_id": source_id,
                "new_label_correct": new_label_correct,
            }
        )
        if correct_label is not UNSET:
            field_dict["correct_label"] = correct_label
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "source_type"
            source_type = OptimizerChatRegressionReviewItemSourceType(d.pop("source_type"))

            if not isinstance(source_type, (OptimizerChatRegressionReviewItemSourceType,)):
                expect(source_type, (OptimizerChatRegressionReviewItemSourceType,))

            _field = "source_id"
            source_id = d.pop("source_id")
            if not isinstance(source_id, (int,)) or isinstance(source_id, bool):
                expect(source_id, (int,))

            _field = "new_label_correct"
            new_label_correct = d.pop("new_label_correct")
            if not isinstance(new_label_correct, (bool,)):
                expect(new_label_correct, (bool,))

            _field = "correct_label"

            def _parse_correct_label(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            correct_label = _parse_correct_label(d.pop("correct_label", UNSET))

            _field = "feedback"
            feedback = d.pop("feedback", UNSET)
            if not isinstance(feedback, (str, Unset)):
                expect(feedback, (str, Unset))

            optimizer_chat_regression_review_item = cls(
                source_type=source_type,
                source_id=source_id,
                new_label_correct=new_label_correct,
                correct_label=correct_label,
                feedback=feedback,
            )

            optimizer_chat_regression_review_item.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return optimizer_chat_regression_review_item

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
