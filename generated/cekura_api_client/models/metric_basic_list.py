from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_basic_list_alert_type import MetricBasicListAlertType
from ..models.metric_basic_list_eval_type import MetricBasicListEvalType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "alert_type",
        "id",
        "slug",
        "eval_type",
        "enum_values",
        "observability_enabled",
        "simulation_enabled",
        "sampling_enabled",
        "function_name",
        "vocera_defined_metric_code",
        "agents",
        "project",
    }
)

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
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        agents: list[int | None] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item: int | None
                agents_item = agents_item_data
                agents.append(agents_item)

        field_dict: dict[str, Any] = {
            "name": self.name,
            "alert_type": self.alert_type._value_
            if type(self.alert_type) is MetricBasicListAlertType
            else enum_value(MetricBasicListAlertType, self.alert_type, "alert_type", self),
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.slug, Unset):
            field_dict["slug"] = self.slug
        if not isinstance(self.eval_type, Unset):
            field_dict["eval_type"] = (
                self.eval_type._value_
                if type(self.eval_type) is MetricBasicListEvalType
                else enum_value(MetricBasicListEvalType, self.eval_type, "eval_type", self)
            )
        if not isinstance(self.enum_values, Unset):
            field_dict["enum_values"] = self.enum_values
        if not isinstance(self.observability_enabled, Unset):
            field_dict["observability_enabled"] = self.observability_enabled
        if not isinstance(self.simulation_enabled, Unset):
            field_dict["simulation_enabled"] = self.simulation_enabled
        if not isinstance(self.sampling_enabled, Unset):
            field_dict["sampling_enabled"] = self.sampling_enabled
        if not isinstance(self.function_name, Unset):
            field_dict["function_name"] = self.function_name
        if not isinstance(self.vocera_defined_metric_code, Unset):
            field_dict["vocera_defined_metric_code"] = self.vocera_defined_metric_code
        if agents is not UNSET:
            field_dict["agents"] = agents
        if not isinstance(self.project, Unset):
            field_dict["project"] = self.project
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 2
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "alert_type"
            try:
                alert_type: Any = src_dict["alert_type"]
                alert_type = (
                    MetricBasicListAlertType._value2member_map_.get(alert_type) or MetricBasicListAlertType(alert_type)
                    if type(alert_type) is str
                    else checked(alert_type, (MetricBasicListAlertType,))
                )
            except FIELD_ERRORS as _error:
                alert_type, _found = tolerated(src_dict, "alert_type", _error, _found, "MetricBasicListAlertType")

            _field = "id"
            try:
                if "id" in src_dict:
                    id: Any = src_dict["id"]
                    _present += 1
                    if type(id) is not int:
                        id = checked(id, (int,))
                else:
                    id = UNSET
            except FIELD_ERRORS as _error:
                id, _found = tolerated(src_dict, "id", _error, _found, "int")

            _field = "slug"
            try:
                if "slug" in src_dict:
                    slug: Any = src_dict["slug"]
                    _present += 1
                    if slug is not None:
                        if type(slug) is not str:
                            slug = checked(slug, (str, type(None)))
                else:
                    slug = UNSET
            except FIELD_ERRORS as _error:
                slug, _found = tolerated(src_dict, "slug", _error, _found, "None | str")

            _field = "eval_type"
            try:
                if "eval_type" in src_dict:
                    eval_type: Any = src_dict["eval_type"]
                    _present += 1
                    eval_type = (
                        MetricBasicListEvalType._value2member_map_.get(eval_type) or MetricBasicListEvalType(eval_type)
                        if type(eval_type) is str
                        else checked(eval_type, (MetricBasicListEvalType,))
                    )
                else:
                    eval_type = UNSET
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(src_dict, "eval_type", _error, _found, "MetricBasicListEvalType")

            _field = "enum_values"
            try:
                if "enum_values" in src_dict:
                    enum_values: Any = src_dict["enum_values"]
                    _present += 1

                else:
                    enum_values = UNSET
            except FIELD_ERRORS as _error:
                enum_values, _found = tolerated(src_dict, "enum_values", _error, _found, "Any")

            _field = "observability_enabled"
            try:
                if "observability_enabled" in src_dict:
                    observability_enabled: Any = src_dict["observability_enabled"]
                    _present += 1
                    if type(observability_enabled) is not bool:
                        observability_enabled = checked(observability_enabled, (bool,))
                else:
                    observability_enabled = UNSET
            except FIELD_ERRORS as _error:
                observability_enabled, _found = tolerated(src_dict, "observability_enabled", _error, _found, "bool")

            _field = "simulation_enabled"
            try:
                if "simulation_enabled" in src_dict:
                    simulation_enabled: Any = src_dict["simulation_enabled"]
                    _present += 1
                    if type(simulation_enabled) is not bool:
                        simulation_enabled = checked(simulation_enabled, (bool,))
                else:
                    simulation_enabled = UNSET
            except FIELD_ERRORS as _error:
                simulation_enabled, _found = tolerated(src_dict, "simulation_enabled", _error, _found, "bool")

            _field = "sampling_enabled"
            try:
                if "sampling_enabled" in src_dict:
                    sampling_enabled: Any = src_dict["sampling_enabled"]
                    _present += 1
                    if type(sampling_enabled) is not bool:
                        sampling_enabled = checked(sampling_enabled, (bool,))
                else:
                    sampling_enabled = UNSET
            except FIELD_ERRORS as _error:
                sampling_enabled, _found = tolerated(src_dict, "sampling_enabled", _error, _found, "bool")

            _field = "function_name"
            try:
                if "function_name" in src_dict:
                    function_name: Any = src_dict["function_name"]
                    _present += 1
                    if function_name is not None:
                        if type(function_name) is not str:
                            function_name = checked(function_name, (str, type(None)))
                else:
                    function_name = UNSET
            except FIELD_ERRORS as _error:
                function_name, _found = tolerated(src_dict, "function_name", _error, _found, "None | str")

            _field = "vocera_defined_metric_code"
            try:
                if "vocera_defined_metric_code" in src_dict:
                    vocera_defined_metric_code: Any = src_dict["vocera_defined_metric_code"]
                    _present += 1
                    if type(vocera_defined_metric_code) is not str:
                        vocera_defined_metric_code = checked(vocera_defined_metric_code, (str,))
                else:
                    vocera_defined_metric_code = UNSET
            except FIELD_ERRORS as _error:
                vocera_defined_metric_code, _found = tolerated(
                    src_dict, "vocera_defined_metric_code", _error, _found, "str"
                )

            _field = "agents"
            try:
                _agents = src_dict.get("agents", UNSET)
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
                if agents is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                agents, _found = tolerated(src_dict, "agents", _error, _found, "list[int | None]")

            _field = "project"
            try:
                if "project" in src_dict:
                    project: Any = src_dict["project"]
                    _present += 1
                    if project is not None:
                        if type(project) is not int:
                            project = checked(project, (int, type(None)))
                else:
                    project = UNSET
            except FIELD_ERRORS as _error:
                project, _found = tolerated(src_dict, "project", _error, _found, "int | None")

            _instance = cls(
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
