from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.alert_detail_source_type import AlertDetailSourceType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_detail_source_object_details import AlertDetailSourceObjectDetails


T = TypeVar("T", bound="AlertDetail")


@_attrs_define
class AlertDetail:
    """Detailed serializer for alert retrieval"""

    name: str
    """ Alert name """
    project: int
    """ Project this alert belongs to """
    source_type: AlertDetailSourceType
    """ Type of data source: metric, duration, call_volume, etc.

    * `metric` - Metric """
    id: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    """ Enable/disable alert """
    project_name: str | Unset = UNSET
    source_id: int | None | Unset = UNSET
    """ ID of monitored object """
    source_object_name: str | Unset = UNSET
    source_object_details: AlertDetailSourceObjectDetails | Unset = UNSET
    """ Get basic details about the source object """
    source: Any | Unset = UNSET
    """ Source config keyed on `sub_type`. `normal`: {sub_type, filters?}. `significant_change`: {sub_type,
    window_size, filters?}. `threshold`: {sub_type, window_size, filters?}. `insight_new_mode`: {sub_type,
    min_calls?} — fires when a new failure mode is detected for the metric. `insight_uptick`: {sub_type,
    window_hours, baseline_hours} — fires when a failure mode's recent volume spikes vs its baseline. `filters` is
    an optional CallLogQueryFilter expression. """
    threshold: Any | Unset = UNSET
    """ Threshold config keyed on the source's `sub_type`. `normal`: {} (fires on every failing eval).
    `significant_change`: {std_multiplier, ewma_alpha, direction}. `threshold`: {operator (gt|lt|outside), value
    (number | {low, high}), min_breaches}. `insight_new_mode`: {} (fires when a new failure mode appears).
    `insight_uptick`: {min_count, multiplier}. """
    notifications: Any | Unset = UNSET
    """ Notification routing. `{slack: {workspace_id, channel_id?}}` to send to a specific workspace/channel. Empty
    fans out to every project workspace; empty + no project workspaces means the alert is silent. """
    last_triggered_at: datetime.datetime | None | Unset = UNSET
    """ Last trigger timestamp """
    trigger_count: int | Unset = UNSET
    """ Total triggers count """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    last_updated_by: int | None | Unset = UNSET
    """ User who last updated this alert """
    last_updated_by_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        project = self.project

        source_type = self.source_type.value

        id = self.id

        enabled = self.enabled

        project_name = self.project_name

        source_id: int | None | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_object_name = self.source_object_name

        source_object_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_object_details, Unset):
            source_object_details = self.source_object_details.to_dict()

        source = self.source

        threshold = self.threshold

        notifications = self.notifications

        last_triggered_at: None | str | Unset
        if isinstance(self.last_triggered_at, Unset):
            last_triggered_at = UNSET
        elif isinstance(self.last_triggered_at, datetime.datetime):
            last_triggered_at = self.last_triggered_at.isoformat().replace("+00:00", "Z")
        else:
            last_triggered_at = self.last_triggered_at

        trigger_count = self.trigger_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        last_updated_by: int | None | Unset
        if isinstance(self.last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = self.last_updated_by

        last_updated_by_email = self.last_updated_by_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "project": project,
                "source_type": source_type,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if project_name is not UNSET and _response:
            field_dict["project_name"] = project_name
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_object_name is not UNSET and _response:
            field_dict["source_object_name"] = source_object_name
        if source_object_details is not UNSET and _response:
            field_dict["source_object_details"] = source_object_details
        if source is not UNSET:
            field_dict["source"] = source
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if last_triggered_at is not UNSET and _response:
            field_dict["last_triggered_at"] = last_triggered_at
        if trigger_count is not UNSET and _response:
            field_dict["trigger_count"] = trigger_count
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if last_updated_by is not UNSET and _response:
            field_dict["last_updated_by"] = last_updated_by
        if last_updated_by_email is not UNSET and _response:
            field_dict["last_updated_by_email"] = last_updated_by_email

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(("source_type", (None, str(self.source_type.value).encode(), "text/plain")))

        if not isinstance(self.enabled, Unset):
            files.append(("enabled", (None, str(self.enabled).encode(), "text/plain")))

        if not isinstance(self.source_id, Unset):
            if isinstance(self.source_id, int):
                files.append(("source_id", (None, str(self.source_id).encode(), "text/plain")))
            else:
                files.append(("source_id", (None, str(self.source_id).encode(), "text/plain")))

        if not isinstance(self.source, Unset):
            files.append(("source", (None, str(self.source).encode(), "text/plain")))

        if not isinstance(self.threshold, Unset):
            files.append(("threshold", (None, str(self.threshold).encode(), "text/plain")))

        if not isinstance(self.notifications, Unset):
            files.append(("notifications", (None, str(self.notifications).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_detail_source_object_details import AlertDetailSourceObjectDetails  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "source_type"
            source_type = AlertDetailSourceType(d.pop("source_type"))

            if not isinstance(source_type, (AlertDetailSourceType,)):
                expect(source_type, (AlertDetailSourceType,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "enabled"
            enabled = d.pop("enabled", UNSET)
            if not isinstance(enabled, (bool, Unset)):
                expect(enabled, (bool, Unset))

            _field = "project_name"
            project_name = d.pop("project_name", UNSET)
            if not isinstance(project_name, (str, Unset)):
                expect(project_name, (str, Unset))

            _field = "source_id"

            def _parse_source_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            source_id = _parse_source_id(d.pop("source_id", UNSET))

            if not isinstance(source_id, (int, type(None), Unset)) or isinstance(source_id, bool):
                expect(source_id, (int, type(None), Unset))

            _field = "source_object_name"
            source_object_name = d.pop("source_object_name", UNSET)
            if not isinstance(source_object_name, (str, Unset)):
                expect(source_object_name, (str, Unset))

            _field = "source_object_details"
            _source_object_details = d.pop("source_object_details", UNSET)
            source_object_details: AlertDetailSourceObjectDetails | Unset
            if isinstance(_source_object_details, Unset):
                source_object_details = UNSET
            else:
                source_object_details = AlertDetailSourceObjectDetails.from_dict(_source_object_details)

            if not isinstance(source_object_details, (AlertDetailSourceObjectDetails, Unset)):
                expect(source_object_details, (AlertDetailSourceObjectDetails, Unset))

            _field = "source"
            source = d.pop("source", UNSET)

            _field = "threshold"
            threshold = d.pop("threshold", UNSET)

            _field = "notifications"
            notifications = d.pop("notifications", UNSET)

            _field = "last_triggered_at"

            def _parse_last_triggered_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_triggered_at_type_0 = parse_datetime(data)

                    return last_triggered_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_triggered_at = _parse_last_triggered_at(d.pop("last_triggered_at", UNSET))

            if not isinstance(last_triggered_at, (datetime.datetime, type(None), Unset)):
                expect(last_triggered_at, (datetime.datetime, type(None), Unset))

            _field = "trigger_count"
            trigger_count = d.pop("trigger_count", UNSET)
            if not isinstance(trigger_count, (int, Unset)) or isinstance(trigger_count, bool):
                expect(trigger_count, (int, Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            _field = "last_updated_by"

            def _parse_last_updated_by(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            last_updated_by = _parse_last_updated_by(d.pop("last_updated_by", UNSET))

            if not isinstance(last_updated_by, (int, type(None), Unset)) or isinstance(last_updated_by, bool):
                expect(last_updated_by, (int, type(None), Unset))

            _field = "last_updated_by_email"
            last_updated_by_email = d.pop("last_updated_by_email", UNSET)
            if not isinstance(last_updated_by_email, (str, Unset)):
                expect(last_updated_by_email, (str, Unset))

            alert_detail = cls(
                name=name,
                project=project,
                source_type=source_type,
                id=id,
                enabled=enabled,
                project_name=project_name,
                source_id=source_id,
                source_object_name=source_object_name,
                source_object_details=source_object_details,
                source=source,
                threshold=threshold,
                notifications=notifications,
                last_triggered_at=last_triggered_at,
                trigger_count=trigger_count,
                created_at=created_at,
                updated_at=updated_at,
                last_updated_by=last_updated_by,
                last_updated_by_email=last_updated_by_email,
            )

            alert_detail.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return alert_detail

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
