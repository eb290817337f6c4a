from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_list_evaluation_status import RunListEvaluationStatus
from ..models.run_list_status import RunListStatus
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_list_expected_outcome import RunListExpectedOutcome
    from ..models.run_list_metadata import RunListMetadata


T = TypeVar("T", bound="RunList")


@_attrs_define
class RunList:
    """Adds outbound dial-window fields read from cekura_metadata."""

    id: int | Unset = UNSET
    provider_call_id: str | Unset = UNSET
    """
    Call ID from the Assistant provider
    Example: `call_abc123`
     """
    trace_id: str | Unset = UNSET
    """ OpenTelemetry trace ID (32-char hex). Set when OTel tracing is enabled. """
    scenario: int | None | Unset = UNSET
    scenario_name: str | Unset = "Scenario Deleted"
    personality: int | None | Unset = UNSET
    personality_name: str | Unset = UNSET
    result_id: int | Unset = UNSET
    agent: int | Unset = UNSET
    agent_name: str | Unset = UNSET
    duration: str | Unset = UNSET
    status: RunListStatus | Unset = UNSET
    """ * `running` - Running
    * `completed` - Completed
    * `failed` - Failed
    * `pending` - Pending
    * `in_progress` - In Progress
    * `evaluating` - Evaluating
    * `in_queue` - In Queue
    * `timeout` - Timeout
    * `cancelled` - Cancelled
    * `scaling_up` - Scaling Up """
    evaluation_status: RunListEvaluationStatus | Unset = UNSET
    """ * `success` - Success
    * `failure` - Failure
    * `reviewed_success` - Reviewed Success
    * `reviewed_failure` - Reviewed Failure """
    expected_outcome: RunListExpectedOutcome | Unset = UNSET
    """ Expected-outcome evaluation. Supports key selection — `?ql={expected_outcome{score}}` omits the explanation
    and alignment arrays. """
    success: bool | Unset = UNSET
    """ Whether this run passed its quality evaluation. false means either the call failed to connect or an
    evaluation check did not pass. Check `error_message` for connection failures and `evaluation` for check results.
    """
    timestamp: datetime.datetime | Unset = UNSET
    executed_at: datetime.datetime | None | Unset = UNSET
    metadata: RunListMetadata | Unset = UNSET
    """ Provider call metadata. Supports key selection — `?ql={metadata{ended_reason,ringing_duration}}` returns
    only those keys instead of the full provider payload. """
    outbound_number: str | Unset = UNSET
    inbound_number: str | Unset = UNSET
    critical_categories: str | Unset = UNSET
    metrics: str | Unset = UNSET
    error_message: str | Unset = UNSET
    run_as_text: bool | Unset = UNSET
    test_profile_name: str | Unset = UNSET
    agent_number: None | str | Unset = UNSET
    """
    Override the phone number from which the agent under test receives the call during outbound runs.
    This allows overriding the default agent contact number for testing purposes.
    Example: `+1234567890`
     """
    run_type: None | str | Unset = UNSET
    """ Run Execution Type """
    agent_version: str | Unset = UNSET
    """ The agent version (history record) this run's result ran against, or null. """
    outbound_dial_window_opens_at: str | Unset = UNSET
    """ ISO timestamp when the outbound dial window opened. Null until the run reaches pending/waiting-for-call. """
    outbound_dial_window_seconds: str | Unset = UNSET
    """ Duration of the outbound dial window in seconds. """
    outbound_dial_window_closes_at: str | Unset = UNSET
    """ ISO timestamp when the outbound dial window closes. Null until the window opens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        provider_call_id = self.provider_call_id

        trace_id = self.trace_id

        scenario: int | None | Unset
        if isinstance(self.scenario, Unset):
            scenario = UNSET
        else:
            scenario = self.scenario

        scenario_name = self.scenario_name

        personality: int | None | Unset
        if isinstance(self.personality, Unset):
            personality = UNSET
        else:
            personality = self.personality

        personality_name = self.personality_name

        result_id = self.result_id

        agent = self.agent

        agent_name = self.agent_name

        duration = self.duration

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        evaluation_status: str | Unset = UNSET
        if not isinstance(self.evaluation_status, Unset):
            evaluation_status = self.evaluation_status.value

        expected_outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expected_outcome, Unset):
            expected_outcome = self.expected_outcome.to_dict()

        success = self.success

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        executed_at: None | str | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        elif isinstance(self.executed_at, datetime.datetime):
            executed_at = self.executed_at.isoformat().replace("+00:00", "Z")
        else:
            executed_at = self.executed_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        outbound_number = self.outbound_number

        inbound_number = self.inbound_number

        critical_categories = self.critical_categories

        metrics = self.metrics

        error_message = self.error_message

        run_as_text = self.run_as_text

        test_profile_name = self.test_profile_name

        agent_number: None | str | Unset
        if isinstance(self.agent_number, Unset):
            agent_number = UNSET
        else:
            agent_number = self.agent_number

        run_type: None | str | Unset
        if isinstance(self.run_type, Unset):
            run_type = UNSET
        else:
            run_type = self.run_type

        agent_version = self.agent_version

        outbound_dial_window_opens_at = self.outbound_dial_window_opens_at

        outbound_dial_window_seconds = self.outbound_dial_window_seconds

        outbound_dial_window_closes_at = self.outbound_dial_window_closes_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if provider_call_id is not UNSET:
            field_dict["provider_call_id"] = provider_call_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if scenario is not UNSET:
            field_dict["scenario"] = scenario
        if scenario_name is not UNSET and _response:
            field_dict["scenario_name"] = scenario_name
        if personality is not UNSET and _response:
            field_dict["personality"] = personality
        if personality_name is not UNSET and _response:
            field_dict["personality_name"] = personality_name
        if result_id is not UNSET and _response:
            field_dict["result_id"] = result_id
        if agent is not UNSET and _response:
            field_dict["agent"] = agent
        if agent_name is not UNSET and _response:
            field_dict["agent_name"] = agent_name
        if duration is not UNSET and _response:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if evaluation_status is not UNSET and _response:
            field_dict["evaluation_status"] = evaluation_status
        if expected_outcome is not UNSET and _response:
            field_dict["expected_outcome"] = expected_outcome
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET and _response:
            field_dict["timestamp"] = timestamp
        if executed_at is not UNSET:
            field_dict["executed_at"] = executed_at
        if metadata is not UNSET and _response:
            field_dict["metadata"] = metadata
        if outbound_number is not UNSET and _response:
            field_dict["outbound_number"] = outbound_number
        if inbound_number is not UNSET and _response:
            field_dict["inbound_number"] = inbound_number
        if critical_categories is not UNSET and _response:
            field_dict["critical_categories"] = critical_categories
        if metrics is not UNSET and _response:
            field_dict["metrics"] = metrics
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if run_as_text is not UNSET and _response:
            field_dict["run_as_text"] = run_as_text
        if test_profile_name is not UNSET and _response:
            field_dict["test_profile_name"] = test_profile_name
        if agent_number is not UNSET and _response:
            field_dict["agent_number"] = agent_number
        if run_type is not UNSET and _response:
            field_dict["run_type"] = run_type
        if agent_version is not UNSET and _response:
            field_dict["agent_version"] = agent_version
        if outbound_dial_window_opens_at is not UNSET and _response:
            field_dict["outbound_dial_window_opens_at"] = outbound_dial_window_opens_at
        if outbound_dial_window_seconds is not UNSET and _response:
            field_dict["outbound_dial_window_seconds"] = outbound_dial_window_seconds
        if outbound_dial_window_closes_at is not UNSET and _response:
            field_dict["outbound_dial_window_closes_at"] = outbound_dial_window_closes_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_list_expected_outcome import RunListExpectedOutcome  # noqa: PLC0415
        from ..models.run_list_metadata import RunListMetadata  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "provider_call_id"
            provider_call_id = d.pop("provider_call_id", UNSET)
            if not isinstance(provider_call_id, (str, Unset)):
                expect(provider_call_id, (str, Unset))

            _field = "trace_id"
            trace_id = d.pop("trace_id", UNSET)
            if not isinstance(trace_id, (str, Unset)):
                expect(trace_id, (str, Unset))

            _field = "scenario"

            def _parse_scenario(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            scenario = _parse_scenario(d.pop("scenario", UNSET))

            if not isinstance(scenario, (int, type(None), Unset)) or isinstance(scenario, bool):
                expect(scenario, (int, type(None), Unset))

            _field = "scenario_name"
            scenario_name = d.pop("scenario_name", UNSET)
            if not isinstance(scenario_name, (str, Unset)):
                expect(scenario_name, (str, Unset))

            _field = "personality"

            def _parse_personality(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            personality = _parse_personality(d.pop("personality", UNSET))

            if not isinstance(personality, (int, type(None), Unset)) or isinstance(personality, bool):
                expect(personality, (int, type(None), Unset))

            _field = "personality_name"
            personality_name = d.pop("personality_name", UNSET)
            if not isinstance(personality_name, (str, Unset)):
                expect(personality_name, (str, Unset))

            _field = "result_id"
            result_id = d.pop("result_id", UNSET)
            if not isinstance(result_id, (int, Unset)) or isinstance(result_id, bool):
                expect(result_id, (int, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "agent_name"
            agent_name = d.pop("agent_name", UNSET)
            if not isinstance(agent_name, (str, Unset)):
                expect(agent_name, (str, Unset))

            _field = "duration"
            duration = d.pop("duration", UNSET)
            if not isinstance(duration, (str, Unset)):
                expect(duration, (str, Unset))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: RunListStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = RunListStatus(_status)

            if not isinstance(status, (RunListStatus, Unset)):
                expect(status, (RunListStatus, Unset))

            _field = "evaluation_status"
            _evaluation_status = d.pop("evaluation_status", UNSET)
            evaluation_status: RunListEvaluationStatus | Unset
            if isinstance(_evaluation_status, Unset):
                evaluation_status = UNSET
            else:
                evaluation_status = RunListEvaluationStatus(_evaluation_status)

            if not isinstance(evaluation_status, (RunListEvaluationStatus, Unset)):
                expect(evaluation_status, (RunListEvaluationStatus, Unset))

            _field = "expected_outcome"
            _expected_outcome = d.pop("expected_outcome", UNSET)
            expected_outcome: RunListExpectedOutcome | Unset
            if isinstance(_expected_outcome, Unset):
                expected_outcome = UNSET
            else:
                expected_outcome = RunListExpectedOutcome.from_dict(_expected_outcome)

            if not isinstance(expected_outcome, (RunListExpectedOutcome, Unset)):
                expect(expected_outcome, (RunListExpectedOutcome, Unset))

            _field = "success"
            success = d.pop("success", UNSET)
            if not isinstance(success, (bool, Unset)):
                expect(success, (bool, Unset))

            _field = "timestamp"
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

            if not isinstance(timestamp, (datetime.datetime, Unset)):
                expect(timestamp, (datetime.datetime, Unset))

            _field = "executed_at"

            def _parse_executed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    executed_at_type_0 = parse_datetime(data)

                    return executed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            executed_at = _parse_executed_at(d.pop("executed_at", UNSET))

            if not isinstance(executed_at, (datetime.datetime, type(None), Unset)):
                expect(executed_at, (datetime.datetime, type(None), Unset))

            _field = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: RunListMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = RunListMetadata.from_dict(_metadata)

            if not isinstance(metadata, (RunListMetadata, Unset)):
                expect(metadata, (RunListMetadata, Unset))

            _field = "outbound_number"
            outbound_number = d.pop("outbound_number", UNSET)
            if not isinstance(outbound_number, (str, Unset)):
                expect(outbound_number, (str, Unset))

            _field = "inbound_number"
            inbound_number = d.pop("inbound_number", UNSET)
            if not isinstance(inbound_number, (str, Unset)):
                expect(inbound_number, (str, Unset))

            _field = "critical_categories"
            critical_categories = d.pop("critical_categories", UNSET)
            if not isinstance(critical_categories, (str, Unset)):
                expect(critical_categories, (str, Unset))

            _field = "metrics"
            metrics = d.pop("metrics", UNSET)
            if not isinstance(metrics, (str, Unset)):
                expect(metrics, (str, Unset))

            _field = "error_message"
            error_message = d.pop("error_message", UNSET)
            if not isinstance(error_message, (str, Unset)):
                expect(error_message, (str, Unset))

            _field = "run_as_text"
            run_as_text = d.pop("run_as_text", UNSET)
            if not isinstance(run_as_text, (bool, Unset)):
                expect(run_as_text, (bool, Unset))

            _field = "test_profile_name"
            test_profile_name = d.pop("test_profile_name", UNSET)
            if not isinstance(test_profile_name, (str, Unset)):
                expect(test_profile_name, (str, Unset))

            _field = "agent_number"

            def _parse_agent_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            agent_number = _parse_agent_number(d.pop("agent_number", UNSET))

            if not isinstance(agent_number, (str, type(None), Unset)):
                expect(agent_number, (str, type(None), Unset))

            _field = "run_type"

            def _parse_run_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            run_type = _parse_run_type(d.pop("run_type", UNSET))

            if not isinstance(run_type, (str, type(None), Unset)):
                expect(run_type, (str, type(None), Unset))

            _field = "agent_version"
            agent_version = d.pop("agent_version", UNSET)
            if not isinstance(agent_version, (str, Unset)):
                expect(agent_version, (str, Unset))

            _field = "outbound_dial_window_opens_at"
            outbound_dial_window_opens_at = d.pop("outbound_dial_window_opens_at", UNSET)
            if not isinstance(outbound_dial_window_opens_at, (str, Unset)):
                expect(outbound_dial_window_opens_at, (str, Unset))

            _field = "outbound_dial_window_seconds"
            outbound_dial_window_seconds = d.pop("outbound_dial_window_seconds", UNSET)
            if not isinstance(outbound_dial_window_seconds, (str, Unset)):
                expect(outbound_dial_window_seconds, (str, Unset))

            _field = "outbound_dial_window_closes_at"
            outbound_dial_window_closes_at = d.pop("outbound_dial_window_closes_at", UNSET)
            if not isinstance(outbound_dial_window_closes_at, (str, Unset)):
                expect(outbound_dial_window_closes_at, (str, Unset))

            run_list = cls(
                id=id,
                provider_call_id=provider_call_id,
                trace_id=trace_id,
                scenario=scenario,
                scenario_name=scenario_name,
                personality=personality,
                personality_name=personality_name,
                result_id=result_id,
                agent=agent,
                agent_name=agent_name,
                duration=duration,
                status=status,
                evaluation_status=evaluation_status,
                expected_outcome=expected_outcome,
                success=success,
                timestamp=timestamp,
                executed_at=executed_at,
                metadata=metadata,
                outbound_number=outbound_number,
                inbound_number=inbound_number,
                critical_categories=critical_categories,
                metrics=metrics,
                error_message=error_message,
                run_as_text=run_as_text,
                test_profile_name=test_profile_name,
                agent_number=agent_number,
                run_type=run_type,
                agent_version=agent_version,
                outbound_dial_window_opens_at=outbound_dial_window_opens_at,
                outbound_dial_window_seconds=outbound_dial_window_seconds,
                outbound_dial_window_closes_at=outbound_dial_window_closes_at,
            )

            run_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return run_list

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
