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
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_inline import ScenarioInline


_PROPERTIES: frozenset[str] = frozenset(
    {
        "crontab_expression",
        "id",
        "agent",
        "name",
        "timezone",
        "scenarios",
        "scenario_ids",
        "scenarios_data",
        "personality",
        "personalities",
        "tags",
        "frequency",
        "concurrency_limit",
        "run_as_text",
        "execution_mode",
        "notify_on",
        "is_active",
        "created_by",
        "created_via",
        "created_at",
        "updated_at",
    }
)

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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        _response = not building_request()
        _wire = self._wire_text
        created_via: None | str | Unset
        if isinstance(self.created_via, Unset):
            created_via = UNSET
        elif isinstance(self.created_via, CronJobCreatedViaType1):
            created_via = enum_value(CronJobCreatedViaType1, self.created_via, "created_via")
        elif isinstance(self.created_via, CronJobCreatedViaType2Type1):
            created_via = enum_value(CronJobCreatedViaType2Type1, self.created_via, "created_via")
        elif isinstance(self.created_via, CronJobCreatedViaType3Type1):
            created_via = enum_value(CronJobCreatedViaType3Type1, self.created_via, "created_via")
        else:
            created_via = self.created_via

        field_dict: dict[str, Any] = {
            "crontab_expression": self.crontab_expression,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.timezone, Unset):
            field_dict["timezone"] = self.timezone
        if not isinstance(self.scenarios, Unset):
            field_dict["scenarios"] = self.scenarios
        if not isinstance(self.scenario_ids, Unset) and _response:
            field_dict["scenario_ids"] = self.scenario_ids
        if not isinstance(self.scenarios_data, Unset) and _response:
            field_dict["scenarios_data"] = (
                [
                    element.to_dict() if type(element) is ScenarioInline else written(element, "scenarios_data", self)
                    for element in self.scenarios_data
                ]
                if type(self.scenarios_data) is list
                else written(self.scenarios_data, "scenarios_data", self)
            )
        if not isinstance(self.personality, Unset):
            field_dict["personality"] = self.personality
        if not isinstance(self.personalities, Unset):
            field_dict["personalities"] = self.personalities
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.frequency, Unset):
            field_dict["frequency"] = self.frequency
        if not isinstance(self.concurrency_limit, Unset):
            field_dict["concurrency_limit"] = self.concurrency_limit
        if not isinstance(self.run_as_text, Unset):
            field_dict["run_as_text"] = self.run_as_text
        if not isinstance(self.execution_mode, Unset):
            field_dict["execution_mode"] = (
                self.execution_mode._value_
                if type(self.execution_mode) is CronJobExecutionMode
                else enum_value(CronJobExecutionMode, self.execution_mode, "execution_mode", self)
            )
        if not isinstance(self.notify_on, Unset):
            field_dict["notify_on"] = (
                self.notify_on._value_
                if type(self.notify_on) is CronJobNotifyOn
                else enum_value(CronJobNotifyOn, self.notify_on, "notify_on", self)
            )
        if not isinstance(self.is_active, Unset):
            field_dict["is_active"] = self.is_active
        if not isinstance(self.created_by, Unset) and _response:
            field_dict["created_by"] = self.created_by
        if created_via is not UNSET and _response:
            field_dict["created_via"] = created_via
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
            _present = 1
            _field = "crontab_expression"
            try:
                crontab_expression: Any = src_dict["crontab_expression"]
                if type(crontab_expression) is not str:
                    crontab_expression = checked(crontab_expression, (str,))
            except FIELD_ERRORS as _error:
                crontab_expression, _found = tolerated(src_dict, "crontab_expression", _error, _found, "str")

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

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "timezone"
            try:
                if "timezone" in src_dict:
                    timezone: Any = src_dict["timezone"]
                    _present += 1
                    if type(timezone) is not str:
                        timezone = checked(timezone, (str,))
                else:
                    timezone = UNSET
            except FIELD_ERRORS as _error:
                timezone, _found = tolerated(src_dict, "timezone", _error, _found, "str")

            _field = "scenarios"
            try:
                if "scenarios" in src_dict:
                    scenarios: Any = src_dict["scenarios"]
                    _present += 1

                else:
                    scenarios = UNSET
            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(src_dict, "scenarios", _error, _found, "Any")

            _field = "scenario_ids"
            try:
                if "scenario_ids" in src_dict:
                    scenario_ids: Any = src_dict["scenario_ids"]
                    _present += 1
                    if type(scenario_ids) is not list:
                        scenario_ids = checked(scenario_ids, (list,))
                    for _item in scenario_ids:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    scenario_ids = UNSET
            except FIELD_ERRORS as _error:
                scenario_ids, _found = tolerated(
                    src_dict, "scenario_ids", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "scenarios_data"
            try:
                if "scenarios_data" in src_dict:
                    scenarios_data: Any = src_dict["scenarios_data"]
                    _present += 1
                    if type(scenarios_data) is not list:
                        scenarios_data = checked(scenarios_data, (list,))
                    scenarios_data = [ScenarioInline.from_dict(element) for element in scenarios_data]

                else:
                    scenarios_data = UNSET
            except FIELD_ERRORS as _error:
                scenarios_data, _found = tolerated(
                    src_dict,
                    "scenarios_data",
                    _error,
                    _found,
                    "list[ScenarioInline]",
                    lambda element: ScenarioInline.from_dict(element),
                )

            _field = "personality"
            try:
                if "personality" in src_dict:
                    personality: Any = src_dict["personality"]
                    _present += 1
                    if personality is not None:
                        if type(personality) is not int:
                            personality = checked(personality, (int, type(None)))
                else:
                    personality = UNSET
            except FIELD_ERRORS as _error:
                personality, _found = tolerated(src_dict, "personality", _error, _found, "int | None")

            _field = "personalities"
            try:
                if "personalities" in src_dict:
                    personalities: Any = src_dict["personalities"]
                    _present += 1
                    if type(personalities) is not list:
                        personalities = checked(personalities, (list,))
                    for _item in personalities:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    personalities = UNSET
            except FIELD_ERRORS as _error:
                personalities, _found = tolerated(
                    src_dict, "personalities", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "tags"
            try:
                if "tags" in src_dict:
                    tags: Any = src_dict["tags"]
                    _present += 1
                    if type(tags) is not list:
                        tags = checked(tags, (list,))
                    for _item in tags:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    tags = UNSET
            except FIELD_ERRORS as _error:
                tags, _found = tolerated(
                    src_dict, "tags", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _field = "frequency"
            try:
                if "frequency" in src_dict:
                    frequency: Any = src_dict["frequency"]
                    _present += 1
                    if type(frequency) is not int:
                        frequency = checked(frequency, (int,))
                else:
                    frequency = UNSET
            except FIELD_ERRORS as _error:
                frequency, _found = tolerated(src_dict, "frequency", _error, _found, "int")

            _field = "concurrency_limit"
            try:
                if "concurrency_limit" in src_dict:
                    concurrency_limit: Any = src_dict["concurrency_limit"]
                    _present += 1
                    if concurrency_limit is not None:
                        if type(concurrency_limit) is not int:
                            concurrency_limit = checked(concurrency_limit, (int, type(None)))
                else:
                    concurrency_limit = UNSET
            except FIELD_ERRORS as _error:
                concurrency_limit, _found = tolerated(src_dict, "concurrency_limit", _error, _found, "int | None")

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

            _field = "execution_mode"
            try:
                if "execution_mode" in src_dict:
                    execution_mode: Any = src_dict["execution_mode"]
                    _present += 1
                    execution_mode = (
                        CronJobExecutionMode._value2member_map_.get(execution_mode)
                        or CronJobExecutionMode(execution_mode)
                        if type(execution_mode) is str
                        else checked(execution_mode, (CronJobExecutionMode,))
                    )
                else:
                    execution_mode = UNSET
            except FIELD_ERRORS as _error:
                execution_mode, _found = tolerated(src_dict, "execution_mode", _error, _found, "CronJobExecutionMode")

            _field = "notify_on"
            try:
                if "notify_on" in src_dict:
                    notify_on: Any = src_dict["notify_on"]
                    _present += 1
                    notify_on = (
                        CronJobNotifyOn._value2member_map_.get(notify_on) or CronJobNotifyOn(notify_on)
                        if type(notify_on) is str
                        else checked(notify_on, (CronJobNotifyOn,))
                    )
                else:
                    notify_on = UNSET
            except FIELD_ERRORS as _error:
                notify_on, _found = tolerated(src_dict, "notify_on", _error, _found, "CronJobNotifyOn")

            _field = "is_active"
            try:
                if "is_active" in src_dict:
                    is_active: Any = src_dict["is_active"]
                    _present += 1
                    if type(is_active) is not bool:
                        is_active = checked(is_active, (bool,))
                else:
                    is_active = UNSET
            except FIELD_ERRORS as _error:
                is_active, _found = tolerated(src_dict, "is_active", _error, _found, "bool")

            _field = "created_by"
            try:
                if "created_by" in src_dict:
                    created_by: Any = src_dict["created_by"]
                    _present += 1
                    if type(created_by) is not int:
                        created_by = checked(created_by, (int,))
                else:
                    created_by = UNSET
            except FIELD_ERRORS as _error:
                created_by, _found = tolerated(src_dict, "created_by", _error, _found, "int")

            _field = "created_via"
            try:

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
                        CronJobCreatedViaType1
                        | CronJobCreatedViaType2Type1
                        | CronJobCreatedViaType3Type1
                        | None
                        | Unset,
                        data,
                    )

                created_via = _parse_created_via(src_dict.get("created_via", UNSET))

                if not isinstance(
                    created_via,
                    (
                        type(None),
                        CronJobCreatedViaType1,
                        CronJobCreatedViaType2Type1,
                        CronJobCreatedViaType3Type1,
                        Unset,
                    ),
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
                if created_via is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                created_via, _found = tolerated(
                    src_dict,
                    "created_via",
                    _error,
                    _found,
                    "CronJobCreatedViaType1 | CronJobCreatedViaType2Type1 | CronJobCreatedViaType3Type1 | None",
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, ScenarioInline  # noqa: PLW0603
    from ..models.scenario_inline import ScenarioInline  # noqa: PLC0415

    _imports_pending = False
