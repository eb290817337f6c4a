from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="MockStatusMCPEndpoint")


@_attrs_define
class MockStatusMCPEndpoint:
    mock_index: int
    url: str
    tool_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mock_index = self.mock_index

        url = self.url

        tool_names = self.tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mock_index": mock_index,
                "url": url,
                "tool_names": tool_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "mock_index"
            mock_index = d.pop("mock_index")
            if not isinstance(mock_index, (int,)) or isinstance(mock_index, bool):
                expect(mock_index, (int,))

            _field = "url"
            url = d.pop("url")
            if not isinstance(url, (str,)):
                expect(url, (str,))

            _field = "tool_names"
            tool_names = cast(list[str], d.pop("tool_names"))

            if not isinstance(tool_names, (list,)):
                expect(tool_names, (list,))

            mock_status_mcp_endpoint = cls(
                mock_index=mock_index,
                url=url,
                tool_names=tool_names,
            )

            mock_status_mcp_endpoint.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return mock_status_mcp_endpoint

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
