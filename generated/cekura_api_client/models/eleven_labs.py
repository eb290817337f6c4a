from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eleven_labs_elevenlabs_region import ElevenLabsElevenlabsRegion
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        trigger_url = self.trigger_url

        trigger_secret = self.trigger_secret

        elevenlabs_region: str | Unset = UNSET
        if not isinstance(self.elevenlabs_region, Unset):
            elevenlabs_region = self.elevenlabs_region.value

        elevenlabs_base_url_override = self.elevenlabs_base_url_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger_url is not UNSET:
            field_dict["trigger_url"] = trigger_url
        if trigger_secret is not UNSET:
            field_dict["trigger_secret"] = trigger_secret
        if elevenlabs_region is not UNSET:
            field_dict["elevenlabs_region"] = elevenlabs_region
        if elevenlabs_base_url_override is not UNSET:
            field_dict["elevenlabs_base_url_override"] = elevenlabs_base_url_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "trigger_url"
            trigger_url = d.pop("trigger_url", UNSET)
            if not isinstance(trigger_url, (str, Unset)):
                expect(trigger_url, (str, Unset))

            _field = "trigger_secret"
            trigger_secret = d.pop("trigger_secret", UNSET)
            if not isinstance(trigger_secret, (str, Unset)):
                expect(trigger_secret, (str, Unset))

            _field = "elevenlabs_region"
            _elevenlabs_region = d.pop("elevenlabs_region", UNSET)
            elevenlabs_region: ElevenLabsElevenlabsRegion | Unset
            if isinstance(_elevenlabs_region, Unset):
                elevenlabs_region = UNSET
            else:
                elevenlabs_region = ElevenLabsElevenlabsRegion(_elevenlabs_region)

            if not isinstance(elevenlabs_region, (ElevenLabsElevenlabsRegion, Unset)):
                expect(elevenlabs_region, (ElevenLabsElevenlabsRegion, Unset))

            _field = "elevenlabs_base_url_override"
            elevenlabs_base_url_override = d.pop("elevenlabs_base_url_override", UNSET)
            if not isinstance(elevenlabs_base_url_override, (str, Unset)):
                expect(elevenlabs_base_url_override, (str, Unset))

            eleven_labs = cls(
                trigger_url=trigger_url,
                trigger_secret=trigger_secret,
                elevenlabs_region=elevenlabs_region,
                elevenlabs_base_url_override=elevenlabs_base_url_override,
            )

            eleven_labs.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return eleven_labs

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
