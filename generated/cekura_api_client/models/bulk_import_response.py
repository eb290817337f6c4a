from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.bulk_import_response_summary import BulkImportResponseSummary


_PROPERTIES: frozenset[str] = frozenset(
    {
        "successful",
        "failed",
        "summary",
    }
)

T = TypeVar("T", bound="BulkImportResponse")


@_attrs_define
class BulkImportResponse:
    successful: list[Any]
    failed: list[Any]
    summary: BulkImportResponseSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "successful": self.successful,
            "failed": self.failed,
            "summary": self.summary.to_dict()
            if type(self.summary) is BulkImportResponseSummary
            else written(self.summary, "summary", self),
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
            _field = "successful"
            try:
                successful: Any = src_dict["successful"]
                if type(successful) is not list:
                    successful = checked(successful, (list,))

            except FIELD_ERRORS as _error:
                successful, _found = tolerated(src_dict, "successful", _error, _found, "list[Any]")

            _field = "failed"
            try:
                failed: Any = src_dict["failed"]
                if type(failed) is not list:
                    failed = checked(failed, (list,))

            except FIELD_ERRORS as _error:
                failed, _found = tolerated(src_dict, "failed", _error, _found, "list[Any]")

            _field = "summary"
            try:
                summary: Any = src_dict["summary"]
                summary = BulkImportResponseSummary.from_dict(summary)
            except FIELD_ERRORS as _error:
                summary, _found = tolerated(src_dict, "summary", _error, _found, "BulkImportResponseSummary")

            _instance = cls(
                successful=successful,
                failed=failed,
                summary=summary,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 3 or _found is not None:
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
    global _imports_pending, BulkImportResponseSummary  # noqa: PLW0603
    from ..models.bulk_import_response_summary import BulkImportResponseSummary  # noqa: PLC0415

    _imports_pending = False
