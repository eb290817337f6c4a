from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedMetricReorderRequest")


@_attrs_define
class PatchedMetricReorderRequest:
    metric_ids: list[int] | Unset = UNSET
    """ Metric IDs in their new display order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_ids: list[int] | Unset = UNSET
        if not isinstance(self.metric_ids, Unset):
            metric_ids = self.metric_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_ids is not UNSET:
            field_dict["metric_ids"] = metric_ids

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.metric_ids, Unset):
            for metric_ids_item_element in self.metric_ids:
                files.append(("metric_ids", (None, str(metric_ids_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "metric_ids"
            metric_ids = cast(list[int], d.pop("metric_ids", UNSET))

            if not isinstance(metric_ids, (list, Unset)):
                expect(metric_ids, (list, Unset))

            patched_metric_reorder_request = cls(
                metric_ids=metric_ids,
            )

            patched_metric_reorder_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_metric_reorder_request

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
