from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deep_research_insight_status import DeepResearchInsightStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "project",
        "window_start",
        "window_end",
        "num_calls_analyzed",
        "status",
        "focus",
        "focus_fallback",
        "failure_modes",
        "error_message",
        "duration_seconds",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="DeepResearchInsight")


@_attrs_define
class DeepResearchInsight:
    """Project-level Deep Research audit row exposed to the Insights tab.

    `failure_modes` is filtered against the project's dismissed mode
    titles — a thumbs-down on a mode hides it from every subsequent
    render of every insight in the project (project-scoped, not
    insight-scoped).

    """

    id: int | Unset = UNSET
    project: int | Unset = UNSET
    window_start: datetime.datetime | Unset = UNSET
    window_end: datetime.datetime | Unset = UNSET
    num_calls_analyzed: int | Unset = UNSET
    status: DeepResearchInsightStatus | Unset = UNSET
    """ * `pending` - Pending
    * `running` - Running
    * `succeeded` - Succeeded
    * `failed` - Failed
    * `skipped_not_enough_data` - Skipped Not Enough Data """
    focus: str | Unset = UNSET
    focus_fallback: bool | Unset = UNSET
    failure_modes: str | Unset = UNSET
    error_message: str | Unset = UNSET
    duration_seconds: float | None | Unset = UNSET
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
        if not isinstance(self.project, Unset) and _response:
            field_dict["project"] = self.project
        if not isinstance(self.window_start, Unset) and _response:
            field_dict["window_start"] = (
                _wire[1]
                if _wire is not None and self.window_start is _wire[0]
                else self.window_start.isoformat().replace("+00:00", "Z")
                if type(self.window_start) is datetime.datetime
                else iso_datetime(self.window_start, "window_start", self)
            )
        if not isinstance(self.window_end, Unset) and _response:
            field_dict["window_end"] = (
                _wire[3]
                if _wire is not None and self.window_end is _wire[2]
                else self.window_end.isoformat().replace("+00:00", "Z")
                if type(self.window_end) is datetime.datetime
                else iso_datetime(self.window_end, "window_end", self)
            )
        if not isinstance(self.num_calls_analyzed, Unset) and _response:
            field_dict["num_calls_analyzed"] = self.num_calls_analyzed
        if not isinstance(self.status, Unset) and _response:
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is DeepResearchInsightStatus
                else enum_value(DeepResearchInsightStatus, self.status, "status", self)
            )
        if not isinstance(self.focus, Unset) and _response:
            field_dict["focus"] = self.focus
        if not isinstance(self.focus_fallback, Unset) and _response:
            field_dict["focus_fallback"] = self.focus_fallback
        if not isinstance(self.failure_modes, Unset) and _response:
            field_dict["failure_modes"] = self.failure_modes
        if not isinstance(self.error_message, Unset) and _response:
            field_dict["error_message"] = self.error_message
        if not isinstance(self.duration_seconds, Unset) and _response:
            field_dict["duration_seconds"] = self.duration_seconds
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

            _field = "window_start"
            try:
                if "window_start" in src_dict:
                    window_start: Any = src_dict["window_start"]
                    _window_start_text = window_start
                    _present += 1
                    if type(window_start) is str:
                        try:
                            window_start = fromisoformat(window_start)
                        except ValueError:
                            window_start = parse_datetime(window_start)
                    else:
                        window_start = checked(window_start, (datetime.datetime,))
                        _window_start_text = window_start.isoformat().replace("+00:00", "Z")
                else:
                    window_start = _window_start_text = UNSET
            except FIELD_ERRORS as _error:
                window_start, _found = tolerated(src_dict, "window_start", _error, _found, "datetime.datetime")
                _window_start_text = window_start

            _field = "window_end"
            try:
                if "window_end" in src_dict:
                    window_end: Any = src_dict["window_end"]
                    _window_end_text = window_end
                    _present += 1
                    if type(window_end) is str:
                        try:
                            window_end = fromisoformat(window_end)
                        except ValueError:
                            window_end = parse_datetime(window_end)
                    else:
                        window_end = checked(window_end, (datetime.datetime,))
                        _window_end_text = window_end.isoformat().replace("+00:00", "Z")
                else:
                    window_end = _window_end_text = UNSET
            except FIELD_ERRORS as _error:
                window_end, _found = tolerated(src_dict, "window_end", _error, _found, "datetime.datetime")
                _window_end_text = window_end

            _field = "num_calls_analyzed"
            try:
                if "num_calls_analyzed" in src_dict:
                    num_calls_analyzed: Any = src_dict["num_calls_analyzed"]
                    _present += 1
                    if type(num_calls_analyzed) is not int:
                        num_calls_analyzed = checked(num_calls_analyzed, (int,))
                else:
                    num_calls_analyzed = UNSET
            except FIELD_ERRORS as _error:
                num_calls_analyzed, _found = tolerated(src_dict, "num_calls_analyzed", _error, _found, "int")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        DeepResearchInsightStatus._value2member_map_.get(status) or DeepResearchInsightStatus(status)
                        if type(status) is str
                        else checked(status, (DeepResearchInsightStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "DeepResearchInsightStatus")

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

            _field = "focus_fallback"
            try:
                if "focus_fallback" in src_dict:
                    focus_fallback: Any = src_dict["focus_fallback"]
                    _present += 1
                    if type(focus_fallback) is not bool:
                        focus_fallback = checked(focus_fallback, (bool,))
                else:
                    focus_fallback = UNSET
            except FIELD_ERRORS as _error:
                focus_fallback, _found = tolerated(src_dict, "focus_fallback", _error, _found, "bool")

            _field = "failure_modes"
            try:
                if "failure_modes" in src_dict:
                    failure_modes: Any = src_dict["failure_modes"]
                    _present += 1
                    if type(failure_modes) is not str:
                        failure_modes = checked(failure_modes, (str,))
                else:
                    failure_modes = UNSET
            except FIELD_ERRORS as _error:
                failure_modes, _found = tolerated(src_dict, "failure_modes", _error, _found, "str")

            _field = "error_message"
            try:
                if "error_message" in src_dict:
                    error_message: Any = src_dict["error_message"]
                    _present += 1
                    if type(error_message) is not str:
                        error_message = checked(error_message, (str,))
                else:
                    error_message = UNSET
            except FIELD_ERRORS as _error:
                error_message, _found = tolerated(src_dict, "error_message", _error, _found, "str")

            _field = "duration_seconds"
            try:
                if "duration_seconds" in src_dict:
                    duration_seconds: Any = src_dict["duration_seconds"]
                    _present += 1
                    if duration_seconds is not None:
                        if type(duration_seconds) is not float:
                            duration_seconds = checked(duration_seconds, (float, int, type(None)))
                else:
                    duration_seconds = UNSET
            except FIELD_ERRORS as _error:
                duration_seconds, _found = tolerated(src_dict, "duration_seconds", _error, _found, "float | None")

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
                window_start=window_start,
                window_end=window_end,
                num_calls_analyzed=num_calls_analyzed,
                status=status,
                focus=focus,
                focus_fallback=focus_fallback,
                failure_modes=failure_modes,
                error_message=error_message,
                duration_seconds=duration_seconds,
                created_at=created_at,
                updated_at=updated_at,
            )
            _instance._wire_text = (
                window_start,
                _window_start_text,
                window_end,
                _window_end_text,
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
