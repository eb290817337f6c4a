from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dashboard_list_filters_type_0_op import DashboardListFiltersType0Op
from ..models.dashboard_list_filters_type_0_operator import DashboardListFiltersType0Operator
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardListFiltersType0")


@_attrs_define
class DashboardListFiltersType0:
    """Filter conditions to scope the data. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#filters) for supported fields, operators, and syntax.

    """

    field: str | Unset = UNSET
    """ Field name to filter on """
    op: DashboardListFiltersType0Op | Unset = UNSET
    """ Comparison operator """
    value: Any | Unset = UNSET
    """ Value to compare against. Type depends on the field and operator. """
    operator: DashboardListFiltersType0Operator | Unset = UNSET
    """ Logical operator to combine conditions """
    conditions: list[Any] | Unset = UNSET
    """ List of filter conditions or nested groups """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        op: str | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        value = self.value

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        conditions: list[Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if op is not UNSET:
            field_dict["op"] = op
        if value is not UNSET:
            field_dict["value"] = value
        if operator is not UNSET:
            field_dict["operator"] = operator
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "field"
            field = d.pop("field", UNSET)
            if not isinstance(field, (str, Unset)):
                expect(field, (str, Unset))

            _field = "op"
            _op = d.pop("op", UNSET)
            op: DashboardListFiltersType0Op | Unset
            if isinstance(_op, Unset):
                op = UNSET
            else:
                op = DashboardListFiltersType0Op(_op)

            if not isinstance(op, (DashboardListFiltersType0Op, Unset)):
                expect(op, (DashboardListFiltersType0Op, Unset))

            _field = "value"
            value = d.pop("value", UNSET)

            _field = "operator"
            _operator = d.pop("operator", UNSET)
            operator: DashboardListFiltersType0Operator | Unset
            if isinstance(_operator, Unset):
                operator = UNSET
            else:
                operator = DashboardListFiltersType0Operator(_operator)

            if not isinstance(operator, (DashboardListFiltersType0Operator, Unset)):
                expect(operator, (DashboardListFiltersType0Operator, Unset))

            _field = "conditions"
            conditions = cast(list[Any], d.pop("conditions", UNSET))

            if not isinstance(conditions, (list, Unset)):
                expect(conditions, (list, Unset))

            dashboard_list_filters_type_0 = cls(
                field=field,
                op=op,
                value=value,
                operator=operator,
                conditions=conditions,
            )

            dashboard_list_filters_type_0.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return dashboard_list_filters_type_0

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
