from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pr_file import PRFile


_PROPERTIES: frozenset[str] = frozenset(
    {
        "repo",
        "title",
        "files",
        "body",
        "base",
    }
)

T = TypeVar("T", bound="OpenPRRequest")


@_attrs_define
class OpenPRRequest:
    repo: str
    """ Short repository name to open the PR against. """
    title: str
    """ Pull request title (also the commit message). """
    files: list[PRFile]
    """ Files to create, update, or delete. """
    body: str | Unset = ""
    base: str | Unset = UNSET
    """ Base branch to target; defaults to the repo's default branch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "repo": self.repo,
            "title": self.title,
            "files": [
                element.to_dict() if type(element) is PRFile else written(element, "files", self)
                for element in self.files
            ]
            if type(self.files) is list
            else written(self.files, "files", self),
        }
        if not isinstance(self.body, Unset):
            field_dict["body"] = self.body
        if not isinstance(self.base, Unset):
            field_dict["base"] = self.base
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
            _present = 3
            _field = "repo"
            try:
                repo: Any = src_dict["repo"]
                if type(repo) is not str:
                    repo = checked(repo, (str,))
            except FIELD_ERRORS as _error:
                repo, _found = tolerated(src_dict, "repo", _error, _found, "str")

            _field = "title"
            try:
                title: Any = src_dict["title"]
                if type(title) is not str:
                    title = checked(title, (str,))
            except FIELD_ERRORS as _error:
                title, _found = tolerated(src_dict, "title", _error, _found, "str")

            _field = "files"
            try:
                files: Any = src_dict["files"]
                if type(files) is not list:
                    files = checked(files, (list,))
                files = [PRFile.from_dict(element) for element in files]

            except FIELD_ERRORS as _error:
                files, _found = tolerated(
                    src_dict, "files", _error, _found, "list[PRFile]", lambda element: PRFile.from_dict(element)
                )

            _field = "body"
            try:
                if "body" in src_dict:
                    body: Any = src_dict["body"]
                    _present += 1
                    if type(body) is not str:
                        body = checked(body, (str,))
                else:
                    body = UNSET
            except FIELD_ERRORS as _error:
                body, _found = tolerated(src_dict, "body", _error, _found, "str")

            _field = "base"
            try:
                if "base" in src_dict:
                    base: Any = src_dict["base"]
                    _present += 1
                    if type(base) is not str:
                        base = checked(base, (str,))
                else:
                    base = UNSET
            except FIELD_ERRORS as _error:
                base, _found = tolerated(src_dict, "base", _error, _found, "str")

            _instance = cls(
                repo=repo,
                title=title,
                files=files,
                body=body,
                base=base,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, PRFile  # noqa: PLW0603
    from ..models.pr_file import PRFile  # noqa: PLC0415

    _imports_pending = False
