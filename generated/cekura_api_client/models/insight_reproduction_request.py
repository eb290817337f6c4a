from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "failure_mode_index",
        "agent",
        "max_attempts",
        "redact_transcripts",
    }
)

T = TypeVar("T", bound="InsightReproductionRequest")


@_attrs_define
class InsightReproductionRequest:
    """Request body for
    ``POST /metric-failure-mode-insights/<id>/reproduce/``.

    Kicks off the full reproduction loop for one failure mode: draft a
    scenario, then run it against the agent — on the same channel the cited
    call logs used — until a run fails the insight's metric or the attempt
    budget is spent. Returns a ``reproduction_session_id`` to poll.

    """

    failure_mode_index: int
    """ Zero-based index of the failure mode within the insight's failure_modes list. """
    agent: int
    """ ID of the agent to reproduce the failure against (resolved from the failure mode's example calls on the
    frontend). """
    max_attempts: int | Unset = 10
    """ How many times to run the scenario before giving up. The loop stops early as soon as one run reproduces the
    failure. Defaults to 10. """
    redact_transcripts: bool | Unset = False
    """ If true, strip personal identifiers from the example call transcripts before they are used to draft the
    reproducing scenario. Semantic context is preserved. Defaults to false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {
            "failure_mode_index": self.failure_mode_index,
            "agent": self.agent,
        }
        if not isinstance(self.max_attempts, Unset):
            field_dict["max_attempts"] = self.max_attempts
        if not isinstance(self.redact_transcripts, Unset):
            field_dict["redact_transcripts"] = self.redact_transcripts
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("failure_mode_index", (None, str(self.failure_mode_index).encode(), "text/plain")))

        files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.max_attempts, Unset):
            files.append(("max_attempts", (None, str(self.max_attempts).encode(), "text/plain")))

        if not isinstance(self.redact_transcripts, Unset):
            files.append(("redact_transcripts", (None, str(self.redact_transcripts).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "failure_mode_index"
            try:
                failure_mode_index: Any = src_dict["failure_mode_index"]
                if type(failure_mode_index) is not int:
                    failure_mode_index = checked(failure_mode_index, (int,))
            except FIELD_ERRORS as _error:
                failure_mode_index, _found = tolerated(src_dict, "failure_mode_index", _error, _found, "int")

            _field = "agent"
            try:
                agent: Any = src_dict["agent"]
                if type(agent) is not int:
                    agent = checked(agent, (int,))
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

            _field = "max_attempts"
            try:
                if "max_attempts" in src_dict:
                    max_attempts: Any = src_dict["max_attempts"]
                    _present += 1
                    if type(max_attempts) is not int:
                        max_attempts = checked(max_attempts, (int,))
                else:
                    max_attempts = UNSET
            except FIELD_ERRORS as _error:
                max_attempts, _found = tolerated(src_dict, "max_attempts", _error, _found, "int")

            _field = "redact_transcripts"
            try:
                if "redact_transcripts" in src_dict:
                    redact_transcripts: Any = src_dict["redact_transcripts"]
                    _present += 1
                    if type(redact_transcripts) is not bool:
                        redact_transcripts = checked(redact_transcripts, (bool,))
                else:
                    redact_transcripts = UNSET
            except FIELD_ERRORS as _error:
                redact_transcripts, _found = tolerated(src_dict, "redact_transcripts", _error, _found, "bool")

            _instance = cls(
                failure_mode_index=failure_mode_index,
                agent=agent,
                max_attempts=max_attempts,
                redact_transcripts=redact_transcripts,
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
