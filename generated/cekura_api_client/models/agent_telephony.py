from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTelephony")


@_attrs_define
class AgentTelephony:
    """Phone / SIP / websocket voice channel configuration for the agent."""

    phone_number: str | Unset = UNSET
    """ E.164 phone number for inbound calls, e.g. +14155551234. """
    inbound: bool | Unset = False
    """ True = agent receives inbound calls; False = outbound only. """
    sip_uri: None | str | Unset = UNSET
    """ SIP URI, e.g. sip:user@domain.com. """
    sip_auth: Any | None | Unset = UNSET
    """ SIP credentials: {username, password}. """
    websocket_url: None | str | Unset = UNSET
    """ Raw-PCM (16kHz 16-bit mono) websocket endpoint Cekura dials to run the whole call over a websocket you host,
    e.g. wss://your-host/voice. """
    websocket_auth: Any | None | Unset = UNSET
    """ HTTP Basic Auth credentials for the websocket upgrade: {username, password}. """
    outbound_numbers: list[str] | Unset = UNSET
    """ Phone numbers authorized for outbound calls (E.164 format). Example: `["+14155551234", "+14155550000"]` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        inbound = self.inbound

        sip_uri: None | str | Unset
        if isinstance(self.sip_uri, Unset):
            sip_uri = UNSET
        else:
            sip_uri = self.sip_uri

        sip_auth: Any | None | Unset
        if isinstance(self.sip_auth, Unset):
            sip_auth = UNSET
        else:
            sip_auth = self.sip_auth

        websocket_url: None | str | Unset
        if isinstance(self.websocket_url, Unset):
            websocket_url = UNSET
        else:
            websocket_url = self.websocket_url

        websocket_auth: Any | None | Unset
        if isinstance(self.websocket_auth, Unset):
            websocket_auth = UNSET
        else:
            websocket_auth = self.websocket_auth

        outbound_numbers: list[str] | Unset = UNSET
        if not isinstance(self.outbound_numbers, Unset):
            outbound_numbers = self.outbound_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if sip_uri is not UNSET:
            field_dict["sip_uri"] = sip_uri
        if sip_auth is not UNSET:
            field_dict["sip_auth"] = sip_auth
        if websocket_url is not UNSET:
            field_dict["websocket_url"] = websocket_url
        if websocket_auth is not UNSET:
            field_dict["websocket_auth"] = websocket_auth
        if outbound_numbers is not UNSET:
            field_dict["outbound_numbers"] = outbound_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "phone_number"
            phone_number = d.pop("phone_number", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                expect(phone_number, (str, Unset))

            _field = "inbound"
            inbound = d.pop("inbound", UNSET)
            if not isinstance(inbound, (bool, Unset)):
                expect(inbound, (bool, Unset))

            _field = "sip_uri"

            def _parse_sip_uri(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sip_uri = _parse_sip_uri(d.pop("sip_uri", UNSET))

            if not isinstance(sip_uri, (str, type(None), Unset)):
                expect(sip_uri, (str, type(None), Unset))

            _field = "sip_auth"

            def _parse_sip_auth(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            sip_auth = _parse_sip_auth(d.pop("sip_auth", UNSET))

            _field = "websocket_url"

            def _parse_websocket_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            websocket_url = _parse_websocket_url(d.pop("websocket_url", UNSET))

            if not isinstance(websocket_url, (str, type(None), Unset)):
                expect(websocket_url, (str, type(None), Unset))

            _field = "websocket_auth"

            def _parse_websocket_auth(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            websocket_auth = _parse_websocket_auth(d.pop("websocket_auth", UNSET))

            _field = "outbound_numbers"
            outbound_numbers = cast(list[str], d.pop("outbound_numbers", UNSET))

            if not isinstance(outbound_numbers, (list, Unset)):
                expect(outbound_numbers, (list, Unset))

            agent_telephony = cls(
                phone_number=phone_number,
                inbound=inbound,
                sip_uri=sip_uri,
                sip_auth=sip_auth,
                websocket_url=websocket_url,
                websocket_auth=websocket_auth,
                outbound_numbers=outbound_numbers,
            )

            agent_telephony.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_telephony

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
