from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_list_filters_type_0 import DashboardListFiltersType0


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "project",
        "filters",
        "widget_count",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="DashboardList")


@_attrs_define
class DashboardList:
    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    """ Name of the dashboard """
    project: int | None | Unset = UNSET
    """ Project this dashboard belongs to """
    filters: DashboardListFiltersType0 | None | Unset = UNSET
    """ Filter conditions to scope the data. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#filters) for supported fields, operators, and
    syntax. """
    widget_count: str | Unset = UNSET
    """ Number of widgets in the dashboard """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the dashboard was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the dashboard was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.filters, Unset):
            field_dict["filters"] = (
                None
                if self.filters is None
                else self.filters.to_dict()
                if type(self.filters) is DashboardListFiltersType0
                else written(self.filters, "filters", self)
            )
        if not isinstance(self.widget_count, Unset) and _response:
            field_dict["widget_count"] = self.widget_count
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else None
                if self.created_at is None
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
                else None
                if self.updated_at is None
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
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
            _present = 0
            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if name is not None:
                        if type(name) is not str:
                            name = checked(name, (str, type(None)))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "None | str")

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if project is not None:
                        if type(project) is not int:
                            project = checked(project, (int, type(None)))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int | None")

            _field = "filters"
            try:
                if "filters" in src_dict:
                    filters: Any = src_dict["filters"]
                    _present += 1
                    if filters is not None:
                        filters = DashboardListFiltersType0.from_dict(filters)
                else:
                    filters = UNSET
            except FIELD_ERRORS as _error:
                filters, _found = tolerated(src_dict, "filters", _error, _found, "DashboardListFiltersType0 | None")

            _field = "widget_count"
            try:
                if "widget_count" in src_dict:
                    widget_count: Any = src_dict["widget_count"]
                    _present += 1
                    if type(widget_count) is not str:
                        widget_count = checked(widget_count, (str,))
                else:
                    widget_count = UNSET
            except FIELD_ERRORS as _error:
                widget_count, _found = tolerated(src_dict, "widget_count", _error, _found, "str")

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if created_at is not None:
                        if type(created_at) is str:
                            try:
                                created_at = fromisoformat(created_at)
                            except ValueError:
                                created_at = parse_datetime(created_at)
                        else:
                            created_at = checked(created_at, (datetime.datetime, type(None)))
                            _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime | None")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if updated_at is not None:
                        if type(updated_at) is str:
                            try:
                                updated_at = fromisoformat(updated_at)
                            except ValueError:
                                updated_at = parse_datetime(updated_at)
                        else:
                            updated_at = checked(updated_at, (datetime.datetime, type(None)))
                            _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime | None")
                _updated_at_text = updated_at

            _instance = cls(
                id=id,
                name=name,
                project=project,
                filters=filters,
                widget_count=widget_count,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
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
    global _imports_pending, DashboardListFiltersType0  # noqa: PLW0603
    from ..models.dashboard_list_filters_type_0 import DashboardListFiltersType0  # noqa: PLC0415

    _imports_pending = False
