from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_create_personality_language import PatchedCreatePersonalityLanguage
from ..models.patched_create_personality_provider import PatchedCreatePersonalityProvider
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedCreatePersonality")


@_attrs_define
class PatchedCreatePersonality:
    id: int | Unset = UNSET
    project: int | Unset = UNSET
    """
    Project that will own the personality. Optional when using a project-scoped API key
    (it is inferred from the key); required otherwise.
    Example: `1`
     """
    name: str | Unset = UNSET
    """
    Name of the personality
    Example: `"Customer Service"`
     """
    prompt: str | Unset = UNSET
    """
    Prompt of the personality
    Example: `"You are a friendly and helpful customer service agent who is always willing to help"`
     """
    language: PatchedCreatePersonalityLanguage | Unset = UNSET
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
    background_noise: str | Unset = UNSET
    """
    Background noise
     """
    voice_model: str | Unset = UNSET
    """
    Voice model name
     """
    voice_id: str | Unset = UNSET
    """
    Voice ID
    Example: `"TX3LPaxmHKxFdv7VOQHJ"`
     """
    interruption_level: str | Unset = UNSET
    """
    Interruption level
     """
    speed: str | Unset = UNSET
    """
    Speed of the voice
     """
    generation_config: str | Unset = UNSET
    """
    Generation config for Cartesia Sonic-3 voice model.
    Only valid when provider is "cartesia" and voice_model is "sonic-3.5".
    Supports volume and emotion
    Example: {"volume": 1.5, "emotion": "happy"}
     """
    network_simulation: str | Unset = UNSET
    """
    Network simulation configuration for testing network impairments.
     """
    message_plan: str | Unset = UNSET
    """
    Message plan configuration for idle timeout behavior.
    Supports idle_timeout_seconds (positive int) and idle_message_max_spoken_count (positive int).
    Example: {"idle_timeout_seconds": 15, "idle_message_max_spoken_count": 2}
     """
    start_speaking_plan: str | Unset = UNSET
    """
    Wait seconds before the bot starts speaking (float >= 0).
    Ignored if interruption_level is also set in the same request (preset takes precedence).
    Example: 0.7
     """
    stop_speaking_plan: None | str | Unset = UNSET
    """
    Stop speaking plan configuration. Controls when the bot stops speaking.
    Supports num_words (int >= 0), voice_seconds (float >= 0), backoff_seconds (float >= 0).
    Ignored if interruption_level is also set in the same request (preset takes precedence).
    Example: {"num_words": 3, "voice_seconds": 0.3, "backoff_seconds": 0}
     """
    background_sound_volume: None | str | Unset = UNSET
    """
    Background sound volume levels (0.0 to 1.0). base sets both the base and normal volume; reduced sets the quieter
    level during bot speech.
    Example: {"base": 0.05, "reduced": 0.02}
     """
    patronus_settings: Any | None | Unset = UNSET
    provider_agent_id: str | Unset = UNSET
    """
    Provider agent ID
    Example: `"assistant_123"`
     """
    end_call_enabled: bool | Unset = True
    """
    Whether the end call is enabled
     """
    provider: PatchedCreatePersonalityProvider | Unset = UNSET
    """
    Provider of the voice


    * `11labs` - Elevenlabs
    * `cartesia` - Cartesia """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        project = self.project

        name = self.name

        prompt = self.prompt

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        accent = self.accent

        background_noise = self.background_noise

        voice_model = self.voice_model

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

        end_call_enabled = self.end_call_enabled

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if language is not UNSET:
            field_dict["language"] = language
        if accent is not UNSET:
            field_dict["accent"] = accent
        if background_noise is not UNSET:
            field_dict["background_noise"] = background_noise
        if voice_model is not UNSET:
            field_dict["voice_model"] = voice_model
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
        if patronus_settings is not UNSET and _response:
            field_dict["patronus_settings"] = patronus_settings
        if provider_agent_id is not UNSET and _response:
            field_dict["provider_agent_id"] = provider_agent_id
        if end_call_enabled is not UNSET:
            field_dict["end_call_enabled"] = end_call_enabled
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.project, Unset):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language.value).encode(), "text/plain")))

        if not isinstance(self.accent, Unset):
            files.append(("accent", (None, str(self.accent).encode(), "text/plain")))

        if not isinstance(self.background_noise, Unset):
            files.append(("background_noise", (None, str(self.background_noise).encode(), "text/plain")))

        if not isinstance(self.voice_model, Unset):
            files.append(("voice_model", (None, str(self.voice_model).encode(), "text/plain")))

        if not isinstance(self.voice_id, Unset):
            files.append(("voice_id", (None, str(self.voice_id).encode(), "text/plain")))

        if not isinstance(self.interruption_level, Unset):
            files.append(("interruption_level", (None, str(self.interruption_level).encode(), "text/plain")))

        if not isinstance(self.speed, Unset):
            files.append(("speed", (None, str(self.speed).encode(), "text/plain")))

        if not isinstance(self.generation_config, Unset):
            files.append(("generation_config", (None, str(self.generation_config).encode(), "text/plain")))

        if not isinstance(self.network_simulation, Unset):
            files.append(("network_simulation", (None, str(self.network_simulation).encode(), "text/plain")))

        if not isinstance(self.message_plan, Unset):
            files.append(("message_plan", (None, str(self.message_plan).encode(), "text/plain")))

        if not isinstance(self.start_speaking_plan, Unset):
            files.append(("start_speaking_plan", (None, str(self.start_speaking_plan).encode(), "text/plain")))

        if not isinstance(self.stop_speaking_plan, Unset):
            if isinstance(self.stop_speaking_plan, str):
                files.append(("stop_speaking_plan", (None, str(self.stop_speaking_plan).encode(), "text/plain")))
            else:
                files.append(("stop_speaking_plan", (None, str(self.stop_speaking_plan).encode(), "text/plain")))

        if not isinstance(self.background_sound_volume, Unset):
            if isinstance(self.background_sound_volume, str):
                files.append(
                    ("background_sound_volume", (None, str(self.background_sound_volume).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("background_sound_volume", (None, str(self.background_sound_volume).encode(), "text/plain"))
                )

        if not isinstance(self.end_call_enabled, Unset):
            files.append(("end_call_enabled", (None, str(self.end_call_enabled).encode(), "text/plain")))

        if not isinstance(self.provider, Unset):
            files.append(("provider", (None, str(self.provider.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "project"
            project = d.pop("project", UNSET)
            if not isinstance(project, (int, Unset)) or isinstance(project, bool):
                expect(project, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "prompt"
            prompt = d.pop("prompt", UNSET)
            if not isinstance(prompt, (str, Unset)):
                expect(prompt, (str, Unset))

            _field = "language"
            _language = d.pop("language", UNSET)
            language: PatchedCreatePersonalityLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = PatchedCreatePersonalityLanguage(_language)

            if not isinstance(language, (PatchedCreatePersonalityLanguage, Unset)):
                expect(language, (PatchedCreatePersonalityLanguage, Unset))

            _field = "accent"
            accent = d.pop("accent", UNSET)
            if not isinstance(accent, (str, Unset)):
                expect(accent, (str, Unset))

            _field = "background_noise"
            background_noise = d.pop("background_noise", UNSET)
            if not isinstance(background_noise, (str, Unset)):
                expect(background_noise, (str, Unset))

            _field = "voice_model"
            voice_model = d.pop("voice_model", UNSET)
            if not isinstance(voice_model, (str, Unset)):
                expect(voice_model, (str, Unset))

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

            _field = "end_call_enabled"
            end_call_enabled = d.pop("end_call_enabled", UNSET)
            if not isinstance(end_call_enabled, (bool, Unset)):
                expect(end_call_enabled, (bool, Unset))

            _field = "provider"
            _provider = d.pop("provider", UNSET)
            provider: PatchedCreatePersonalityProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = PatchedCreatePersonalityProvider(_provider)

            if not isinstance(provider, (PatchedCreatePersonalityProvider, Unset)):
                expect(provider, (PatchedCreatePersonalityProvider, Unset))

            patched_create_personality = cls(
                id=id,
                project=project,
                name=name,
                prompt=prompt,
                language=language,
                accent=accent,
                background_noise=background_noise,
                voice_model=voice_model,
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
                end_call_enabled=end_call_enabled,
                provider=provider,
            )

            patched_create_personality.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_create_personality

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
