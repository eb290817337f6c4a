from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.alert_create_preset import AlertCreatePreset
from ..models.alert_create_source_type import AlertCreateSourceType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "project",
        "source_type",
        "id",
        "enabled",
        "source_id",
        "source",
        "threshold",
        "notifications",
        "preset",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "name": self.name,
            "project": self.project,
            "source_type": self.source_type._value_
            if type(self.source_type) is AlertCreateSourceType
            else enum_value(AlertCreateSourceType, self.source_type, "source_type", self),
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.enabled, Unset):
            field_dict["enabled"] = self.enabled
        if not isinstance(self.source_id, Unset):
            field_dict["source_id"] = self.source_id
        if not isinstance(self.source, Unset):
            field_dict["source"] = self.source
        if not isinstance(self.threshold, Unset):
            field_dict["threshold"] = self.threshold
        if not isinstance(self.notifications, Unset):
            field_dict["notifications"] = self.notifications
        if not isinstance(self.preset, Unset):
            field_dict["preset"] = (
                self.preset._value_
                if type(self.preset) is AlertCreatePreset
                else enum_value(AlertCreatePreset, self.preset, "preset", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(
            (
                "source_type",
                (None, str(enum_value(AlertCreateSourceType, self.source_type, "source_type")).encode(), "text/plain"),
            )
        )

        if not isinstance(self.enabled, Unset):
            files.append(("enabled", (None, str(self.enabled).encode(), "text/plain")))

        if not isinstance(self.source_id, Unset):
            if isinstance(self.source_id, int):
                files.append(("source_id", (None, str(self.source_id).encode(), "text/plain")))
            else:
                files.append(("source_id", (None, b"", "text/plain")))

        if not isinstance(self.source, Unset):
            files.append(("source", (None, form_text(self.source, "source"), "text/plain")))

        if not isinstance(self.threshold, Unset):
            files.append(("threshold", (None, form_text(self.threshold, "threshold"), "text/plain")))

        if not isinstance(self.notifications, Unset):
            files.append(("notifications", (None, form_text(self.notifications, "notifications"), "text/plain")))

        if not isinstance(self.preset, Unset):
            files.append(
                ("preset", (None, str(enum_value(AlertCreatePreset, self.preset, "preset")).encode(), "text/plain"))
            )

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
            _present = 3
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "source_type"
            try:
                source_type: Any = src_dict["source_type"]
                source_type = (
                    AlertCreateSourceType._value2member_map_.get(source_type) or AlertCreateSourceType(source_type)
                    if type(source_type) is str
                    else checked(source_type, (AlertCreateSourceType,))
                )
            except FIELD_ERRORS as _error:
                source_type, _found = tolerated(src_dict, "source_type", _error, _found, "AlertCreateSourceType")

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

            _field = "enabled"
            try:
                if "enabled" in src_dict:
                    enabled: Any = src_dict["enabled"]
                    _present += 1
                    if type(enabled) is not bool:
                        enabled = checked(enabled, (bool,))
                else:
                    enabled = UNSET
            except FIELD_ERRORS as _error:
                enabled, _found = tolerated(src_dict, "enabled", _error, _found, "bool")

            _field = "source_id"
            try:
                if "source_id" in src_dict:
                    source_id: Any = src_dict["source_id"]
                    _present += 1
                    if source_id is not None:
                        if type(source_id) is not int:
                            source_id = checked(source_id, (int, type(None)))
                else:
                    source_id = UNSET
            except FIELD_ERRORS as _error:
                source_id, _found = tolerated(src_dict, "source_id", _error, _found, "int | None")

            _field = "source"
            try:
                if "source" in src_dict:
                    source: Any = src_dict["source"]
                    _present += 1

                else:
                    source = UNSET
            except FIELD_ERRORS as _error:
                source, _found = tolerated(src_dict, "source", _error, _found, "Any")

            _field = "threshold"
            try:
                if "threshold" in src_dict:
                    threshold: Any = src_dict["threshold"]
                    _present += 1

                else:
                    threshold = UNSET
            except FIELD_ERRORS as _error:
                threshold, _found = tolerated(src_dict, "threshold", _error, _found, "Any")

            _field = "notifications"
            try:
                if "notifications" in src_dict:
                    notifications: Any = src_dict["notifications"]
                    _present += 1

                else:
                    notifications = UNSET
            except FIELD_ERRORS as _error:
                notifications, _found = tolerated(src_dict, "notifications", _error, _found, "Any")

            _field = "preset"
            try:
                if "preset" in src_dict:
                    preset: Any = src_dict["preset"]
                    _present += 1
                    preset = (
                        AlertCreatePreset._value2member_map_.get(preset) or AlertCreatePreset(preset)
                        if type(preset) is str
                        else checked(preset, (AlertCreatePreset,))
                    )
                else:
                    preset = UNSET
            except FIELD_ERRORS as _error:
                preset, _found = tolerated(src_dict, "preset", _error, _found, "AlertCreatePreset")

            _instance = cls(
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
