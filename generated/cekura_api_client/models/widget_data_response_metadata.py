from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_data_response_metadata_data_type import WidgetDataResponseMetadataDataType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        filter_value = self.filter_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if filter_value is not UNSET:
            field_dict["filter_value"] = filter_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "display_name"
            display_name = d.pop("display_name", UNSET)
            if not isinstance(display_name, (str, Unset)):
                expect(display_name, (str, Unset))

            _field = "data_type"
            _data_type = d.pop("data_type", UNSET)
            data_type: WidgetDataResponseMetadataDataType | Unset
            if isinstance(_data_type, Unset):
                data_type = UNSET
            else:
                data_type = WidgetDataResponseMetadataDataType(_data_type)

            if not isinstance(data_type, (WidgetDataResponseMetadataDataType, Unset)):
                expect(data_type, (WidgetDataResponseMetadataDataType, Unset))

            _field = "filter_value"
            filter_value = d.pop("filter_value", UNSET)

            widget_data_response_metadata = cls(
                display_name=display_name,
                data_type=data_type,
                filter_value=filter_value,
            )

            widget_data_response_metadata.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return widget_data_response_metadata

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
