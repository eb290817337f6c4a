from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenarios_run_agora_3_response_200_runs_item_status import ScenariosRunAgora3Response200RunsItemStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_run_agora_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunAgora3Response200RunsItemTestProfileDataType0,
    )


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "status",
        "scenario",
        "number",
        "inbound_number",
        "scenario_name",
        "test_profile_data",
        "outbound_dial_window_opens_at",
        "outbound_dial_window_seconds",
        "outbound_dial_window_closes_at",
    }
)

T = TypeVar("T", bound="ScenariosRunAgora3Response200RunsItem")


@_attrs_define
class ScenariosRunAgora3Response200RunsItem:
    id: int | Unset = UNSET
    """ ID of the run """
    status: ScenariosRunAgora3Response200RunsItemStatus | Unset = UNSET
    """ Status of the run """
    scenario: int | Unset = UNSET
    """ ID of the scenario """
    number: str | Unset = UNSET
    """ For outbound runs (agent.inbound=False). The given number that must be called from the phone number
    configured in the cekura agent. """
    inbound_number: None | str | Unset = UNSET
    """ For inbound runs (agent.inbound=True). The agent's configured phone number will receive calls from this
    number. """
    scenario_name: str | Unset = UNSET
    """ Name of the scenario """
    test_profile_data: None | ScenariosRunAgora3Response200RunsItemTestProfileDataType0 | Unset = UNSET
    """ Details of the test profile associated with this run scenario """
    outbound_dial_window_opens_at: datetime.datetime | None | Unset = UNSET
    """ When the outbound dial window opened (run transitioned to pending/waiting-for-call). Null until dispatched.
    """
    outbound_dial_window_seconds: int | None | Unset = UNSET
    """ Duration of the outbound dial window in seconds. """
    outbound_dial_window_closes_at: datetime.datetime | None | Unset = UNSET
    """ Deadline by which your agent must dial the outbound number (opens_at + outbound_dial_window_seconds). Dials
    after this are dropped and the run returns status: timeout. """
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
        if not isinstance(self.status, Unset):
            field_dict["status"] = (
                self.status._value_
                if type(self.status) is ScenariosRunAgora3Response200RunsItemStatus
                else enum_value(ScenariosRunAgora3Response200RunsItemStatus, self.status, "status", self)
            )
        if not isinstance(self.scenario, Unset):
            field_dict["scenario"] = self.scenario
        if not isinstance(self.number, Unset):
            field_dict["number"] = self.number
        if not isinstance(self.inbound_number, Unset):
            field_dict["inbound_number"] = self.inbound_number
        if not isinstance(self.scenario_name, Unset):
            field_dict["scenario_name"] = self.scenario_name
        if not isinstance(self.test_profile_data, Unset):
            field_dict["test_profile_data"] = (
                None
                if self.test_profile_data is None
                else self.test_profile_data.to_dict()
                if type(self.test_profile_data) is ScenariosRunAgora3Response200RunsItemTestProfileDataType0
                else written(self.test_profile_data, "test_profile_data", self)
            )
        if not isinstance(self.outbound_dial_window_opens_at, Unset):
            field_dict["outbound_dial_window_opens_at"] = (
                _wire[1]
                if _wire is not None and self.outbound_dial_window_opens_at is _wire[0]
                else None
                if self.outbound_dial_window_opens_at is None
                else self.outbound_dial_window_opens_at.isoformat().replace("+00:00", "Z")
                if type(self.outbound_dial_window_opens_at) is datetime.datetime
                else iso_datetime(self.outbound_dial_window_opens_at, "outbound_dial_window_opens_at", self)
            )
        if not isinstance(self.outbound_dial_window_seconds, Unset):
            field_dict["outbound_dial_window_seconds"] = self.outbound_dial_window_seconds
        if not isinstance(self.outbound_dial_window_closes_at, Unset):
            field_dict["outbound_dial_window_closes_at"] = (
                _wire[3]
                if _wire is not None and self.outbound_dial_window_closes_at is _wire[2]
                else None
                if self.outbound_dial_window_closes_at is None
                else self.outbound_dial_window_closes_at.isoformat().replace("+00:00", "Z")
                if type(self.outbound_dial_window_closes_at) is datetime.datetime
                else iso_datetime(self.outbound_dial_window_closes_at, "outbound_dial_window_closes_at", self)
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

            _field = "status"
            try:
                if "status" in src_dict:
                    status: Any = src_dict["status"]
                    _present += 1
                    status = (
                        ScenariosRunAgora3Response200RunsItemStatus._value2member_map_.get(status)
                        or ScenariosRunAgora3Response200RunsItemStatus(status)
                        if type(status) is str
                        else checked(status, (ScenariosRunAgora3Response200RunsItemStatus,))
                    )
                else:
                    status = UNSET
            except FIELD_ERRORS as _error:
                status, _found = tolerated(
                    src_dict, "status", _error, _found, "ScenariosRunAgora3Response200RunsItemStatus"
                )

            _field = "scenario"
            try:
                if "scenario" in src_dict:
                    scenario: Any = src_dict["scenario"]
                    _present += 1
                    if type(scenario) is not int:
                        scenario = checked(scenario, (int,))
                else:
                    scenario = UNSET
            except FIELD_ERRORS as _error:
                scenario, _found = tolerated(src_dict, "scenario", _error, _found, "int")

            _field = "number"
            try:
                if "number" in src_dict:
                    number: Any = src_dict["number"]
                    _present += 1
                    if type(number) is not str:
                        number = checked(number, (str,))
                else:
                    number = UNSET
            except FIELD_ERRORS as _error:
                number, _found = tolerated(src_dict, "number", _error, _found, "str")

            _field = "inbound_number"
            try:
                if "inbound_number" in src_dict:
                    inbound_number: Any = src_dict["inbound_number"]
                    _present += 1
                    if inbound_number is not None:
                        if type(inbound_number) is not str:
                            inbound_number = checked(inbound_number, (str, type(None)))
                else:
                    inbound_number = UNSET
            except FIELD_ERRORS as _error:
                inbound_number, _found = tolerated(src_dict, "inbound_number", _error, _found, "None | str")

            _field = "scenario_name"
            try:
                if "scenario_name" in src_dict:
                    scenario_name: Any = src_dict["scenario_name"]
                    _present += 1
                    if type(scenario_name) is not str:
                        scenario_name = checked(scenario_name, (str,))
                else:
                    scenario_name = UNSET
            except FIELD_ERRORS as _error:
                scenario_name, _found = tolerated(src_dict, "scenario_name", _error, _found, "str")

            _field = "test_profile_data"
            try:
                if "test_profile_data" in src_dict:
                    test_profile_data: Any = src_dict["test_profile_data"]
                    _present += 1
                    if test_profile_data is not None:
                        test_profile_data = ScenariosRunAgora3Response200RunsItemTestProfileDataType0.from_dict(
                            test_profile_data
                        )
                else:
                    test_profile_data = UNSET
            except FIELD_ERRORS as _error:
                test_profile_data, _found = tolerated(
                    src_dict,
                    "test_profile_data",
                    _error,
                    _found,
                    "None | ScenariosRunAgora3Response200RunsItemTestProfileDataType0",
                )

            _field = "outbound_dial_window_opens_at"
            try:
                if "outbound_dial_window_opens_at" in src_dict:
                    outbound_dial_window_opens_at: Any = src_dict["outbound_dial_window_opens_at"]
                    _outbound_dial_window_opens_at_text = outbound_dial_window_opens_at
                    _present += 1
                    if outbound_dial_window_opens_at is not None:
                        if type(outbound_dial_window_opens_at) is str:
                            try:
                                outbound_dial_window_opens_at = fromisoformat(outbound_dial_window_opens_at)
                            except ValueError:
                                outbound_dial_window_opens_at = parse_datetime(outbound_dial_window_opens_at)
                        else:
                            outbound_dial_window_opens_at = checked(
                                outbound_dial_window_opens_at, (datetime.datetime, type(None))
                            )
                            _outbound_dial_window_opens_at_text = outbound_dial_window_opens_at.isoformat().replace(
                                "+00:00", "Z"
                            )
                else:
                    outbound_dial_window_opens_at = _outbound_dial_window_opens_at_text = UNSET
            except FIELD_ERRORS as _error:
                outbound_dial_window_opens_at, _found = tolerated(
                    src_dict, "outbound_dial_window_opens_at", _error, _found, "datetime.datetime | None"
                )
                _outbound_dial_window_opens_at_text = outbound_dial_window_opens_at

            _field = "outbound_dial_window_seconds"
            try:
                if "outbound_dial_window_seconds" in src_dict:
                    outbound_dial_window_seconds: Any = src_dict["outbound_dial_window_seconds"]
                    _present += 1
                    if outbound_dial_window_seconds is not None:
                        if type(outbound_dial_window_seconds) is not int:
                            outbound_dial_window_seconds = checked(outbound_dial_window_seconds, (int, type(None)))
                else:
                    outbound_dial_window_seconds = UNSET
            except FIELD_ERRORS as _error:
                outbound_dial_window_seconds, _found = tolerated(
                    src_dict, "outbound_dial_window_seconds", _error, _found, "int | None"
                )

            _field = "outbound_dial_window_closes_at"
            try:
                if "outbound_dial_window_closes_at" in src_dict:
                    outbound_dial_window_closes_at: Any = src_dict["outbound_dial_window_closes_at"]
                    _outbound_dial_window_closes_at_text = outbound_dial_window_closes_at
                    _present += 1
                    if outbound_dial_window_closes_at is not None:
                        if type(outbound_dial_window_closes_at) is str:
                            try:
                                outbound_dial_window_closes_at = fromisoformat(outbound_dial_window_closes_at)
                            except ValueError:
                                outbound_dial_window_closes_at = parse_datetime(outbound_dial_window_closes_at)
                        else:
                            outbound_dial_window_closes_at = checked(
                                outbound_dial_window_closes_at, (datetime.datetime, type(None))
                            )
                            _outbound_dial_window_closes_at_text = outbound_dial_window_closes_at.isoformat().replace(
                                "+00:00", "Z"
                            )
                else:
                    outbound_dial_window_closes_at = _outbound_dial_window_closes_at_text = UNSET
            except FIELD_ERRORS as _error:
                outbound_dial_window_closes_at, _found = tolerated(
                    src_dict, "outbound_dial_window_closes_at", _error, _found, "datetime.datetime | None"
                )
                _outbound_dial_window_closes_at_text = outbound_dial_window_closes_at

            _instance = cls(
                id=id,
                status=status,
                scenario=scenario,
                number=number,
                inbound_number=inbound_number,
                scenario_name=scenario_name,
                test_profile_data=test_profile_data,
                outbound_dial_window_opens_at=outbound_dial_window_opens_at,
                outbound_dial_window_seconds=outbound_dial_window_seconds,
                outbound_dial_window_closes_at=outbound_dial_window_closes_at,
            )
            _instance._wire_text = (
                outbound_dial_window_opens_at,
                _outbound_dial_window_opens_at_text,
                outbound_dial_window_closes_at,
                _outbound_dial_window_closes_at_text,
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
    global _imports_pending, ScenariosRunAgora3Response200RunsItemTestProfileDataType0  # noqa: PLW0603
    from ..models.scenarios_run_agora_3_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunAgora3Response200RunsItemTestProfileDataType0,  # noqa: PLC0415
    )

    _imports_pending = False
