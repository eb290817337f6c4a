from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        failure_mode_index = self.failure_mode_index

        agent = self.agent

        max_attempts = self.max_attempts

        redact_transcripts = self.redact_transcripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failure_mode_index": failure_mode_index,
                "agent": agent,
            }
        )
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if redact_transcripts is not UNSET:
            field_dict["redact_transcripts"] = redact_transcripts

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
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "failure_mode_index"
            failure_mode_index = d.pop("failure_mode_index")
            if not isinstance(failure_mode_index, (int,)) or isinstance(failure_mode_index, bool):
                expect(failure_mode_index, (int,))

            _field = "agent"
            agent = d.pop("agent")
            if not isinstance(agent, (int,)) or isinstance(agent, bool):
                expect(agent, (int,))

            _field = "max_attempts"
            max_attempts = d.pop("max_attempts", UNSET)
            if not isinstance(max_attempts, (int, Unset)) or isinstance(max_attempts, bool):
                expect(max_attempts, (int, Unset))

            _field = "redact_transcripts"
            redact_transcripts = d.pop("redact_transcripts", UNSET)
            if not isinstance(redact_transcripts, (bool, Unset)):
                expect(redact_transcripts, (bool, Unset))

            insight_reproduction_request = cls(
                failure_mode_index=failure_mode_index,
                agent=agent,
                max_attempts=max_attempts,
                redact_transcripts=redact_transcripts,
            )

            insight_reproduction_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return insight_reproduction_request

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
