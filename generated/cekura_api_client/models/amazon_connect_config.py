from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        widget_id = self.widget_id

        snippet_id = self.snippet_id

        connect_host = self.connect_host

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if widget_id is not UNSET:
            field_dict["widget_id"] = widget_id
        if snippet_id is not UNSET:
            field_dict["snippet_id"] = snippet_id
        if connect_host is not UNSET:
            field_dict["connect_host"] = connect_host
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "widget_id"
            widget_id = d.pop("widget_id", UNSET)
            if not isinstance(widget_id, (str, Unset)):
                expect(widget_id, (str, Unset))

            _field = "snippet_id"
            snippet_id = d.pop("snippet_id", UNSET)
            if not isinstance(snippet_id, (str, Unset)):
                expect(snippet_id, (str, Unset))

            _field = "connect_host"
            connect_host = d.pop("connect_host", UNSET)
            if not isinstance(connect_host, (str, Unset)):
                expect(connect_host, (str, Unset))

            _field = "region"
            region = d.pop("region", UNSET)
            if not isinstance(region, (str, Unset)):
                expect(region, (str, Unset))

            amazon_connect_config = cls(
                widget_id=widget_id,
                snippet_id=snippet_id,
                connect_host=connect_host,
                region=region,
            )

            amazon_connect_config.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return amazon_connect_config

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
