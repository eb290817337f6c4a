from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dashboard_filters_type_0_op import DashboardFiltersType0Op
from ..models.dashboard_filters_type_0_operator import DashboardFiltersType0Operator
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "field",
        "op",
        "value",
        "operator",
        "conditions",
    }
)

T = TypeVar("T", bound="DashboardFiltersType0")


@_attrs_define
class DashboardFiltersType0:
    """Filter conditions to scope the data. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#filters) for supported fields, operators, and syntax.

    """

    field: str | Unset = UNSET
    """ Field name to filter on """
    op: DashboardFiltersType0Op | Unset = UNSET
    """ Comparison operator """
    value: Any | Unset = UNSET
    """ Value to compare against. Type depends on the field and operator. """
    operator: DashboardFiltersType0Operator | Unset = UNSET
    """ Logical operator to combine conditions """
    conditions: list[Any] | Unset = UNSET
    """ List of filter conditions or nested groups """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.field, Unset):
            field_dict["field"] = self.field
        if not isinstance(self.op, Unset):
            field_dict["op"] = (
                self.op._value_
                if type(self.op) is DashboardFiltersType0Op
                else enum_value(DashboardFiltersType0Op, self.op, "op", self)
            )
        if not isinstance(self.value, Unset):
            field_dict["value"] = self.value
        if not isinstance(self.operator, Unset):
            field_dict["operator"] = (
                self.operator._value_
                if type(self.operator) is DashboardFiltersType0Operator
                else enum_value(DashboardFiltersType0Operator, self.operator, "operator", self)
            )
        if not isinstance(self.conditions, Unset):
            field_dict["conditions"] = self.conditions
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
            _present = 0
            _field = "field"
            try:
                if "field" in src_dict:
                    field: Any = src_dict["field"]
                    _present += 1
                    if type(field) is not str:
                        field = checked(field, (str,))
                else:
                    field = UNSET
            except FIELD_ERRORS as _error:
                field, _found = tolerated(src_dict, "field", _error, _found, "str")

            _field = "op"
            try:
                if "op" in src_dict:
                    op: Any = src_dict["op"]
                    _present += 1
                    op = (
                        DashboardFiltersType0Op._value2member_map_.get(op) or DashboardFiltersType0Op(op)
                        if type(op) is str
                        else checked(op, (DashboardFiltersType0Op,))
                    )
                else:
                    op = UNSET
            except FIELD_ERRORS as _error:
                op, _found = tolerated(src_dict, "op", _error, _found, "DashboardFiltersType0Op")

            _field = "value"
            try:
                if "value" in src_dict:
                    value: Any = src_dict["value"]
                    _present += 1

                else:
                    value = UNSET
            except FIELD_ERRORS as _error:
                value, _found = tolerated(src_dict, "value", _error, _found, "Any")

            _field = "operator"
            try:
                if "operator" in src_dict:
                    operator: Any = src_dict["operator"]
                    _present += 1
                    operator = (
                        DashboardFiltersType0Operator._value2member_map_.get(operator)
                        or DashboardFiltersType0Operator(operator)
                        if type(operator) is str
                        else checked(operator, (DashboardFiltersType0Operator,))
                    )
                else:
                    operator = UNSET
            except FIELD_ERRORS as _error:
                operator, _found = tolerated(src_dict, "operator", _error, _found, "DashboardFiltersType0Operator")

            _field = "conditions"
            try:
                if "conditions" in src_dict:
                    conditions: Any = src_dict["conditions"]
                    _present += 1
                    if type(conditions) is not list:
                        conditions = checked(conditions, (list,))

                else:
                    conditions = UNSET
            except FIELD_ERRORS as _error:
                conditions, _found = tolerated(src_dict, "conditions", _error, _found, "list[Any]")

            _instance = cls(
                field=field,
                op=op,
                value=value,
                operator=operator,
                conditions=conditions,
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
