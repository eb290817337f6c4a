from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentImprovementPromoteRequest")


@_attrs_define
class AgentImprovementPromoteRequest:
    """Body of the promote-to-live-agent request."""

    force: bool | Unset = False
    """ Apply the changes even though the live agent has been edited since the improvement run finished. Overwrites
    those edits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "force"
            force = d.pop("force", UNSET)
            if not isinstance(force, (bool, Unset)):
                expect(force, (bool, Unset))

            agent_improvement_promote_request = cls(
                force=force,
            )

            agent_improvement_promote_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_improvement_promote_request

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
