from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeepResearchModeDismissalCreate")


@_attrs_define
class DeepResearchModeDismissalCreate:
    """Request body for thumbs-down submission."""

    project: int
    """ Project ID the dismissal applies to. """
    mode_title: str
    """ Exact title of the failure mode to suppress. """
    insight: int | None | Unset = UNSET
    """ Optional Deep Research insight ID the mode was seen on. """
    mode_details: str | Unset = ""
    """ Optional detail text of the failure mode, stored with the dismissal. """
    mode_severity: str | Unset = ""
    """ Optional severity label of the failure mode, stored with the dismissal. """
    note: str | Unset = ""
    """ Optional reason. Empty is fine — a bare thumbs-down still dismisses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        mode_title = self.mode_title

        insight: int | None | Unset
        if isinstance(self.insight, Unset):
            insight = UNSET
        else:
            insight = self.insight

        mode_details = self.mode_details

        mode_severity = self.mode_severity

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "mode_title": mode_title,
            }
        )
        if insight is not UNSET:
            field_dict["insight"] = insight
        if mode_details is not UNSET:
            field_dict["mode_details"] = mode_details
        if mode_severity is not UNSET:
            field_dict["mode_severity"] = mode_severity
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(("mode_title", (None, str(self.mode_title).encode(), "text/plain")))

        if not isinstance(self.insight, Unset):
            if isinstance(self.insight, int):
                files.append(("insight", (None, str(self.insight).encode(), "text/plain")))
            else:
                files.append(("insight", (None, str(self.insight).encode(), "text/plain")))

        if not isinstance(self.mode_details, Unset):
            files.append(("mode_details", (None, str(self.mode_details).encode(), "text/plain")))

        if not isinstance(self.mode_severity, Unset):
            files.append(("mode_severity", (None, str(self.mode_severity).encode(), "text/plain")))

        if not isinstance(self.note, Unset):
            files.append(("note", (None, str(self.note).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "project"
            project = d.pop("project")
            if not isinstance(project, (int,)) or isinstance(project, bool):
                expect(project, (int,))

            _field = "mode_title"
            mode_title = d.pop("mode_title")
            if not isinstance(mode_title, (str,)):
                expect(mode_title, (str,))

            _field = "insight"

            def _parse_insight(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            insight = _parse_insight(d.pop("insight", UNSET))

            if not isinstance(insight, (int, type(None), Unset)) or isinstance(insight, bool):
                expect(insight, (int, type(None), Unset))

            _field = "mode_details"
            mode_details = d.pop("mode_details", UNSET)
            if not isinstance(mode_details, (str, Unset)):
                expect(mode_details, (str, Unset))

            _field = "mode_severity"
            mode_severity = d.pop("mode_severity", UNSET)
            if not isinstance(mode_severity, (str, Unset)):
                expect(mode_severity, (str, Unset))

            _field = "note"
            note = d.pop("note", UNSET)
            if not isinstance(note, (str, Unset)):
                expect(note, (str, Unset))

            deep_research_mode_dismissal_create = cls(
                project=project,
                mode_title=mode_title,
                insight=insight,
                mode_details=mode_details,
                mode_severity=mode_severity,
                note=note,
            )

            deep_research_mode_dismissal_create.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return deep_research_mode_dismissal_create

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
