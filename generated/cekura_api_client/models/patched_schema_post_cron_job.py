from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_schema_post_cron_job_execution_mode import PatchedSchemaPostCronJobExecutionMode
from ..models.patched_schema_post_cron_job_timezone import PatchedSchemaPostCronJobTimezone
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSchemaPostCronJob")


@_attrs_define
class PatchedSchemaPostCronJob:
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
    crontab_expression: str | Unset = UNSET
    """
    Cron expression for scheduling (e.g. '0 9 * * 1-5' for weekdays at 9am)
    Example:
    - `"0 9 * * 1-5"`
    - `"0 0 * * 0"`
     """
    timezone: PatchedSchemaPostCronJobTimezone | Unset = UNSET
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
    execution_mode: PatchedSchemaPostCronJobExecutionMode | Unset = PatchedSchemaPostCronJobExecutionMode.VOICE
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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scenarios: list[int] | Unset = UNSET
        if not isinstance(self.scenarios, Unset):
            scenarios = self.scenarios

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        agent = self.agent

        crontab_expression = self.crontab_expression

        timezone: str | Unset = UNSET
        if not isinstance(self.timezone, Unset):
            timezone = self.timezone.value

        personality = self.personality

        personalities: list[int] | Unset = UNSET
        if not isinstance(self.personalities, Unset):
            personalities = self.personalities

        run_as_text = self.run_as_text

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios
        if tags is not UNSET:
            field_dict["tags"] = tags
        if agent is not UNSET:
            field_dict["agent"] = agent
        if crontab_expression is not UNSET:
            field_dict["crontab_expression"] = crontab_expression
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if personality is not UNSET:
            field_dict["personality"] = personality
        if personalities is not UNSET:
            field_dict["personalities"] = personalities
        if run_as_text is not UNSET:
            field_dict["run_as_text"] = run_as_text
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

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

        if not isinstance(self.crontab_expression, Unset):
            files.append(("crontab_expression", (None, str(self.crontab_expression).encode(), "text/plain")))

        if not isinstance(self.timezone, Unset):
            files.append(("timezone", (None, str(self.timezone.value).encode(), "text/plain")))

        if not isinstance(self.personality, Unset):
            files.append(("personality", (None, str(self.personality).encode(), "text/plain")))

        if not isinstance(self.personalities, Unset):
            for personalities_item_element in self.personalities:
                files.append(("personalities", (None, str(personalities_item_element).encode(), "text/plain")))

        if not isinstance(self.run_as_text, Unset):
            files.append(("run_as_text", (None, str(self.run_as_text).encode(), "text/plain")))

        if not isinstance(self.execution_mode, Unset):
            files.append(("execution_mode", (None, str(self.execution_mode.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "scenarios"
            scenarios = cast(list[int], d.pop("scenarios", UNSET))

            if not isinstance(scenarios, (list, Unset)):
                expect(scenarios, (list, Unset))

            _field = "tags"
            tags = cast(list[str], d.pop("tags", UNSET))

            if not isinstance(tags, (list, Unset)):
                expect(tags, (list, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "crontab_expression"
            crontab_expression = d.pop("crontab_expression", UNSET)
            if not isinstance(crontab_expression, (str, Unset)):
                expect(crontab_expression, (str, Unset))

            _field = "timezone"
            _timezone = d.pop("timezone", UNSET)
            timezone: PatchedSchemaPostCronJobTimezone | Unset
            if isinstance(_timezone, Unset):
                timezone = UNSET
            else:
                timezone = PatchedSchemaPostCronJobTimezone(_timezone)

            if not isinstance(timezone, (PatchedSchemaPostCronJobTimezone, Unset)):
                expect(timezone, (PatchedSchemaPostCronJobTimezone, Unset))

            _field = "personality"
            personality = d.pop("personality", UNSET)
            if not isinstance(personality, (int, Unset)) or isinstance(personality, bool):
                expect(personality, (int, Unset))

            _field = "personalities"
            personalities = cast(list[int], d.pop("personalities", UNSET))

            if not isinstance(personalities, (list, Unset)):
                expect(personalities, (list, Unset))

            _field = "run_as_text"
            run_as_text = d.pop("run_as_text", UNSET)
            if not isinstance(run_as_text, (bool, Unset)):
                expect(run_as_text, (bool, Unset))

            _field = "execution_mode"
            _execution_mode = d.pop("execution_mode", UNSET)
            execution_mode: PatchedSchemaPostCronJobExecutionMode | Unset
            if isinstance(_execution_mode, Unset):
                execution_mode = UNSET
            else:
                execution_mode = PatchedSchemaPostCronJobExecutionMode(_execution_mode)

            if not isinstance(execution_mode, (PatchedSchemaPostCronJobExecutionMode, Unset)):
                expect(execution_mode, (PatchedSchemaPostCronJobExecutionMode, Unset))

            patched_schema_post_cron_job = cls(
                name=name,
                scenarios=scenarios,
                tags=tags,
                agent=agent,
                crontab_expression=crontab_expression,
                timezone=timezone,
                personality=personality,
                personalities=personalities,
                run_as_text=run_as_text,
                execution_mode=execution_mode,
            )

            patched_schema_post_cron_job.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_schema_post_cron_job

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
