from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.test_profile_data_information import TestProfileDataInformation


_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "information",
    }
)

T = TypeVar("T", bound="TestProfileData")


@_attrs_define
class TestProfileData:
    id: int
    """ Test Profile ID """
    name: str
    """ Test Profile name """
    information: TestProfileDataInformation
    """
    Information of the test profile
    Example:
    ```json
    {
        "user_name": "John Doe",
        "user_email": "john.doe@example.com",
    }
    ```
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "information": self.information.to_dict()
            if type(self.information) is TestProfileDataInformation
            else written(self.information, "information", self),
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
            _field = "id"
            try:
                id: Any = src_dict["id"]
                if type(id) is not int:
                    id = checked(id, (int,))
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "information"
            try:
                information: Any = src_dict["information"]
                information = TestProfileDataInformation.from_dict(information)
            except FIELD_ERRORS as _error:
                information, _found = tolerated(src_dict, "information", _error, _found, "TestProfileDataInformation")

            _instance = cls(
                id=id,
                name=name,
                information=information,
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
    global _imports_pending, TestProfileDataInformation  # noqa: PLW0603
    from ..models.test_profile_data_information import TestProfileDataInformation  # noqa: PLC0415

    _imports_pending = False
