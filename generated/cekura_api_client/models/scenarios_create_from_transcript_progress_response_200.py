from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenarios_create_from_transcript_progress_response_200_status import (
    ScenariosCreateFromTranscriptProgressResponse200Status,
)
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_create_from_transcript_progress_response_200_scenario_type_0 import (
        ScenariosCreateFromTranscriptProgressResponse200ScenarioType0,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent_id",
        "status",
        "scenario_id",
        "error",
        "scenario",
    }
)

T = TypeVar("T", bound="ScenariosCreateFromTranscriptProgressResponse200")


@_attrs_define
class ScenariosCreateFromTranscriptProgressResponse200:
    agent_id: int | Unset = UNSET
    status: ScenariosCreateFromTranscriptProgressResponse200Status | Unset = UNSET
    scenario_id: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    scenario: None | ScenariosCreateFromTranscriptProgressResponse200ScenarioType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is ScenariosCreateFromTranscriptProgressResponse200Status
                else enum_value(ScenariosCreateFromTranscriptProgressResponse200Status, self.status, "status", self)
            )
        if not isinstance(self.scenario_id, Unset):
            field_dict["scenario_id"] = self.scenario_id
        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error
        if not isinstance(self.scenario, Unset):
            field_dict["scenario"] = (
                None
                if self.scenario is None
                else self.scenario.to_dict()
                if type(self.scenario) is ScenariosCreateFromTranscriptProgressResponse200ScenarioType0
                else written(self.scenario, "scenario", self)
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
            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if type(agent_id) is not int:
                        agent_id = checked(agent_id, (int,))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int")

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        ScenariosCreateFromTranscriptProgressResponse200Status._value2member_map_.get(status)
                        or ScenariosCreateFromTranscriptProgressResponse200Status(status)
                        if type(status) is str
                        else checked(status, (ScenariosCreateFromTranscriptProgressResponse200Status,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(
                    src_dict, "status", _error, _found, "ScenariosCreateFromTranscriptProgressResponse200Status"
                )

            _field = "scenario_id"
            try:
                if "scenario_id" in src_dict:
                    scenario_id: Any = src_dict["scenario_id"]
                    _present += 1
                    if scenario_id is not None:
                        if type(scenario_id) is not int:
                            scenario_id = checked(scenario_id, (int, type(None)))
                else:
                    scenario_id = UNSET
            except FIELD_ERRORS as _error:
                scenario_id, _found = tolerated(src_dict, "scenario_id", _error, _found, "int | None")

            _field = "error"
            try:
                if "error" in src_dict:
                    error: Any = src_dict["error"]
                    _present += 1
                    if error is not None:
                        if type(error) is not str:
                            error = checked(error, (str, type(None)))
                else:
                    error = UNSET
            except FIELD_ERRORS as _error:
                error, _found = tolerated(src_dict, "error", _error, _found, "None | str")

            _field = "scenario"
            try:
                if "scenario" in src_dict:
                    scenario: Any = src_dict["scenario"]
                    _present += 1
                    if scenario is not None:
                        scenario = ScenariosCreateFromTranscriptProgressResponse200ScenarioType0.from_dict(scenario)
                else:
                    scenario = UNSET
            except FIELD_ERRORS as _error:
                scenario, _found = tolerated(
                    src_dict,
                    "scenario",
                    _error,
                    _found,
                    "None | ScenariosCreateFromTranscriptProgressResponse200ScenarioType0",
                )

            _instance = cls(
                agent_id=agent_id,
                status=status,
                scenario_id=scenario_id,
                error=error,
                scenario=scenario,
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
    global _imports_pending, ScenariosCreateFromTranscriptProgressResponse200ScenarioType0  # noqa: PLW0603
    from ..models.scenarios_create_from_transcript_progress_response_200_scenario_type_0 import (
        ScenariosCreateFromTranscriptProgressResponse200ScenarioType0,  # noqa: PLC0415
    )

    _imports_pending = False
