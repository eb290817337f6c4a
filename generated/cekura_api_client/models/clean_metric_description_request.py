from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.clean_metric_description_request_eval_type import CleanMetricDescriptionRequestEvalType
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

T = TypeVar("T", bound="CleanMetricDescriptionRequest")


@_attrs_define
class CleanMetricDescriptionRequest:
    agent: int
    metric_description: str
    eval_type: CleanMetricDescriptionRequestEvalType
    """ * `boolean` - boolean
    * `numeric` - numeric
    * `rating` - rating
    * `enum` - enum """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent

        metric_description = self.metric_description

        eval_type = self.eval_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
                "metric_description": metric_description,
                "eval_type": eval_type,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        files.append(("metric_description", (None, str(self.metric_description).encode(), "text/plain")))

        files.append(("eval_type", (None, str(self.eval_type.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent"
            agent = d.pop("agent")
            if not isinstance(agent, (int,)) or isinstance(agent, bool):
                expect(agent, (int,))

            _field = "metric_description"
            metric_description = d.pop("metric_description")
            if not isinstance(metric_description, (str,)):
                expect(metric_description, (str,))

            _field = "eval_type"
            eval_type = CleanMetricDescriptionRequestEvalType(d.pop("eval_type"))

            if not isinstance(eval_type, (CleanMetricDescriptionRequestEvalType,)):
                expect(eval_type, (CleanMetricDescriptionRequestEvalType,))

            clean_metric_description_request = cls(
                agent=agent,
                metric_description=metric_description,
                eval_type=eval_type,
            )

            clean_metric_description_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return clean_metric_description_request

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
