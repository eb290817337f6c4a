from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.scenario_improvement_session_detail_status import ScenarioImprovementSessionDetailStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "project",
        "scenario_ids",
        "conversation_history",
        "status",
        "created_at",
        "updated_at",
        "created_by",
    }
)

T = TypeVar("T", bound="ScenarioImprovementSessionDetail")


@_attrs_define
class ScenarioImprovementSessionDetail:
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    """ Title for the session (auto-generated from first user message) """
    project: int | None | Unset = UNSET
    scenario_ids: Any | Unset = UNSET
    """ List of scenario IDs being improved in this session """
    conversation_history: Any | Unset = UNSET
    """ List of conversation items: [{role: 'user'|'assistant', content: str, timestamp: str, tool_calls: [...]}]
    """
    status: ScenarioImprovementSessionDetailStatus | Unset = UNSET
    """ Current status of the improvement session

    * `pending` - Pending
    * `in_progress` - In Progress
    * `completed` - Completed
    * `cancelled` - Cancelled
    * `failed` - Failed """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by: int | None | Unset = UNSET
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
        if not isinstance(self.title, Unset):
            field_dict["title"] = self.title
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.scenario_ids, Unset):
            field_dict["scenario_ids"] = self.scenario_ids
        if not isinstance(self.conversation_history, Unset):
            field_dict["conversation_history"] = self.conversation_history
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is ScenarioImprovementSessionDetailStatus
                else enum_value(ScenarioImprovementSessionDetailStatus, self.status, "status", self)
            )
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
        if not isinstance(self.created_by, Unset):
            field_dict["created_by"] = self.created_by
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, b"", "text/plain")))

        if not isinstance(self.scenario_ids, Unset):
            files.append(("scenario_ids", (None, form_text(self.scenario_ids, "scenario_ids"), "text/plain")))

        if not isinstance(self.conversation_history, Unset):
            files.append(
                (
                    "conversation_history",
                    (None, form_text(self.conversation_history, "conversation_history"), "text/plain"),
                )
            )

        if not isinstance(self.status, Unset):
            files.append(
                (
                    "status",
                    (
                        None,
                        str(enum_value(ScenarioImprovementSessionDetailStatus, self.status, "status")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.created_by, Unset):
            if isinstance(self.created_by, int):
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))
            else:
                files.append(("created_by", (None, b"", "text/plain")))

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

            _field = "title"
            try:
                if "title" in src_dict:
                    title: Any = src_dict["title"]
                    _present += 1
                    if type(title) is not str:
                        title = checked(title, (str,))
                else:
                    title = UNSET
            except FIELD_ERRORS as _error:
                title, _found = tolerated(src_dict, "title", _error, _found, "str")

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if project is not None:
                        if type(project) is not int:
                            project = checked(project, (int, type(None)))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int | None")

            _field = "scenario_ids"
            try:
                if "scenario_ids" in src_dict:
                    scenario_ids: Any = src_dict["scenario_ids"]
                    _present += 1

                else:
                    scenario_ids = UNSET
            except FIELD_ERRORS as _error:
                scenario_ids, _found = tolerated(src_dict, "scenario_ids", _error, _found, "Any")

            _field = "conversation_history"
            try:
                if "conversation_history" in src_dict:
                    conversation_history: Any = src_dict["conversation_history"]
                    _present += 1

                else:
                    conversation_history = UNSET
            except FIELD_ERRORS as _error:
                conversation_history, _found = tolerated(src_dict, "conversation_history", _error, _found, "Any")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        ScenarioImprovementSessionDetailStatus._value2member_map_.get(status)
                        or ScenarioImprovementSessionDetailStatus(status)
                        if type(status) is str
                        else checked(status, (ScenarioImprovementSessionDetailStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "ScenarioImprovementSessionDetailStatus")

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

            _field = "created_by"
            try:
                if "created_by" in src_dict:
                    created_by: Any = src_dict["created_by"]
                    _present += 1
                    if created_by is not None:
                        if type(created_by) is not int:
                            created_by = checked(created_by, (int, type(None)))
                else:
                    created_by = UNSET
            except FIELD_ERRORS as _error:
                created_by, _found = tolerated(src_dict, "created_by", _error, _found, "int | None")

            _instance = cls(
                id=id,
                title=title,
                project=project,
                scenario_ids=scenario_ids,
                conversation_history=conversation_history,
                status=status,
                created_at=created_at,
                updated_at=updated_at,
                created_by=created_by,
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
