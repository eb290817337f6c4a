from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "project",
        "mode_title",
        "insight",
        "mode_details",
        "mode_severity",
        "note",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "project": self.project,
            "mode_title": self.mode_title,
        }
        if not isinstance(self.insight, Unset):
            field_dict["insight"] = self.insight
        if not isinstance(self.mode_details, Unset):
            field_dict["mode_details"] = self.mode_details
        if not isinstance(self.mode_severity, Unset):
            field_dict["mode_severity"] = self.mode_severity
        if not isinstance(self.note, Unset):
            field_dict["note"] = self.note
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project", (None, str(self.project).encode(), "text/plain")))

        files.append(("mode_title", (None, str(self.mode_title).encode(), "text/plain")))

        if not isinstance(self.insight, Unset):
            if isinstance(self.insight, int):
                files.append(("insight", (None, str(self.insight).encode(), "text/plain")))
            else:
                files.append(("insight", (None, b"", "text/plain")))

        if not isinstance(self.mode_details, Unset):
            files.append(("mode_details", (None, str(self.mode_details).encode(), "text/plain")))

        if not isinstance(self.mode_severity, Unset):
            files.append(("mode_severity", (None, str(self.mode_severity).encode(), "text/plain")))

        if not isinstance(self.note, Unset):
            files.append(("note", (None, str(self.note).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "project"
            try:
                project: Any = src_dict["project"]
                if type(project) is not int:
                    project = checked(project, (int,))
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int")

            _field = "mode_title"
            try:
                mode_title: Any = src_dict["mode_title"]
                if type(mode_title) is not str:
                    mode_title = checked(mode_title, (str,))
            except FIELD_ERRORS as _error:
                mode_title, _found = tolerated(src_dict, "mode_title", _error, _found, "str")

            _field = "insight"
            try:
                if "insight" in src_dict:
                    insight: Any = src_dict["insight"]
                    _present += 1
                    if insight is not None:
                        if type(insight) is not int:
                            insight = checked(insight, (int, type(None)))
                else:
                    insight = UNSET
            except FIELD_ERRORS as _error:
                insight, _found = tolerated(src_dict, "insight", _error, _found, "int | None")

            _field = "mode_details"
            try:
                if "mode_details" in src_dict:
                    mode_details: Any = src_dict["mode_details"]
                    _present += 1
                    if type(mode_details) is not str:
                        mode_details = checked(mode_details, (str,))
                else:
                    mode_details = UNSET
            except FIELD_ERRORS as _error:
                mode_details, _found = tolerated(src_dict, "mode_details", _error, _found, "str")

            _field = "mode_severity"
            try:
                if "mode_severity" in src_dict:
                    mode_severity: Any = src_dict["mode_severity"]
                    _present += 1
                    if type(mode_severity) is not str:
                        mode_severity = checked(mode_severity, (str,))
                else:
                    mode_severity = UNSET
            except FIELD_ERRORS as _error:
                mode_severity, _found = tolerated(src_dict, "mode_severity", _error, _found, "str")

            _field = "note"
            try:
                if "note" in src_dict:
                    note: Any = src_dict["note"]
                    _present += 1
                    if type(note) is not str:
                        note = checked(note, (str,))
                else:
                    note = UNSET
            except FIELD_ERRORS as _error:
                note, _found = tolerated(src_dict, "note", _error, _found, "str")

            _instance = cls(
                project=project,
                mode_title=mode_title,
                insight=insight,
                mode_details=mode_details,
                mode_severity=mode_severity,
                note=note,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != _present or _found is not None:
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
