from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.outcome_alignment import OutcomeAlignment


_PROPERTIES: frozenset[str] = frozenset(
    {
        "score",
        "explanation",
        "outcome_alignments",
    }
)

T = TypeVar("T", bound="ExpectedOutcome")


@_attrs_define
class ExpectedOutcome:
    score: float
    """ Score of the expected outcome """
    explanation: list[str]
    outcome_alignments: list[OutcomeAlignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "score": self.score,
            "explanation": self.explanation,
            "outcome_alignments": [
                element.to_dict() if type(element) is OutcomeAlignment else written(element, "outcome_alignments", self)
                for element in self.outcome_alignments
            ]
            if type(self.outcome_alignments) is list
            else written(self.outcome_alignments, "outcome_alignments", self),
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "score"
            try:
                score: Any = src_dict["score"]
                if type(score) is not float:
                    score = checked(score, (float, int))
            except FIELD_ERRORS as _error:
                score, _found = tolerated(src_dict, "score", _error, _found, "float")

            _field = "explanation"
            try:
                explanation: Any = src_dict["explanation"]
                if type(explanation) is not list:
                    explanation = checked(explanation, (list,))
                for _item in explanation:
                    if type(_item) is not str:
                        checked(_item, (str,))

            except FIELD_ERRORS as _error:
                explanation, _found = tolerated(
                    src_dict, "explanation", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "outcome_alignments"
            try:
                outcome_alignments: Any = src_dict["outcome_alignments"]
                if type(outcome_alignments) is not list:
                    outcome_alignments = checked(outcome_alignments, (list,))
                outcome_alignments = [OutcomeAlignment.from_dict(element) for element in outcome_alignments]

            except FIELD_ERRORS as _error:
                outcome_alignments, _found = tolerated(
                    src_dict,
                    "outcome_alignments",
                    _error,
                    _found,
                    "list[OutcomeAlignment]",
                    lambda element: OutcomeAlignment.from_dict(element),
                )

            _instance = cls(
                score=score,
                explanation=explanation,
                outcome_alignments=outcome_alignments,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 3 or _found is not None:
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, OutcomeAlignment  # noqa: PLW0603
    from ..models.outcome_alignment import OutcomeAlignment  # noqa: PLC0415

    _imports_pending = False
