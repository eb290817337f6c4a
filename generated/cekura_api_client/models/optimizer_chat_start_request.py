from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="OptimizerChatStartRequest")


@_attrs_define
class OptimizerChatStartRequest:
    metric_id: int
    """ Metric whose optimization proposal the chat reviews """
    progress_id: str | Unset = UNSET
    """ process_feedbacks progress_id whose output seeds the session. If omitted, falls back to the metric's pending
    optimisation proposal. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        progress_id = self.progress_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
            }
        )
        if progress_id is not UNSET:
            field_dict["progress_id"] = progress_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("metric_id", (None, str(self.metric_id).encode(), "text/plain")))

        if not isinstance(self.progress_id, Unset):
            files.append(("progress_id", (None, str(self.progress_id).encode(), "text/plain")))

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

            _field = "progress_id"
            progress_id = d.pop("progress_id", UNSET)
            if not isinstance(progress_id, (str, Unset)):
                expect(progress_id, (str, Unset))

            optimizer_chat_start_request = cls(
                metric_id=metric_id,
                progress_id=progress_id,
            )

            optimizer_chat_start_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return optimizer_chat_start_request

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
