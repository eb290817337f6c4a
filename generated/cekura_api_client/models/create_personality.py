from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_personality_language import CreatePersonalityLanguage
from ..models.create_personality_provider import CreatePersonalityProvider
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "background_noise",
        "voice_model",
        "id",
        "project",
        "prompt",
        "language",
        "accent",
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
        "end_call_enabled",
        "provider",
    }
)

T = TypeVar("T", bound="CreatePersonality")


@_attrs_define
class CreatePersonality:
    name: str
    """
    Name of the personality
    Example: `"Customer Service"`
     """
    background_noise: str
    """
    Background noise
     """
    voice_model: str
    """
    Voice model name
     """
    id: int | Unset = UNSET
    project: int | Unset = UNSET
    """
    Project that will own the personality. Optional when using a project-scoped API key
    (it is inferred from the key); required otherwise.
    Example: `1`
     """
    prompt: str | Unset = UNSET
    """
    Prompt of the personality
    Example: `"You are a friendly and helpful customer service agent who is always willing to help"`
     """
    language: CreatePersonalityLanguage | Unset = UNSET
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
    provider: CreatePersonalityProvider | Unset = UNSET
    """
    Provider of the voice


    * `11labs` - Elevenlabs
    * `cartesia` - Cartesia """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        field_dict: dict[str, Any] = {
            "name": self.name,
            "background_noise": self.background_noise,
            "voice_model": self.voice_model,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.language, Unset):
            field_dict["language"] = (
                self.language._value_
                if type(self.language) is CreatePersonalityLanguage
                else enum_value(CreatePersonalityLanguage, self.language, "language", self)
            )
        if not isinstance(self.accent, Unset):
            field_dict["accent"] = self.accent
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
        if not isinstance(self.patronus_settings, Unset) and _response:
            field_dict["patronus_settings"] = self.patronus_settings
        if not isinstance(self.provider_agent_id, Unset) and _response:
            field_dict["provider_agent_id"] = self.provider_agent_id
        if not isinstance(self.end_call_enabled, Unset):
            field_dict["end_call_enabled"] = self.end_call_enabled
        if not isinstance(self.provider, Unset):
            field_dict["provider"] = (
                self.provider._value_
                if type(self.provider) is CreatePersonalityProvider
                else enum_value(CreatePersonalityProvider, self.provider, "provider", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("background_noise", (None, str(self.background_noise).encode(), "text/plain")))

        files.append(("voice_model", (None, str(self.voice_model).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(
                (
                    "language",
                    (
                        None,
                        str(enum_value(CreatePersonalityLanguage, self.language, "language")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.accent, Unset):
            files.append(("accent", (None, str(self.accent).encode(), "text/plain")))

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
                files.append(("stop_speaking_plan", (None, b"", "text/plain")))

        if not isinstance(self.background_sound_volume, Unset):
            if isinstance(self.background_sound_volume, str):
                files.append(
                    ("background_sound_volume", (None, str(self.background_sound_volume).encode(), "text/plain"))
                )
            else:
                files.append(("background_sound_volume", (None, b"", "text/plain")))

        if not isinstance(self.end_call_enabled, Unset):
            files.append(("end_call_enabled", (None, str(self.end_call_enabled).encode(), "text/plain")))

        if not isinstance(self.provider, Unset):
            files.append(
                (
                    "provider",
                    (
                        None,
                        str(enum_value(CreatePersonalityProvider, self.provider, "provider")).encode(),
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
            _present = 3
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

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

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if type(project) is not int:
                        project = checked(project, (int,))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "prompt"
            try:
                if "prompt" in src_dict:
                    prompt: Any = src_dict["prompt"]
                    _present += 1
                    if type(prompt) is not str:
                        prompt = checked(prompt, (str,))
                else:
                    prompt = UNSET
            except FIELD_ERRORS as _error:
                prompt, _found = tolerated(src_dict, "prompt", _error, _found, "str")

            _field = "language"
            try:
                if "language" in src_dict:
                    language: Any = src_dict["language"]
                    _present += 1
                    language = (
                        CreatePersonalityLanguage._value2member_map_.get(language)
                        or CreatePersonalityLanguage(language)
                        if type(language) is str
                        else checked(language, (CreatePersonalityLanguage,))
                    )
                else:
                    language = UNSET
            except FIELD_ERRORS as _error:
                language, _found = tolerated(src_dict, "language", _error, _found, "CreatePersonalityLanguage")

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

            _field = "end_call_enabled"
            try:
                if "end_call_enabled" in src_dict:
                    end_call_enabled: Any = src_dict["end_call_enabled"]
                    _present += 1
                    if type(end_call_enabled) is not bool:
                        end_call_enabled = checked(end_call_enabled, (bool,))
                else:
                    end_call_enabled = UNSET
            except FIELD_ERRORS as _error:
                end_call_enabled, _found = tolerated(src_dict, "end_call_enabled", _error, _found, "bool")

            _field = "provider"
            try:
                if "provider" in src_dict:
                    provider: Any = src_dict["provider"]
                    _present += 1
                    provider = (
                        CreatePersonalityProvider._value2member_map_.get(provider)
                        or CreatePersonalityProvider(provider)
                        if type(provider) is str
                        else checked(provider, (CreatePersonalityProvider,))
                    )
                else:
                    provider = UNSET
            except FIELD_ERRORS as _error:
                provider, _found = tolerated(src_dict, "provider", _error, _found, "CreatePersonalityProvider")

            _instance = cls(
                name=name,
                background_noise=background_noise,
                voice_model=voice_model,
                id=id,
                project=project,
                prompt=prompt,
                language=language,
                accent=accent,
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
