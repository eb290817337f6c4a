from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "expire_at",
    }
)

T = TypeVar("T", bound="SchemaPostCreateShareableLinkToken")


@_attrs_define
class SchemaPostCreateShareableLinkToken:
    expire_at: datetime.datetime | None | Unset = UNSET
    """ Optional expiration date/time for the token (ISO 8601 format) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.expire_at, Unset):
            field_dict["expire_at"] = (
                _wire[1]
                if _wire is not None and self.expire_at is _wire[0]
                else None
                if self.expire_at is None
                else self.expire_at.isoformat().replace("+00:00", "Z")
                if type(self.expire_at) is datetime.datetime
                else iso_datetime(self.expire_at, "expire_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.expire_at, Unset):
            if isinstance(self.expire_at, datetime.datetime):
                files.append(
                    ("expire_at", (None, iso_datetime(self.expire_at, "expire_at_type_0").encode(), "text/plain"))
                )
            else:
                files.append(("expire_at", (None, b"", "text/plain")))

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
            _present = 0
            _field = "expire_at"
            try:
                if "expire_at" in src_dict:
                    expire_at: Any = src_dict["expire_at"]
                    _expire_at_text = expire_at
                    _present += 1
                    if expire_at is not None:
                        if type(expire_at) is str:
                            try:
                                expire_at = fromisoformat(expire_at)
                            except ValueError:
                                expire_at = parse_datetime(expire_at)
                        else:
                            expire_at = checked(expire_at, (datetime.datetime, type(None)))
                            _expire_at_text = expire_at.isoformat().replace("+00:00", "Z")
                else:
                    expire_at = _expire_at_text = UNSET
            except FIELD_ERRORS as _error:
                expire_at, _found = tolerated(src_dict, "expire_at", _error, _found, "datetime.datetime | None")
                _expire_at_text = expire_at

            _instance = cls(
                expire_at=expire_at,
            )
            _instance._wire_text = (
                expire_at,
                _expire_at_text,
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
