from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_auto_fetch_progress_response_status import AgentAutoFetchProgressResponseStatus
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "agent_id": self.agent_id,
            "status": self.status._value_
            if type(self.status) is AgentAutoFetchProgressResponseStatus
            else enum_value(AgentAutoFetchProgressResponseStatus, self.status, "status", self),
            "current_stage": self.current_stage,
            "stages": [
                element.to_dict()
                if type(element) is AgentAutoFetchProgressResponseStagesItem
                else written(element, "stages", self)
                for element in self.stages
            ]
            if type(self.stages) is list
            else written(self.stages, "stages", self),
            "error": self.error,
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
            _field = "agent_id"
            try:
                agent_id: Any = src_dict["agent_id"]
                if type(agent_id) is not int:
                    agent_id = checked(agent_id, (int,))
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int")

            _field = "status"
            try:
                status: Any = src_dict["status"]
                status = (
                    AgentAutoFetchProgressResponseStatus._value2member_map_.get(status)
                    or AgentAutoFetchProgressResponseStatus(status)
                    if type(status) is str
                    else checked(status, (AgentAutoFetchProgressResponseStatus,))
                )
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "AgentAutoFetchProgressResponseStatus")

            _field = "current_stage"
            try:
                current_stage: Any = src_dict["current_stage"]
                if type(current_stage) is not str:
                    current_stage = checked(current_stage, (str,))
            except FIELD_ERRORS as _error:
                current_stage, _found = tolerated(src_dict, "current_stage", _error, _found, "str")

            _field = "stages"
            try:
                stages: Any = src_dict["stages"]
                if type(stages) is not list:
                    stages = checked(stages, (list,))
                stages = [AgentAutoFetchProgressResponseStagesItem.from_dict(element) for element in stages]

            except FIELD_ERRORS as _error:
                stages, _found = tolerated(
                    src_dict,
                    "stages",
                    _error,
                    _found,
                    "list[AgentAutoFetchProgressResponseStagesItem]",
                    lambda element: AgentAutoFetchProgressResponseStagesItem.from_dict(element),
                )

            _field = "error"
            try:
                error: Any = src_dict["error"]
                if error is not None:
                    if type(error) is not str:
                        error = checked(error, (str, type(None)))
            except FIELD_ERRORS as _error:
                error, _found = tolerated(src_dict, "error", _error, _found, "None | str")

            _instance = cls(
                agent_id=agent_id,
                status=status,
                current_stage=current_stage,
                stages=stages,
                error=error,
            )
            if _found is not None:
                _instance._mismatched = tuple(_found)
            if len(src_dict) != 5 or _found is not None:
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
    global _imports_pending, AgentAutoFetchProgressResponseStagesItem  # noqa: PLW0603
    from ..models.agent_auto_fetch_progress_response_stages_item import AgentAutoFetchProgressResponseStagesItem  # noqa: PLC0415

    _imports_pending = False
