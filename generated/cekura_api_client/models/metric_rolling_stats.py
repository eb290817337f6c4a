from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        metric = self.metric

        metric_name = self.metric_name

        agent = self.agent

        agent_name = self.agent_name

        alert: int | None | Unset
        if isinstance(self.alert, Unset):
            alert = UNSET
        else:
            alert = self.alert

        window_size = self.window_size

        calls_count = self.calls_count

        std_multiplier = self.std_multiplier

        ewma_alpha = self.ewma_alpha

        last_significant_change_detected: None | str | Unset
        if isinstance(self.last_significant_change_detected, Unset):
            last_significant_change_detected = UNSET
        elif isinstance(self.last_significant_change_detected, datetime.datetime):
            last_significant_change_detected = self.last_significant_change_detected.isoformat().replace("+00:00", "Z")
        else:
            last_significant_change_detected = self.last_significant_change_detected

        last_alert_sent_at: None | str | Unset
        if isinstance(self.last_alert_sent_at, Unset):
            last_alert_sent_at = UNSET
        elif isinstance(self.last_alert_sent_at, datetime.datetime):
            last_alert_sent_at = self.last_alert_sent_at.isoformat().replace("+00:00", "Z")
        else:
            last_alert_sent_at = self.last_alert_sent_at

        alert_count = self.alert_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if metric is not UNSET and _response:
            field_dict["metric"] = metric
        if metric_name is not UNSET and _response:
            field_dict["metric_name"] = metric_name
        if agent is not UNSET and _response:
            field_dict["agent"] = agent
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if alert is not UNSET and _response:
            field_dict["alert"] = alert
        if window_size is not UNSET and _response:
            field_dict["window_size"] = window_size
        if calls_count is not UNSET and _response:
            field_dict["calls_count"] = calls_count
        if std_multiplier is not UNSET and _response:
            field_dict["std_multiplier"] = std_multiplier
        if ewma_alpha is not UNSET and _response:
            field_dict["ewma_alpha"] = ewma_alpha
        if last_significant_change_detected is not UNSET and _response:
            field_dict["last_significant_change_detected"] = last_significant_change_detected
        if last_alert_sent_at is not UNSET and _response:
            field_dict["last_alert_sent_at"] = last_alert_sent_at
        if alert_count is not UNSET and _response:
            field_dict["alert_count"] = alert_count
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "metric"
            metric = d.pop("metric", UNSET)
            if not isinstance(metric, (int, Unset)) or isinstance(metric, bool):
                expect(metric, (int, Unset))

            _field = "metric_name"
            metric_name = d.pop("metric_name", UNSET)
            if not isinstance(metric_name, (str, Unset)):
                expect(metric_name, (str, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "alert"

            def _parse_alert(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            alert = _parse_alert(d.pop("alert", UNSET))

            if not isinstance(alert, (int, type(None), Unset)) or isinstance(alert, bool):
                expect(alert, (int, type(None), Unset))

            _field = "window_size"
            window_size = d.pop("window_size", UNSET)
            if not isinstance(window_size, (int, Unset)) or isinstance(window_size, bool):
                expect(window_size, (int, Unset))

            _field = "calls_count"
            calls_count = d.pop("calls_count", UNSET)
            if not isinstance(calls_count, (int, Unset)) or isinstance(calls_count, bool):
                expect(calls_count, (int, Unset))

            _field = "std_multiplier"
            std_multiplier = d.pop("std_multiplier", UNSET)
            if not isinstance(std_multiplier, (float, int, Unset)) or isinstance(std_multiplier, bool):
                expect(std_multiplier, (float, int, Unset))

            _field = "ewma_alpha"
            ewma_alpha = d.pop("ewma_alpha", UNSET)
            if not isinstance(ewma_alpha, (float, int, Unset)) or isinstance(ewma_alpha, bool):
                expect(ewma_alpha, (float, int, Unset))

            _field = "last_significant_change_detected"

            def _parse_last_significant_change_detected(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_significant_change_detected_type_0 = parse_datetime(data)

                    return last_significant_change_detected_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_significant_change_detected = _parse_last_significant_change_detected(
                d.pop("last_significant_change_detected", UNSET)
            )

            if not isinstance(last_significant_change_detected, (datetime.datetime, type(None), Unset)):
                expect(last_significant_change_detected, (datetime.datetime, type(None), Unset))

            _field = "last_alert_sent_at"

            def _parse_last_alert_sent_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_alert_sent_at_type_0 = parse_datetime(data)

                    return last_alert_sent_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_alert_sent_at = _parse_last_alert_sent_at(d.pop("last_alert_sent_at", UNSET))

            if not isinstance(last_alert_sent_at, (datetime.datetime, type(None), Unset)):
                expect(last_alert_sent_at, (datetime.datetime, type(None), Unset))

            _field = "alert_count"
            alert_count = d.pop("alert_count", UNSET)
            if not isinstance(alert_count, (int, Unset)) or isinstance(alert_count, bool):
                expect(alert_count, (int, Unset))

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

            metric_rolling_stats = cls(
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

            metric_rolling_stats.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_rolling_stats

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
