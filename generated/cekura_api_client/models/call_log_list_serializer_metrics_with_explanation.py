from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.call_log_list_serializer_metrics_with_explanation_extra import (
        CallLogListSerializerMetricsWithExplanationExtra,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "score",
        "enum",
        "value",
        "explanation",
        "extra",
    }
)

T = TypeVar("T", bound="CallLogListSerializerMetricsWithExplanation")


@_attrs_define
class CallLogListSerializerMetricsWithExplanation:
    id: int
    """ Metric ID """
    name: str
    """ Metric name """
    type_: str
    """ Metric type """
    score: float
    """ Evaluated metric score, Present if metrictype is not enum """
    enum: str
    """ Metric enum, Present if type is enum """
    value: str
    """ Evaluated metric value, Present if metric type is enum """
    explanation: list[str]
    extra: CallLogListSerializerMetricsWithExplanationExtra
    """ Evaluated metric extra data """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type_,
            "score": self.score,
            "enum": self.enum,
            "value": self.value,
            "explanation": self.explanation,
            "extra": self.extra.to_dict(),
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "id"
            id: Any = src_dict["id"]
            if type(id) is not int:
                id = checked(id, (int,))

            _field = "name"
            name: Any = src_dict["name"]
            if type(name) is not str:
                name = checked(name, (str,))

            _field = "type"
            type_: Any = src_dict["type"]
            if type(type_) is not str:
                type_ = checked(type_, (str,))

            _field = "score"
            score: Any = src_dict["score"]
            if type(score) is not float:
                score = checked(score, (float, int))

            _field = "enum"
            enum: Any = src_dict["enum"]
            if type(enum) is not str:
                enum = checked(enum, (str,))

            _field = "value"
            value: Any = src_dict["value"]
            if type(value) is not str:
                value = checked(value, (str,))

            _field = "explanation"
            explanation: Any = src_dict["explanation"]
            if type(explanation) is not list:
                explanation = checked(explanation, (list,))

            _field = "extra"
            extra: Any = src_dict["extra"]
            extra = CallLogListSerializerMetricsWithExplanationExtra.from_dict(extra)

            _instance = cls(
                id=id,
                name=name,
                type_=type_,
                score=score,
                enum=enum,
                value=value,
                explanation=explanation,
                extra=extra,
            )
            if len(src_dict) != 8:
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, CallLogListSerializerMetricsWithExplanationExtra  # noqa: PLW0603
    from ..models.call_log_list_serializer_metrics_with_explanation_extra import (
        CallLogListSerializerMetricsWithExplanationExtra,  # noqa: PLC0415
    )

    _imports_pending = False
