from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "project",
        "window_days",
        "date_from",
        "date_to",
        "max_calls",
        "focus",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _wire = self._wire_text
        field_dict: dict[str, Any] = {
            "project": self.project,
        }
        if not isinstance(self.window_days, Unset):
            field_dict["window_days"] = self.window_days
        if not isinstance(self.date_from, Unset):
            field_dict["date_from"] = (
                _wire[1]
                if _wire is not None and self.date_from is _wire[0]
                else None
                if self.date_from is None
                else self.date_from.isoformat().replace("+00:00", "Z")
                if type(self.date_from) is datetime.datetime
                else iso_datetime(self.date_from, "date_from", self)
            )
        if not isinstance(self.date_to, Unset):
            field_dict["date_to"] = (
                _wire[3]
                if _wire is not None and self.date_to is _wire[2]
                else None
                if self.date_to is None
                else self.date_to.isoformat().replace("+00:00", "Z")
                if type(self.date_to) is datetime.datetime
                else iso_datetime(self.date_to, "date_to", self)
            )
        if not isinstance(self.max_calls, Unset):
            field_dict["max_calls"] = self.max_calls
        if not isinstance(self.focus, Unset):
            field_dict["focus"] = self.focus
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.window_days, Unset):
            files.append(("window_days", (None, str(self.window_days).encode(), "text/plain")))

        if not isinstance(self.date_from, Unset):
            if isinstance(self.date_from, datetime.datetime):
                files.append(
                    ("date_from", (None, iso_datetime(self.date_from, "date_from_type_0").encode(), "text/plain"))
                )
            else:
                files.append(("date_from", (None, b"", "text/plain")))

        if not isinstance(self.date_to, Unset):
            if isinstance(self.date_to, datetime.datetime):
                files.append(("date_to", (None, iso_datetime(self.date_to, "date_to_type_0").encode(), "text/plain")))
            else:
                files.append(("date_to", (None, b"", "text/plain")))

        if not isinstance(self.max_calls, Unset):
            files.append(("max_calls", (None, str(self.max_calls).encode(), "text/plain")))

        if not isinstance(self.focus, Unset):
            files.append(("focus", (None, str(self.focus).encode(), "text/plain")))

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
            _present = 1
            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "window_days"
            try:
                if "window_days" in src_dict:
                    window_days: Any = src_dict["window_days"]
                    _present += 1
                    if type(window_days) is not int:
                        window_days = checked(window_days, (int,))
                else:
                    window_days = UNSET
            except FIELD_ERRORS as _error:
                window_days, _found = tolerated(src_dict, "window_days", _error, _found, "int")

            _field = "date_from"
            try:
                if "date_from" in src_dict:
                    date_from: Any = src_dict["date_from"]
                    _date_from_text = date_from
                    _present += 1
                    if date_from is not None:
                        if type(date_from) is str:
                            try:
                                date_from = fromisoformat(date_from)
                            except ValueError:
                                date_from = parse_datetime(date_from)
                        else:
                            date_from = checked(date_from, (datetime.datetime, type(None)))
                            _date_from_text = date_from.isoformat().replace("+00:00", "Z")
                else:
                    date_from = _date_from_text = UNSET
            except FIELD_ERRORS as _error:
                date_from, _found = tolerated(src_dict, "date_from", _error, _found, "datetime.datetime | None")
                _date_from_text = date_from

            _field = "date_to"
            try:
                if "date_to" in src_dict:
                    date_to: Any = src_dict["date_to"]
                    _date_to_text = date_to
                    _present += 1
                    if date_to is not None:
                        if type(date_to) is str:
                            try:
                                date_to = fromisoformat(date_to)
                            except ValueError:
                                date_to = parse_datetime(date_to)
                        else:
                            date_to = checked(date_to, (datetime.datetime, type(None)))
                            _date_to_text = date_to.isoformat().replace("+00:00", "Z")
                else:
                    date_to = _date_to_text = UNSET
            except FIELD_ERRORS as _error:
                date_to, _found = tolerated(src_dict, "date_to", _error, _found, "datetime.datetime | None")
                _date_to_text = date_to

            _field = "max_calls"
            try:
                if "max_calls" in src_dict:
                    max_calls: Any = src_dict["max_calls"]
                    _present += 1
                    if type(max_calls) is not int:
                        max_calls = checked(max_calls, (int,))
                else:
                    max_calls = UNSET
            except FIELD_ERRORS as _error:
                max_calls, _found = tolerated(src_dict, "max_calls", _error, _found, "int")

            _field = "focus"
            try:
                if "focus" in src_dict:
                    focus: Any = src_dict["focus"]
                    _present += 1
                    if type(focus) is not str:
                        focus = checked(focus, (str,))
                else:
                    focus = UNSET
            except FIELD_ERRORS as _error:
                focus, _found = tolerated(src_dict, "focus", _error, _found, "str")

            _instance = cls(
                project=project,
                window_days=window_days,
                date_from=date_from,
                date_to=date_to,
                max_calls=max_calls,
                focus=focus,
            )
            _instance._wire_text = (
                date_from,
                _date_from_text,
                date_to,
                _date_to_text,
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
