from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.self_hosted_web_socket_headers import SelfHostedWebSocketHeaders


_PROPERTIES: frozenset[str] = frozenset(
    {
        "url",
        "headers",
        "websocket_secret",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "url": self.url,
        }
        if not isinstance(self.headers, Unset):
            field_dict["headers"] = (
                self.headers.to_dict()
                if type(self.headers) is SelfHostedWebSocketHeaders
                else written(self.headers, "headers", self)
            )
        if not isinstance(self.websocket_secret, Unset):
            field_dict["websocket_secret"] = self.websocket_secret
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
            _present = 1
            _field = "url"
            try:
                url: Any = src_dict["url"]
                if type(url) is not str:
                    url = checked(url, (str,))
            except FIELD_ERRORS as _error:
                url, _found = tolerated(src_dict, "url", _error, _found, "str")

            _field = "headers"
            try:
                if "headers" in src_dict:
                    headers: Any = src_dict["headers"]
                    _present += 1
                    headers = SelfHostedWebSocketHeaders.from_dict(headers)
                else:
                    headers = UNSET
            except FIELD_ERRORS as _error:
                headers, _found = tolerated(src_dict, "headers", _error, _found, "SelfHostedWebSocketHeaders")

            _field = "websocket_secret"
            try:
                if "websocket_secret" in src_dict:
                    websocket_secret: Any = src_dict["websocket_secret"]
                    _present += 1
                    if type(websocket_secret) is not str:
                        websocket_secret = checked(websocket_secret, (str,))
                else:
                    websocket_secret = UNSET
            except FIELD_ERRORS as _error:
                websocket_secret, _found = tolerated(src_dict, "websocket_secret", _error, _found, "str")

            _instance = cls(
                url=url,
                headers=headers,
                websocket_secret=websocket_secret,
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
    global _imports_pending, SelfHostedWebSocketHeaders  # noqa: PLW0603
    from ..models.self_hosted_web_socket_headers import SelfHostedWebSocketHeaders  # noqa: PLC0415

    _imports_pending = False
