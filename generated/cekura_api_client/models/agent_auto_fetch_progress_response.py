from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_auto_fetch_progress_response_status import AgentAutoFetchProgressResponseStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure

if TYPE_CHECKING:
    from ..models.agent_auto_fetch_progress_response_stages_item import AgentAutoFetchProgressResponseStagesItem


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
        agent_id = self.agent_id

        status = self.status.value

        current_stage = self.current_stage

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "status": status,
                "current_stage": current_stage,
                "stages": stages,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_auto_fetch_progress_response_stages_item import AgentAutoFetchProgressResponseStagesItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "agent_id"
            agent_id = d.pop("agent_id")
            if not isinstance(agent_id, (int,)) or isinstance(agent_id, bool):
                expect(agent_id, (int,))

            _field = "status"
            status = AgentAutoFetchProgressResponseStatus(d.pop("status"))

            if not isinstance(status, (AgentAutoFetchProgressResponseStatus,)):
                expect(status, (AgentAutoFetchProgressResponseStatus,))

            _field = "current_stage"
            current_stage = d.pop("current_stage")
            if not isinstance(current_stage, (str,)):
                expect(current_stage, (str,))

            _field = "stages"
            stages = []
            _stages = d.pop("stages")
            for stages_item_data in _stages:
                stages_item = AgentAutoFetchProgressResponseStagesItem.from_dict(stages_item_data)

                stages.append(stages_item)

            if not isinstance(stages, (list,)):
                expect(stages, (list,))

            _field = "error"

            def _parse_error(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            error = _parse_error(d.pop("error"))

            if not isinstance(error, (str, type(None))):
                expect(error, (str, type(None)))

            agent_auto_fetch_progress_response = cls(
                agent_id=agent_id,
                status=status,
                current_stage=current_stage,
                stages=stages,
                error=error,
            )

            agent_auto_fetch_progress_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return agent_auto_fetch_progress_response

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
