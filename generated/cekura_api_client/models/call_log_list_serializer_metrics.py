from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "score",
        "enum",
        "value",
    }
)

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
        field_dict: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type_,
            "score": self.score,
            "enum": self.enum,
            "value": self.value,
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

            _instance = cls(
                id=id,
                name=name,
                type_=type_,
                score=score,
                enum=enum,
                value=value,
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
