from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="CallLogListSerializerMetrics")


@_attrs_define
class CallLogListSerializerMetrics:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        score = self.score

        enum = self.enum

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "score": score,
                "enum": enum,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id")
            if not isinstance(id, (int,)) or isinstance(id, bool):
                expect(id, (int,))

            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "type"
            type_ = d.pop("type")
            if not isinstance(type_, (str,)):
                expect(type_, (str,))

            _field = "score"
            score = d.pop("score")
            if not isinstance(score, (float, int)) or isinstance(score, bool):
                expect(score, (float, int))

            _field = "enum"
            enum = d.pop("enum")
            if not isinstance(enum, (str,)):
                expect(enum, (str,))

            _field = "value"
            value = d.pop("value")
            if not isinstance(value, (str,)):
                expect(value, (str,))

            call_log_list_serializer_metrics = cls(
                id=id,
                name=name,
                type_=type_,
                score=score,
                enum=enum,
                value=value,
            )

            call_log_list_serializer_metrics.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return call_log_list_serializer_metrics

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
