from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_agent_progress_result_type_0 import ScenarioAgentProgressResultType0


T = TypeVar("T", bound="ScenarioAgentProgress")


@_attrs_define
class ScenarioAgentProgress:
    """Response serializer for GET /scenario-agent-progress/?progress_id=...

    `status` lifecycle:
      - in_progress            → LLM still running; poll again
      - completed              → LLM finished; `result` holds the full response
      - needs_clarification    → (clarify mode) LLM needs a follow-up answer from user
      - needs_agent_clarification → (improve mode) LLM needs user to select an agent
      - cancelled              → user called /cancel-agent/
      - failed                 → unrecoverable error; `error` is set

    """

    progress_id: str
    session_id: int | None
    mode: str
    """ clarify or improve """
    status: str
    """ in_progress | completed | needs_clarification | needs_agent_clarification | cancelled | failed """
    result: None | ScenarioAgentProgressResultType0 | Unset = UNSET
    """ ScenarioAgentResponseSerializer payload; null while status is in_progress """
    error: None | str | Unset = UNSET
    """ Error message when status is failed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_agent_progress_result_type_0 import ScenarioAgentProgressResultType0  # noqa: PLC0415

        progress_id = self.progress_id

        session_id: int | None
        session_id = self.session_id

        mode = self.mode

        status = self.status

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ScenarioAgentProgressResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "progress_id": progress_id,
                "session_id": session_id,
                "mode": mode,
                "status": status,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scenario_agent_progress_result_type_0 import ScenarioAgentProgressResultType0  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "progress_id"
            progress_id = d.pop("progress_id")
            if not isinstance(progress_id, (str,)):
                expect(progress_id, (str,))

            _field = "session_id"

            def _parse_session_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            session_id = _parse_session_id(d.pop("session_id"))

            if not isinstance(session_id, (int, type(None))) or isinstance(session_id, bool):
                expect(session_id, (int, type(None)))

            _field = "mode"
            mode = d.pop("mode")
            if not isinstance(mode, (str,)):
                expect(mode, (str,))

            _field = "status"
            status = d.pop("status")
            if not isinstance(status, (str,)):
                expect(status, (str,))

            _field = "result"

            def _parse_result(data: object) -> None | ScenarioAgentProgressResultType0 | Unset:
                mismatch: ResponseValidationError | None = None
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    result_type_0 = ScenarioAgentProgressResultType0.from_dict(data)

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                except ResponseValidationError as error:
                    mismatch = mismatch or error
                if mismatch is not None and isinstance(data, dict):
                    raise mismatch
                return cast(None | ScenarioAgentProgressResultType0 | Unset, data)

            result = _parse_result(d.pop("result", UNSET))

            if not isinstance(result, (ScenarioAgentProgressResultType0, type(None), Unset)):
                expect(result, (ScenarioAgentProgressResultType0, type(None), Unset))

            _field = "error"

            def _parse_error(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error = _parse_error(d.pop("error", UNSET))

            if not isinstance(error, (str, type(None), Unset)):
                expect(error, (str, type(None), Unset))

            scenario_agent_progress = cls(
                progress_id=progress_id,
                session_id=session_id,
                mode=mode,
                status=status,
                result=result,
                error=error,
            )

            scenario_agent_progress.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return scenario_agent_progress

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
