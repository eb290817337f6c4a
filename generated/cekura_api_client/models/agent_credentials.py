from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, strictly, tolerated
from ..runtime.validation import checked, expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amazon_connect_config import AmazonConnectConfig
    from ..models.bland_config import BlandConfig
    from ..models.eleven_labs import ElevenLabs
    from ..models.genesys import Genesys
    from ..models.kore_ai import KoreAi
    from ..models.live_kit import LiveKit
    from ..models.pipecat import Pipecat
    from ..models.retell_config import RetellConfig
    from ..models.self_hosted import SelfHosted
    from ..models.synthflow import Synthflow
    from ..models.vapi import VAPI


_PROPERTIES: frozenset[str] = frozenset(
    {
        "api_key",
        "config",
    }
)

T = TypeVar("T", bound="AgentCredentials")


@_attrs_define
class AgentCredentials:
    """Nested credentials block inside the provider object."""

    api_key: str | Unset = UNSET
    """ API key or client secret for the provider (write-only — never returned). Required for: vapi, retell,
    elevenlabs, bland, livekit, pipecat, synthflow. koreai uses client_secret (passed as api_key). Not needed for:
    cisco, self_hosted. """
    config: (
        AmazonConnectConfig
        | BlandConfig
        | ElevenLabs
        | Genesys
        | KoreAi
        | LiveKit
        | None
        | Pipecat
        | RetellConfig
        | SelfHosted
        | Synthflow
        | Unset
        | VAPI
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, VAPI):
            config = self.config.to_dict()
        elif isinstance(self.config, RetellConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, ElevenLabs):
            config = self.config.to_dict()
        elif isinstance(self.config, BlandConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, LiveKit):
            config = self.config.to_dict()
        elif isinstance(self.config, Synthflow):
            config = self.config.to_dict()
        elif isinstance(self.config, KoreAi):
            config = self.config.to_dict()
        elif isinstance(self.config, Genesys):
            config = self.config.to_dict()
        elif isinstance(self.config, Pipecat):
            config = self.config.to_dict()
        elif isinstance(self.config, SelfHosted):
            config = self.config.to_dict()
        elif isinstance(self.config, AmazonConnectConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        if not isinstance(self.api_key, Unset):
            field_dict["api_key"] = self.api_key
        if config is not UNSET:
            field_dict["config"] = config
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
            _present = 0
            _field = "api_key"
            try:
                if "api_key" in src_dict:
                    api_key: Any = src_dict["api_key"]
                    _present += 1
                    if type(api_key) is not str:
                        api_key = checked(api_key, (str,))
                else:
                    api_key = UNSET
            except FIELD_ERRORS as _error:
                api_key, _found = tolerated(src_dict, "api_key", _error, _found, "str")

            _field = "config"
            try:

                def _parse_config(
                    data: object,
                ) -> (
                    AmazonConnectConfig
                    | BlandConfig
                    | ElevenLabs
                    | Genesys
                    | KoreAi
                    | LiveKit
                    | None
                    | Pipecat
                    | RetellConfig
                    | SelfHosted
                    | Synthflow
                    | Unset
                    | VAPI
                ):
                    mismatch: SchemaValidationError | None = None
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_0 = strictly(VAPI.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_1 = strictly(RetellConfig.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_2 = strictly(ElevenLabs.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_3 = strictly(BlandConfig.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_4 = strictly(LiveKit.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_5 = strictly(Synthflow.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_6 = strictly(KoreAi.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_7 = strictly(Genesys.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_8 = strictly(Pipecat.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_9 = strictly(SelfHosted.from_dict, data)
                        return componentsschemas_provider_credentials_config_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_provider_credentials_config_type_10 = strictly(
                            AmazonConnectConfig.from_dict, data
                        )
                        return componentsschemas_provider_credentials_config_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    except SchemaValidationError as error:
                        mismatch = mismatch or error
                    if mismatch is not None and isinstance(data, dict):
                        raise mismatch
                    return cast(
                        AmazonConnectConfig
                        | BlandConfig
                        | ElevenLabs
                        | Genesys
                        | KoreAi
                        | LiveKit
                        | None
                        | Pipecat
                        | RetellConfig
                        | SelfHosted
                        | Synthflow
                        | Unset
                        | VAPI,
                        data,
                    )

                config = _parse_config(src_dict.get("config", UNSET))

                if not isinstance(
                    config,
                    (
                        VAPI,
                        RetellConfig,
                        ElevenLabs,
                        BlandConfig,
                        LiveKit,
                        Synthflow,
                        KoreAi,
                        Genesys,
                        Pipecat,
                        SelfHosted,
                        AmazonConnectConfig,
                        type(None),
                        Unset,
                    ),
                ):
                    expect(
                        config,
                        (
                            VAPI,
                            RetellConfig,
                            ElevenLabs,
                            BlandConfig,
                            LiveKit,
                            Synthflow,
                            KoreAi,
                            Genesys,
                            Pipecat,
                            SelfHosted,
                            AmazonConnectConfig,
                            type(None),
                            Unset,
                        ),
                    )
                if config is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                config, _found = tolerated(
                    src_dict,
                    "config",
                    _error,
                    _found,
                    "AmazonConnectConfig | BlandConfig | ElevenLabs | Genesys | KoreAi | LiveKit | None | Pipecat | RetellConfig | SelfHosted | Synthflow | VAPI",
                )

            _instance = cls(
                api_key=api_key,
                config=config,
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
    global _imports_pending, AmazonConnectConfig, BlandConfig, ElevenLabs, Genesys, KoreAi, LiveKit, Pipecat, RetellConfig, SelfHosted, Synthflow, VAPI  # noqa: PLW0603
    from ..models.amazon_connect_config import AmazonConnectConfig  # noqa: PLC0415
    from ..models.bland_config import BlandConfig  # noqa: PLC0415
    from ..models.eleven_labs import ElevenLabs  # noqa: PLC0415
    from ..models.genesys import Genesys  # noqa: PLC0415
    from ..models.kore_ai import KoreAi  # noqa: PLC0415
    from ..models.live_kit import LiveKit  # noqa: PLC0415
    from ..models.pipecat import Pipecat  # noqa: PLC0415
    from ..models.retell_config import RetellConfig  # noqa: PLC0415
    from ..models.self_hosted import SelfHosted  # noqa: PLC0415
    from ..models.synthflow import Synthflow  # noqa: PLC0415
    from ..models.vapi import VAPI  # noqa: PLC0415

    _imports_pending = False
