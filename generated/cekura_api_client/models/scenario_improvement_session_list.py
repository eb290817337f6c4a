from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenario_improvement_session_list_status import ScenarioImprovementSessionListStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "project",
        "scenario_ids",
        "status",
        "created_at",
        "updated_at",
        "message_count",
    }
)

T = TypeVar("T", bound="ScenarioImprovementSessionList")


@_attrs_define
class ScenarioImprovementSessionList:
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    """ Title for the session (auto-generated from first user message) """
    project: int | None | Unset = UNSET
    scenario_ids: Any | Unset = UNSET
    """ List of scenario IDs being improved in this session """
    status: ScenarioImprovementSessionListStatus | Unset = UNSET
    """ Current status of the improvement session

    * `pending` - Pending
    * `in_progress` - In Progress
    * `completed` - Completed
    * `cancelled` - Cancelled
    * `failed` - Failed """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    message_count: str | Unset = UNSET
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
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is ScenarioImprovementSessionListStatus
                else enum_value(ScenarioImprovementSessionListStatus, self.status, "status", self)
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
        if not isinstance(self.message_count, Unset) and _response:
            field_dict["message_count"] = self.message_count
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

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        ScenarioImprovementSessionListStatus._value2member_map_.get(status)
                        or ScenarioImprovementSessionListStatus(status)
                        if type(status) is str
                        else checked(status, (ScenarioImprovementSessionListStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "ScenarioImprovementSessionListStatus")

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

            _field = "message_count"
            try:
                if "message_count" in src_dict:
                    message_count: Any = src_dict["message_count"]
                    _present += 1
                    if type(message_count) is not str:
                        message_count = checked(message_count, (str,))
                else:
                    message_count = UNSET
            except FIELD_ERRORS as _error:
                message_count, _found = tolerated(src_dict, "message_count", _error, _found, "str")

            _instance = cls(
                id=id,
                title=title,
                project=project,
                scenario_ids=scenario_ids,
                status=status,
                created_at=created_at,
                updated_at=updated_at,
                message_count=message_count,
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
