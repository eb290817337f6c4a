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
        "copy_scenarios",
    }
)

T = TypeVar("T", bound="SchemaPostCopyAgent")


@_attrs_define
class SchemaPostCopyAgent:
    copy_scenarios: bool | Unset = UNSET
    """
    If true, scenarios will be copied
    Example: `true` or `fase`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.copy_scenarios, Unset):
            field_dict["copy_scenarios"] = self.copy_scenarios
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.copy_scenarios, Unset):
            files.append(("copy_scenarios", (None, str(self.copy_scenarios).encode(), "text/plain")))

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
            _field = "copy_scenarios"
            try:
                if "copy_scenarios" in src_dict:
                    copy_scenarios: Any = src_dict["copy_scenarios"]
                    _present += 1
                    if type(copy_scenarios) is not bool:
                        copy_scenarios = checked(copy_scenarios, (bool,))
                else:
                    copy_scenarios = UNSET
            except FIELD_ERRORS as _error:
                copy_scenarios, _found = tolerated(src_dict, "copy_scenarios", _error, _found, "bool")

            _instance = cls(
                copy_scenarios=copy_scenarios,
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
