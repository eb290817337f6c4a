from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personality_call_service_provider import PersonalityCallServiceProvider
from ..models.personality_gender import PersonalityGender
from ..models.personality_language import PersonalityLanguage
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "prompt",
        "background_noise",
        "voice_model",
        "id",
        "forked_from",
        "organization",
        "language",
        "accent",
        "gender",
        "enabled",
        "call_service_provider",
        "voice_id",
        "interruption_level",
        "speed",
        "generation_config",
        "network_simulation",
        "message_plan",
        "start_speaking_plan",
        "stop_speaking_plan",
        "background_sound_volume",
        "patronus_settings",
        "provider_agent_id",
        "is_starred",
    }
)

T = TypeVar("T", bound="Personality")


@_attrs_define
class Personality:
    name: str
    """
    Name of the personality
    Example: `"Customer Service"`
     """
    prompt: str
    """
    Prompt of the personality
    Example: `"You are a friendly and helpful customer service agent who is always willing to help"`
     """
    background_noise: str
    voice_model: str
    id: int | Unset = UNSET
    forked_from: int | None | Unset = UNSET
    organization: int | None | Unset = UNSET
    language: PersonalityLanguage | Unset = UNSET
    """
    Language of the personality


    * `af` - Afrikaans
    * `ar` - Arabic
    * `bn` - Bengali
    * `bg` - Bulgarian
    * `zh` - Chinese Simplified
    * `cs` - Czech
    * `da` - Danish
    * `nl` - Dutch
    * `en` - English
    * `et` - Estonian
    * `fi` - Finnish
    * `fr` - French
    * `de` - German
    * `el` - Greek
    * `gu` - Gujarati
    * `hi` - Hindi
    * `he` - Hebrew
    * `hu` - Hungarian
    * `id` - Indonesian
    * `it` - Italian
    * `ja` - Japanese
    * `kn` - Kannada
    * `ko` - Korean
    * `ms` - Malay
    * `ml` - Malayalam
    * `mr` - Marathi
    * `multi` - Multilingual
    * `no` - Norwegian
    * `pl` - Polish
    * `pa` - Punjabi
    * `pt` - Portuguese
    * `ro` - Romanian
    * `ru` - Russian
    * `sk` - Slovak
    * `es` - Spanish
    * `sv` - Swedish
    * `th` - Thai
    * `tr` - Turkish
    * `tl` - Tagalog
    * `ta` - Tamil
    * `te` - Telugu
    * `uk` - Ukrainian
    * `vi` - Vietnamese """
    accent: str | Unset = UNSET
    """
    Accent of the personality
    Example: `"American"`
     """
    gender: PersonalityGender | Unset = UNSET
    """
    Gender of the personality


    * `male` - Male
    * `female` - Female
    * `neutral` - Neutral """
    enabled: bool | Unset = False
    call_service_provider: PersonalityCallServiceProvider | Unset = UNSET
    """
    Call service provider


    * `vapi` - VAPI
    * `patronus` - Patronus """
    voice_id: str | Unset = UNSET
    interruption_level: str | Unset = UNSET
    speed: str | Unset = UNSET
    generation_config: str | Unset = UNSET
    network_simulation: str | Unset = UNSET
    message_plan: str | Unset = UNSET
    start_speaking_plan: str | Unset = UNSET
    stop_speaking_plan: None | str | Unset = UNSET
    background_sound_volume: None | str | Unset = UNSET
    patronus_settings: Any | None | Unset = UNSET
    provider_agent_id: str | Unset = UNSET
    """
    Provider agent ID
    Example: `"assistant_123"`
     """
    is_starred: bool | Unset = UNSET
    """
    Whether the personality is starred
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "name": self.name,
            "prompt": self.prompt,
            "background_noise": self.background_noise,
            "voice_model": self.voice_model,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.forked_from, Unset):
            field_dict["forked_from"] = self.forked_from
        if not isinstance(self.organization, Unset):
            field_dict["organization"] = self.organization
        if not isinstance(self.language, Unset):
            field_dict["language"] = (
                self.language._value_
                if type(self.language) is PersonalityLanguage
                else enum_value(PersonalityLanguage, self.language, "language", self)
            )
        if not isinstance(self.accent, Unset):
            field_dict["accent"] = self.accent
        if not isinstance(self.gender, Unset):
            field_dict["gender"] = (
                self.gender._value_
                if type(self.gender) is PersonalityGender
                else enum_value(PersonalityGender, self.gender, "gender", self)
            )
        if not isinstance(self.enabled, Unset) and _response:
            field_dict["enabled"] = self.enabled
        if not isinstance(self.call_service_provider, Unset):
            field_dict["call_service_provider"] = (
                self.call_service_provider._value_
                if type(self.call_service_provider) is PersonalityCallServiceProvider
                else enum_value(
                    PersonalityCallServiceProvider, self.call_service_provider, "call_service_provider", self
                )
            )
        if not isinstance(self.voice_id, Unset):
            field_dict["voice_id"] = self.voice_id
        if not isinstance(self.interruption_level, Unset):
            field_dict["interruption_level"] = self.interruption_level
        if not isinstance(self.speed, Unset):
            field_dict["speed"] = self.speed
        if not isinstance(self.generation_config, Unset):
            field_dict["generation_config"] = self.generation_config
        if not isinstance(self.network_simulation, Unset):
            field_dict["network_simulation"] = self.network_simulation
        if not isinstance(self.message_plan, Unset):
            field_dict["message_plan"] = self.message_plan
        if not isinstance(self.start_speaking_plan, Unset):
            field_dict["start_speaking_plan"] = self.start_speaking_plan
        if not isinstance(self.stop_speaking_plan, Unset):
            field_dict["stop_speaking_plan"] = self.stop_speaking_plan
        if not isinstance(self.background_sound_volume, Unset):
            field_dict["background_sound_volume"] = self.background_sound_volume
        if not isinstance(self.patronus_settings, Unset):
            field_dict["patronus_settings"] = self.patronus_settings
        if not isinstance(self.provider_agent_id, Unset):
            field_dict["provider_agent_id"] = self.provider_agent_id
        if not isinstance(self.is_starred, Unset):
            field_dict["is_starred"] = self.is_starred
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 4
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "prompt"
            try:
                prompt: Any = src_dict["prompt"]
                if type(prompt) is not str:
                    prompt = checked(prompt, (str,))
            except FIELD_ERRORS as _error:
                prompt, _found = tolerated(src_dict, "prompt", _error, _found, "str")

            _field = "background_noise"
            try:
                background_noise: Any = src_dict["background_noise"]
                if type(background_noise) is not str:
                    background_noise = checked(background_noise, (str,))
            except FIELD_ERRORS as _error:
                background_noise, _found = tolerated(src_dict, "background_noise", _error, _found, "str")

            _field = "voice_model"
            try:
                voice_model: Any = src_dict["voice_model"]
                if type(voice_model) is not str:
                    voice_model = checked(voice_model, (str,))
            except FIELD_ERRORS as _error:
                voice_model, _found = tolerated(src_dict, "voice_model", _error, _found, "str")

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

            _field = "forked_from"
            try:
                if "forked_from" in src_dict:
                    forked_from: Any = src_dict["forked_from"]
                    _present += 1
                    if forked_from is not None:
                        if type(forked_from) is not int:
                            forked_from = checked(forked_from, (int, type(None)))
                else:
                    forked_from = UNSET
            except FIELD_ERRORS as _error:
                forked_from, _found = tolerated(src_dict, "forked_from", _error, _found, "int | None")

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    if organization is not None:
                        if type(organization) is not int:
                            organization = checked(organization, (int, type(None)))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int | None")

            _field = "language"
            try:
                if "language" in src_dict:
                    language: Any = src_dict["language"]
                    _present += 1
                    language = (
                        PersonalityLanguage._value2member_map_.get(language) or PersonalityLanguage(language)
                        if type(language) is str
                        else checked(language, (PersonalityLanguage,))
                    )
                else:
                    language = UNSET
            except FIELD_ERRORS as _error:
                language, _found = tolerated(src_dict, "language", _error, _found, "PersonalityLanguage")

            _field = "accent"
            try:
                if "accent" in src_dict:
                    accent: Any = src_dict["accent"]
                    _present += 1
                    if type(accent) is not str:
                        accent = checked(accent, (str,))
                else:
                    accent = UNSET
            except FIELD_ERRORS as _error:
                accent, _found = tolerated(src_dict, "accent", _error, _found, "str")

            _field = "gender"
            try:
                if "gender" in src_dict:
                    gender: Any = src_dict["gender"]
                    _present += 1
                    gender = (
                        PersonalityGender._value2member_map_.get(gender) or PersonalityGender(gender)
                        if type(gender) is str
                        else checked(gender, (PersonalityGender,))
                    )
                else:
                    gender = UNSET
            except FIELD_ERRORS as _error:
                gender, _found = tolerated(src_dict, "gender", _error, _found, "PersonalityGender")

            _field = "enabled"
            try:
                if "enabled" in src_dict:
                    enabled: Any = src_dict["enabled"]
                    _present += 1
                    if type(enabled) is not bool:
                        enabled = checked(enabled, (bool,))
                else:
                    enabled = UNSET
            except FIELD_ERRORS as _error:
                enabled, _found = tolerated(src_dict, "enabled", _error, _found, "bool")

            _field = "call_service_provider"
            try:
                if "call_service_provider" in src_dict:
                    call_service_provider: Any = src_dict["call_service_provider"]
                    _present += 1
                    call_service_provider = (
                        PersonalityCallServiceProvider._value2member_map_.get(call_service_provider)
                        or PersonalityCallServiceProvider(call_service_provider)
                        if type(call_service_provider) is str
                        else checked(call_service_provider, (PersonalityCallServiceProvider,))
                    )
                else:
                    call_service_provider = UNSET
            except FIELD_ERRORS as _error:
                call_service_provider, _found = tolerated(
                    src_dict, "call_service_provider", _error, _found, "PersonalityCallServiceProvider"
                )

            _field = "voice_id"
            try:
                if "voice_id" in src_dict:
                    voice_id: Any = src_dict["voice_id"]
                    _present += 1
                    if type(voice_id) is not str:
                        voice_id = checked(voice_id, (str,))
                else:
                    voice_id = UNSET
            except FIELD_ERRORS as _error:
                voice_id, _found = tolerated(src_dict, "voice_id", _error, _found, "str")

            _field = "interruption_level"
            try:
                if "interruption_level" in src_dict:
                    interruption_level: Any = src_dict["interruption_level"]
                    _present += 1
                    if type(interruption_level) is not str:
                        interruption_level = checked(interruption_level, (str,))
                else:
                    interruption_level = UNSET
            except FIELD_ERRORS as _error:
                interruption_level, _found = tolerated(src_dict, "interruption_level", _error, _found, "str")

            _field = "speed"
            try:
                if "speed" in src_dict:
                    speed: Any = src_dict["speed"]
                    _present += 1
                    if type(speed) is not str:
                        speed = checked(speed, (str,))
                else:
                    speed = UNSET
            except FIELD_ERRORS as _error:
                speed, _found = tolerated(src_dict, "speed", _error, _found, "str")

            _field = "generation_config"
            try:
                if "generation_config" in src_dict:
                    generation_config: Any = src_dict["generation_config"]
                    _present += 1
                    if type(generation_config) is not str:
                        generation_config = checked(generation_config, (str,))
                else:
                    generation_config = UNSET
            except FIELD_ERRORS as _error:
                generation_config, _found = tolerated(src_dict, "generation_config", _error, _found, "str")

            _field = "network_simulation"
            try:
                if "network_simulation" in src_dict:
                    network_simulation: Any = src_dict["network_simulation"]
                    _present += 1
                    if type(network_simulation) is not str:
                        network_simulation = checked(network_simulation, (str,))
                else:
                    network_simulation = UNSET
            except FIELD_ERRORS as _error:
                network_simulation, _found = tolerated(src_dict, "network_simulation", _error, _found, "str")

            _field = "message_plan"
            try:
                if "message_plan" in src_dict:
                    message_plan: Any = src_dict["message_plan"]
                    _present += 1
                    if type(message_plan) is not str:
                        message_plan = checked(message_plan, (str,))
                else:
                    message_plan = UNSET
            except FIELD_ERRORS as _error:
                message_plan, _found = tolerated(src_dict, "message_plan", _error, _found, "str")

            _field = "start_speaking_plan"
            try:
                if "start_speaking_plan" in src_dict:
                    start_speaking_plan: Any = src_dict["start_speaking_plan"]
                    _present += 1
                    if type(start_speaking_plan) is not str:
                        start_speaking_plan = checked(start_speaking_plan, (str,))
                else:
                    start_speaking_plan = UNSET
            except FIELD_ERRORS as _error:
                start_speaking_plan, _found = tolerated(src_dict, "start_speaking_plan", _error, _found, "str")

            _field = "stop_speaking_plan"
            try:
                if "stop_speaking_plan" in src_dict:
                    stop_speaking_plan: Any = src_dict["stop_speaking_plan"]
                    _present += 1
                    if stop_speaking_plan is not None:
                        if type(stop_speaking_plan) is not str:
                            stop_speaking_plan = checked(stop_speaking_plan, (str, type(None)))
                else:
                    stop_speaking_plan = UNSET
            except FIELD_ERRORS as _error:
                stop_speaking_plan, _found = tolerated(src_dict, "stop_speaking_plan", _error, _found, "None | str")

            _field = "background_sound_volume"
            try:
                if "background_sound_volume" in src_dict:
                    background_sound_volume: Any = src_dict["background_sound_volume"]
                    _present += 1
                    if background_sound_volume is not None:
                        if type(background_sound_volume) is not str:
                            background_sound_volume = checked(background_sound_volume, (str, type(None)))
                else:
                    background_sound_volume = UNSET
            except FIELD_ERRORS as _error:
                background_sound_volume, _found = tolerated(
                    src_dict, "background_sound_volume", _error, _found, "None | str"
                )

            _field = "patronus_settings"
            try:
                if "patronus_settings" in src_dict:
                    patronus_settings: Any = src_dict["patronus_settings"]
                    _present += 1

                else:
                    patronus_settings = UNSET
            except FIELD_ERRORS as _error:
                patronus_settings, _found = tolerated(src_dict, "patronus_settings", _error, _found, "Any | None")

            _field = "provider_agent_id"
            try:
                if "provider_agent_id" in src_dict:
                    provider_agent_id: Any = src_dict["provider_agent_id"]
                    _present += 1
                    if type(provider_agent_id) is not str:
                        provider_agent_id = checked(provider_agent_id, (str,))
                else:
                    provider_agent_id = UNSET
            except FIELD_ERRORS as _error:
                provider_agent_id, _found = tolerated(src_dict, "provider_agent_id", _error, _found, "str")

            _field = "is_starred"
            try:
                if "is_starred" in src_dict:
                    is_starred: Any = src_dict["is_starred"]
                    _present += 1
                    if type(is_starred) is not bool:
                        is_starred = checked(is_starred, (bool,))
                else:
                    is_starred = UNSET
            except FIELD_ERRORS as _error:
                is_starred, _found = tolerated(src_dict, "is_starred", _error, _found, "bool")

            _instance = cls(
                name=name,
                prompt=prompt,
                background_noise=background_noise,
                voice_model=voice_model,
                id=id,
                forked_from=forked_from,
                organization=organization,
                language=language,
                accent=accent,
                gender=gender,
                enabled=enabled,
                call_service_provider=call_service_provider,
                voice_id=voice_id,
                interruption_level=interruption_level,
                speed=speed,
                generation_config=generation_config,
                network_simulation=network_simulation,
                message_plan=message_plan,
                start_speaking_plan=start_speaking_plan,
                stop_speaking_plan=stop_speaking_plan,
                background_sound_volume=background_sound_volume,
                patronus_settings=patronus_settings,
                provider_agent_id=provider_agent_id,
                is_starred=is_starred,
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
