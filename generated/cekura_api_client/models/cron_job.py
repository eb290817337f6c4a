from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_job_created_via_type_1 import CronJobCreatedViaType1
from ..models.cron_job_created_via_type_2_type_1 import CronJobCreatedViaType2Type1
from ..models.cron_job_created_via_type_3_type_1 import CronJobCreatedViaType3Type1
from ..models.cron_job_execution_mode import CronJobExecutionMode
from ..models.cron_job_notify_on import CronJobNotifyOn
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_inline import ScenarioInline


T = TypeVar("T", bound="CronJob")


@_attrs_define
class CronJob:
    crontab_expression: str
    """
    Crontab expression for the cron job
    Example:
    - `"0 9 * * 1-5"`
    - `"0 0 * * 0"`
     """
    id: int | Unset = UNSET
    agent: int | Unset = UNSET
    """
    Agent ID for the cron job
    Example: `123`
     """
    name: str | Unset = UNSET
    """ Name for the cronjob """
    timezone: str | Unset = UNSET
    """
    Timezone for the cron job
    Example: `"America/Los_Angeles"`
     """
    scenarios: Any | Unset = UNSET
    """
    List of scenario IDs for the cron job
    Example: `[123, 456, 789]`
     """
    scenario_ids: list[int] | Unset = UNSET
    """
    List of scenario IDs for the cron job
    Example: `[123, 456, 789]`
     """
    scenarios_data: list[ScenarioInline] | Unset = UNSET
    personality: int | None | Unset = UNSET
    """
    (Deprecated) Use personalities field instead.
    Example: `1` (personality ID)
     """
    personalities: list[int] | Unset = UNSET
    """
    List of personalities to use for test execution. Multiple personalities can be assigned to run tests with
    different configurations.
    Example: `[1, 2, 3]` (personality IDs)
     """
    tags: list[str] | Unset = UNSET
    """
    List of tags for the cron job
    Example: `["tag1", "tag2", "tag3"]`
     """
    frequency: int | Unset = UNSET
    """
    Frequency for the cron job
    Example: `1`
     """
    concurrency_limit: int | None | Unset = UNSET
    """
    Max number of parallel conversations to run per execution.
    Leave unset for no cap (uses default capacity).
    Example: `3`
     """
    run_as_text: bool | Unset = UNSET
    """
    DEPRECATED: Use execution_mode instead. Kept for backward compatibility.
    Run the cron job as text
    Example: `true` or `false`
     """
    execution_mode: CronJobExecutionMode | Unset = UNSET
    """
    Execution mode for the cron job
    Choices: voice, text, sip, vapi_webrtc, elevenlabs, pipecat_v2, livekit_v2, retell_webrtc, ello, agora
    Example: `"voice"`, `"text"`, `"sip"`, `"pipecat_v2"`, `"elevenlabs"`, or `"livekit_v2"`


    * `voice` - Voice
    * `text` - Text
    * `sip` - SIP
    * `vapi_webrtc` - VAPI WebRTC
    * `retell_webrtc` - Retell WebRTC
    * `elevenlabs` - ElevenLabs
    * `ello` - Ello
    * `livekit_v2` - LiveKit
    * `pipecat_v2` - Pipecat
    * `agora` - Agora """
    notify_on: CronJobNotifyOn | Unset = UNSET
    """
    Select when to notify


    * `never` - Never
    * `success` - Success
    * `failure` - Failure
    * `both` - Both """
    is_active: bool | Unset = UNSET
    created_by: int | Unset = UNSET
    created_via: CronJobCreatedViaType1 | CronJobCreatedViaType2Type1 | CronJobCreatedViaType3Type1 | None | Unset = (
        UNSET
    )
    """ How the cron job was created: user (UI), api (API key), or mcp (MCP client)

    * `user` - User
    * `api` - API
    * `mcp` - MCP
    * `cli` - CLI
    * `sdk` - SDK """
    created_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when the cron job was created
    Example: `2021-01-01 00:00:00`
     """
    updated_at: datetime.datetime | Unset = UNSET
    """
    Timestamp when the cron job was last updated
    Example: `2021-01-01 00:00:00`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        crontab_expression = self.crontab_expression

        id = self.id

        agent = self.agent

        name = self.name

        timezone = self.timezone

        scenarios = self.scenarios

        scenario_ids: list[int] | Unset = UNSET
        if not isinstance(self.scenario_ids, Unset):
            scenario_ids = self.scenario_ids

        scenarios_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenarios_data, Unset):
            scenarios_data = []
            for scenarios_data_item_data in self.scenarios_data:
                scenarios_data_item = scenarios_data_item_data.to_dict()
                scenarios_data.append(scenarios_data_item)

        personality: int | None | Unset
        if isinstance(self.personality, Unset):
            personality = UNSET
        else:
            personality = self.personality

        personalities: list[int] | Unset = UNSET
        if not isinstance(self.personalities, Unset):
            personalities = self.personalities

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        frequency = self.frequency

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        run_as_text = self.run_as_text

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        notify_on: str | Unset = UNSET
        if not isinstance(self.notify_on, Unset):
            notify_on = self.notify_on.value

        is_active = self.is_active

        created_by = self.created_by

        created_via: None | str | Unset
        if isinstance(self.created_via, Unset):
            created_via = UNSET
        elif isinstance(self.created_via, CronJobCreatedViaType1):
            created_via = self.created_via.value
        elif isinstance(self.created_via, CronJobCreatedViaType2Type1):
            created_via = self.created_via.value
        elif isinstance(self.created_via, CronJobCreatedViaType3Type1):
            created_via = self.created_via.value
        else:
            created_via = self.created_via

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "crontab_expression": crontab_expression,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if agent is not UNSET:
            field_dict["agent"] = agent
        if name is not UNSET:
            field_dict["name"] = name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios
        if scenario_ids is not UNSET and _response:
            field_dict["scenario_ids"] = scenario_ids
        if scenarios_data is not UNSET and _response:
            field_dict["scenarios_data"] = scenarios_data
        if personality is not UNSET:
            field_dict["personality"] = personality
        if personalities is not UNSET:
            field_dict["personalities"] = personalities
        if tags is not UNSET:
            field_dict["tags"] = tags
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if run_as_text is not UNSET:
            field_dict["run_as_text"] = run_as_text
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if notify_on is not UNSET:
            field_dict["notify_on"] = notify_on
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_by is not UNSET and _response:
            field_dict["created_by"] = created_by
        if created_via is not UNSET and _response:
            field_dict["created_via"] = created_via
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenario_inline import ScenarioInline  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "crontab_expression"
            crontab_expression = d.pop("crontab_expression")
            if not isinstance(crontab_expression, (str,)):
                expect(crontab_expression, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "timezone"
            timezone = d.pop("timezone", UNSET)
            if not isinstance(timezone, (str, Unset)):
                expect(timezone, (str, Unset))

            _field = "scenarios"
            scenarios = d.pop("scenarios", UNSET)

            _field = "scenario_ids"
            scenario_ids = cast(list[int], d.pop("scenario_ids", UNSET))

            if not isinstance(scenario_ids, (list, Unset)):
                expect(scenario_ids, (list, Unset))

            _field = "scenarios_data"
            _scenarios_data = d.pop("scenarios_data", UNSET)
            scenarios_data: list[ScenarioInline] | Unset = UNSET
            if _scenarios_data is not UNSET:
                scenarios_data = []
                for scenarios_data_item_data in _scenarios_data:
                    scenarios_data_item = ScenarioInline.from_dict(scenarios_data_item_data)

                    scenarios_data.append(scenarios_data_item)

            if not isinstance(scenarios_data, (list, Unset)):
                expect(scenarios_data, (list, Unset))

            _field = "personality"

            def _parse_personality(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            personality = _parse_personality(d.pop("personality", UNSET))

            if not isinstance(personality, (int, type(None), Unset)) or isinstance(personality, bool):
                expect(personality, (int, type(None), Unset))

            _field = "personalities"
            personalities = cast(list[int], d.pop("personalities", UNSET))

            if not isinstance(personalities, (list, Unset)):
                expect(personalities, (list, Unset))

            _field = "tags"
            tags = cast(list[str], d.pop("tags", UNSET))

            if not isinstance(tags, (list, Unset)):
                expect(tags, (list, Unset))

            _field = "frequency"
            frequency = d.pop("frequency", UNSET)
            if not isinstance(frequency, (int, Unset)) or isinstance(frequency, bool):
                expect(frequency, (int, Unset))

            _field = "concurrency_limit"

            def _parse_concurrency_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

            if not isinstance(concurrency_limit, (int, type(None), Unset)) or isinstance(concurrency_limit, bool):
                expect(concurrency_limit, (int, type(None), Unset))

            _field = "run_as_text"
            run_as_text = d.pop("run_as_text", UNSET)
            if not isinstance(run_as_text, (bool, Unset)):
                expect(run_as_text, (bool, Unset))

            _field = "execution_mode"
            _execution_mode = d.pop("execution_mode", UNSET)
            execution_mode: CronJobExecutionMode | Unset
            if isinstance(_execution_mode, Unset):
                execution_mode = UNSET
            else:
                execution_mode = CronJobExecutionMode(_execution_mode)

            if not isinstance(execution_mode, (CronJobExecutionMode, Unset)):
                expect(execution_mode, (CronJobExecutionMode, Unset))

            _field = "notify_on"
            _notify_on = d.pop("notify_on", UNSET)
            notify_on: CronJobNotifyOn | Unset
            if isinstance(_notify_on, Unset):
                notify_on = UNSET
            else:
                notify_on = CronJobNotifyOn(_notify_on)

            if not isinstance(notify_on, (CronJobNotifyOn, Unset)):
                expect(notify_on, (CronJobNotifyOn, Unset))

            _field = "is_active"
            is_active = d.pop("is_active", UNSET)
            if not isinstance(is_active, (bool, Unset)):
                expect(is_active, (bool, Unset))

            _field = "created_by"
            created_by = d.pop("created_by", UNSET)
            if not isinstance(created_by, (int, Unset)) or isinstance(created_by, bool):
                expect(created_by, (int, Unset))

            _field = "created_via"

            def _parse_created_via(
                data: object,
            ) -> CronJobCreatedViaType1 | CronJobCreatedViaType2Type1 | CronJobCreatedViaType3Type1 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_via_type_1 = CronJobCreatedViaType1(data)

                    return created_via_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_via_type_2_type_1 = CronJobCreatedViaType2Type1(data)

                    return created_via_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_via_type_3_type_1 = CronJobCreatedViaType3Type1(data)

                    return created_via_type_3_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    CronJobCreatedViaType1 | CronJobCreatedViaType2Type1 | CronJobCreatedViaType3Type1 | None | Unset,
                    data,
                )

            created_via = _parse_created_via(d.pop("created_via", UNSET))

            if not isinstance(
                created_via,
                (type(None), CronJobCreatedViaType1, CronJobCreatedViaType2Type1, CronJobCreatedViaType3Type1, Unset),
            ):
                expect(
                    created_via,
                    (
                        type(None),
                        CronJobCreatedViaType1,
                        CronJobCreatedViaType2Type1,
                        CronJobCreatedViaType3Type1,
                        Unset,
                    ),
                )

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

            cron_job = cls(
                crontab_expression=crontab_expression,
                id=id,
                agent=agent,
                name=name,
                timezone=timezone,
                scenarios=scenarios,
                scenario_ids=scenario_ids,
                scenarios_data=scenarios_data,
                personality=personality,
                personalities=personalities,
                tags=tags,
                frequency=frequency,
                concurrency_limit=concurrency_limit,
                run_as_text=run_as_text,
                execution_mode=execution_mode,
                notify_on=notify_on,
                is_active=is_active,
                created_by=created_by,
                created_via=created_via,
                created_at=created_at,
                updated_at=updated_at,
            )

            cron_job.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return cron_job

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
