from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scenarios_create_from_transcript_progress_response_200_status import (
    ScenariosCreateFromTranscriptProgressResponse200Status,
)
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenarios_create_from_transcript_progress_response_200_scenario_type_0 import (
        ScenariosCreateFromTranscriptProgressResponse200ScenarioType0,
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

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenarios_create_from_transcript_progress_response_200_scenario_type_0 import (
            ScenariosCreateFromTranscriptProgressResponse200ScenarioType0,  # noqa: PLC0415
        )

        agent_id = self.agent_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        scenario_id: int | None | Unset
        if isinstance(self.scenario_id, Unset):
            scenario_id = UNSET
        else:
            scenario_id = self.scenario_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        scenario: dict[str, Any] | None | Unset
        if isinstance(self.scenario, Unset):
            scenario = UNSET
        elif isinstance(self.scenario, ScenariosCreateFromTranscriptProgressResponse200ScenarioType0):
            scenario = self.scenario.to_dict()
        else:
            scenario = self.scenario

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if status is not UNSET:
            field_dict["status"] = status
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if error is not UNSET:
            field_dict["error"] = error
        if scenario is not UNSET:
            field_dict["scenario"] = scenario

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenarios_create_from_transcript_progress_response_200_scenario_type_0 import (
            ScenariosCreateFromTranscriptProgressResponse200ScenarioType0,  # noqa: PLC0415
        )

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: ScenariosCreateFromTranscriptProgressResponse200Status | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ScenariosCreateFromTranscriptProgressResponse200Status(_status)

            if not isinstance(status, (ScenariosCreateFromTranscriptProgressResponse200Status, Unset)):
                expect(status, (ScenariosCreateFromTranscriptProgressResponse200Status, Unset))

            _field = "scenario_id"

            def _parse_scenario_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            scenario_id = _parse_scenario_id(d.pop("scenario_id", UNSET))

            if not isinstance(scenario_id, (int, type(None), Unset)) or isinstance(scenario_id, bool):
                expect(scenario_id, (int, type(None), Unset))

            _field = "error"

            def _parse_error(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error = _parse_error(d.pop("error", UNSET))

            if not isinstance(error, (str, type(None), Unset)):
                expect(error, (str, type(None), Unset))

            _field = "scenario"

            def _parse_scenario(
                data: object,
            ) -> None | ScenariosCreateFromTranscriptProgressResponse200ScenarioType0 | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    scenario_type_0 = ScenariosCreateFromTranscriptProgressResponse200ScenarioType0.from_dict(data)

                    return scenario_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | ScenariosCreateFromTranscriptProgressResponse200ScenarioType0 | Unset, data)

            scenario = _parse_scenario(d.pop("scenario", UNSET))

            if not isinstance(
                scenario, (ScenariosCreateFromTranscriptProgressResponse200ScenarioType0, type(None), Unset)
            ):
                expect(scenario, (ScenariosCreateFromTranscriptProgressResponse200ScenarioType0, type(None), Unset))

            scenarios_create_from_transcript_progress_response_200 = cls(
                agent_id=agent_id,
                status=status,
                scenario_id=scenario_id,
                error=error,
                scenario=scenario,
            )

            scenarios_create_from_transcript_progress_response_200.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenarios_create_from_transcript_progress_response_200

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
