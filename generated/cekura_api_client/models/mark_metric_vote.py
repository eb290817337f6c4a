from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarkMetricVote")


@_attrs_define
class MarkMetricVote:
    metric_id: int
    """ ID of the metric to vote on """
    thumbs_up: bool | None
    """ True for thumbs up, False for thumbs down """
    expected_value: Any | None
    """ Expected value for the metric """
    feedback: None | str | Unset = UNSET
    """ Feedback for the metric review """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        thumbs_up: bool | None
        thumbs_up = self.thumbs_up

        expected_value: Any | None
        expected_value = self.expected_value

        feedback: None | str | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        else:
            feedback = self.feedback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "thumbs_up": thumbs_up,
                "expected_value": expected_value,
            }
        )
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("metric_id", (None, str(self.metric_id).encode(), "text/plain")))

        if isinstance(self.thumbs_up, bool):
            files.append(("thumbs_up", (None, str(self.thumbs_up).encode(), "text/plain")))
        else:
            files.append(("thumbs_up", (None, str(self.thumbs_up).encode(), "text/plain")))

        if isinstance(self.expected_value, Any):
            files.append(("expected_value", (None, str(self.expected_value).encode(), "text/plain")))
        else:
            files.append(("expected_value", (None, str(self.expected_value).encode(), "text/plain")))

        if not isinstance(self.feedback, Unset):
            if isinstance(self.feedback, str):
                files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))
            else:
                files.append(("feedback", (None, str(self.feedback).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "metric_id"
            metric_id = d.pop("metric_id")
            if not isinstance(metric_id, (int,)) or isinstance(metric_id, bool):
                expect(metric_id, (int,))

            _field = "thumbs_up"

            def _parse_thumbs_up(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, data)

            thumbs_up = _parse_thumbs_up(d.pop("thumbs_up"))

            if not isinstance(thumbs_up, (bool, type(None))):
                expect(thumbs_up, (bool, type(None)))

            _field = "expected_value"

            def _parse_expected_value(data: object) -> Any | None:
                if data is None:
                    return data
                return cast(Any | None, data)

            expected_value = _parse_expected_value(d.pop("expected_value"))

            _field = "feedback"

            def _parse_feedback(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            feedback = _parse_feedback(d.pop("feedback", UNSET))

            if not isinstance(feedback, (str, type(None), Unset)):
                expect(feedback, (str, type(None), Unset))

            mark_metric_vote = cls(
                metric_id=metric_id,
                thumbs_up=thumbs_up,
                expected_value=expected_value,
                feedback=feedback,
            )

            mark_metric_vote.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return mark_metric_vote

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
