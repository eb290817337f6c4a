from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.call_log_list_serializer_metrics_with_explanation import CallLogListSerializerMetricsWithExplanation


_PROPERTIES: frozenset[str] = frozenset(
    {
        "metrics",
    }
)

T = TypeVar("T", bound="Evaluation")


@_attrs_define
class Evaluation:
    metrics: list[CallLogListSerializerMetricsWithExplanation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "metrics": [
                element.to_dict()
                if type(element) is CallLogListSerializerMetricsWithExplanation
                else written(element, "metrics", self)
                for element in self.metrics
            ]
            if type(self.metrics) is list
            else written(self.metrics, "metrics", self),
        }
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
            _field = "metrics"
            try:
                metrics: Any = src_dict["metrics"]
                if type(metrics) is not list:
                    metrics = checked(metrics, (list,))
                metrics = [CallLogListSerializerMetricsWithExplanation.from_dict(element) for element in metrics]

            except FIELD_ERRORS as _error:
                metrics, _found = tolerated(
                    src_dict,
                    "metrics",
                    _error,
                    _found,
                    "list[CallLogListSerializerMetricsWithExplanation]",
                    lambda element: CallLogListSerializerMetricsWithExplanation.from_dict(element),
                )

            _instance = cls(
                metrics=metrics,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 1 or _found is not None:
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
    global _imports_pending, CallLogListSerializerMetricsWithExplanation  # noqa: PLW0603
    from ..models.call_log_list_serializer_metrics_with_explanation import CallLogListSerializerMetricsWithExplanation  # noqa: PLC0415

    _imports_pending = False
