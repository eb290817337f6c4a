from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure

if TYPE_CHECKING:
    from ..models.condition import Condition


_PROPERTIES: frozenset[str] = frozenset(
    {
        "role",
        "conditions",
    }
)

T = TypeVar("T", bound="ConditionalActions")


@_attrs_define
class ConditionalActions:
    """Structured conditional-actions object for `scenario_type="conditional_actions"`.

    Use either `conditional_actions` (structured) or `instructions` (plain text)
    on a scenario — not both.

    """

    role: str
    """ Caller role / persona for this scenario. Example: `"You are a frustrated patient calling about a billing
    error"`. """
    conditions: list[Condition]
    """ Ordered list of conditions and their actions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "role": self.role,
            "conditions": [element.to_dict() for element in self.conditions],
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
            _field = "role"
            role: Any = src_dict["role"]
            if type(role) is not str:
                role = checked(role, (str,))

            _field = "conditions"
            conditions: Any = src_dict["conditions"]
            if type(conditions) is not list:
                conditions = checked(conditions, (list,))
            conditions = [Condition.from_dict(element) for element in conditions]

            _instance = cls(
                role=role,
                conditions=conditions,
            )
            if len(src_dict) != 2:
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
    global _imports_pending, Condition  # noqa: PLW0603
    from ..models.condition import Condition  # noqa: PLC0415

    _imports_pending = False
