from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "role": self.role,
            "conditions": [
                element.to_dict() if type(element) is Condition else written(element, "conditions", self)
                for element in self.conditions
            ]
            if type(self.conditions) is list
            else written(self.conditions, "conditions", self),
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
            _field = "role"
            try:
                role: Any = src_dict["role"]
                if type(role) is not str:
                    role = checked(role, (str,))
            except FIELD_ERRORS as _error:
                role, _found = tolerated(src_dict, "role", _error, _found, "str")

            _field = "conditions"
            try:
                conditions: Any = src_dict["conditions"]
                if type(conditions) is not list:
                    conditions = checked(conditions, (list,))
                conditions = [Condition.from_dict(element) for element in conditions]

            except FIELD_ERRORS as _error:
                conditions, _found = tolerated(
                    src_dict,
                    "conditions",
                    _error,
                    _found,
                    "list[Condition]",
                    lambda element: Condition.from_dict(element),
                )

            _instance = cls(
                role=role,
                conditions=conditions,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 2 or _found is not None:
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
    global _imports_pending, Condition  # noqa: PLW0603
    from ..models.condition import Condition  # noqa: PLC0415

    _imports_pending = False
