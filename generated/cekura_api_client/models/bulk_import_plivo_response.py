from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.bulk_import_plivo_response_summary import BulkImportPlivoResponseSummary


T = TypeVar("T", bound="BulkImportPlivoResponse")


@_attrs_define
class BulkImportPlivoResponse:
    successful: list[Any]
    failed: list[Any]
    summary: BulkImportPlivoResponseSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful = self.successful

        failed = self.failed

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successful": successful,
                "failed": failed,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_import_plivo_response_summary import BulkImportPlivoResponseSummary  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "successful"
            successful = cast(list[Any], d.pop("successful"))

            if not isinstance(successful, (list,)):
                expect(successful, (list,))

            _field = "failed"
            failed = cast(list[Any], d.pop("failed"))

            if not isinstance(failed, (list,)):
                expect(failed, (list,))

            _field = "summary"
            summary = BulkImportPlivoResponseSummary.from_dict(d.pop("summary"))

            if not isinstance(summary, (BulkImportPlivoResponseSummary,)):
                expect(summary, (BulkImportPlivoResponseSummary,))

            bulk_import_plivo_response = cls(
                successful=successful,
                failed=failed,
                summary=summary,
            )

            bulk_import_plivo_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return bulk_import_plivo_response

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
