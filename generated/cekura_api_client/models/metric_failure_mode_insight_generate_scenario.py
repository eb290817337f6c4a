from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricFailureModeInsightGenerateScenario")


@_attrs_define
class MetricFailureModeInsightGenerateScenario:
    """Request body for
    ``POST /metric-failure-mode-insights/<id>/generate-scenario/``.

    Turns one failure mode of an insight into a test scenario for the
    given agent. The agent is resolved on the frontend from the failure
    mode's example calls (see the ``failure-mode-agents`` action), so when
    a failure mode spans several agents the UI posts once per agent.

    """

    failure_mode_index: int
    """ Zero-based index of the failure mode within the insight's failure_modes list. """
    agent: int
    """ ID of the agent the generated scenario should target. """
    redact_transcripts: bool | Unset = False
    """ If true, strip personal identifiers (names, contact details, financial, credentials, ID/health numbers) from
    the example call transcripts before they are used to draft the scenario. Semantic context (dates, locations,
    amounts, intent) is preserved. Defaults to false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_mode_index = self.failure_mode_index

        agent = self.agent

        redact_transcripts = self.redact_transcripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failure_mode_index": failure_mode_index,
                "agent": agent,
            }
        )
        if redact_transcripts is not UNSET:
            field_dict["redact_transcripts"] = redact_transcripts

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("failure_mode_index", (None, str(self.failure_mode_index).encode(), "text/plain")))

        files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

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

            _field = "redact_transcripts"
            redact_transcripts = d.pop("redact_transcripts", UNSET)
            if not isinstance(redact_transcripts, (bool, Unset)):
                expect(redact_transcripts, (bool, Unset))

            metric_failure_mode_insight_generate_scenario = cls(
                failure_mode_index=failure_mode_index,
                agent=agent,
                redact_transcripts=redact_transcripts,
            )

            metric_failure_mode_insight_generate_scenario.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_failure_mode_insight_generate_scenario

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
