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
        "public_key",
        "trigger_url",
        "trigger_secret",
    }
)

T = TypeVar("T", bound="VAPI")


@_attrs_define
class VAPI:
    """VAPI provider configuration."""

    public_key: str | Unset = UNSET
    """ VAPI Public Key for WebRTC sessions only. Not required for telephony or chat testing. """
    trigger_url: str | Unset = UNSET
    """ URL Cekura calls to create outbound VAPI phone calls. """
    trigger_secret: str | Unset = UNSET
    """ Optional shared secret sent as the X-CEKURA-SECRET header on trigger URL requests, so your endpoint can
    reject calls it didn't expect. Write-only — responses expose trigger_secret_configured instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.public_key, Unset):
            field_dict["public_key"] = self.public_key
        if not isinstance(self.trigger_url, Unset):
            field_dict["trigger_url"] = self.trigger_url
        if not isinstance(self.trigger_secret, Unset):
            field_dict["trigger_secret"] = self.trigger_secret
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
            _field = "public_key"
            try:
                if "public_key" in src_dict:
                    public_key: Any = src_dict["public_key"]
                    _present += 1
                    if type(public_key) is not str:
                        public_key = checked(public_key, (str,))
                else:
                    public_key = UNSET
            except FIELD_ERRORS as _error:
                public_key, _found = tolerated(src_dict, "public_key", _error, _found, "str")

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

            _instance = cls(
                public_key=public_key,
                trigger_url=trigger_url,
                trigger_secret=trigger_secret,
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
