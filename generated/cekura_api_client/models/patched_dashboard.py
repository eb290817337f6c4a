from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_dashboard_filters_type_0 import PatchedDashboardFiltersType0
    from ..models.widget import Widget


T = TypeVar("T", bound="PatchedDashboard")


@_attrs_define
class PatchedDashboard:
    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    """ Name of the dashboard """
    project: int | None | Unset = UNSET
    """ Project this dashboard belongs to """
    filters: None | PatchedDashboardFiltersType0 | Unset = UNSET
    """ Filter conditions to scope the data. See the [Dashboards
    guide](https://docs.cekura.ai/documentation/guides/dashboards#filters) for supported fields, operators, and
    syntax. """
    widgets: list[Widget] | Unset = UNSET
    widget_count: str | Unset = UNSET
    """ Number of widgets in the dashboard """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the dashboard was created """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the dashboard was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_dashboard_filters_type_0 import PatchedDashboardFiltersType0  # noqa: PLC0415

        _response = not building_request()
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, PatchedDashboardFiltersType0):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()
                widgets.append(widgets_item)

        widget_count = self.widget_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project is not UNSET:
            field_dict["project"] = project
        if filters is not UNSET:
            field_dict["filters"] = filters
        if widgets is not UNSET and _response:
            field_dict["widgets"] = widgets
        if widget_count is not UNSET and _response:
            field_dict["widget_count"] = widget_count
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        from ..models.patched_dashboard_filters_type_0 import PatchedDashboardFiltersType0  # noqa: PLC0415

        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.filters, Unset):
            if isinstance(self.filters, PatchedDashboardFiltersType0):
                files.append(("filters", (None, json.dumps(self.filters.to_dict()).encode(), "application/json")))
            else:
                files.append(("filters", (None, str(self.filters).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_dashboard_filters_type_0 import PatchedDashboardFiltersType0  # noqa: PLC0415
        from ..models.widget import Widget  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

            if not isinstance(name, (str, type(None), Unset)):
                expect(name, (str, type(None), Unset))

            _field = "project"

            def _parse_project(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            project = _parse_project(d.pop("project", UNSET))

            if not isinstance(project, (int, type(None), Unset)) or isinstance(project, bool):
                expect(project, (int, type(None), Unset))

            _field = "filters"

            def _parse_filters(data: object) -> None | PatchedDashboardFiltersType0 | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    filters_type_0 = PatchedDashboardFiltersType0.from_dict(data)

                    return filters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | PatchedDashboardFiltersType0 | Unset, data)

            filters = _parse_filters(d.pop("filters", UNSET))

            if not isinstance(filters, (PatchedDashboardFiltersType0, type(None), Unset)):
                expect(filters, (PatchedDashboardFiltersType0, type(None), Unset))

            _field = "widgets"
            _widgets = d.pop("widgets", UNSET)
            widgets: list[Widget] | Unset = UNSET
            if _widgets is not UNSET:
                widgets = []
                for widgets_item_data in _widgets:
                    widgets_item = Widget.from_dict(widgets_item_data)

                    widgets.append(widgets_item)

            if not isinstance(widgets, (list, Unset)):
                expect(widgets, (list, Unset))

            _field = "widget_count"
            widget_count = d.pop("widget_count", UNSET)
            if not isinstance(widget_count, (str, Unset)):
                expect(widget_count, (str, Unset))

            _field = "created_at"

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = parse_datetime(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            if not isinstance(created_at, (datetime.datetime, type(None), Unset)):
                expect(created_at, (datetime.datetime, type(None), Unset))

            _field = "updated_at"

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = parse_datetime(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

            if not isinstance(updated_at, (datetime.datetime, type(None), Unset)):
                expect(updated_at, (datetime.datetime, type(None), Unset))

            patched_dashboard = cls(
                id=id,
                name=name,
                project=project,
                filters=filters,
                widgets=widgets,
                widget_count=widget_count,
                created_at=created_at,
                updated_at=updated_at,
            )

            patched_dashboard.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_dashboard

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
