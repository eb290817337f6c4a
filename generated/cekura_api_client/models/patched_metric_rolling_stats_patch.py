from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedMetricRollingStatsPatch")


@_attrs_define
class PatchedMetricRollingStatsPatch:
    window_size: int | Unset = UNSET
    std_multiplier: float | Unset = UNSET
    ewma_alpha: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        window_size = self.window_size

        std_multiplier = self.std_multiplier

        ewma_alpha = self.ewma_alpha

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if window_size is not UNSET:
            field_dict["window_size"] = window_size
        if std_multiplier is not UNSET:
            field_dict["std_multiplier"] = std_multiplier
        if ewma_alpha is not UNSET:
            field_dict["ewma_alpha"] = ewma_alpha

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.window_size, Unset):
            files.append(("window_size", (None, str(self.window_size).encode(), "text/plain")))

        if not isinstance(self.std_multiplier, Unset):
            files.append(("std_multiplier", (None, str(self.std_multiplier).encode(), "text/plain")))

        if not isinstance(self.ewma_alpha, Unset):
            files.append(("ewma_alpha", (None, str(self.ewma_alpha).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "window_size"
            window_size = d.pop("window_size", UNSET)
            if not isinstance(window_size, (int, Unset)) or isinstance(window_size, bool):
                expect(window_size, (int, Unset))

            _field = "std_multiplier"
            std_multiplier = d.pop("std_multiplier", UNSET)
            if not isinstance(std_multiplier, (float, int, Unset)) or isinstance(std_multiplier, bool):
                expect(std_multiplier, (float, int, Unset))

            _field = "ewma_alpha"
            ewma_alpha = d.pop("ewma_alpha", UNSET)
            if not isinstance(ewma_alpha, (float, int, Unset)) or isinstance(ewma_alpha, bool):
                expect(ewma_alpha, (float, int, Unset))

            patched_metric_rolling_stats_patch = cls(
                window_size=window_size,
                std_multiplier=std_multiplier,
                ewma_alpha=ewma_alpha,
            )

            patched_metric_rolling_stats_patch.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_metric_rolling_stats_patch

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
