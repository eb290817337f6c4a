from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_basic_list_alert_type import MetricBasicListAlertType
from ..models.metric_basic_list_eval_type import MetricBasicListEvalType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricBasicList")


@_attrs_define
class MetricBasicList:
    name: str
    """
    Name of the metric.
    Example: `"Customer Satisfaction"` or `"Appointment Booking"`
             """
    alert_type: MetricBasicListAlertType
    """
    Alert type: disabled, normal alerts, or significant change alerts.


    * `disabled` - Alerts Disabled
    * `normal` - Normal Alerts
    * `significant_change` - Significant Change Alerts """
    id: int | Unset = UNSET
    slug: None | str | Unset = UNSET
    """ URL-friendly unique identifier in snake_case format. Example: "customer_satisfaction_1562" """
    eval_type: MetricBasicListEvalType | Unset = UNSET
    """
    Type of evaluation


    * `binary` - Binary
    * `continuous_qualitative` - Continuous Qualitative
    * `numeric` - Numeric
    * `enum` - Enum """
    enum_values: Any | Unset = UNSET
    """
    List of possible enum values for enum type metrics.
    Example: `["satisfied", "unsatisfied"]`
     """
    observability_enabled: bool | Unset = UNSET
    """
    Enable this metric for observability.
    Example: `true` or `false`
             """
    simulation_enabled: bool | Unset = UNSET
    """
    Enable this metric for simulations.
    Example: `true` or `false`
             """
    sampling_enabled: bool | Unset = UNSET
    """ Enable sampling for this metric using project-level sample rate """
    function_name: None | str | Unset = UNSET
    """
    Predefined function name
    Example: `"get_latency"` or `"check_critical_deviations"`
     """
    vocera_defined_metric_code: str | Unset = UNSET
    """
    Vocera defined metric code for the metric.
    Example: `"7fd534f5"`
     """
    agents: list[int | None] | Unset = UNSET
    project: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        alert_type = self.alert_type.value

        id = self.id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        eval_type: str | Unset = UNSET
        if not isinstance(self.eval_type, Unset):
            eval_type = self.eval_type.value

        enum_values = self.enum_values

        observability_enabled = self.observability_enabled

        simulation_enabled = self.simulation_enabled

        sampling_enabled = self.sampling_enabled

        function_name: None | str | Unset
        if isinstance(self.function_name, Unset):
            function_name = UNSET
        else:
            function_name = self.function_name

        vocera_defined_metric_code = self.vocera_defined_metric_code

        agents: list[int | None] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item: int | None
                agents_item = agents_item_data
                agents.append(agents_item)

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "alert_type": alert_type,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if eval_type is not UNSET:
            field_dict["eval_type"] = eval_type
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values
        if observability_enabled is not UNSET:
            field_dict["observability_enabled"] = observability_enabled
        if simulation_enabled is not UNSET:
            field_dict["simulation_enabled"] = simulation_enabled
        if sampling_enabled is not UNSET:
            field_dict["sampling_enabled"] = sampling_enabled
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if vocera_defined_metric_code is not UNSET:
            field_dict["vocera_defined_metric_code"] = vocera_defined_metric_code
        if agents is not UNSET:
            field_dict["agents"] = agents
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "alert_type"
            alert_type = MetricBasicListAlertType(d.pop("alert_type"))

            if not isinstance(alert_type, (MetricBasicListAlertType,)):
                expect(alert_type, (MetricBasicListAlertType,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "slug"

            def _parse_slug(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            slug = _parse_slug(d.pop("slug", UNSET))

            if not isinstance(slug, (str, type(None), Unset)):
                expect(slug, (str, type(None), Unset))

            _field = "eval_type"
            _eval_type = d.pop("eval_type", UNSET)
            eval_type: MetricBasicListEvalType | Unset
            if isinstance(_eval_type, Unset):
                eval_type = UNSET
            else:
                eval_type = MetricBasicListEvalType(_eval_type)

            if not isinstance(eval_type, (MetricBasicListEvalType, Unset)):
                expect(eval_type, (MetricBasicListEvalType, Unset))

            _field = "enum_values"
            enum_values = d.pop("enum_values", UNSET)

            _field = "observability_enabled"
            observability_enabled = d.pop("observability_enabled", UNSET)
            if not isinstance(observability_enabled, (bool, Unset)):
                expect(observability_enabled, (bool, Unset))

            _field = "simulation_enabled"
            simulation_enabled = d.pop("simulation_enabled", UNSET)
            if not isinstance(simulation_enabled, (bool, Unset)):
                expect(simulation_enabled, (bool, Unset))

            _field = "sampling_enabled"
            sampling_enabled = d.pop("sampling_enabled", UNSET)
            if not isinstance(sampling_enabled, (bool, Unset)):
                expect(sampling_enabled, (bool, Unset))

            _field = "function_name"

            def _parse_function_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            function_name = _parse_function_name(d.pop("function_name", UNSET))

            if not isinstance(function_name, (str, type(None), Unset)):
                expect(function_name, (str, type(None), Unset))

            _field = "vocera_defined_metric_code"
            vocera_defined_metric_code = d.pop("vocera_defined_metric_code", UNSET)
            if not isinstance(vocera_defined_metric_code, (str, Unset)):
                expect(vocera_defined_metric_code, (str, Unset))

            _field = "agents"
            _agents = d.pop("agents", UNSET)
            agents: list[int | None] | Unset = UNSET
            if _agents is not UNSET:
                agents = []
                for agents_item_data in _agents:

                    def _parse_agents_item(data: object) -> int | None:
                        if data is None:
                            return data
                        return cast(int | None, data)

                    agents_item = _parse_agents_item(agents_item_data)

                    agents.append(agents_item)

            if not isinstance(agents, (list, Unset)):
                expect(agents, (list, Unset))

            _field = "project"

            def _parse_project(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            project = _parse_project(d.pop("project", UNSET))

            if not isinstance(project, (int, type(None), Unset)) or isinstance(project, bool):
                expect(project, (int, type(None), Unset))

            metric_basic_list = cls(
                name=name,
                alert_type=alert_type,
                id=id,
                slug=slug,
                eval_type=eval_type,
                enum_values=enum_values,
                observability_enabled=observability_enabled,
                simulation_enabled=simulation_enabled,
                sampling_enabled=sampling_enabled,
                function_name=function_name,
                vocera_defined_metric_code=vocera_defined_metric_code,
                agents=agents,
                project=project,
            )

            metric_basic_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return metric_basic_list

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
