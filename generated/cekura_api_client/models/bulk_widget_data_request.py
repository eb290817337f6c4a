from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_widget_data_request_filters import BulkWidgetDataRequestFilters


_PROPERTIES: frozenset[str] = frozenset(
    {
        "widget_ids",
        "filters",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "widget_ids": self.widget_ids,
        }
        if not isinstance(self.filters, Unset):
            field_dict["filters"] = (
                self.filters.to_dict()
                if type(self.filters) is BulkWidgetDataRequestFilters
                else written(self.filters, "filters", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for widget_ids_item_element in self.widget_ids:
            files.append(("widget_ids", (None, str(widget_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.filters, Unset):
            files.append(("filters", (None, json.dumps(self.filters.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "widget_ids"
            try:
                widget_ids: Any = src_dict["widget_ids"]
                if type(widget_ids) is not list:
                    widget_ids = checked(widget_ids, (list,))
                for _item in widget_ids:
                    if type(_item) is not int:
                        checked(_item, (int,))

            except FIELD_ERRORS as _error:
                widget_ids, _found = tolerated(
                    src_dict, "widget_ids", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "filters"
            try:
                if "filters" in src_dict:
                    filters: Any = src_dict["filters"]
                    _present += 1
                    filters = BulkWidgetDataRequestFilters.from_dict(filters)
                else:
                    filters = UNSET
            except FIELD_ERRORS as _error:
                filters, _found = tolerated(src_dict, "filters", _error, _found, "BulkWidgetDataRequestFilters")

            _instance = cls(
                widget_ids=widget_ids,
                filters=filters,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, BulkWidgetDataRequestFilters  # noqa: PLW0603
    from ..models.bulk_widget_data_request_filters import BulkWidgetDataRequestFilters  # noqa: PLC0415

    _imports_pending = False
