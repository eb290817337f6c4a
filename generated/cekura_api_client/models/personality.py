from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personality_call_service_provider import PersonalityCallServiceProvider
from ..models.personality_gender import PersonalityGender
from ..models.personality_language import PersonalityLanguage
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        prompt = self.prompt

        background_noise = self.background_noise

        voice_model = self.voice_model

        id = self.id

        forked_from: int | None | Unset
        if isinstance(self.forked_from, Unset):
            forked_from = UNSET
        else:
            forked_from = self.forked_from

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        accent = self.accent

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        enabled = self.enabled

        call_service_provider: str | Unset = UNSET
        if not isinstance(self.call_service_provider, Unset):
            call_service_provider = self.call_service_provider.value

        voice_id = self.voice_id

        interruption_level = self.interruption_level

        speed = self.speed

        generation_config = self.generation_config

        network_simulation = self.network_simulation

        message_plan = self.message_plan

        start_speaking_plan = self.start_speaking_plan

        stop_speaking_plan: None | str | Unset
        if isinstance(self.stop_speaking_plan, Unset):
            stop_speaking_plan = UNSET
        else:
            stop_speaking_plan = self.stop_speaking_plan

        background_sound_volume: None | str | Unset
        if isinstance(self.background_sound_volume, Unset):
            background_sound_volume = UNSET
        else:
            background_sound_volume = self.background_sound_volume

        patronus_settings: Any | None | Unset
        if isinstance(self.patronus_settings, Unset):
            patronus_settings = UNSET
        else:
            patronus_settings = self.patronus_settings

        provider_agent_id = self.provider_agent_id

        is_starred = self.is_starred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
                "background_noise": background_noise,
                "voice_model": voice_model,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if forked_from is not UNSET:
            field_dict["forked_from"] = forked_from
        if organization is not UNSET:
            field_dict["organization"] = organization
        if language is not UNSET:
            field_dict["language"] = language
        if accent is not UNSET:
            field_dict["accent"] = accent
        if gender is not UNSET:
            field_dict["gender"] = gender
        if enabled is not UNSET and _response:
            field_dict["enabled"] = enabled
        if call_service_provider is not UNSET:
            field_dict["call_service_provider"] = call_service_provider
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if interruption_level is not UNSET:
            field_dict["interruption_level"] = interruption_level
        if speed is not UNSET:
            field_dict["speed"] = speed
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        if network_simulation is not UNSET:
            field_dict["network_simulation"] = network_simulation
        if message_plan is not UNSET:
            field_dict["message_plan"] = message_plan
        if start_speaking_plan is not UNSET:
            field_dict["start_speaking_plan"] = start_speaking_plan
        if stop_speaking_plan is not UNSET:
            field_dict["stop_speaking_plan"] = stop_speaking_plan
        if background_sound_volume is not UNSET:
            field_dict["background_sound_volume"] = background_sound_volume
        if patronus_settings is not UNSET:
            field_dict["patronus_settings"] = patronus_settings
        if provider_agent_id is not UNSET:
            field_dict["provider_agent_id"] = provider_agent_id
        if is_starred is not UNSET:
            field_dict["is_starred"] = is_starred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "prompt"
            prompt = d.pop("prompt")
            if not isinstance(prompt, (str,)):
                expect(prompt, (str,))

            _field = "background_noise"
            background_noise = d.pop("background_noise")
            if not isinstance(background_noise, (str,)):
                expect(background_noise, (str,))

            _field = "voice_model"
            voice_model = d.pop("voice_model")
            if not isinstance(voice_model, (str,)):
                expect(voice_model, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "forked_from"

            def _parse_forked_from(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            forked_from = _parse_forked_from(d.pop("forked_from", UNSET))

            if not isinstance(forked_from, (int, type(None), Unset)) or isinstance(forked_from, bool):
                expect(forked_from, (int, type(None), Unset))

            _field = "organization"

            def _parse_organization(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            organization = _parse_organization(d.pop("organization", UNSET))

            if not isinstance(organization, (int, type(None), Unset)) or isinstance(organization, bool):
                expect(organization, (int, type(None), Unset))

            _field = "language"
            _language = d.pop("language", UNSET)
            language: PersonalityLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = PersonalityLanguage(_language)

            if not isinstance(language, (PersonalityLanguage, Unset)):
                expect(language, (PersonalityLanguage, Unset))

            _field = "accent"
            accent = d.pop("accent", UNSET)
            if not isinstance(accent, (str, Unset)):
                expect(accent, (str, Unset))

            _field = "gender"
            _gender = d.pop("gender", UNSET)
            gender: PersonalityGender | Unset
            if isinstance(_gender, Unset):
                gender = UNSET
            else:
                gender = PersonalityGender(_gender)

            if not isinstance(gender, (PersonalityGender, Unset)):
                expect(gender, (PersonalityGender, Unset))

            _field = "enabled"
            enabled = d.pop("enabled", UNSET)
            if not isinstance(enabled, (bool, Unset)):
                expect(enabled, (bool, Unset))

            _field = "call_service_provider"
            _call_service_provider = d.pop("call_service_provider", UNSET)
            call_service_provider: PersonalityCallServiceProvider | Unset
            if isinstance(_call_service_provider, Unset):
                call_service_provider = UNSET
            else:
                call_service_provider = PersonalityCallServiceProvider(_call_service_provider)

            if not isinstance(call_service_provider, (PersonalityCallServiceProvider, Unset)):
                expect(call_service_provider, (PersonalityCallServiceProvider, Unset))

            _field = "voice_id"
            voice_id = d.pop("voice_id", UNSET)
            if not isinstance(voice_id, (str, Unset)):
                expect(voice_id, (str, Unset))

            _field = "interruption_level"
            interruption_level = d.pop("interruption_level", UNSET)
            if not isinstance(interruption_level, (str, Unset)):
                expect(interruption_level, (str, Unset))

            _field = "speed"
            speed = d.pop("speed", UNSET)
            if not isinstance(speed, (str, Unset)):
                expect(speed, (str, Unset))

            _field = "generation_config"
            generation_config = d.pop("generation_config", UNSET)
            if not isinstance(generation_config, (str, Unset)):
                expect(generation_config, (str, Unset))

            _field = "network_simulation"
            network_simulation = d.pop("network_simulation", UNSET)
            if not isinstance(network_simulation, (str, Unset)):
                expect(network_simulation, (str, Unset))

            _field = "message_plan"
            message_plan = d.pop("message_plan", UNSET)
            if not isinstance(message_plan, (str, Unset)):
                expect(message_plan, (str, Unset))

            _field = "start_speaking_plan"
            start_speaking_plan = d.pop("start_speaking_plan", UNSET)
            if not isinstance(start_speaking_plan, (str, Unset)):
                expect(start_speaking_plan, (str, Unset))

            _field = "stop_speaking_plan"

            def _parse_stop_speaking_plan(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            stop_speaking_plan = _parse_stop_speaking_plan(d.pop("stop_speaking_plan", UNSET))

            if not isinstance(stop_speaking_plan, (str, type(None), Unset)):
                expect(stop_speaking_plan, (str, type(None), Unset))

            _field = "background_sound_volume"

            def _parse_background_sound_volume(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            background_sound_volume = _parse_background_sound_volume(d.pop("background_sound_volume", UNSET))

            if not isinstance(background_sound_volume, (str, type(None), Unset)):
                expect(background_sound_volume, (str, type(None), Unset))

            _field = "patronus_settings"

            def _parse_patronus_settings(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            patronus_settings = _parse_patronus_settings(d.pop("patronus_settings", UNSET))

            _field = "provider_agent_id"
            provider_agent_id = d.pop("provider_agent_id", UNSET)
            if not isinstance(provider_agent_id, (str, Unset)):
                expect(provider_agent_id, (str, Unset))

            _field = "is_starred"
            is_starred = d.pop("is_starred", UNSET)
            if not isinstance(is_starred, (bool, Unset)):
                expect(is_starred, (bool, Unset))

            personality = cls(
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

            personality.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return personality

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
