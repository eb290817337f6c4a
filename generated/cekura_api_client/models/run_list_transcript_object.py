from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="RunListTranscriptObject")


@_attrs_define
class RunListTranscriptObject:
    role: str
    """ Role of the message """
    content: str
    """ Content of the message """
    timestamp: float
    """ Timestamp of the message """
    normalized_content: str
    """ Backend comparison key for the full turn """
    comparison_spans: list[Any]
    """ Raw multilingual-number spans with backend comparison keys """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content = self.content

        timestamp = self.timestamp

        normalized_content = self.normalized_content

        comparison_spans = self.comparison_spans

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
                "timestamp": timestamp,
                "normalized_content": normalized_content,
                "comparison_spans": comparison_spans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "role"
            role = d.pop("role")
            if not isinstance(role, (str,)):
                expect(role, (str,))

            _field = "content"
            content = d.pop("content")
            if not isinstance(content, (str,)):
                expect(content, (str,))

            _field = "timestamp"
            timestamp = d.pop("timestamp")
            if not isinstance(timestamp, (float, int)) or isinstance(timestamp, bool):
                expect(timestamp, (float, int))

            _field = "normalized_content"
            normalized_content = d.pop("normalized_content")
            if not isinstance(normalized_content, (str,)):
                expect(normalized_content, (str,))

            _field = "comparison_spans"
            comparison_spans = cast(list[Any], d.pop("comparison_spans"))

            if not isinstance(comparison_spans, (list,)):
                expect(comparison_spans, (list,))

            run_list_transcript_object = cls(
                role=role,
                content=content,
                timestamp=timestamp,
                normalized_content=normalized_content,
                comparison_spans=comparison_spans,
            )

            run_list_transcript_object.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return run_list_transcript_object

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
