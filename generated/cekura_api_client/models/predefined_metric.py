from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.predefined_metric_category_type_1 import PredefinedMetricCategoryType1
from ..models.predefined_metric_category_type_2_type_1 import PredefinedMetricCategoryType2Type1
from ..models.predefined_metric_category_type_3_type_1 import PredefinedMetricCategoryType3Type1
from ..models.predefined_metric_eval_type import PredefinedMetricEvalType
from ..models.predefined_metric_evaluation_trigger import PredefinedMetricEvaluationTrigger
from ..models.predefined_metric_type import PredefinedMetricType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure
from ..runtime.values import enum_value, form_text
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "id",
        "code",
        "slug",
        "type",
        "eval_type",
        "audio_enabled",
        "prompt",
        "function_name",
        "enum_values",
        "custom_code",
        "simulation_enabled",
        "observability_enabled",
        "configuration",
        "cost",
        "evaluation_trigger",
        "evaluation_trigger_prompt",
        "category",
        "sub_category",
        "organization",
    }
)

T = TypeVar("T", bound="PredefinedMetric")


@_attrs_define
class PredefinedMetric:
    name: str
    """ Name of the metric.
    Example:
    - `"Customer Satisfaction"`
    - `"Response Time"` """
    description: str
    """ Description of what the metric measures.
    Example: `"Measures how satisfied customers are with the service provided"` """
    id: int | Unset = UNSET
    code: str | Unset = UNSET
    """ Unique code identifier for the metric """
    slug: None | str | Unset = UNSET
    """ URL-friendly unique identifier in snake_case format """
    type_: PredefinedMetricType | Unset = UNSET
    """ * `basic` - Basic (Deprecated in favor of LLM Judge)
    * `custom_prompt` - Custom Prompt ( Deprecated in favor of LLM Judge)
    * `custom_code` - Custom Code
    * `llm_judge` - LLM Judge """
    eval_type: PredefinedMetricEvalType | Unset = UNSET
    """ * `binary` - Binary
    * `continuous_qualitative` - Continuous Qualitative
    * `numeric` - Numeric
    * `enum` - Enum """
    audio_enabled: bool | Unset = UNSET
    """ Whether this metric requires audio analysis """
    prompt: str | Unset = UNSET
    """ Evaluation prompt for the metric """
    function_name: None | str | Unset = UNSET
    """ Python function name for custom metric evaluation """
    enum_values: Any | Unset = UNSET
    """ List of possible enum values for enum type metrics """
    custom_code: str | Unset = UNSET
    """ Custom evaluation code for the metric """
    simulation_enabled: bool | Unset = UNSET
    """ Enable this metric for simulations.
    Example: `true` or `false` """
    observability_enabled: bool | Unset = UNSET
    """ Enable this metric for observability.
    Example: `true` or `false` """
    configuration: Any | Unset = UNSET
    """ Custom configuration parameters for metric.
    Example: ```json
    {

    }
    ```
    ``` """
    cost: str | Unset = UNSET
    """ Cost in credits for evaluating this metric.
    Example: `0.005000` """
    evaluation_trigger: PredefinedMetricEvaluationTrigger | Unset = UNSET
    """ When to trigger this metric evaluation

    * `always` - Always
    * `automatic` - Automatic
    * `custom` - Custom """
    evaluation_trigger_prompt: str | Unset = UNSET
    """ Prompt to determine when to trigger metric evaluation """
    category: (
        None
        | PredefinedMetricCategoryType1
        | PredefinedMetricCategoryType2Type1
        | PredefinedMetricCategoryType3Type1
        | Unset
    ) = UNSET
    """ Category of the metric

    * `Speech Quality` - Speech Quality
    * `Conversation Quality` - Conversation Quality
    * `Accuracy` - Accuracy
    * `Customer Experience` - Customer Experience """
    sub_category: None | str | Unset = UNSET
    """ Sub category of the metric """
    organization: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """
    _json_names = {"type_": "type"}
    """ The JSON names of the attributes named otherwise, for the paths `mismatches()` lists. """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, PredefinedMetricCategoryType1):
            category = enum_value(PredefinedMetricCategoryType1, self.category, "category")
        elif isinstance(self.category, PredefinedMetricCategoryType2Type1):
            category = enum_value(PredefinedMetricCategoryType2Type1, self.category, "category")
        elif isinstance(self.category, PredefinedMetricCategoryType3Type1):
            category = enum_value(PredefinedMetricCategoryType3Type1, self.category, "category")
        else:
            category = self.category

        field_dict: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
        }
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.code, Unset) and _response:
            field_dict["code"] = self.code
        if not isinstance(self.slug, Unset):
            field_dict["slug"] = self.slug
        if not isinstance(self.type_, Unset):
            field_dict["type"] = (
                self.type_._value_
                if type(self.type_) is PredefinedMetricType
                else enum_value(PredefinedMetricType, self.type_, "type", self)
            )
        if not isinstance(self.eval_type, Unset):
            field_dict["eval_type"] = (
                self.eval_type._value_
                if type(self.eval_type) is PredefinedMetricEvalType
                else enum_value(PredefinedMetricEvalType, self.eval_type, "eval_type", self)
            )
        if not isinstance(self.audio_enabled, Unset) and _response:
            field_dict["audio_enabled"] = self.audio_enabled
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.function_name, Unset) and _response:
            field_dict["function_name"] = self.function_name
        if not isinstance(self.enum_values, Unset):
            field_dict["enum_values"] = self.enum_values
        if not isinstance(self.custom_code, Unset):
            field_dict["custom_code"] = self.custom_code
        if not isinstance(self.simulation_enabled, Unset):
            field_dict["simulation_enabled"] = self.simulation_enabled
        if not isinstance(self.observability_enabled, Unset):
            field_dict["observability_enabled"] = self.observability_enabled
        if not isinstance(self.configuration, Unset):
            field_dict["configuration"] = self.configuration
        if not isinstance(self.cost, Unset) and _response:
            field_dict["cost"] = self.cost
        if not isinstance(self.evaluation_trigger, Unset):
            field_dict["evaluation_trigger"] = (
                self.evaluation_trigger._value_
                if type(self.evaluation_trigger) is PredefinedMetricEvaluationTrigger
                else enum_value(PredefinedMetricEvaluationTrigger, self.evaluation_trigger, "evaluation_trigger", self)
            )
        if not isinstance(self.evaluation_trigger_prompt, Unset):
            field_dict["evaluation_trigger_prompt"] = self.evaluation_trigger_prompt
        if category is not UNSET and _response:
            field_dict["category"] = category
        if not isinstance(self.sub_category, Unset) and _response:
            field_dict["sub_category"] = self.sub_category
        if not isinstance(self.organization, Unset) and _response:
            field_dict["organization"] = self.organization
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            if isinstance(self.slug, str):
                files.append(("slug", (None, str(self.slug).encode(), "text/plain")))
            else:
                files.append(("slug", (None, b"", "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(
                ("type", (None, str(enum_value(PredefinedMetricType, self.type_, "type")).encode(), "text/plain"))
            )

        if not isinstance(self.eval_type, Unset):
            files.append(
                (
                    "eval_type",
                    (
                        None,
                        str(enum_value(PredefinedMetricEvalType, self.eval_type, "eval_type")).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.enum_values, Unset):
            files.append(("enum_values", (None, form_text(self.enum_values, "enum_values"), "text/plain")))

        if not isinstance(self.custom_code, Unset):
            files.append(("custom_code", (None, str(self.custom_code).encode(), "text/plain")))

        if not isinstance(self.simulation_enabled, Unset):
            files.append(("simulation_enabled", (None, str(self.simulation_enabled).encode(), "text/plain")))

        if not isinstance(self.observability_enabled, Unset):
            files.append(("observability_enabled", (None, str(self.observability_enabled).encode(), "text/plain")))

        if not isinstance(self.configuration, Unset):
            files.append(("configuration", (None, form_text(self.configuration, "configuration"), "text/plain")))

        if not isinstance(self.evaluation_trigger, Unset):
            files.append(
                (
                    "evaluation_trigger",
                    (
                        None,
                        str(
                            enum_value(PredefinedMetricEvaluationTrigger, self.evaluation_trigger, "evaluation_trigger")
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.evaluation_trigger_prompt, Unset):
            files.append(
                ("evaluation_trigger_prompt", (None, str(self.evaluation_trigger_prompt).encode(), "text/plain"))
            )

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
            _field = "name"
            try:
                name: Any = src_dict["name"]
                if type(name) is not str:
                    name = checked(name, (str,))
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "description"
            try:
                description: Any = src_dict["description"]
                if type(description) is not str:
                    description = checked(description, (str,))
            except FIELD_ERRORS as _error:
                description, _found = tolerated(src_dict, "description", _error, _found, "str")

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

            _field = "code"
            try:
                if "code" in src_dict:
                    code: Any = src_dict["code"]
                    _present += 1
                    if type(code) is not str:
                        code = checked(code, (str,))
                else:
                    code = UNSET
            except FIELD_ERRORS as _error:
                code, _found = tolerated(src_dict, "code", _error, _found, "str")

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

            _field = "type"
            try:
                if "type" in src_dict:
                    type_: Any = src_dict["type"]
                    _present += 1
                    type_ = (
                        PredefinedMetricType._value2member_map_.get(type_) or PredefinedMetricType(type_)
                        if type(type_) is str
                        else checked(type_, (PredefinedMetricType,))
                    )
                else:
                    type_ = UNSET
            except FIELD_ERRORS as _error:
                type_, _found = tolerated(src_dict, "type", _error, _found, "PredefinedMetricType")

            _field = "eval_type"
            try:
                if "eval_type" in src_dict:
                    eval_type: Any = src_dict["eval_type"]
                    _present += 1
                    eval_type = (
                        PredefinedMetricEvalType._value2member_map_.get(eval_type)
                        or PredefinedMetricEvalType(eval_type)
                        if type(eval_type) is str
                        else checked(eval_type, (PredefinedMetricEvalType,))
                    )
                else:
                    eval_type = UNSET
            except FIELD_ERRORS as _error:
                eval_type, _found = tolerated(src_dict, "eval_type", _error, _found, "PredefinedMetricEvalType")

            _field = "audio_enabled"
            try:
                if "audio_enabled" in src_dict:
                    audio_enabled: Any = src_dict["audio_enabled"]
                    _present += 1
                    if type(audio_enabled) is not bool:
                        audio_enabled = checked(audio_enabled, (bool,))
                else:
                    audio_enabled = UNSET
            except FIELD_ERRORS as _error:
                audio_enabled, _found = tolerated(src_dict, "audio_enabled", _error, _found, "bool")

            _field = "prompt"
            try:
                if "prompt" in src_dict:
                    prompt: Any = src_dict["prompt"]
                    _present += 1
                    if type(prompt) is not str:
                        prompt = checked(prompt, (str,))
                else:
                    prompt = UNSET
            except FIELD_ERRORS as _error:
                prompt, _found = tolerated(src_dict, "prompt", _error, _found, "str")

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

            _field = "enum_values"
            try:
                if "enum_values" in src_dict:
                    enum_values: Any = src_dict["enum_values"]
                    _present += 1

                else:
                    enum_values = UNSET
            except FIELD_ERRORS as _error:
                enum_values, _found = tolerated(src_dict, "enum_values", _error, _found, "Any")

            _field = "custom_code"
            try:
                if "custom_code" in src_dict:
                    custom_code: Any = src_dict["custom_code"]
                    _present += 1
                    if type(custom_code) is not str:
                        custom_code = checked(custom_code, (str,))
                else:
                    custom_code = UNSET
            except FIELD_ERRORS as _error:
                custom_code, _found = tolerated(src_dict, "custom_code", _error, _found, "str")

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

            _field = "configuration"
            try:
                if "configuration" in src_dict:
                    configuration: Any = src_dict["configuration"]
                    _present += 1

                else:
                    configuration = UNSET
            except FIELD_ERRORS as _error:
                configuration, _found = tolerated(src_dict, "configuration", _error, _found, "Any")

            _field = "cost"
            try:
                if "cost" in src_dict:
                    cost: Any = src_dict["cost"]
                    _present += 1
                    if type(cost) is not str:
                        cost = checked(cost, (str,))
                else:
                    cost = UNSET
            except FIELD_ERRORS as _error:
                cost, _found = tolerated(src_dict, "cost", _error, _found, "str")

            _field = "evaluation_trigger"
            try:
                if "evaluation_trigger" in src_dict:
                    evaluation_trigger: Any = src_dict["evaluation_trigger"]
                    _present += 1
                    evaluation_trigger = (
                        PredefinedMetricEvaluationTrigger._value2member_map_.get(evaluation_trigger)
                        or PredefinedMetricEvaluationTrigger(evaluation_trigger)
                        if type(evaluation_trigger) is str
                        else checked(evaluation_trigger, (PredefinedMetricEvaluationTrigger,))
                    )
                else:
                    evaluation_trigger = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger, _found = tolerated(
                    src_dict, "evaluation_trigger", _error, _found, "PredefinedMetricEvaluationTrigger"
                )

            _field = "evaluation_trigger_prompt"
            try:
                if "evaluation_trigger_prompt" in src_dict:
                    evaluation_trigger_prompt: Any = src_dict["evaluation_trigger_prompt"]
                    _present += 1
                    if type(evaluation_trigger_prompt) is not str:
                        evaluation_trigger_prompt = checked(evaluation_trigger_prompt, (str,))
                else:
                    evaluation_trigger_prompt = UNSET
            except FIELD_ERRORS as _error:
                evaluation_trigger_prompt, _found = tolerated(
                    src_dict, "evaluation_trigger_prompt", _error, _found, "str"
                )

            _field = "category"
            try:

                def _parse_category(
                    data: object,
                ) -> (
                    None
                    | PredefinedMetricCategoryType1
                    | PredefinedMetricCategoryType2Type1
                    | PredefinedMetricCategoryType3Type1
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        category_type_1 = PredefinedMetricCategoryType1(data)

                        return category_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        category_type_2_type_1 = PredefinedMetricCategoryType2Type1(data)

                        return category_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        category_type_3_type_1 = PredefinedMetricCategoryType3Type1(data)

                        return category_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        None
                        | PredefinedMetricCategoryType1
                        | PredefinedMetricCategoryType2Type1
                        | PredefinedMetricCategoryType3Type1
                        | Unset,
                        data,
                    )

                category = _parse_category(src_dict.get("category", UNSET))

                if not isinstance(
                    category,
                    (
                        type(None),
                        PredefinedMetricCategoryType1,
                        PredefinedMetricCategoryType2Type1,
                        PredefinedMetricCategoryType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        category,
                        (
                            type(None),
                            PredefinedMetricCategoryType1,
                            PredefinedMetricCategoryType2Type1,
                            PredefinedMetricCategoryType3Type1,
                            Unset,
                        ),
                    )
                if category is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                category, _found = tolerated(
                    src_dict,
                    "category",
                    _error,
                    _found,
                    "None | PredefinedMetricCategoryType1 | PredefinedMetricCategoryType2Type1 | PredefinedMetricCategoryType3Type1",
                )

            _field = "sub_category"
            try:
                if "sub_category" in src_dict:
                    sub_category: Any = src_dict["sub_category"]
                    _present += 1
                    if sub_category is not None:
                        if type(sub_category) is not str:
                            sub_category = checked(sub_category, (str, type(None)))
                else:
                    sub_category = UNSET
            except FIELD_ERRORS as _error:
                sub_category, _found = tolerated(src_dict, "sub_category", _error, _found, "None | str")

            _field = "organization"
            try:
                if "organization" in src_dict:
                    organization: Any = src_dict["organization"]
                    _present += 1
                    if organization is not None:
                        if type(organization) is not int:
                            organization = checked(organization, (int, type(None)))
                else:
                    organization = UNSET
            except FIELD_ERRORS as _error:
                organization, _found = tolerated(src_dict, "organization", _error, _found, "int | None")

            _instance = cls(
                name=name,
                description=description,
                id=id,
                code=code,
                slug=slug,
                type_=type_,
                eval_type=eval_type,
                audio_enabled=audio_enabled,
                prompt=prompt,
                function_name=function_name,
                enum_values=enum_values,
                custom_code=custom_code,
                simulation_enabled=simulation_enabled,
                observability_enabled=observability_enabled,
                configuration=configuration,
                cost=cost,
                evaluation_trigger=evaluation_trigger,
                evaluation_trigger_prompt=evaluation_trigger_prompt,
                category=category,
                sub_category=sub_category,
                organization=organization,
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
