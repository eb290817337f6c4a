from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.outcome_alignment import OutcomeAlignment


T = TypeVar("T", bound="ExpectedOutcome")


@_attrs_define
class ExpectedOutcome:
    score: float
    """ Score of the expected outcome """
    explanation: list[str]
    outcome_alignments: list[OutcomeAlignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        explanation = self.explanation

        outcome_alignments = []
        for outcome_alignments_item_data in self.outcome_alignments:
            outcome_alignments_item = outcome_alignments_item_data.to_dict()
            outcome_alignments.append(outcome_alignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "explanation": explanation,
                "outcome_alignments": outcome_alignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_alignment import OutcomeAlignment  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "score"
            score = d.pop("score")
            if not isinstance(score, (float, int)) or isinstance(score, bool):
                expect(score, (float, int))

            _field = "explanation"
            explanation = cast(list[str], d.pop("explanation"))

            if not isinstance(explanation, (list,)):
                expect(explanation, (list,))

            _field = "outcome_alignments"
            outcome_alignments = []
            _outcome_alignments = d.pop("outcome_alignments")
            for outcome_alignments_item_data in _outcome_alignments:
                outcome_alignments_item = OutcomeAlignment.from_dict(outcome_alignments_item_data)

                outcome_alignments.append(outcome_alignments_item)

            if not isinstance(outcome_alignments, (list,)):
                expect(outcome_alignments, (list,))

            expected_outcome = cls(
                score=score,
                explanation=explanation,
                outcome_alignments=outcome_alignments,
            )

            expected_outcome.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return expected_outcome

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
