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
        "project",
        "metric_names",
    }
)

T = TypeVar("T", bound="MetricFailureModeInsightBulkGenerate")


@_attrs_define
class MetricFailureModeInsightBulkGenerate:
    """Request body for ``POST /metric-failure-mode-insights/bulk_generate/``.

    Triggers an insight audit for every eligible metric in the project
    using a sliding T-24h to T window. Returns the new insight rows so
    the FE can poll them.

    """

    project: int
    """ Project ID — fan out audits to every eligible metric in it. """
    metric_names: list[str] | None | Unset = UNSET
    """ Optional metric-name allowlist. If provided, only those metrics are audited (used by the FE to keep the
    toast count aligned with the cards on screen when a view filter is applied). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "project": self.project,
        }
        if not isinstance(self.metric_names, Unset):
            field_dict["metric_names"] = self.metric_names
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.metric_names, Unset):
            if isinstance(self.metric_names, list):
                for metric_names_type_0_item_element in self.metric_names:
                    files.append(("metric_names", (None, str(metric_names_type_0_item_element).encode(), "text/plain")))
            else:
                files.append(("metric_names", (None, b"", "text/plain")))

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
            _present = 1
            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "metric_names"
            try:
                if "metric_names" in src_dict:
                    metric_names: Any = src_dict["metric_names"]
                    _present += 1
                    if metric_names is not None:
                        if type(metric_names) is not list:
                            metric_names = checked(metric_names, (list, type(None)))
                        for _item in metric_names:
                            if type(_item) is not str:
                                checked(_item, (str,))
                else:
                    metric_names = UNSET
            except FIELD_ERRORS as _error:
                metric_names, _found = tolerated(
                    src_dict,
                    "metric_names",
                    _error,
                    _found,
                    "list[str] | None",
                    lambda element: checked(element, (str,)),
                )

            _instance = cls(
                project=project,
                metric_names=metric_names,
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
