from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenarios_run_pipecat_v12_response_200_runs_item_status import (
    ScenariosRunPipecatV12Response200RunsItemStatus,
)
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_run_pipecat_v12_response_200_runs_item_test_profile_data_type_0 import (
        ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0,
    )


T = TypeVar("T", bound="ScenariosRunPipecatV12Response200RunsItem")


@_attrs_define
class ScenariosRunPipecatV12Response200RunsItem:
    id: int | Unset = UNSET
    """ ID of the run """
    status: ScenariosRunPipecatV12Response200RunsItemStatus | Unset = UNSET
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
    test_profile_data: None | ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0 | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenarios_run_pipecat_v12_response_200_runs_item_test_profile_data_type_0 import (
            ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0,  # noqa: PLC0415
        )

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        scenario = self.scenario

        number = self.number

        inbound_number: None | str | Unset
        if isinstance(self.inbound_number, Unset):
            inbound_number = UNSET
        else:
            inbound_number = self.inbound_number

        scenario_name = self.scenario_name

        test_profile_data: dict[str, Any] | None | Unset
        if isinstance(self.test_profile_data, Unset):
            test_profile_data = UNSET
        elif isinstance(self.test_profile_data, ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0):
            test_profile_data = self.test_profile_data.to_dict()
        else:
            test_profile_data = self.test_profile_data

        outbound_dial_window_opens_at: None | str | Unset
        if isinstance(self.outbound_dial_window_opens_at, Unset):
            outbound_dial_window_opens_at = UNSET
        elif isinstance(self.outbound_dial_window_opens_at, datetime.datetime):
            outbound_dial_window_opens_at = self.outbound_dial_window_opens_at.isoformat().replace("+00:00", "Z")
        else:
            outbound_dial_window_opens_at = self.outbound_dial_window_opens_at

        outbound_dial_window_seconds: int | None | Unset
        if isinstance(self.outbound_dial_window_seconds, Unset):
            outbound_dial_window_seconds = UNSET
        else:
            outbound_dial_window_seconds = self.outbound_dial_window_seconds

        outbound_dial_window_closes_at: None | str | Unset
        if isinstance(self.outbound_dial_window_closes_at, Unset):
            outbound_dial_window_closes_at = UNSET
        elif isinstance(self.outbound_dial_window_closes_at, datetime.datetime):
            outbound_dial_window_closes_at = self.outbound_dial_window_closes_at.isoformat().replace("+00:00", "Z")
        else:
            outbound_dial_window_closes_at = self.outbound_dial_window_closes_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if scenario is not UNSET:
            field_dict["scenario"] = scenario
        if number is not UNSET:
            field_dict["number"] = number
        if inbound_number is not UNSET:
            field_dict["inbound_number"] = inbound_number
        if scenario_name is not UNSET:
            field_dict["scenario_name"] = scenario_name
        if test_profile_data is not UNSET:
            field_dict["test_profile_data"] = test_profile_data
        if outbound_dial_window_opens_at is not UNSET:
            field_dict["outbound_dial_window_opens_at"] = outbound_dial_window_opens_at
        if outbound_dial_window_seconds is not UNSET:
            field_dict["outbound_dial_window_seconds"] = outbound_dial_window_seconds
        if outbound_dial_window_closes_at is not UNSET:
            field_dict["outbound_dial_window_closes_at"] = outbound_dial_window_closes_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenarios_run_pipecat_v12_response_200_runs_item_test_profile_data_type_0 import (
            ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: ScenariosRunPipecatV12Response200RunsItemStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ScenariosRunPipecatV12Response200RunsItemStatus(_status)

            if not isinstance(status, (ScenariosRunPipecatV12Response200RunsItemStatus, Unset)):
                expect(status, (ScenariosRunPipecatV12Response200RunsItemStatus, Unset))

            _field = "scenario"
            scenario = d.pop("scenario", UNSET)
            if not isinstance(scenario, (int, Unset)) or isinstance(scenario, bool):
                expect(scenario, (int, Unset))

            _field = "number"
            number = d.pop("number", UNSET)
            if not isinstance(number, (str, Unset)):
                expect(number, (str, Unset))

            _field = "inbound_number"

            def _parse_inbound_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            inbound_number = _parse_inbound_number(d.pop("inbound_number", UNSET))

            if not isinstance(inbound_number, (str, type(None), Unset)):
                expect(inbound_number, (str, type(None), Unset))

            _field = "scenario_name"
            scenario_name = d.pop("scenario_name", UNSET)
            if not isinstance(scenario_name, (str, Unset)):
                expect(scenario_name, (str, Unset))

            _field = "test_profile_data"

            def _parse_test_profile_data(
                data: object,
            ) -> None | ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0 | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    test_profile_data_type_0 = ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0.from_dict(
                        data
                    )

                    return test_profile_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0 | Unset, data)

            test_profile_data = _parse_test_profile_data(d.pop("test_profile_data", UNSET))

            if not isinstance(
                test_profile_data, (ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0, type(None), Unset)
            ):
                expect(
                    test_profile_data,
                    (ScenariosRunPipecatV12Response200RunsItemTestProfileDataType0, type(None), Unset),
                )

            _field = "outbound_dial_window_opens_at"

            def _parse_outbound_dial_window_opens_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    outbound_dial_window_opens_at_type_0 = parse_datetime(data)

                    return outbound_dial_window_opens_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            outbound_dial_window_opens_at = _parse_outbound_dial_window_opens_at(
                d.pop("outbound_dial_window_opens_at", UNSET)
            )

            if not isinstance(outbound_dial_window_opens_at, (datetime.datetime, type(None), Unset)):
                expect(outbound_dial_window_opens_at, (datetime.datetime, type(None), Unset))

            _field = "outbound_dial_window_seconds"

            def _parse_outbound_dial_window_seconds(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            outbound_dial_window_seconds = _parse_outbound_dial_window_seconds(
                d.pop("outbound_dial_window_seconds", UNSET)
            )

            if not isinstance(outbound_dial_window_seconds, (int, type(None), Unset)) or isinstance(
                outbound_dial_window_seconds, bool
            ):
                expect(outbound_dial_window_seconds, (int, type(None), Unset))

            _field = "outbound_dial_window_closes_at"

            def _parse_outbound_dial_window_closes_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    outbound_dial_window_closes_at_type_0 = parse_datetime(data)

                    return outbound_dial_window_closes_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            outbound_dial_window_closes_at = _parse_outbound_dial_window_closes_at(
                d.pop("outbound_dial_window_closes_at", UNSET)
            )

            if not isinstance(outbound_dial_window_closes_at, (datetime.datetime, type(None), Unset)):
                expect(outbound_dial_window_closes_at, (datetime.datetime, type(None), Unset))

            scenarios_run_pipecat_v12_response_200_runs_item = cls(
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

            scenarios_run_pipecat_v12_response_200_runs_item.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_run_pipecat_v12_response_200_runs_item

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
