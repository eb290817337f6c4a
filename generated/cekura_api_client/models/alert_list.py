from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_list_source_type import AlertListSourceType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "project",
        "source_type",
        "id",
        "enabled",
        "source_id",
        "source_object_name",
        "source_object_eval_type",
        "source",
        "threshold",
        "notifications",
        "trigger_count",
        "last_triggered_at",
        "last_triggered_at_formatted",
        "created_at",
        "updated_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "name": self.name,
            "project": self.project,
            "source_type": self.source_type._value_
            if type(self.source_type) is AlertListSourceType
            else enum_value(AlertListSourceType, self.source_type, "source_type", self),
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.enabled, Unset):
            field_dict["enabled"] = self.enabled
        if not isinstance(self.source_id, Unset):
            field_dict["source_id"] = self.source_id
        if not isinstance(self.source_object_name, Unset) and _response:
            field_dict["source_object_name"] = self.source_object_name
        if not isinstance(self.source_object_eval_type, Unset) and _response:
            field_dict["source_object_eval_type"] = self.source_object_eval_type
        if not isinstance(self.source, Unset):
            field_dict["source"] = self.source
        if not isinstance(self.threshold, Unset):
            field_dict["threshold"] = self.threshold
        if not isinstance(self.notifications, Unset):
            field_dict["notifications"] = self.notifications
        if not isinstance(self.trigger_count, Unset) and _response:
            field_dict["trigger_count"] = self.trigger_count
        if not isinstance(self.last_triggered_at, Unset) and _response:
            field_dict["last_triggered_at"] = (
                _wire[1]
                if _wire is not None and self.last_triggered_at is _wire[0]
                else None
                if self.last_triggered_at is None
                else self.last_triggered_at.isoformat().replace("+00:00", "Z")
                if type(self.last_triggered_at) is datetime.datetime
                else iso_datetime(self.last_triggered_at, "last_triggered_at", self)
            )
        if not isinstance(self.last_triggered_at_formatted, Unset) and _response:
            field_dict["last_triggered_at_formatted"] = self.last_triggered_at_formatted
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[3]
                if _wire is not None and self.created_at is _wire[2]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[5]
                if _wire is not None and self.updated_at is _wire[4]
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
                    AlertListSourceType._value2member_map_.get(source_type) or AlertListSourceType(source_type)
                    if type(source_type) is str
                    else checked(source_type, (AlertListSourceType,))
                )
            except FIELD_ERRORS as _error:
                source_type, _found = tolerated(src_dict, "source_type", _error, _found, "AlertListSourceType")

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

            _field = "source_object_name"
            try:
                if "source_object_name" in src_dict:
                    source_object_name: Any = src_dict["source_object_name"]
                    _present += 1
                    if type(source_object_name) is not str:
                        source_object_name = checked(source_object_name, (str,))
                else:
                    source_object_name = UNSET
            except FIELD_ERRORS as _error:
                source_object_name, _found = tolerated(src_dict, "source_object_name", _error, _found, "str")

            _field = "source_object_eval_type"
            try:
                if "source_object_eval_type" in src_dict:
                    source_object_eval_type: Any = src_dict["source_object_eval_type"]
                    _present += 1
                    if type(source_object_eval_type) is not str:
                        source_object_eval_type = checked(source_object_eval_type, (str,))
                else:
                    source_object_eval_type = UNSET
            except FIELD_ERRORS as _error:
                source_object_eval_type, _found = tolerated(src_dict, "source_object_eval_type", _error, _found, "str")

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

            _field = "trigger_count"
            try:
                if "trigger_count" in src_dict:
                    trigger_count: Any = src_dict["trigger_count"]
                    _present += 1
                    if type(trigger_count) is not int:
                        trigger_count = checked(trigger_count, (int,))
                else:
                    trigger_count = UNSET
            except FIELD_ERRORS as _error:
                trigger_count, _found = tolerated(src_dict, "trigger_count", _error, _found, "int")

            _field = "last_triggered_at"
            try:
                if "last_triggered_at" in src_dict:
                    last_triggered_at: Any = src_dict["last_triggered_at"]
                    _last_triggered_at_text = last_triggered_at
                    _present += 1
                    if last_triggered_at is not None:
                        if type(last_triggered_at) is str:
                            try:
                                last_triggered_at = fromisoformat(last_triggered_at)
                            except ValueError:
                                last_triggered_at = parse_datetime(last_triggered_at)
                        else:
                            last_triggered_at = checked(last_triggered_at, (datetime.datetime, type(None)))
                            _last_triggered_at_text = last_triggered_at.isoformat().replace("+00:00", "Z")
                else:
                    last_triggered_at = _last_triggered_at_text = UNSET
            except FIELD_ERRORS as _error:
                last_triggered_at, _found = tolerated(
                    src_dict, "last_triggered_at", _error, _found, "datetime.datetime | None"
                )
                _last_triggered_at_text = last_triggered_at

            _field = "last_triggered_at_formatted"
            try:
                if "last_triggered_at_formatted" in src_dict:
                    last_triggered_at_formatted: Any = src_dict["last_triggered_at_formatted"]
                    _present += 1
                    if type(last_triggered_at_formatted) is not str:
                        last_triggered_at_formatted = checked(last_triggered_at_formatted, (str,))
                else:
                    last_triggered_at_formatted = UNSET
            except FIELD_ERRORS as _error:
                last_triggered_at_formatted, _found = tolerated(
                    src_dict, "last_triggered_at_formatted", _error, _found, "str"
                )

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _instance = cls(
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
            _instance._wire_text = (
                last_triggered_at,
                _last_triggered_at_text,
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
