from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_agent_progress_result_type_0 import ScenarioAgentProgressResultType0


_PROPERTIES: frozenset[str] = frozenset(
    {
        "progress_id",
        "session_id",
        "mode",
        "status",
        "result",
        "error",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "progress_id": self.progress_id,
            "session_id": self.session_id,
            "mode": self.mode,
            "status": self.status,
        }
        if not isinstance(self.result, Unset):
            field_dict["result"] = (
                None
                if self.result is None
                else self.result.to_dict()
                if type(self.result) is ScenarioAgentProgressResultType0
                else written(self.result, "result", self)
            )
        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error
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
            _present = 4
            _field = "progress_id"
            try:
                progress_id: Any = src_dict["progress_id"]
                if type(progress_id) is not str:
                    progress_id = checked(progress_id, (str,))
            except FIELD_ERRORS as _error:
                progress_id, _found = tolerated(src_dict, "progress_id", _error, _found, "str")

            _field = "session_id"
            try:
                session_id: Any = src_dict["session_id"]
                if session_id is not None:
                    if type(session_id) is not int:
                        session_id = checked(session_id, (int, type(None)))
            except FIELD_ERRORS as _error:
                session_id, _found = tolerated(src_dict, "session_id", _error, _found, "int | None")

            _field = "mode"
            try:
                mode: Any = src_dict["mode"]
                if type(mode) is not str:
                    mode = checked(mode, (str,))
            except FIELD_ERRORS as _error:
                mode, _found = tolerated(src_dict, "mode", _error, _found, "str")

            _field = "status"
            try:
                status: Any = src_dict["status"]
                if type(status) is not str:
                    status = checked(status, (str,))
            except FIELD_ERRORS as _error:
                status, _found = tolerated(src_dict, "status", _error, _found, "str")

            _field = "result"
            try:
                if "result" in src_dict:
                    result: Any = src_dict["result"]
                    _present += 1
                    if result is not None:
                        result = ScenarioAgentProgressResultType0.from_dict(result)
                else:
                    result = UNSET
            except FIELD_ERRORS as _error:
                result, _found = tolerated(
                    src_dict, "result", _error, _found, "None | ScenarioAgentProgressResultType0"
                )

            _field = "error"
            try:
                if "error" in src_dict:
                    error: Any = src_dict["error"]
                    _present += 1
                    if error is not None:
                        if type(error) is not str:
                            error = checked(error, (str, type(None)))
                else:
                    error = UNSET
            except FIELD_ERRORS as _error:
                error, _found = tolerated(src_dict, "error", _error, _found, "None | str")

            _instance = cls(
                progress_id=progress_id,
                session_id=session_id,
                mode=mode,
                status=status,
                result=result,
                error=error,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, ScenarioAgentProgressResultType0  # noqa: PLW0603
    from ..models.scenario_agent_progress_result_type_0 import ScenarioAgentProgressResultType0  # noqa: PLC0415

    _imports_pending = False
