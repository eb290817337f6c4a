from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_data_response_metadata_data_type import WidgetDataResponseMetadataDataType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "display_name",
        "data_type",
        "filter_value",
    }
)

T = TypeVar("T", bound="WidgetDataResponseMetadata")


@_attrs_define
class WidgetDataResponseMetadata:
    """Additional metadata about the plotted data. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#widget-data) for details.

    """

    display_name: str | Unset = UNSET
    """ Human-readable name of the field """
    data_type: WidgetDataResponseMetadataDataType | Unset = UNSET
    """ Resolved data type of the field """
    filter_value: Any | Unset = UNSET
    """ The filter value used (e.g. metric ID), or null """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.display_name, Unset):
            field_dict["display_name"] = self.display_name
        if not isinstance(self.data_type, Unset):
            field_dict["data_type"] = (
                self.data_type._value_
                if type(self.data_type) is WidgetDataResponseMetadataDataType
                else enum_value(WidgetDataResponseMetadataDataType, self.data_type, "data_type", self)
            )
        if not isinstance(self.filter_value, Unset):
            field_dict["filter_value"] = self.filter_value
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
            _field = "display_name"
            try:
                if "display_name" in src_dict:
                    display_name: Any = src_dict["display_name"]
                    _present += 1
                    if type(display_name) is not str:
                        display_name = checked(display_name, (str,))
                else:
                    display_name = UNSET
            except FIELD_ERRORS as _error:
                display_name, _found = tolerated(src_dict, "display_name", _error, _found, "str")

            _field = "data_type"
            try:
                if "data_type" in src_dict:
                    data_type: Any = src_dict["data_type"]
                    _present += 1
                    data_type = (
                        WidgetDataResponseMetadataDataType._value2member_map_.get(data_type)
                        or WidgetDataResponseMetadataDataType(data_type)
                        if type(data_type) is str
                        else checked(data_type, (WidgetDataResponseMetadataDataType,))
                    )
                else:
                    data_type = UNSET
            except FIELD_ERRORS as _error:
                data_type, _found = tolerated(
                    src_dict, "data_type", _error, _found, "WidgetDataResponseMetadataDataType"
                )

            _field = "filter_value"
            try:
                if "filter_value" in src_dict:
                    filter_value: Any = src_dict["filter_value"]
                    _present += 1

                else:
                    filter_value = UNSET
            except FIELD_ERRORS as _error:
                filter_value, _found = tolerated(src_dict, "filter_value", _error, _found, "Any")

            _instance = cls(
                display_name=display_name,
                data_type=data_type,
                filter_value=filter_value,
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
