from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedOverallEvaluation")


@_attrs_define
class PatchedOverallEvaluation:
    id: int | Unset = UNSET
    evaluation: Any | None | Unset = UNSET
    """ Overall evaluation results across all calls.
    Example:
    ```json
    {
        "metrics": [
            {
                "id": 1,
                "name": "Average Response Time",
                "value": 2.8,
                "explanation": [
                    "Average response time improved by 15%",
                    "Peak performance during business hours"
                ]
            },
            {
                "id": 2,
                "name": "Success Rate",
                "value": 0.92,
                "explanation": [
                    "92% of calls completed successfully",
                    "Higher success rate in technical support"
                ]
            }
        ]
    }
    ``` """
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    agent: int | Unset = UNSET
    """ Agent ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        evaluation: Any | None | Unset
        if isinstance(self.evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = self.evaluation

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.evaluation, Unset):
            if isinstance(self.evaluation, Any):
                files.append(("evaluation", (None, str(self.evaluation).encode(), "text/plain")))
            else:
                files.append(("evaluation", (None, str(self.evaluation).encode(), "text/plain")))

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "evaluation"

            def _parse_evaluation(data: object) -> Any | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(Any | None | Unset, data)

            evaluation = _parse_evaluation(d.pop("evaluation", UNSET))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            patched_overall_evaluation = cls(
                id=id,
                evaluation=evaluation,
                created_at=created_at,
                agent=agent,
            )

            patched_overall_evaluation.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_overall_evaluation

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
