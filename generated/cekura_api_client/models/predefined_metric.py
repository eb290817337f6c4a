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
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        name = self.name

        description = self.description

        id = self.id

        code = self.code

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        eval_type: str | Unset = UNSET
        if not isinstance(self.eval_type, Unset):
            eval_type = self.eval_type.value

        audio_enabled = self.audio_enabled

        prompt = self.prompt

        function_name: None | str | Unset
        if isinstance(self.function_name, Unset):
            function_name = UNSET
        else:
            function_name = self.function_name

        enum_values = self.enum_values

        custom_code = self.custom_code

        simulation_enabled = self.simulation_enabled

        observability_enabled = self.observability_enabled

        configuration = self.configuration

        cost = self.cost

        evaluation_trigger: str | Unset = UNSET
        if not isinstance(self.evaluation_trigger, Unset):
            evaluation_trigger = self.evaluation_trigger.value

        evaluation_trigger_prompt = self.evaluation_trigger_prompt

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, PredefinedMetricCategoryType1):
            category = self.category.value
        elif isinstance(self.category, PredefinedMetricCategoryType2Type1):
            category = self.category.value
        elif isinstance(self.category, PredefinedMetricCategoryType3Type1):
            category = self.category.value
        else:
            category = self.category

        sub_category: None | str | Unset
        if isinstance(self.sub_category, Unset):
            sub_category = UNSET
        else:
            sub_category = self.sub_category

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if id is not UNSET and _response:
            field_dict["id"] = id
        if code is not UNSET and _response:
            field_dict["code"] = code
        if slug is not UNSET:
            field_dict["slug"] = slug
        if type_ is not UNSET:
            field_dict["type"] = type_
        if eval_type is not UNSET:
            field_dict["eval_type"] = eval_type
        if audio_enabled is not UNSET and _response:
            field_dict["audio_enabled"] = audio_enabled
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if function_name is not UNSET and _response:
            field_dict["function_name"] = function_name
        if enum_values is not UNSET:
            field_dict["enum_values"] = enum_values
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code
        if simulation_enabled is not UNSET:
            field_dict["simulation_enabled"] = simulation_enabled
        if observability_enabled is not UNSET:
            field_dict["observability_enabled"] = observability_enabled
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if cost is not UNSET and _response:
            field_dict["cost"] = cost
        if evaluation_trigger is not UNSET:
            field_dict["evaluation_trigger"] = evaluation_trigger
        if evaluation_trigger_prompt is not UNSET:
            field_dict["evaluation_trigger_prompt"] = evaluation_trigger_prompt
        if category is not UNSET and _response:
            field_dict["category"] = category
        if sub_category is not UNSET and _response:
            field_dict["sub_category"] = sub_category
        if organization is not UNSET and _response:
            field_dict["organization"] = organization

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            if isinstance(self.slug, str):
                files.append(("slug", (None, str(self.slug).encode(), "text/plain")))
            else:
                files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(self.type_.value).encode(), "text/plain")))

        if not isinstance(self.eval_type, Unset):
            files.append(("eval_type", (None, str(self.eval_type.value).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.enum_values, Unset):
            files.append(("enum_values", (None, str(self.enum_values).encode(), "text/plain")))

        if not isinstance(self.custom_code, Unset):
            files.append(("custom_code", (None, str(self.custom_code).encode(), "text/plain")))

        if not isinstance(self.simulation_enabled, Unset):
            files.append(("simulation_enabled", (None, str(self.simulation_enabled).encode(), "text/plain")))

        if not isinstance(self.observability_enabled, Unset):
            files.append(("observability_enabled", (None, str(self.observability_enabled).encode(), "text/plain")))

        if not isinstance(self.configuration, Unset):
            files.append(("configuration", (None, str(self.configuration).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger, Unset):
            files.append(("evaluation_trigger", (None, str(self.evaluation_trigger.value).encode(), "text/plain")))

        if not isinstance(self.evaluation_trigger_prompt, Unset):
            files.append(
                ("evaluation_trigger_prompt", (None, str(self.evaluation_trigger_prompt).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "name"
            name = d.pop("name")
            if not isinstance(name, (str,)):
                expect(name, (str,))

            _field = "description"
            description = d.pop("description")
            if not isinstance(description, (str,)):
                expect(description, (str,))

            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "code"
            code = d.pop("code", UNSET)
            if not isinstance(code, (str, Unset)):
                expect(code, (str, Unset))

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

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: PredefinedMetricType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = PredefinedMetricType(_type_)

            if not isinstance(type_, (PredefinedMetricType, Unset)):
                expect(type_, (PredefinedMetricType, Unset))

            _field = "eval_type"
            _eval_type = d.pop("eval_type", UNSET)
            eval_type: PredefinedMetricEvalType | Unset
            if isinstance(_eval_type, Unset):
                eval_type = UNSET
            else:
                eval_type = PredefinedMetricEvalType(_eval_type)

            if not isinstance(eval_type, (PredefinedMetricEvalType, Unset)):
                expect(eval_type, (PredefinedMetricEvalType, Unset))

            _field = "audio_enabled"
            audio_enabled = d.pop("audio_enabled", UNSET)
            if not isinstance(audio_enabled, (bool, Unset)):
                expect(audio_enabled, (bool, Unset))

            _field = "prompt"
            prompt = d.pop("prompt", UNSET)
            if not isinstance(prompt, (str, Unset)):
                expect(prompt, (str, Unset))

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

            _field = "enum_values"
            enum_values = d.pop("enum_values", UNSET)

            _field = "custom_code"
            custom_code = d.pop("custom_code", UNSET)
            if not isinstance(custom_code, (str, Unset)):
                expect(custom_code, (str, Unset))

            _field = "simulation_enabled"
            simulation_enabled = d.pop("simulation_enabled", UNSET)
            if not isinstance(simulation_enabled, (bool, Unset)):
                expect(simulation_enabled, (bool, Unset))

            _field = "observability_enabled"
            observability_enabled = d.pop("observability_enabled", UNSET)
            if not isinstance(observability_enabled, (bool, Unset)):
                expect(observability_enabled, (bool, Unset))

            _field = "configuration"
            configuration = d.pop("configuration", UNSET)

            _field = "cost"
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (str, Unset)):
                expect(cost, (str, Unset))

            _field = "evaluation_trigger"
            _evaluation_trigger = d.pop("evaluation_trigger", UNSET)
            evaluation_trigger: PredefinedMetricEvaluationTrigger | Unset
            if isinstance(_evaluation_trigger, Unset):
                evaluation_trigger = UNSET
            else:
                evaluation_trigger = PredefinedMetricEvaluationTrigger(_evaluation_trigger)

            if not isinstance(evaluation_trigger, (PredefinedMetricEvaluationTrigger, Unset)):
                expect(evaluation_trigger, (PredefinedMetricEvaluationTrigger, Unset))

            _field = "evaluation_trigger_prompt"
            evaluation_trigger_prompt = d.pop("evaluation_trigger_prompt", UNSET)
            if not isinstance(evaluation_trigger_prompt, (str, Unset)):
                expect(evaluation_trigger_prompt, (str, Unset))

            _field = "category"

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

            category = _parse_category(d.pop("category", UNSET))

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

            _field = "sub_category"

            def _parse_sub_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sub_category = _parse_sub_category(d.pop("sub_category", UNSET))

            if not isinstance(sub_category, (str, type(None), Unset)):
                expect(sub_category, (str, type(None), Unset))

            _field = "organization"

            def _parse_organization(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            organization = _parse_organization(d.pop("organization", UNSET))

            if not isinstance(organization, (int, type(None), Unset)) or isinstance(organization, bool):
                expect(organization, (int, type(None), Unset))

            predefined_metric = cls(
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

            predefined_metric.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return predefined_metric

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
