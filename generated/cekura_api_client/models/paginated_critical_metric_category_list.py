from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.critical_metric_category import CriticalMetricCategory


_PROPERTIES: frozenset[str] = frozenset(
    {
        "count",
        "results",
        "next",
        "previous",
    }
)

T = TypeVar("T", bound="PaginatedCriticalMetricCategoryList")


@_attrs_define
class PaginatedCriticalMetricCategoryList:
    count: int
    results: list[CriticalMetricCategory]
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"next_": "next"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "count": self.count,
            "results": [
                element.to_dict() if type(element) is CriticalMetricCategory else written(element, "results", self)
                for element in self.results
            ]
            if type(self.results) is list
            else written(self.results, "results", self),
        }
        if not isinstance(self.next_, Unset):
            field_dict["next"] = self.next_
        if not isinstance(self.previous, Unset):
            field_dict["previous"] = self.previous
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "count"
            try:
                count: Any = src_dict["count"]
                if type(count) is not int:
                    count = checked(count, (int,))
            except FIELD_ERRORS as _error:
                count, _found = tolerated(src_dict, "count", _error, _found, "int")

            _field = "results"
            try:
                results: Any = src_dict["results"]
                if type(results) is not list:
                    results = checked(results, (list,))
                results = [CriticalMetricCategory.from_dict(element) for element in results]

            except FIELD_ERRORS as _error:
                results, _found = tolerated(
                    src_dict,
                    "results",
                    _error,
                    _found,
                    "list[CriticalMetricCategory]",
                    lambda element: CriticalMetricCategory.from_dict(element),
                )

            _field = "next"
            try:
                if "next" in src_dict:
                    next_: Any = src_dict["next"]
                    _present += 1
                    if next_ is not None:
                        if type(next_) is not str:
                            next_ = checked(next_, (str, type(None)))
                else:
                    next_ = UNSET
            except FIELD_ERRORS as _error:
                next_, _found = tolerated(src_dict, "next", _error, _found, "None | str")

            _field = "previous"
            try:
                if "previous" in src_dict:
                    previous: Any = src_dict["previous"]
                    _present += 1
                    if previous is not None:
                        if type(previous) is not str:
                            previous = checked(previous, (str, type(None)))
                else:
                    previous = UNSET
            except FIELD_ERRORS as _error:
                previous, _found = tolerated(src_dict, "previous", _error, _found, "None | str")

            _instance = cls(
                count=count,
                results=results,
                next_=next_,
                previous=previous,
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
    global _imports_pending, CriticalMetricCategory  # noqa: PLW0603
    from ..models.critical_metric_category import CriticalMetricCategory  # noqa: PLC0415

    _imports_pending = False
