from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_auto_fetch_progress_response_status import AgentAutoFetchProgressResponseStatus
from ..runtime.errors import SchemaValidationError
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value

if TYPE_CHECKING:
    from ..models.agent_auto_fetch_progress_response_stages_item import AgentAutoFetchProgressResponseStagesItem


_PROPERTIES: frozenset[str] = frozenset(
    {
        "agent_id",
        "status",
        "current_stage",
        "stages",
        "error",
    }
)

T = TypeVar("T", bound="AgentAutoFetchProgressResponse")


@_attrs_define
class AgentAutoFetchProgressResponse:
    agent_id: int
    status: AgentAutoFetchProgressResponseStatus
    """ * `in_progress` - in_progress
    * `completed` - completed
    * `failed` - failed """
    current_stage: str
    stages: list[AgentAutoFetchProgressResponseStagesItem]
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "agent_id": self.agent_id,
            "status": self.status._value_
            if type(self.status) is AgentAutoFetchProgressResponseStatus
            else enum_value(AgentAutoFetchProgressResponseStatus, self.status, "status"),
            "current_stage": self.current_stage,
            "stages": [element.to_dict() for element in self.stages],
            "error": self.error,
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
            _field = "agent_id"
            agent_id: Any = src_dict["agent_id"]
            if type(agent_id) is not int:
                agent_id = checked(agent_id, (int,))

            _field = "status"
            status: Any = src_dict["status"]
            status = (
                AgentAutoFetchProgressResponseStatus._value2member_map_.get(status)
                or AgentAutoFetchProgressResponseStatus(status)
                if type(status) is str
                else checked(status, (AgentAutoFetchProgressResponseStatus,))
            )

            _field = "current_stage"
            current_stage: Any = src_dict["current_stage"]
            if type(current_stage) is not str:
                current_stage = checked(current_stage, (str,))

            _field = "stages"
            stages: Any = src_dict["stages"]
            if type(stages) is not list:
                stages = checked(stages, (list,))
            stages = [AgentAutoFetchProgressResponseStagesItem.from_dict(element) for element in stages]

            _field = "error"
            error: Any = src_dict["error"]
            if error is not None:
                if type(error) is not str:
                    error = checked(error, (str, type(None)))

            _instance = cls(
                agent_id=agent_id,
                status=status,
                current_stage=current_stage,
                stages=stages,
                error=error,
            )
            if len(src_dict) != 5:
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
    global _imports_pending, AgentAutoFetchProgressResponseStagesItem  # noqa: PLW0603
    from ..models.agent_auto_fetch_progress_response_stages_item import AgentAutoFetchProgressResponseStagesItem  # noqa: PLC0415

    _imports_pending = False
