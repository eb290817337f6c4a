from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_scenario_improvement_session_detail_status import PatchedScenarioImprovementSessionDetailStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedScenarioImprovementSessionDetail")


@_attrs_define
class PatchedScenarioImprovementSessionDetail:
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    """ Title for the session (auto-generated from first user message) """
    project: int | None | Unset = UNSET
    scenario_ids: Any | Unset = UNSET
    """ List of scenario IDs being improved in this session """
    conversation_history: Any | Unset = UNSET
    """ List of conversation items: [{role: 'user'|'assistant', content: str, timestamp: str, tool_calls: [...]}]
    """
    status: PatchedScenarioImprovementSessionDetailStatus | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        title = self.title

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        scenario_ids = self.scenario_ids

        conversation_history = self.conversation_history

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        created_by: int | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if project is not UNSET:
            field_dict["project"] = project
        if scenario_ids is not UNSET:
            field_dict["scenario_ids"] = scenario_ids
        if conversation_history is not UNSET:
            field_dict["conversation_history"] = conversation_history
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.scenario_ids, Unset):
            files.append(("scenario_ids", (None, str(self.scenario_ids).encode(), "text/plain")))

        if not isinstance(self.conversation_history, Unset):
            files.append(("conversation_history", (None, str(self.conversation_history).encode(), "text/plain")))

        if not isinstance(self.status, Unset):
            files.append(("status", (None, str(self.status.value).encode(), "text/plain")))

        if not isinstance(self.created_by, Unset):
            if isinstance(self.created_by, int):
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))
            else:
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))

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

            _field = "title"
            title = d.pop("title", UNSET)
            if not isinstance(title, (str, Unset)):
                expect(title, (str, Unset))

            _field = "project"

            def _parse_project(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            project = _parse_project(d.pop("project", UNSET))

            if not isinstance(project, (int, type(None), Unset)) or isinstance(project, bool):
                expect(project, (int, type(None), Unset))

            _field = "scenario_ids"
            scenario_ids = d.pop("scenario_ids", UNSET)

            _field = "conversation_history"
            conversation_history = d.pop("conversation_history", UNSET)

            _field = "status"
            _status = d.pop("status", UNSET)
            status: PatchedScenarioImprovementSessionDetailStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PatchedScenarioImprovementSessionDetailStatus(_status)

            if not isinstance(status, (PatchedScenarioImprovementSessionDetailStatus, Unset)):
                expect(status, (PatchedScenarioImprovementSessionDetailStatus, Unset))

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

            _field = "created_by"

            def _parse_created_by(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            created_by = _parse_created_by(d.pop("created_by", UNSET))

            if not isinstance(created_by, (int, type(None), Unset)) or isinstance(created_by, bool):
                expect(created_by, (int, type(None), Unset))

            patched_scenario_improvement_session_detail = cls(
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

            patched_scenario_improvement_session_detail.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_scenario_improvement_session_detail

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
