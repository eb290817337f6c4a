from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.alert_create_preset import AlertCreatePreset
from ..models.alert_create_source_type import AlertCreateSourceType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertCreate")


@_attrs_define
class AlertCreate:
    name: str
    """ Alert name """
    project: int
    """ Project this alert belongs to """
    source_type: AlertCreateSourceType
    """ Type of data source: metric, duration, call_volume, etc.

    * `metric` - Metric """
    id: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    """ Enable/disable alert """
    source_id: int | None | Unset = UNSET
    """ ID of monitored object """
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
    preset: AlertCreatePreset | Unset = UNSET
    """ Optional shorthand for trend alerts: 'conservative' | 'balanced' | 'aggressive'. Expands to std_multiplier /
    ewma_alpha / window_size. Explicit values in `source` or `threshold` override the preset. Ignored unless
    sub_type == 'significant_change'.

    * `conservative` - conservative
    * `balanced` - balanced
    * `aggressive` - aggressive """
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

        source = self.source

        threshold = self.threshold

        notifications = self.notifications

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset.value

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
        if source is not UNSET:
            field_dict["source"] = source
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if preset is not UNSET:
            field_dict["preset"] = preset

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

        if not isinstance(self.preset, Unset):
            files.append(("preset", (None, str(self.preset.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

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
            source_type = AlertCreateSourceType(d.pop("source_type"))

            if not isinstance(source_type, (AlertCreateSourceType,)):
                expect(source_type, (AlertCreateSourceType,))

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

            _field = "source"
            source = d.pop("source", UNSET)

            _field = "threshold"
            threshold = d.pop("threshold", UNSET)

            _field = "notifications"
            notifications = d.pop("notifications", UNSET)

            _field = "preset"
            _preset = d.pop("preset", UNSET)
            preset: AlertCreatePreset | Unset
            if isinstance(_preset, Unset):
                preset = UNSET
            else:
                preset = AlertCreatePreset(_preset)

            if not isinstance(preset, (AlertCreatePreset, Unset)):
                expect(preset, (AlertCreatePreset, Unset))

            alert_create = cls(
                name=name,
                project=project,
                source_type=source_type,
                id=id,
                enabled=enabled,
                source_id=source_id,
                source=source,
                threshold=threshold,
                notifications=notifications,
                preset=preset,
            )

            alert_create.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return alert_create

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
