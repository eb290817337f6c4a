from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_list_source_type import AlertListSourceType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertList")


@_attrs_define
class AlertList:
    """Lightweight serializer for alert listing"""

    name: str
    """ Alert name """
    project: int
    """ Project this alert belongs to """
    source_type: AlertListSourceType
    """ Type of data source: metric, duration, call_volume, etc.

    * `metric` - Metric """
    id: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    """ Enable/disable alert """
    source_id: int | None | Unset = UNSET
    """ ID of monitored object """
    source_object_name: str | Unset = UNSET
    source_object_eval_type: str | Unset = UNSET
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
    trigger_count: int | Unset = UNSET
    """ Total triggers count """
    last_triggered_at: datetime.datetime | None | Unset = UNSET
    """ Last trigger timestamp """
    last_triggered_at_formatted: str | Unset = UNSET
    """ Return human-readable last triggered time """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        project = self.project

        source_type = self.source_type.value

        id = self.id

        enabled = self.enabled

        source_id: int | None | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_object_name = self.source_object_name

        source_object_eval_type = self.source_object_eval_type

        source = self.source

        threshold = self.threshold

        notifications = self.notifications

        trigger_count = self.trigger_count

        last_triggered_at: None | str | Unset
        if isinstance(self.last_triggered_at, Unset):
            last_triggered_at = UNSET
        elif isinstance(self.last_triggered_at, datetime.datetime):
            last_triggered_at = self.last_triggered_at.isoformat().replace("+00:00", "Z")
        else:
            last_triggered_at = self.last_triggered_at

        last_triggered_at_formatted = self.last_triggered_at_formatted

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

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
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_object_name is not UNSET and _response:
            field_dict["source_object_name"] = source_object_name
        if source_object_eval_type is not UNSET and _response:
            field_dict["source_object_eval_type"] = source_object_eval_type
        if source is not UNSET:
            field_dict["source"] = source
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if trigger_count is not UNSET and _response:
            field_dict["trigger_count"] = trigger_count
        if last_triggered_at is not UNSET and _response:
            field_dict["last_triggered_at"] = last_triggered_at
        if last_triggered_at_formatted is not UNSET and _response:
            field_dict["last_triggered_at_formatted"] = last_triggered_at_formatted
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            source_type = AlertListSourceType(d.pop("source_type"))

            if not isinstance(source_type, (AlertListSourceType,)):
                expect(source_type, (AlertListSourceType,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "enabled"
            enabled = d.pop("enabled", UNSET)
            if not isinstance(enabled, (bool, Unset)):
                expect(enabled, (bool, Unset))

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

            _field = "source_object_eval_type"
            source_object_eval_type = d.pop("source_object_eval_type", UNSET)
            if not isinstance(source_object_eval_type, (str, Unset)):
                expect(source_object_eval_type, (str, Unset))

            _field = "source"
            source = d.pop("source", UNSET)

            _field = "threshold"
            threshold = d.pop("threshold", UNSET)

            _field = "notifications"
            notifications = d.pop("notifications", UNSET)

            _field = "trigger_count"
            trigger_count = d.pop("trigger_count", UNSET)
            if not isinstance(trigger_count, (int, Unset)) or isinstance(trigger_count, bool):
                expect(trigger_count, (int, Unset))

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

            _field = "last_triggered_at_formatted"
            last_triggered_at_formatted = d.pop("last_triggered_at_formatted", UNSET)
            if not isinstance(last_triggered_at_formatted, (str, Unset)):
                expect(last_triggered_at_formatted, (str, Unset))

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

            alert_list = cls(
                name=name,
                project=project,
                source_type=source_type,
                id=id,
                enabled=enabled,
                source_id=source_id,
                source_object_name=source_object_name,
                source_object_eval_type=source_object_eval_type,
                source=source,
                threshold=threshold,
                notifications=notifications,
                trigger_count=trigger_count,
                last_triggered_at=last_triggered_at,
                last_triggered_at_formatted=last_triggered_at_formatted,
                created_at=created_at,
                updated_at=updated_at,
            )

            alert_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return alert_list

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
