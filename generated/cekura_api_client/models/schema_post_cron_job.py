from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.schema_post_cron_job_execution_mode import SchemaPostCronJobExecutionMode
from ..models.schema_post_cron_job_timezone import SchemaPostCronJobTimezone
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "crontab_expression",
        "name",
        "scenarios",
        "tags",
        "agent",
        "timezone",
        "personality",
        "personalities",
        "run_as_text",
        "execution_mode",
    }
)

T = TypeVar("T", bound="SchemaPostCronJob")


@_attrs_define
class SchemaPostCronJob:
    crontab_expression: str
    """
    Cron expression for scheduling (e.g. '0 9 * * 1-5' for weekdays at 9am)
    Example:
    - `"0 9 * * 1-5"`
    - `"0 0 * * 0"`
     """
    name: str | Unset = UNSET
    """ Name for the cronjob """
    scenarios: list[int] | Unset = UNSET
    """
    List of scenario IDs to execute
    Example: `[123, 456, 789]`
     """
    tags: list[str] | Unset = UNSET
    """
    Alternative to scenarios - List of tags to filter scenario
    Example: `["tag1", "tag2", "tag3"]`
     """
    agent: int | Unset = UNSET
    """
    Agent ID. Required when using tags to filter scenarios.
    Example: `123`
     """
    timezone: SchemaPostCronJobTimezone | Unset = UNSET
    """
    Timezone for the cronjob (default: Project timezone)


    * `Africa/Abidjan` - Africa/Abidjan
    * `Africa/Accra` - Africa/Accra
    * `Africa/Addis_Ababa` - Africa/Addis_Ababa
    * `Africa/Algiers` - Africa/Algiers
    * `Africa/Asmara` - Africa/Asmara
    * `Africa/Bamako` - Africa/Bamako
    * `Africa/Bangui` - Africa/Bangui
    * `Africa/Banjul` - Africa/Banjul
    * `Africa/Bissau` - Africa/Bissau
    * `Africa/Blantyre` - Africa/Blantyre
    * `Africa/Brazzaville` - Africa/Brazzaville
    * `Africa/Bujumbura` - Africa/Bujumbura
    * `Africa/Cairo` - Africa/Cairo
    * `Africa/Casablanca` - Africa/Casablanca
    * `Africa/Ceuta` - Africa/Ceuta
    * `Africa/Conakry` - Africa/Conakry
    * `Africa/Dakar` - Africa/Dakar
    * `Africa/Dar_es_Salaam` - Africa/Dar_es_Salaam
    * `Africa/Djibouti` - Africa/Djibouti
    * `Africa/Douala` - Africa/Douala
    * `Africa/El_Aaiun` - Africa/El_Aaiun
    * `Africa/Freetown` - Africa/Freetown
    * `Africa/Gaborone` - Africa/Gaborone
    * `Africa/Harare` - Africa/Harare
    * `Africa/Johannesburg` - Africa/Johannesburg
    * `Africa/Juba` - Africa/Juba
    * `Africa/Kampala` - Africa/Kampala
    * `Africa/Khartoum` - Africa/Khartoum
    * `Africa/Kigali` - Africa/Kigali
    * `Africa/Kinshasa` - Africa/Kinshasa
    * `Africa/Lagos` - Africa/Lagos
    * `Africa/Libreville` - Africa/Libreville
    * `Africa/Lome` - Africa/Lome
    * `Africa/Luanda` - Africa/Luanda
    * `Africa/Lubumbashi` - Africa/Lubumbashi
    * `Africa/Lusaka` - Africa/Lusaka
    * `Africa/Malabo` - Africa/Malabo
    * `Africa/Maputo` - Africa/Maputo
    * `Africa/Maseru` - Africa/Maseru
    * `Africa/Mbabane` - Africa/Mbabane
    * `Africa/Mogadishu` - Africa/Mogadishu
    * `Africa/Monrovia` - Africa/Monrovia
    * `Africa/Nairobi` - Africa/Nairobi
    * `Africa/Ndjamena` - Africa/Ndjamena
    * `Africa/Niamey` - Africa/Niamey
    * `Africa/Nouakchott` - Africa/Nouakchott
    * `Africa/Ouagadougou` - Africa/Ouagadougou
    * `Africa/Porto-Novo` - Africa/Porto-Novo
    * `Africa/Sao_Tome` - Africa/Sao_Tome
    * `Africa/Tripoli` - Africa/Tripoli
    * `Africa/Tunis` - Africa/Tunis
    * `Africa/Windhoek` - Africa/Windhoek
    * `America/Adak` - America/Adak
    * `America/Anchorage` - America/Anchorage
    * `America/Chicago` - America/Chicago
    * `America/Denver` - America/Denver
    * `America/Los_Angeles` - America/Los_Angeles
    * `America/New_York` - America/New_York
    * `America/Phoenix` - America/Phoenix
    * `America/Sao_Paulo` - America/Sao_Paulo
    * `Asia/Dubai` - Asia/Dubai
    * `Asia/Hong_Kong` - Asia/Hong_Kong
    * `Asia/Kolkata` - Asia/Kolkata
    * `Asia/Seoul` - Asia/Seoul
    * `Asia/Shanghai` - Asia/Shanghai
    * `Asia/Singapore` - Asia/Singapore
    * `Asia/Tokyo` - Asia/Tokyo
    * `Australia/Melbourne` - Australia/Melbourne
    * `Australia/Perth` - Australia/Perth
    * `Australia/Sydney` - Australia/Sydney
    * `Europe/Amsterdam` - Europe/Amsterdam
    * `Europe/Berlin` - Europe/Berlin
    * `Europe/London` - Europe/London
    * `Europe/Madrid` - Europe/Madrid
    * `Europe/Moscow` - Europe/Moscow
    * `Europe/Paris` - Europe/Paris
    * `Europe/Rome` - Europe/Rome
    * `Pacific/Auckland` - Pacific/Auckland
    * `Pacific/Honolulu` - Pacific/Honolulu
    * `US/Central` - US/Central
    * `US/Eastern` - US/Eastern
    * `US/Mountain` - US/Mountain
    * `US/Pacific` - US/Pacific
    * `UTC` - UTC """
    personality: int | Unset = UNSET
    """ DEPRECATED: Use personalities instead """
    personalities: list[int] | Unset = UNSET
    """
    List of personalities to use for test execution. Multiple personalities can be assigned to run tests with
    different configurations.
    Example: `[1, 2, 3]` (personality IDs)
     """
    run_as_text: bool | Unset = False
    """ DEPRECATED: Use execution_mode instead. Run scenarios as text-based chat instead of voice calls """
    execution_mode: SchemaPostCronJobExecutionMode | Unset = SchemaPostCronJobExecutionMode.VOICE
    """
    Execution mode for the cron job. Choices: voice, text, sip
    Example: `"voice"`, `"text"`, or `"sip"`


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "crontab_expression": self.crontab_expression,
        }
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.scenarios, Unset):
            field_dict["scenarios"] = self.scenarios
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.timezone, Unset):
            field_dict["timezone"] = (
                self.timezone._value_
                if type(self.timezone) is SchemaPostCronJobTimezone
                else enum_value(SchemaPostCronJobTimezone, self.timezone, "timezone", self)
            )
        if not isinstance(self.personality, Unset):
            field_dict["personality"] = self.personality
        if not isinstance(self.personalities, Unset):
            field_dict["personalities"] = self.personalities
        if not isinstance(self.run_as_text, Unset):
            field_dict["run_as_text"] = self.run_as_text
        if not isinstance(self.execution_mode, Unset):
            field_dict["execution_mode"] = (
                self.execution_mode._value_
                if type(self.execution_mode) is SchemaPostCronJobExecutionMode
                else enum_value(SchemaPostCronJobExecutionMode, self.execution_mode, "execution_mode", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("crontab_expression", (None, str(self.crontab_expression).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.scenarios, Unset):
            for scenarios_item_element in self.scenarios:
                files.append(("scenarios", (None, str(scenarios_item_element).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.timezone, Unset):
            files.append(
                (
                    "timezone",
                    (
                        None,
                        str(enum_value(SchemaPostCronJobTimezone, self.timezone, "timezone")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.personality, Unset):
            files.append(("personality", (None, str(self.personality).encode(), "text/plain")))

        if not isinstance(self.personalities, Unset):
            for personalities_item_element in self.personalities:
                files.append(("personalities", (None, str(personalities_item_element).encode(), "text/plain")))

        if not isinstance(self.run_as_text, Unset):
            files.append(("run_as_text", (None, str(self.run_as_text).encode(), "text/plain")))

        if not isinstance(self.execution_mode, Unset):
            files.append(
                (
                    "execution_mode",
                    (
                        None,
                        str(enum_value(SchemaPostCronJobExecutionMode, self.execution_mode, "execution_mode")).encode(),
                        "text/plain",
                    ),
                )
            )

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
            _present = 1
            _field = "crontab_expression"
            try:
                crontab_expression: Any = src_dict["crontab_expression"]
                if type(crontab_expression) is not str:
                    crontab_expression = checked(crontab_expression, (str,))
            except FIELD_ERRORS as _error:
                crontab_expression, _found = tolerated(src_dict, "crontab_expression", _error, _found, "str")

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

            _field = "scenarios"
            try:
                if "scenarios" in src_dict:
                    scenarios: Any = src_dict["scenarios"]
                    _present += 1
                    if type(scenarios) is not list:
                        scenarios = checked(scenarios, (list,))
                    for _item in scenarios:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    scenarios = UNSET
            except FIELD_ERRORS as _error:
                scenarios, _found = tolerated(
                    src_dict, "scenarios", _error, _found, "list[int]", lambda element: checked(element, (int,))
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

            _field = "timezone"
            try:
                if "timezone" in src_dict:
                    timezone: Any = src_dict["timezone"]
                    _present += 1
                    timezone = (
                        SchemaPostCronJobTimezone._value2member_map_.get(timezone)
                        or SchemaPostCronJobTimezone(timezone)
                        if type(timezone) is str
                        else checked(timezone, (SchemaPostCronJobTimezone,))
                    )
                else:
                    timezone = UNSET
            except FIELD_ERRORS as _error:
                timezone, _found = tolerated(src_dict, "timezone", _error, _found, "SchemaPostCronJobTimezone")

            _field = "personality"
            try:
                if "personality" in src_dict:
                    personality: Any = src_dict["personality"]
                    _present += 1
                    if type(personality) is not int:
                        personality = checked(personality, (int,))
                else:
                    personality = UNSET
            except FIELD_ERRORS as _error:
                personality, _found = tolerated(src_dict, "personality", _error, _found, "int")

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
                        SchemaPostCronJobExecutionMode._value2member_map_.get(execution_mode)
                        or SchemaPostCronJobExecutionMode(execution_mode)
                        if type(execution_mode) is str
                        else checked(execution_mode, (SchemaPostCronJobExecutionMode,))
                    )
                else:
                    execution_mode = UNSET
            except FIELD_ERRORS as _error:
                execution_mode, _found = tolerated(
                    src_dict, "execution_mode", _error, _found, "SchemaPostCronJobExecutionMode"
                )

            _instance = cls(
                crontab_expression=crontab_expression,
                name=name,
                scenarios=scenarios,
                tags=tags,
                agent=agent,
                timezone=timezone,
                personality=personality,
                personalities=personalities,
                run_as_text=run_as_text,
                execution_mode=execution_mode,
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
