from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_widget_data_request_filters import BulkWidgetDataRequestFilters


T = TypeVar("T", bound="BulkWidgetDataRequest")


@_attrs_define
class BulkWidgetDataRequest:
    widget_ids: list[int]
    """ List of widget IDs to get data for """
    filters: BulkWidgetDataRequestFilters | Unset = UNSET
    """ Optional override filters for all widgets. Filter conditions to scope the data. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#filters) for supported fields, operators, and
    syntax. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        widget_ids = self.widget_ids

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "widget_ids": widget_ids,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for widget_ids_item_element in self.widget_ids:
            files.append(("widget_ids", (None, str(widget_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.filters, Unset):
            files.append(("filters", (None, json.dumps(self.filters.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_widget_data_request_filters import BulkWidgetDataRequestFilters  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "widget_ids"
            widget_ids = cast(list[int], d.pop("widget_ids"))

            if not isinstance(widget_ids, (list,)):
                expect(widget_ids, (list,))

            _field = "filters"
            _filters = d.pop("filters", UNSET)
            filters: BulkWidgetDataRequestFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = BulkWidgetDataRequestFilters.from_dict(_filters)

            if not isinstance(filters, (BulkWidgetDataRequestFilters, Unset)):
                expect(filters, (BulkWidgetDataRequestFilters, Unset))

            bulk_widget_data_request = cls(
                widget_ids=widget_ids,
                filters=filters,
            )

            bulk_widget_data_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return bulk_widget_data_request

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
