from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "metric",
        "metric_name",
        "agent",
        "agent_name",
        "alert",
        "window_size",
        "calls_count",
        "std_multiplier",
        "ewma_alpha",
        "last_significant_change_detected",
        "last_alert_sent_at",
        "alert_count",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="MetricRollingStats")


@_attrs_define
class MetricRollingStats:
    """Read-only serializer for MetricRollingStats model.
    Used to verify that rolling stats objects are created when alerts are enabled.

    """

    id: int | Unset = UNSET
    metric: int | Unset = UNSET
    metric_name: str | Unset = UNSET
    agent: int | Unset = UNSET
    agent_name: str | Unset = UNSET
    alert: int | None | Unset = UNSET
    """ Alert object this rolling stats is tracking """
    window_size: int | Unset = UNSET
    calls_count: int | Unset = UNSET
    std_multiplier: float | Unset = UNSET
    ewma_alpha: float | Unset = UNSET
    last_significant_change_detected: datetime.datetime | None | Unset = UNSET
    last_alert_sent_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of when the last metric failure alert was sent """
    alert_count: int | Unset = UNSET
    """ Number of metric failure alerts sent """
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
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.metric, Unset) and _response:
            field_dict["metric"] = self.metric
        if not isinstance(self.metric_name, Unset) and _response:
            field_dict["metric_name"] = self.metric_name
        if not isinstance(self.agent, Unset) and _response:
            field_dict["agent"] = self.agent
        if not isinstance(self.agent_name, Unset) and _response:
            field_dict["agent_name"] = self.agent_name
        if not isinstance(self.alert, Unset) and _response:
            field_dict["alert"] = self.alert
        if not isinstance(self.window_size, Unset) and _response:
            field_dict["window_size"] = self.window_size
        if not isinstance(self.calls_count, Unset) and _response:
            field_dict["calls_count"] = self.calls_count
        if not isinstance(self.std_multiplier, Unset) and _response:
            field_dict["std_multiplier"] = self.std_multiplier
        if not isinstance(self.ewma_alpha, Unset) and _response:
            field_dict["ewma_alpha"] = self.ewma_alpha
        if not isinstance(self.last_significant_change_detected, Unset) and _response:
            field_dict["last_significant_change_detected"] = (
                _wire[1]
                if _wire is not None and self.last_significant_change_detected is _wire[0]
                else None
                if self.last_significant_change_detected is None
                else self.last_significant_change_detected.isoformat().replace("+00:00", "Z")
                if type(self.last_significant_change_detected) is datetime.datetime
                else iso_datetime(self.last_significant_change_detected, "last_significant_change_detected", self)
            )
        if not isinstance(self.last_alert_sent_at, Unset) and _response:
            field_dict["last_alert_sent_at"] = (
                _wire[3]
                if _wire is not None and self.last_alert_sent_at is _wire[2]
                else None
                if self.last_alert_sent_at is None
                else self.last_alert_sent_at.isoformat().replace("+00:00", "Z")
                if type(self.last_alert_sent_at) is datetime.datetime
                else iso_datetime(self.last_alert_sent_at, "last_alert_sent_at", self)
            )
        if not isinstance(self.alert_count, Unset) and _response:
            field_dict["alert_count"] = self.alert_count
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[5]
                if _wire is not None and self.created_at is _wire[4]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[7]
                if _wire is not None and self.updated_at is _wire[6]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

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

            _field = "metric"
            try:
                if "metric" in src_dict:
                    metric: Any = src_dict["metric"]
                    _present += 1
                    if type(metric) is not int:
                        metric = checked(metric, (int,))
                else:
                    metric = UNSET
            except FIELD_ERRORS as _error:
                metric, _found = tolerated(src_dict, "metric", _error, _found, "int")

            _field = "metric_name"
            try:
                if "metric_name" in src_dict:
                    metric_name: Any = src_dict["metric_name"]
                    _present += 1
                    if type(metric_name) is not str:
                        metric_name = checked(metric_name, (str,))
                else:
                    metric_name = UNSET
            except FIELD_ERRORS as _error:
                metric_name, _found = tolerated(src_dict, "metric_name", _error, _found, "str")

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if type(agent) is not int:
                        agent = checked(agent, (int,))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "agent_name"
            try:
                if "agent_name" in src_dict:
                    agent_name: Any = src_dict["agent_name"]
                    _present += 1
                    if type(agent_name) is not str:
                        agent_name = checked(agent_name, (str,))
                else:
                    agent_name = UNSET
            except FIELD_ERRORS as _error:
                agent_name, _found = tolerated(src_dict, "agent_name", _error, _found, "str")

            _field = "alert"
            try:
                if "alert" in src_dict:
                    alert: Any = src_dict["alert"]
                    _present += 1
                    if alert is not None:
                        if type(alert) is not int:
                            alert = checked(alert, (int, type(None)))
                else:
                    alert = UNSET
            except FIELD_ERRORS as _error:
                alert, _found = tolerated(src_dict, "alert", _error, _found, "int | None")

            _field = "window_size"
            try:
                if "window_size" in src_dict:
                    window_size: Any = src_dict["window_size"]
                    _present += 1
                    if type(window_size) is not int:
                        window_size = checked(window_size, (int,))
                else:
                    window_size = UNSET
            except FIELD_ERRORS as _error:
                window_size, _found = tolerated(src_dict, "window_size", _error, _found, "int")

            _field = "calls_count"
            try:
                if "calls_count" in src_dict:
                    calls_count: Any = src_dict["calls_count"]
                    _present += 1
                    if type(calls_count) is not int:
                        calls_count = checked(calls_count, (int,))
                else:
                    calls_count = UNSET
            except FIELD_ERRORS as _error:
                calls_count, _found = tolerated(src_dict, "calls_count", _error, _found, "int")

            _field = "std_multiplier"
            try:
                if "std_multiplier" in src_dict:
                    std_multiplier: Any = src_dict["std_multiplier"]
                    _present += 1
                    if type(std_multiplier) is not float:
                        std_multiplier = checked(std_multiplier, (float, int))
                else:
                    std_multiplier = UNSET
            except FIELD_ERRORS as _error:
                std_multiplier, _found = tolerated(src_dict, "std_multiplier", _error, _found, "float")

            _field = "ewma_alpha"
            try:
                if "ewma_alpha" in src_dict:
                    ewma_alpha: Any = src_dict["ewma_alpha"]
                    _present += 1
                    if type(ewma_alpha) is not float:
                        ewma_alpha = checked(ewma_alpha, (float, int))
                else:
                    ewma_alpha = UNSET
            except FIELD_ERRORS as _error:
                ewma_alpha, _found = tolerated(src_dict, "ewma_alpha", _error, _found, "float")

            _field = "last_significant_change_detected"
            try:
                if "last_significant_change_detected" in src_dict:
                    last_significant_change_detected: Any = src_dict["last_significant_change_detected"]
                    _last_significant_change_detected_text = last_significant_change_detected
                    _present += 1
                    if last_significant_change_detected is not None:
                        if type(last_significant_change_detected) is str:
                            try:
                                last_significant_change_detected = fromisoformat(last_significant_change_detected)
                            except ValueError:
                                last_significant_change_detected = parse_datetime(last_significant_change_detected)
                        else:
                            last_significant_change_detected = checked(
                                last_significant_change_detected, (datetime.datetime, type(None))
                            )
                            _last_significant_change_detected_text = (
                                last_significant_change_detected.isoformat().replace("+00:00", "Z")
                            )
                else:
                    last_significant_change_detected = _last_significant_change_detected_text = UNSET
            except FIELD_ERRORS as _error:
                last_significant_change_detected, _found = tolerated(
                    src_dict, "last_significant_change_detected", _error, _found, "datetime.datetime | None"
                )
                _last_significant_change_detected_text = last_significant_change_detected

            _field = "last_alert_sent_at"
            try:
                if "last_alert_sent_at" in src_dict:
                    last_alert_sent_at: Any = src_dict["last_alert_sent_at"]
                    _last_alert_sent_at_text = last_alert_sent_at
                    _present += 1
                    if last_alert_sent_at is not None:
                        if type(last_alert_sent_at) is str:
                            try:
                                last_alert_sent_at = fromisoformat(last_alert_sent_at)
                            except ValueError:
                                last_alert_sent_at = parse_datetime(last_alert_sent_at)
                        else:
                            last_alert_sent_at = checked(last_alert_sent_at, (datetime.datetime, type(None)))
                            _last_alert_sent_at_text = last_alert_sent_at.isoformat().replace("+00:00", "Z")
                else:
                    last_alert_sent_at = _last_alert_sent_at_text = UNSET
            except FIELD_ERRORS as _error:
                last_alert_sent_at, _found = tolerated(
                    src_dict, "last_alert_sent_at", _error, _found, "datetime.datetime | None"
                )
                _last_alert_sent_at_text = last_alert_sent_at

            _field = "alert_count"
            try:
                if "alert_count" in src_dict:
                    alert_count: Any = src_dict["alert_count"]
                    _present += 1
                    if type(alert_count) is not int:
                        alert_count = checked(alert_count, (int,))
                else:
                    alert_count = UNSET
            except FIELD_ERRORS as _error:
                alert_count, _found = tolerated(src_dict, "alert_count", _error, _found, "int")

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
                id=id,
                metric=metric,
                metric_name=metric_name,
                agent=agent,
                agent_name=agent_name,
                alert=alert,
                window_size=window_size,
                calls_count=calls_count,
                std_multiplier=std_multiplier,
                ewma_alpha=ewma_alpha,
                last_significant_change_detected=last_significant_change_detected,
                last_alert_sent_at=last_alert_sent_at,
                alert_count=alert_count,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                last_significant_change_detected,
                _last_significant_change_detected_text,
                last_alert_sent_at,
                _last_alert_sent_at_text,
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
