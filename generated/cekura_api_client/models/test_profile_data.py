from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.test_profile_data_information import TestProfileDataInformation


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        information = self.information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "information": information,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_profile_data_information import TestProfileDataInformation  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id")
            if not isinstance(id, (int,)) or isinstance(id, bool):
                expect(id, (int,))

            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "information"
            information = TestProfileDataInformation.from_dict(d.pop("information"))

            if not isinstance(information, (TestProfileDataInformation,)):
                expect(information, (TestProfileDataInformation,))

            test_profile_data = cls(
                id=id,
                name=name,
                information=information,
            )

            test_profile_data.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return test_profile_data

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
