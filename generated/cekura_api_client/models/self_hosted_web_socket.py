from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.self_hosted_web_socket_headers import SelfHostedWebSocketHeaders


T = TypeVar("T", bound="SelfHostedWebSocket")


@_attrs_define
class SelfHostedWebSocket:
    """Self-hosted websocket chat configuration."""

    url: str
    """ WebSocket endpoint URL (wss://) to connect for text-mode test runs. """
    headers: SelfHostedWebSocketHeaders | Unset = UNSET
    """ Optional headers to send on the WebSocket upgrade request, e.g. {"Authorization": "Bearer token"}. """
    websocket_secret: str | Unset = UNSET
    """ Secret sent as the X-VOCERA-SECRET header on the WebSocket upgrade (write-only — masked in responses). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        websocket_secret = self.websocket_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if websocket_secret is not UNSET:
            field_dict["websocket_secret"] = websocket_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.self_hosted_web_socket_headers import SelfHostedWebSocketHeaders  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "url"
            url = d.pop("url")
            if not isinstance(url, (str,)):
                expect(url, (str,))

            _field = "headers"
            _headers = d.pop("headers", UNSET)
            headers: SelfHostedWebSocketHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = SelfHostedWebSocketHeaders.from_dict(_headers)

            if not isinstance(headers, (SelfHostedWebSocketHeaders, Unset)):
                expect(headers, (SelfHostedWebSocketHeaders, Unset))

            _field = "websocket_secret"
            websocket_secret = d.pop("websocket_secret", UNSET)
            if not isinstance(websocket_secret, (str, Unset)):
                expect(websocket_secret, (str, Unset))

            self_hosted_web_socket = cls(
                url=url,
                headers=headers,
                websocket_secret=websocket_secret,
            )

            self_hosted_web_socket.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return self_hosted_web_socket

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
