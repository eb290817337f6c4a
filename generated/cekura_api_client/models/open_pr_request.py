from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pr_file import PRFile


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

    def to_dict(self) -> dict[str, Any]:
        repo = self.repo

        title = self.title

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        body = self.body

        base = self.base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repo": repo,
                "title": title,
                "files": files,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if base is not UNSET:
            field_dict["base"] = base

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pr_file import PRFile  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "repo"
            repo = d.pop("repo")
            if not isinstance(repo, (str,)):
                expect(repo, (str,))

            _field = "title"
            title = d.pop("title")
            if not isinstance(title, (str,)):
                expect(title, (str,))

            _field = "files"
            files = []
            _files = d.pop("files")
            for files_item_data in _files:
                files_item = PRFile.from_dict(files_item_data)

                files.append(files_item)

            if not isinstance(files, (list,)):
                expect(files, (list,))

            _field = "body"
            body = d.pop("body", UNSET)
            if not isinstance(body, (str, Unset)):
                expect(body, (str, Unset))

            _field = "base"
            base = d.pop("base", UNSET)
            if not isinstance(base, (str, Unset)):
                expect(base, (str, Unset))

            open_pr_request = cls(
                repo=repo,
                title=title,
                files=files,
                body=body,
                base=base,
            )

            open_pr_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return open_pr_request

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
