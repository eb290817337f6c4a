from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenarios_run_livekit_v23_response_200_status import ScenariosRunLivekitV23Response200Status
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_run_livekit_v23_response_200_runs_item import ScenariosRunLivekitV23Response200RunsItem


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "agent",
        "status",
        "run_as_text",
        "runs",
        "created_at",
    }
)

T = TypeVar("T", bound="ScenariosRunLivekitV23Response200")


@_attrs_define
class ScenariosRunLivekitV23Response200:
    id: int | Unset = UNSET
    """ ID of the result """
    agent: int | Unset = UNSET
    """ ID of the agent """
    status: ScenariosRunLivekitV23Response200Status | Unset = UNSET
    """ Status of the result """
    run_as_text: bool | Unset = UNSET
    """ Whether the scenario ran as text or not """
    runs: list[ScenariosRunLivekitV23Response200RunsItem] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is ScenariosRunLivekitV23Response200Status
                else enum_value(ScenariosRunLivekitV23Response200Status, self.status, "status", self)
            )
        if not isinstance(self.run_as_text, Unset):
            field_dict["run_as_text"] = self.run_as_text
        if not isinstance(self.runs, Unset):
            field_dict["runs"] = (
                [
                    element.to_dict()
                    if type(element) is ScenariosRunLivekitV23Response200RunsItem
                    else written(element, "runs", self)
                    for element in self.runs
                ]
                if type(self.runs) is list
                else written(self.runs, "runs", self)
            )
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = (
                _wire[1]
                if _wire is not None and self.created_at is _wire[0]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
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

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        ScenariosRunLivekitV23Response200Status._value2member_map_.get(status)
                        or ScenariosRunLivekitV23Response200Status(status)
                        if type(status) is str
                        else checked(status, (ScenariosRunLivekitV23Response200Status,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(
                    src_dict, "status", _error, _found, "ScenariosRunLivekitV23Response200Status"
                )

            _field = "run_as_text"
            try:
                if "run_as_text" in src_dict:
                    run_as_text: Any = src_dict["run_as_text"]
                    _present += 1
                    if type(run_as_text) is not bool:
                        run_as_text = checked(run_as_text, (bool,))
                else:
                    run_as_text = UNSET
            except FIELD_ERRORS as _error:
                run_as_text, _found = tolerated(src_dict, "run_as_text", _error, _found, "bool")

            _field = "runs"
            try:
                if "runs" in src_dict:
                    runs: Any = src_dict["runs"]
                    _present += 1
                    if type(runs) is not list:
                        runs = checked(runs, (list,))
                    runs = [ScenariosRunLivekitV23Response200RunsItem.from_dict(element) for element in runs]

                else:
                    runs = UNSET
            except FIELD_ERRORS as _error:
                runs, _found = tolerated(
                    src_dict,
                    "runs",
                    _error,
                    _found,
                    "list[ScenariosRunLivekitV23Response200RunsItem]",
                    lambda element: ScenariosRunLivekitV23Response200RunsItem.from_dict(element),
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

            _instance = cls(
                id=id,
                agent=agent,
                status=status,
                run_as_text=run_as_text,
                runs=runs,
                created_at=created_at,
            )
            _instance._wire_text = (
                created_at,
                _created_at_text,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, ScenariosRunLivekitV23Response200RunsItem  # noqa: PLW0603
    from ..models.scenarios_run_livekit_v23_response_200_runs_item import ScenariosRunLivekitV23Response200RunsItem  # noqa: PLC0415

    _imports_pending = False
