from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "phone_number",
        "inbound",
        "sip_uri",
        "sip_auth",
        "websocket_url",
        "websocket_auth",
        "outbound_numbers",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.phone_number, Unset):
            field_dict["phone_number"] = self.phone_number
        if not isinstance(self.inbound, Unset):
            field_dict["inbound"] = self.inbound
        if not isinstance(self.sip_uri, Unset):
            field_dict["sip_uri"] = self.sip_uri
        if not isinstance(self.sip_auth, Unset):
            field_dict["sip_auth"] = self.sip_auth
        if not isinstance(self.websocket_url, Unset):
            field_dict["websocket_url"] = self.websocket_url
        if not isinstance(self.websocket_auth, Unset):
            field_dict["websocket_auth"] = self.websocket_auth
        if not isinstance(self.outbound_numbers, Unset):
            field_dict["outbound_numbers"] = self.outbound_numbers
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
            _field = "phone_number"
            try:
                if "phone_number" in src_dict:
                    phone_number: Any = src_dict["phone_number"]
                    _present += 1
                    if type(phone_number) is not str:
                        phone_number = checked(phone_number, (str,))
                else:
                    phone_number = UNSET
            except FIELD_ERRORS as _error:
                phone_number, _found = tolerated(src_dict, "phone_number", _error, _found, "str")

            _field = "inbound"
            try:
                if "inbound" in src_dict:
                    inbound: Any = src_dict["inbound"]
                    _present += 1
                    if type(inbound) is not bool:
                        inbound = checked(inbound, (bool,))
                else:
                    inbound = UNSET
            except FIELD_ERRORS as _error:
                inbound, _found = tolerated(src_dict, "inbound", _error, _found, "bool")

            _field = "sip_uri"
            try:
                if "sip_uri" in src_dict:
                    sip_uri: Any = src_dict["sip_uri"]
                    _present += 1
                    if sip_uri is not None:
                        if type(sip_uri) is not str:
                            sip_uri = checked(sip_uri, (str, type(None)))
                else:
                    sip_uri = UNSET
            except FIELD_ERRORS as _error:
                sip_uri, _found = tolerated(src_dict, "sip_uri", _error, _found, "None | str")

            _field = "sip_auth"
            try:
                if "sip_auth" in src_dict:
                    sip_auth: Any = src_dict["sip_auth"]
                    _present += 1

                else:
                    sip_auth = UNSET
            except FIELD_ERRORS as _error:
                sip_auth, _found = tolerated(src_dict, "sip_auth", _error, _found, "Any | None")

            _field = "websocket_url"
            try:
                if "websocket_url" in src_dict:
                    websocket_url: Any = src_dict["websocket_url"]
                    _present += 1
                    if websocket_url is not None:
                        if type(websocket_url) is not str:
                            websocket_url = checked(websocket_url, (str, type(None)))
                else:
                    websocket_url = UNSET
            except FIELD_ERRORS as _error:
                websocket_url, _found = tolerated(src_dict, "websocket_url", _error, _found, "None | str")

            _field = "websocket_auth"
            try:
                if "websocket_auth" in src_dict:
                    websocket_auth: Any = src_dict["websocket_auth"]
                    _present += 1

                else:
                    websocket_auth = UNSET
            except FIELD_ERRORS as _error:
                websocket_auth, _found = tolerated(src_dict, "websocket_auth", _error, _found, "Any | None")

            _field = "outbound_numbers"
            try:
                if "outbound_numbers" in src_dict:
                    outbound_numbers: Any = src_dict["outbound_numbers"]
                    _present += 1
                    if type(outbound_numbers) is not list:
                        outbound_numbers = checked(outbound_numbers, (list,))
                    for _item in outbound_numbers:
                        if type(_item) is not str:
                            checked(_item, (str,))

                else:
                    outbound_numbers = UNSET
            except FIELD_ERRORS as _error:
                outbound_numbers, _found = tolerated(
                    src_dict, "outbound_numbers", _error, _found, "list[str]", lambda element: checked(element, (str,))
                )

            _instance = cls(
                phone_number=phone_number,
                inbound=inbound,
                sip_uri=sip_uri,
                sip_auth=sip_auth,
                websocket_url=websocket_url,
                websocket_auth=websocket_auth,
                outbound_numbers=outbound_numbers,
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
