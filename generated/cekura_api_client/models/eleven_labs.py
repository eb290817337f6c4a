from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eleven_labs_elevenlabs_region import ElevenLabsElevenlabsRegion
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "trigger_url",
        "trigger_secret",
        "elevenlabs_region",
        "elevenlabs_base_url_override",
    }
)

T = TypeVar("T", bound="ElevenLabs")


@_attrs_define
class ElevenLabs:
    """ElevenLabs provider configuration."""

    trigger_url: str | Unset = UNSET
    """ URL Cekura calls to create outbound ElevenLabs phone calls. """
    trigger_secret: str | Unset = UNSET
    """ Optional shared secret sent as the X-CEKURA-SECRET header on trigger URL requests, so your endpoint can
    reject calls it didn't expect. Write-only — responses expose trigger_secret_configured instead. """
    elevenlabs_region: ElevenLabsElevenlabsRegion | Unset = UNSET
    """ ElevenLabs API region. 'us' uses api.elevenlabs.io, 'eu' uses api.eu.residency.elevenlabs.io. Defaults to
    'us'.

    * `us` - us
    * `eu` - eu """
    elevenlabs_base_url_override: str | Unset = UNSET
    """ Optional custom base URL for ElevenLabs API. Takes precedence over elevenlabs_region if set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.trigger_url, Unset):
            field_dict["trigger_url"] = self.trigger_url
        if not isinstance(self.trigger_secret, Unset):
            field_dict["trigger_secret"] = self.trigger_secret
        if not isinstance(self.elevenlabs_region, Unset):
            field_dict["elevenlabs_region"] = (
                self.elevenlabs_region._value_
                if type(self.elevenlabs_region) is ElevenLabsElevenlabsRegion
                else enum_value(ElevenLabsElevenlabsRegion, self.elevenlabs_region, "elevenlabs_region", self)
            )
        if not isinstance(self.elevenlabs_base_url_override, Unset):
            field_dict["elevenlabs_base_url_override"] = self.elevenlabs_base_url_override
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
            _present = 0
            _field = "trigger_url"
            try:
                if "trigger_url" in src_dict:
                    trigger_url: Any = src_dict["trigger_url"]
                    _present += 1
                    if type(trigger_url) is not str:
                        trigger_url = checked(trigger_url, (str,))
                else:
                    trigger_url = UNSET
            except FIELD_ERRORS as _error:
                trigger_url, _found = tolerated(src_dict, "trigger_url", _error, _found, "str")

            _field = "trigger_secret"
            try:
                if "trigger_secret" in src_dict:
                    trigger_secret: Any = src_dict["trigger_secret"]
                    _present += 1
                    if type(trigger_secret) is not str:
                        trigger_secret = checked(trigger_secret, (str,))
                else:
                    trigger_secret = UNSET
            except FIELD_ERRORS as _error:
                trigger_secret, _found = tolerated(src_dict, "trigger_secret", _error, _found, "str")

            _field = "elevenlabs_region"
            try:
                if "elevenlabs_region" in src_dict:
                    elevenlabs_region: Any = src_dict["elevenlabs_region"]
                    _present += 1
                    elevenlabs_region = (
                        ElevenLabsElevenlabsRegion._value2member_map_.get(elevenlabs_region)
                        or ElevenLabsElevenlabsRegion(elevenlabs_region)
                        if type(elevenlabs_region) is str
                        else checked(elevenlabs_region, (ElevenLabsElevenlabsRegion,))
                    )
                else:
                    elevenlabs_region = UNSET
            except FIELD_ERRORS as _error:
                elevenlabs_region, _found = tolerated(
                    src_dict, "elevenlabs_region", _error, _found, "ElevenLabsElevenlabsRegion"
                )

            _field = "elevenlabs_base_url_override"
            try:
                if "elevenlabs_base_url_override" in src_dict:
                    elevenlabs_base_url_override: Any = src_dict["elevenlabs_base_url_override"]
                    _present += 1
                    if type(elevenlabs_base_url_override) is not str:
                        elevenlabs_base_url_override = checked(elevenlabs_base_url_override, (str,))
                else:
                    elevenlabs_base_url_override = UNSET
            except FIELD_ERRORS as _error:
                elevenlabs_base_url_override, _found = tolerated(
                    src_dict, "elevenlabs_base_url_override", _error, _found, "str"
                )

            _instance = cls(
                trigger_url=trigger_url,
                trigger_secret=trigger_secret,
                elevenlabs_region=elevenlabs_region,
                elevenlabs_base_url_override=elevenlabs_base_url_override,
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
