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
        "widget_id",
        "snippet_id",
        "connect_host",
        "region",
    }
)

T = TypeVar("T", bound="AmazonConnectConfig")


@_attrs_define
class AmazonConnectConfig:
    """Amazon Connect provider configuration."""

    widget_id: str | Unset = UNSET
    """ Chat widget UUID from the Amazon Connect console. """
    snippet_id: str | Unset = UNSET
    """ Base64-encoded KMS snippet from your Amazon Connect chat widget. """
    connect_host: str | Unset = UNSET
    """ Amazon Connect instance host, e.g. acme.my.connect.aws. """
    region: str | Unset = UNSET
    """ AWS region for the Connect instance. Defaults to us-east-1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if not isinstance(self.widget_id, Unset):
            field_dict["widget_id"] = self.widget_id
        if not isinstance(self.snippet_id, Unset):
            field_dict["snippet_id"] = self.snippet_id
        if not isinstance(self.connect_host, Unset):
            field_dict["connect_host"] = self.connect_host
        if not isinstance(self.region, Unset):
            field_dict["region"] = self.region
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
            _field = "widget_id"
            try:
                if "widget_id" in src_dict:
                    widget_id: Any = src_dict["widget_id"]
                    _present += 1
                    if type(widget_id) is not str:
                        widget_id = checked(widget_id, (str,))
                else:
                    widget_id = UNSET
            except FIELD_ERRORS as _error:
                widget_id, _found = tolerated(src_dict, "widget_id", _error, _found, "str")

            _field = "snippet_id"
            try:
                if "snippet_id" in src_dict:
                    snippet_id: Any = src_dict["snippet_id"]
                    _present += 1
                    if type(snippet_id) is not str:
                        snippet_id = checked(snippet_id, (str,))
                else:
                    snippet_id = UNSET
            except FIELD_ERRORS as _error:
                snippet_id, _found = tolerated(src_dict, "snippet_id", _error, _found, "str")

            _field = "connect_host"
            try:
                if "connect_host" in src_dict:
                    connect_host: Any = src_dict["connect_host"]
                    _present += 1
                    if type(connect_host) is not str:
                        connect_host = checked(connect_host, (str,))
                else:
                    connect_host = UNSET
            except FIELD_ERRORS as _error:
                connect_host, _found = tolerated(src_dict, "connect_host", _error, _found, "str")

            _field = "region"
            try:
                if "region" in src_dict:
                    region: Any = src_dict["region"]
                    _present += 1
                    if type(region) is not str:
                        region = checked(region, (str,))
                else:
                    region = UNSET
            except FIELD_ERRORS as _error:
                region, _found = tolerated(src_dict, "region", _error, _found, "str")

            _instance = cls(
                widget_id=widget_id,
                snippet_id=snippet_id,
                connect_host=connect_host,
                region=region,
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
