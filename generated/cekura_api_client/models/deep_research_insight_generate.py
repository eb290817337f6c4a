from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeepResearchInsightGenerate")


@_attrs_define
class DeepResearchInsightGenerate:
    """Request body for ``POST /deep-research-insights/generate/``."""

    project: int
    """ Project ID to generate Deep Research for. """
    window_days: int | Unset = 7
    """ Lookback in days, counted back from now. Ignored when date_from / date_to are supplied. """
    date_from: datetime.datetime | None | Unset = UNSET
    """ Start of the window to audit (ISO datetime). Must be sent together with date_to and takes precedence over
    window_days. """
    date_to: datetime.datetime | None | Unset = UNSET
    """ End of the window to audit (ISO datetime). Sent with date_from. """
    max_calls: int | Unset = 500
    focus: str | Unset = ""
    """ Optional research focus, stored and passed to the audit verbatim. If it cannot be understood, the audit
    falls back to a full audit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        window_days = self.window_days

        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        elif isinstance(self.date_from, datetime.datetime):
            date_from = self.date_from.isoformat().replace("+00:00", "Z")
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        elif isinstance(self.date_to, datetime.datetime):
            date_to = self.date_to.isoformat().replace("+00:00", "Z")
        else:
            date_to = self.date_to

        max_calls = self.max_calls

        focus = self.focus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )
        if window_days is not UNSET:
            field_dict["window_days"] = window_days
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if max_calls is not UNSET:
            field_dict["max_calls"] = max_calls
        if focus is not UNSET:
            field_dict["focus"] = focus

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.window_days, Unset):
            files.append(("window_days", (None, str(self.window_days).encode(), "text/plain")))

        if not isinstance(self.date_from, Unset):
            if isinstance(self.date_from, datetime.datetime):
                files.append(("date_from", (None, self.date_from.isoformat().encode(), "text/plain")))
            else:
                files.append(("date_from", (None, str(self.date_from).encode(), "text/plain")))

        if not isinstance(self.date_to, Unset):
            if isinstance(self.date_to, datetime.datetime):
                files.append(("date_to", (None, self.date_to.isoformat().encode(), "text/plain")))
            else:
                files.append(("date_to", (None, str(self.date_to).encode(), "text/plain")))

        if not isinstance(self.max_calls, Unset):
            files.append(("max_calls", (None, str(self.max_calls).encode(), "text/plain")))

        if not isinstance(self.focus, Unset):
            files.append(("focus", (None, str(self.focus).encode(), "text/plain")))

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

            _field = "window_days"
            window_days = d.pop("window_days", UNSET)
            if not isinstance(window_days, (int, Unset)) or isinstance(window_days, bool):
                expect(window_days, (int, Unset))

            _field = "date_from"

            def _parse_date_from(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_from_type_0 = parse_datetime(data)

                    return date_from_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            date_from = _parse_date_from(d.pop("date_from", UNSET))

            if not isinstance(date_from, (datetime.datetime, type(None), Unset)):
                expect(date_from, (datetime.datetime, type(None), Unset))

            _field = "date_to"

            def _parse_date_to(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_to_type_0 = parse_datetime(data)

                    return date_to_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            date_to = _parse_date_to(d.pop("date_to", UNSET))

            if not isinstance(date_to, (datetime.datetime, type(None), Unset)):
                expect(date_to, (datetime.datetime, type(None), Unset))

            _field = "max_calls"
            max_calls = d.pop("max_calls", UNSET)
            if not isinstance(max_calls, (int, Unset)) or isinstance(max_calls, bool):
                expect(max_calls, (int, Unset))

            _field = "focus"
            focus = d.pop("focus", UNSET)
            if not isinstance(focus, (str, Unset)):
                expect(focus, (str, Unset))

            deep_research_insight_generate = cls(
                project=project,
                window_days=window_days,
                date_from=date_from,
                date_to=date_to,
                max_calls=max_calls,
                focus=focus,
            )

            deep_research_insight_generate.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return deep_research_insight_generate

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
