from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.clean_metric_description_request_eval_type import CleanMetricDescriptionRequestEvalType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text

_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent",
        "metric_description",
        "eval_type",
    }
)

T = TypeVar("T", bound="CleanMetricDescriptionRequest")


@_attrs_define
class CleanMetricDescriptionRequest:
    agent: int
    metric_description: str
    eval_type: CleanMetricDescriptionRequestEvalType
    """ * `boolean` - boolean
    * `numeric` - numeric
    * `rating` - rating
    * `enum` - enum """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "agent": self.agent,
            "metric_description": self.metric_description,
            "eval_type": self.eval_type._value_
            if type(self.eval_type) is CleanMetricDescriptionRequestEvalType
            else enum_value(CleanMetricDescriptionRequestEvalType, self.eval_type, "eval_type", self),
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        files.append(("metric_description", (None, str(self.metric_description).encode(), "text/plain")))

        files.append(
            (
                "eval_type",
                (
                    None,
                    str(enum_value(CleanMetricDescriptionRequestEvalType, self.eval_type, "eval_type")).encode(),
                    "text/plain",
                ),
            )
        )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "agent"
            try:
                agent: Any = src_dict["agent"]
                if type(agent) is not int:
                    agent = checked(agent, (int,))
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "metric_description"
            try:
                metric_description: Any = src_dict["metric_description"]
                if type(metric_description) is not str:
                    metric_description = checked(metric_description, (str,))
            except FIELD_ERRORS as _error:
                metric_description, _found = tolerated(src_dict, "metric_description", _error, _found, "str")

            _field = "eval_type"
            try:
                eval_type: Any = src_dict["eval_type"]
                eval_type = (
                    CleanMetricDescriptionRequestEvalType._value2member_map_.get(eval_type)
                    or CleanMetricDescriptionRequestEvalType(eval_type)
                    if type(eval_type) is str
                    else checked(eval_type, (CleanMetricDescriptionRequestEvalType,))
                )
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(
                    src_dict, "eval_type", _error, _found, "CleanMetricDescriptionRequestEvalType"
                )

            _instance = cls(
                agent=agent,
                metric_description=metric_description,
                eval_type=eval_type,
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
