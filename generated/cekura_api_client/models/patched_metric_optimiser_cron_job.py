from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_metric_optimiser_cron_job_created_via_type_1 import PatchedMetricOptimiserCronJobCreatedViaType1
from ..models.patched_metric_optimiser_cron_job_created_via_type_2_type_1 import (
    PatchedMetricOptimiserCronJobCreatedViaType2Type1,
)
from ..models.patched_metric_optimiser_cron_job_created_via_type_3_type_1 import (
    PatchedMetricOptimiserCronJobCreatedViaType3Type1,
)
from ..models.patched_metric_optimiser_cron_job_notify_on import PatchedMetricOptimiserCronJobNotifyOn
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "project",
        "name",
        "metrics",
        "crontab_expression",
        "timezone",
        "auto_apply",
        "skip_evaluation",
        "is_active",
        "notify_on",
        "created_by",
        "created_via",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="PatchedMetricOptimiserCronJob")


@_attrs_define
class PatchedMetricOptimiserCronJob:
    id: int | Unset = UNSET
    project: int | Unset = UNSET
    """ Project ID this cron job belongs to. """
    name: str | Unset = UNSET
    """ Display name for the cronjob. """
    metrics: list[int] | Unset = UNSET
    """ Metric IDs the cron job will optimise on each firing. """
    crontab_expression: str | Unset = UNSET
    """ Standard 5-field cron expression (minute hour dom mon dow). """
    timezone: str | Unset = UNSET
    """ IANA timezone name (e.g. America/Los_Angeles). Defaults to UTC. """
    auto_apply: bool | Unset = UNSET
    """ If true, overwrite the live metric prompt with the optimised one whenever the optimised score is >= baseline
    on the labelled set. Defaults to false (read-only). """
    skip_evaluation: bool | Unset = UNSET
    """ Skip the post-optimisation evaluation pass to speed up the cron. """
    is_active: bool | Unset = UNSET
    notify_on: PatchedMetricOptimiserCronJobNotifyOn | Unset = UNSET
    """ When to email project members about the run outcome.

    * `never` - Never
    * `success` - Success
    * `failure` - Failure
    * `both` - Both """
    created_by: int | Unset = UNSET
    created_via: (
        None
        | PatchedMetricOptimiserCronJobCreatedViaType1
        | PatchedMetricOptimiserCronJobCreatedViaType2Type1
        | PatchedMetricOptimiserCronJobCreatedViaType3Type1
        | Unset
    ) = UNSET
    """ * `user` - User
    * `api` - API
    * `mcp` - MCP
    * `cli` - CLI
    * `sdk` - SDK """
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
        created_via: None | str | Unset
        if isinstance(self.created_via, Unset):
            created_via = UNSET
        elif isinstance(self.created_via, PatchedMetricOptimiserCronJobCreatedViaType1):
            created_via = enum_value(PatchedMetricOptimiserCronJobCreatedViaType1, self.created_via, "created_via")
        elif isinstance(self.created_via, PatchedMetricOptimiserCronJobCreatedViaType2Type1):
            created_via = enum_value(PatchedMetricOptimiserCronJobCreatedViaType2Type1, self.created_via, "created_via")
        elif isinstance(self.created_via, PatchedMetricOptimiserCronJobCreatedViaType3Type1):
            created_via = enum_value(PatchedMetricOptimiserCronJobCreatedViaType3Type1, self.created_via, "created_via")
        else:
            created_via = self.created_via

        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.metrics, Unset):
            field_dict["metrics"] = self.metrics
        if not isinstance(self.crontab_expression, Unset):
            field_dict["crontab_expression"] = self.crontab_expression
        if not isinstance(self.timezone, Unset):
            field_dict["timezone"] = self.timezone
        if not isinstance(self.auto_apply, Unset):
            field_dict["auto_apply"] = self.auto_apply
        if not isinstance(self.skip_evaluation, Unset):
            field_dict["skip_evaluation"] = self.skip_evaluation
        if not isinstance(self.is_active, Unset):
            field_dict["is_active"] = self.is_active
        if not isinstance(self.notify_on, Unset):
            field_dict["notify_on"] = (
                self.notify_on._value_
                if type(self.notify_on) is PatchedMetricOptimiserCronJobNotifyOn
                else enum_value(PatchedMetricOptimiserCronJobNotifyOn, self.notify_on, "notify_on", self)
            )
        if not isinstance(self.created_by, Unset) and _response:
            field_dict["created_by"] = self.created_by
        if created_via is not UNSET and _response:
            field_dict["created_via"] = created_via
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[3]
                if _wire is not None and self.updated_at is _wire[2]
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

        if not isinstance(self.project, Unset):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.metrics, Unset):
            for metrics_item_element in self.metrics:
                files.append(("metrics", (None, str(metrics_item_element).encode(), "text/plain")))

        if not isinstance(self.crontab_expression, Unset):
            files.append(("crontab_expression", (None, str(self.crontab_expression).encode(), "text/plain")))

        if not isinstance(self.timezone, Unset):
            files.append(("timezone", (None, str(self.timezone).encode(), "text/plain")))

        if not isinstance(self.auto_apply, Unset):
            files.append(("auto_apply", (None, str(self.auto_apply).encode(), "text/plain")))

        if not isinstance(self.skip_evaluation, Unset):
            files.append(("skip_evaluation", (None, str(self.skip_evaluation).encode(), "text/plain")))

        if not isinstance(self.is_active, Unset):
            files.append(("is_active", (None, str(self.is_active).encode(), "text/plain")))

        if not isinstance(self.notify_on, Unset):
            files.append(
                (
                    "notify_on",
                    (
                        None,
                        str(enum_value(PatchedMetricOptimiserCronJobNotifyOn, self.notify_on, "notify_on")).encode(),
                        "text/plain",
                    ),
                )
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

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if type(project) is not int:
                        project = checked(project, (int,))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "metrics"
            try:
                if "metrics" in src_dict:
                    metrics: Any = src_dict["metrics"]
                    _present += 1
                    if type(metrics) is not list:
                        metrics = checked(metrics, (list,))
                    for _item in metrics:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    metrics = UNSET
            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(
                    src_dict, "metrics", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "crontab_expression"
            try:
                if "crontab_expression" in src_dict:
                    crontab_expression: Any = src_dict["crontab_expression"]
                    _present += 1
                    if type(crontab_expression) is not str:
                        crontab_expression = checked(crontab_expression, (str,))
                else:
                    crontab_expression = UNSET
            except FIELD_ERRORS as _error:
                crontab_expression, _found = tolerated(src_dict, "crontab_expression", _error, _found, "str")

            _field = "timezone"
            try:
                if "timezone" in src_dict:
                    timezone: Any = src_dict["timezone"]
                    _present += 1
                    if type(timezone) is not str:
                        timezone = checked(timezone, (str,))
                else:
                    timezone = UNSET
            except FIELD_ERRORS as _error:
                timezone, _found = tolerated(src_dict, "timezone", _error, _found, "str")

            _field = "auto_apply"
            try:
                if "auto_apply" in src_dict:
                    auto_apply: Any = src_dict["auto_apply"]
                    _present += 1
                    if type(auto_apply) is not bool:
                        auto_apply = checked(auto_apply, (bool,))
                else:
                    auto_apply = UNSET
            except FIELD_ERRORS as _error:
                auto_apply, _found = tolerated(src_dict, "auto_apply", _error, _found, "bool")

            _field = "skip_evaluation"
            try:
                if "skip_evaluation" in src_dict:
                    skip_evaluation: Any = src_dict["skip_evaluation"]
                    _present += 1
                    if type(skip_evaluation) is not bool:
                        skip_evaluation = checked(skip_evaluation, (bool,))
                else:
                    skip_evaluation = UNSET
            except FIELD_ERRORS as _error:
                skip_evaluation, _found = tolerated(src_dict, "skip_evaluation", _error, _found, "bool")

            _field = "is_active"
            try:
                if "is_active" in src_dict:
                    is_active: Any = src_dict["is_active"]
                    _present += 1
                    if type(is_active) is not bool:
                        is_active = checked(is_active, (bool,))
                else:
                    is_active = UNSET
            except FIELD_ERRORS as _error:
                is_active, _found = tolerated(src_dict, "is_active", _error, _found, "bool")

            _field = "notify_on"
            try:
                if "notify_on" in src_dict:
                    notify_on: Any = src_dict["notify_on"]
                    _present += 1
                    notify_on = (
                        PatchedMetricOptimiserCronJobNotifyOn._value2member_map_.get(notify_on)
                        or PatchedMetricOptimiserCronJobNotifyOn(notify_on)
                        if type(notify_on) is str
                        else checked(notify_on, (PatchedMetricOptimiserCronJobNotifyOn,))
                    )
                else:
                    notify_on = UNSET
            except FIELD_ERRORS as _error:
                notify_on, _found = tolerated(
                    src_dict, "notify_on", _error, _found, "PatchedMetricOptimiserCronJobNotifyOn"
                )

            _field = "created_by"
            try:
                if "created_by" in src_dict:
                    created_by: Any = src_dict["created_by"]
                    _present += 1
                    if type(created_by) is not int:
                        created_by = checked(created_by, (int,))
                else:
                    created_by = UNSET
            except FIELD_ERRORS as _error:
                created_by, _found = tolerated(src_dict, "created_by", _error, _found, "int")

            _field = "created_via"
            try:

                def _parse_created_via(
                    data: object,
                ) -> (
                    None
                    | PatchedMetricOptimiserCronJobCreatedViaType1
                    | PatchedMetricOptimiserCronJobCreatedViaType2Type1
                    | PatchedMetricOptimiserCronJobCreatedViaType3Type1
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        created_via_type_1 = PatchedMetricOptimiserCronJobCreatedViaType1(data)

                        return created_via_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        created_via_type_2_type_1 = PatchedMetricOptimiserCronJobCreatedViaType2Type1(data)

                        return created_via_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        created_via_type_3_type_1 = PatchedMetricOptimiserCronJobCreatedViaType3Type1(data)

                        return created_via_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None
                        | PatchedMetricOptimiserCronJobCreatedViaType1
                        | PatchedMetricOptimiserCronJobCreatedViaType2Type1
                        | PatchedMetricOptimiserCronJobCreatedViaType3Type1
                        | Unset,
                        data,
                    )

                created_via = _parse_created_via(src_dict.get("created_via", UNSET))

                if not isinstance(
                    created_via,
                    (
                        type(None),
                        PatchedMetricOptimiserCronJobCreatedViaType1,
                        PatchedMetricOptimiserCronJobCreatedViaType2Type1,
                        PatchedMetricOptimiserCronJobCreatedViaType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        created_via,
                        (
                            type(None),
                            PatchedMetricOptimiserCronJobCreatedViaType1,
                            PatchedMetricOptimiserCronJobCreatedViaType2Type1,
                            PatchedMetricOptimiserCronJobCreatedViaType3Type1,
                            Unset,
                        ),
                    )
                if created_via is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                created_via, _found = tolerated(
                    src_dict,
                    "created_via",
                    _error,
                    _found,
                    "None | PatchedMetricOptimiserCronJobCreatedViaType1 | PatchedMetricOptimiserCronJobCreatedViaType2Type1 | PatchedMetricOptimiserCronJobCreatedViaType3Type1",
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
                id=id,
                project=project,
                name=name,
                metrics=metrics,
                crontab_expression=crontab_expression,
                timezone=timezone,
                auto_apply=auto_apply,
                skip_evaluation=skip_evaluation,
                is_active=is_active,
                notify_on=notify_on,
                created_by=created_by,
                created_via=created_via,
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
