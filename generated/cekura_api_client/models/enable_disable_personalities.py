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
        "personalities",
        "language",
    }
)

T = TypeVar("T", bound="EnableDisablePersonalities")


@_attrs_define
class EnableDisablePersonalities:
    personalities: Any
    """ List of personality IDs to enable/disable, or the string 'all'. """
    language: None | str | Unset = UNSET
    """ Language filter. Only used when personalities='all'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "personalities": self.personalities,
        }
        if not isinstance(self.language, Unset):
            field_dict["language"] = self.language
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("personalities", (None, form_text(self.personalities, "personalities"), "text/plain")))

        if not isinstance(self.language, Unset):
            if isinstance(self.language, str):
                files.append(("language", (None, str(self.language).encode(), "text/plain")))
            else:
                files.append(("language", (None, b"", "text/plain")))

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
            _present = 1
            _field = "personalities"
            try:
                personalities: Any = src_dict["personalities"]

            except FIELD_ERRORS as _error:
                personalities, _found = tolerated(src_dict, "personalities", _error, _found, "Any")

            _field = "language"
            try:
                if "language" in src_dict:
                    language: Any = src_dict["language"]
                    _present += 1
                    if language is not None:
                        if type(language) is not str:
                            language = checked(language, (str, type(None)))
                else:
                    language = UNSET
            except FIELD_ERRORS as _error:
                language, _found = tolerated(src_dict, "language", _error, _found, "None | str")

            _instance = cls(
                personalities=personalities,
                language=language,
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
