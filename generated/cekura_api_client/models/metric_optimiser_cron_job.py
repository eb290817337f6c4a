from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.metric_optimiser_cron_job_created_via_type_1 import MetricOptimiserCronJobCreatedViaType1
from ..models.metric_optimiser_cron_job_created_via_type_2_type_1 import MetricOptimiserCronJobCreatedViaType2Type1
from ..models.metric_optimiser_cron_job_created_via_type_3_type_1 import MetricOptimiserCronJobCreatedViaType3Type1
from ..models.metric_optimiser_cron_job_notify_on import MetricOptimiserCronJobNotifyOn
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricOptimiserCronJob")


@_attrs_define
class MetricOptimiserCronJob:
    project: int
    """ Project ID this cron job belongs to. """
    metrics: list[int]
    """ Metric IDs the cron job will optimise on each firing. """
    crontab_expression: str
    """ Standard 5-field cron expression (minute hour dom mon dow). """
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    """ Display name for the cronjob. """
    timezone: str | Unset = UNSET
    """ IANA timezone name (e.g. America/Los_Angeles). Defaults to UTC. """
    auto_apply: bool | Unset = UNSET
    """ If true, overwrite the live metric prompt with the optimised one whenever the optimised score is >= baseline
    on the labelled set. Defaults to false (read-only). """
    skip_evaluation: bool | Unset = UNSET
    """ Skip the post-optimisation evaluation pass to speed up the cron. """
    is_active: bool | Unset = UNSET
    notify_on: MetricOptimiserCronJobNotifyOn | Unset = UNSET
    """ When to email project members about the run outcome.

    * `never` - Never
    * `success` - Success
    * `failure` - Failure
    * `both` - Both """
    created_by: int | Unset = UNSET
    created_via: (
        MetricOptimiserCronJobCreatedViaType1
        | MetricOptimiserCronJobCreatedViaType2Type1
        | MetricOptimiserCronJobCreatedViaType3Type1
        | None
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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        project = self.project

        metrics = self.metrics

        crontab_expression = self.crontab_expression

        id = self.id

        name = self.name

        timezone = self.timezone

        auto_apply = self.auto_apply

        skip_evaluation = self.skip_evaluation

        is_active = self.is_active

        notify_on: str | Unset = UNSET
        if not isinstance(self.notify_on, Unset):
            notify_on = self.notify_on.value

        created_by = self.created_by

        created_via: None | str | Unset
        if isinstance(self.created_via, Unset):
            created_via = UNSET
        elif isinstance(self.created_via, MetricOptimiserCronJobCreatedViaType1):
            created_via = self.created_via.value
        elif isinstance(self.created_via, MetricOptimiserCronJobCreatedViaType2Type1):
            created_via = self.created_via.value
        elif isinstance(self.created_via, MetricOptimiserCronJobCreatedViaType3Type1):
            created_via = self.created_via.value
        else:
            created_via = self.created_via

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
                "project": project,
                "metrics": metrics,
                "crontab_expression": crontab_expression,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if auto_apply is not UNSET:
            field_dict["auto_apply"] = auto_apply
        if skip_evaluation is not UNSET:
            field_dict["skip_evaluation"] = skip_evaluation
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if notify_on is not UNSET:
            field_dict["notify_on"] = notify_on
        if created_by is not UNSET and _response:
            field_dict["created_by"] = created_by
        if created_via is not UNSET and _response:
            field_dict["created_via"] = created_via
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        for metrics_item_element in self.metrics:
            files.append(("metrics", (None, str(metrics_item_element).encode(), "text/plain")))

        files.append(("crontab_expression", (None, str(self.crontab_expression).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.timezone, Unset):
            files.append(("timezone", (None, str(self.timezone).encode(), "text/plain")))

        if not isinstance(self.auto_apply, Unset):
            files.append(("auto_apply", (None, str(self.auto_apply).encode(), "text/plain")))

        if not isinstance(self.skip_evaluation, Unset):
            files.append(("skip_evaluation", (None, str(self.skip_evaluation).encode(), "text/plain")))

        if not isinstance(self.is_active, Unset):
            files.append(("is_active", (None, str(self.is_active).encode(), "text/plain")))

        if not isinstance(self.notify_on, Unset):
            files.append(("notify_on", (None, str(self.notify_on.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "metrics"
            metrics = cast(list[int], d.pop("metrics"))

            if not isinstance(metrics, (list,)):
                expect(metrics, (list,))

            _field = "crontab_expression"
            crontab_expression = d.pop("crontab_expression")
            if not isinstance(crontab_expression, (str,)):
                expect(crontab_expression, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "timezone"
            timezone = d.pop("timezone", UNSET)
            if not isinstance(timezone, (str, Unset)):
                expect(timezone, (str, Unset))

            _field = "auto_apply"
            auto_apply = d.pop("auto_apply", UNSET)
            if not isinstance(auto_apply, (bool, Unset)):
                expect(auto_apply, (bool, Unset))

            _field = "skip_evaluation"
            skip_evaluation = d.pop("skip_evaluation", UNSET)
            if not isinstance(skip_evaluation, (bool, Unset)):
                expect(skip_evaluation, (bool, Unset))

            _field = "is_active"
            is_active = d.pop("is_active", UNSET)
            if not isinstance(is_active, (bool, Unset)):
                expect(is_active, (bool, Unset))

            _field = "notify_on"
            _notify_on = d.pop("notify_on", UNSET)
            notify_on: MetricOptimiserCronJobNotifyOn | Unset
            if isinstance(_notify_on, Unset):
                notify_on = UNSET
            else:
                notify_on = MetricOptimiserCronJobNotifyOn(_notify_on)

            if not isinstance(notify_on, (MetricOptimiserCronJobNotifyOn, Unset)):
                expect(notify_on, (MetricOptimiserCronJobNotifyOn, Unset))

            _field = "created_by"
            created_by = d.pop("created_by", UNSET)
            if not isinstance(created_by, (int, Unset)) or isinstance(created_by, bool):
                expect(created_by, (int, Unset))

            _field = "created_via"

            def _parse_created_via(
                data: object,
            ) -> (
                MetricOptimiserCronJobCreatedViaType1
                | MetricOptimiserCronJobCreatedViaType2Type1
                | MetricOptimiserCronJobCreatedViaType3Type1
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_via_type_1 = MetricOptimiserCronJobCreatedViaType1(data)

                    return created_via_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_via_type_2_type_1 = MetricOptimiserCronJobCreatedViaType2Type1(data)

                    return created_via_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_via_type_3_type_1 = MetricOptimiserCronJobCreatedViaType3Type1(data)

                    return created_via_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    MetricOptimiserCronJobCreatedViaType1
                    | MetricOptimiserCronJobCreatedViaType2Type1
                    | MetricOptimiserCronJobCreatedViaType3Type1
                    | None
                    | Unset,
                    data,
                )

            created_via = _parse_created_via(d.pop("created_via", UNSET))

            if not isinstance(
                created_via,
                (
                    type(None),
                    MetricOptimiserCronJobCreatedViaType1,
                    MetricOptimiserCronJobCreatedViaType2Type1,
                    MetricOptimiserCronJobCreatedViaType3Type1,
                    Unset,
                ),
            ):
                expect(
                    created_via,
                    (
                        type(None),
                        MetricOptimiserCronJobCreatedViaType1,
                        MetricOptimiserCronJobCreatedViaType2Type1,
                        MetricOptimiserCronJobCreatedViaType3Type1,
                        Unset,
                    ),
                )

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

            metric_optimiser_cron_job = cls(
                project=project,
                metrics=metrics,
                crontab_expression=crontab_expression,
                id=id,
                name=name,
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

            metric_optimiser_cron_job.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_optimiser_cron_job

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
