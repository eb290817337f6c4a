from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaPipecatScenario")


@_attrs_define
class SchemaPipecatScenario:
    """Schema for individual scenario configuration in Pipecat WebRTC runs."""

    scenario: int
    """ ID of the scenario to run """
    pipecat_room_url: str
    """ Pipecat WebRTC room URL to connect to """
    pipecat_token: str | Unset = UNSET
    """ Authentication token for the Pipecat room (optional) """
    publish_data_message: Any | Unset = UNSET
    """ Optional JSON data message to publish during the session """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario = self.scenario

        pipecat_room_url = self.pipecat_room_url

        pipecat_token = self.pipecat_token

        publish_data_message = self.publish_data_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenario": scenario,
                "pipecat_room_url": pipecat_room_url,
            }
        )
        if pipecat_token is not UNSET:
            field_dict["pipecat_token"] = pipecat_token
        if publish_data_message is not UNSET:
            field_dict["publish_data_message"] = publish_data_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "scenario"
            scenario = d.pop("scenario")
            if not isinstance(scenario, (int,)) or isinstance(scenario, bool):
                expect(scenario, (int,))

            _field = "pipecat_room_url"
            pipecat_room_url = d.pop("pipecat_room_url")
            if not isinstance(pipecat_room_url, (str,)):
                expect(pipecat_room_url, (str,))

            _field = "pipecat_token"
            pipecat_token = d.pop("pipecat_token", UNSET)
            if not isinstance(pipecat_token, (str, Unset)):
                expect(pipecat_token, (str, Unset))

            _field = "publish_data_message"
            publish_data_message = d.pop("publish_data_message", UNSET)

            schema_pipecat_scenario = cls(
                scenario=scenario,
                pipecat_room_url=pipecat_room_url,
                pipecat_token=pipecat_token,
                publish_data_message=publish_data_message,
            )

            schema_pipecat_scenario.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return schema_pipecat_scenario

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
