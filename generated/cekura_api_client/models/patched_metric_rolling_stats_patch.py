from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "window_size",
        "std_multiplier",
        "ewma_alpha",
    }
)

T = TypeVar("T", bound="PatchedMetricRollingStatsPatch")


@_attrs_define
class PatchedMetricRollingStatsPatch:
    window_size: int | Unset = UNSET
    std_multiplier: float | Unset = UNSET
    ewma_alpha: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.window_size, Unset):
            field_dict["window_size"] = self.window_size
        if not isinstance(self.std_multiplier, Unset):
            field_dict["std_multiplier"] = self.std_multiplier
        if not isinstance(self.ewma_alpha, Unset):
            field_dict["ewma_alpha"] = self.ewma_alpha
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

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
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
            _field = "window_size"
            try:
                if "window_size" in src_dict:
                    window_size: Any = src_dict["window_size"]
                    _present += 1
                    if type(window_size) is not int:
                        window_size = checked(window_size, (int,))
                else:
                    window_size = UNSET
            except FIELD_ERRORS as _error:
                window_size, _found = tolerated(src_dict, "window_size", _error, _found, "int")

            _field = "std_multiplier"
            try:
                if "std_multiplier" in src_dict:
                    std_multiplier: Any = src_dict["std_multiplier"]
                    _present += 1
                    if type(std_multiplier) is not float:
                        std_multiplier = checked(std_multiplier, (float, int))
                else:
                    std_multiplier = UNSET
            except FIELD_ERRORS as _error:
                std_multiplier, _found = tolerated(src_dict, "std_multiplier", _error, _found, "float")

            _field = "ewma_alpha"
            try:
                if "ewma_alpha" in src_dict:
                    ewma_alpha: Any = src_dict["ewma_alpha"]
                    _present += 1
                    if type(ewma_alpha) is not float:
                        ewma_alpha = checked(ewma_alpha, (float, int))
                else:
                    ewma_alpha = UNSET
            except FIELD_ERRORS as _error:
                ewma_alpha, _found = tolerated(src_dict, "ewma_alpha", _error, _found, "float")

            _instance = cls(
                window_size=window_size,
                std_multiplier=std_multiplier,
                ewma_alpha=ewma_alpha,
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
