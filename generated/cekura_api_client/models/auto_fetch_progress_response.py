from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_fetch_progress_response_status import AutoFetchProgressResponseStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="AutoFetchProgressResponse")


@_attrs_define
class AutoFetchProgressResponse:
    status: AutoFetchProgressResponseStatus
    """ * `in_progress` - in_progress
    * `completed` - completed
    * `failed` - failed """
    tools_created: int | None
    tools_updated: int | None
    message: None | str
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        tools_created: int | None
        tools_created = self.tools_created

        tools_updated: int | None
        tools_updated = self.tools_updated

        message: None | str
        message = self.message

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "tools_created": tools_created,
                "tools_updated": tools_updated,
                "message": message,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "status"
            status = AutoFetchProgressResponseStatus(d.pop("status"))

            if not isinstance(status, (AutoFetchProgressResponseStatus,)):
                expect(status, (AutoFetchProgressResponseStatus,))

            _field = "tools_created"

            def _parse_tools_created(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            tools_created = _parse_tools_created(d.pop("tools_created"))

            if not isinstance(tools_created, (int, type(None))) or isinstance(tools_created, bool):
                expect(tools_created, (int, type(None)))

            _field = "tools_updated"

            def _parse_tools_updated(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            tools_updated = _parse_tools_updated(d.pop("tools_updated"))

            if not isinstance(tools_updated, (int, type(None))) or isinstance(tools_updated, bool):
                expect(tools_updated, (int, type(None)))

            _field = "message"

            def _parse_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            message = _parse_message(d.pop("message"))

            if not isinstance(message, (str, type(None))):
                expect(message, (str, type(None)))

            _field = "error"

            def _parse_error(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            error = _parse_error(d.pop("error"))

            if not isinstance(error, (str, type(None))):
                expect(error, (str, type(None)))

            auto_fetch_progress_response = cls(
                status=status,
                tools_created=tools_created,
                tools_updated=tools_updated,
                message=message,
                error=error,
            )

            auto_fetch_progress_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return auto_fetch_progress_response

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
