from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

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
            _field = "id"
            try:
                id: Any = src_dict["id"]
                if type(id) is not int:
                    id = checked(id, (int,))
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "type"
            try:
                type_: Any = src_dict["type"]
                if type(type_) is not str:
                    type_ = checked(type_, (str,))
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "str")

            _field = "score"
            try:
                score: Any = src_dict["score"]
                if type(score) is not float:
                    score = checked(score, (float, int))
            except FIELD_ERRORS as _error:
                score, _found = tolerated(src_dict, "score", _error, _found, "float")

            _field = "enum"
            try:
                enum: Any = src_dict["enum"]
                if type(enum) is not str:
                    enum = checked(enum, (str,))
            except FIELD_ERRORS as _error:
                enum, _found = tolerated(src_dict, "enum", _error, _found, "str")

            _field = "value"
            try:
                value: Any = src_dict["value"]
                if type(value) is not str:
                    value = checked(value, (str,))
            except FIELD_ERRORS as _error:
                value, _found = tolerated(src_dict, "value", _error, _found, "str")

            _instance = cls(
                id=id,
                name=name,
                type_=type_,
                score=score,
                enum=enum,
                value=value,
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
