from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.bulk_import_plivo_response_summary import BulkImportPlivoResponseSummary


_PROPERTIES: frozenset[str] = frozenset(
    {
        "successful",
        "failed",
        "summary",
    }
)

T = TypeVar("T", bound="BulkImportPlivoResponse")


@_attrs_define
class BulkImportPlivoResponse:
    successful: list[Any]
    failed: list[Any]
    summary: BulkImportPlivoResponseSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "successful": self.successful,
            "failed": self.failed,
            "summary": self.summary.to_dict(),
        }
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _field = "successful"
            successful: Any = src_dict["successful"]
            if type(successful) is not list:
                successful = checked(successful, (list,))

            _field = "failed"
            failed: Any = src_dict["failed"]
            if type(failed) is not list:
                failed = checked(failed, (list,))

            _field = "summary"
            summary: Any = src_dict["summary"]
            summary = BulkImportPlivoResponseSummary.from_dict(summary)

            _instance = cls(
                successful=successful,
                failed=failed,
                summary=summary,
            )
            if len(src_dict) != 3:
                _instance.additional_properties = {
                    key: value for key, value in src_dict.items() if key not in _PROPERTIES
                }
        except (KeyError, TypeError, ValueError, AttributeError, SchemaValidationError) as error:
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
    global _imports_pending, BulkImportPlivoResponseSummary  # noqa: PLW0603
    from ..models.bulk_import_plivo_response_summary import BulkImportPlivoResponseSummary  # noqa: PLC0415

    _imports_pending = False
