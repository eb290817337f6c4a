from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_suite_spec_upload_channel import TestSuiteSpecUploadChannel
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import enum_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_suite_spec_upload_livekit_data import TestSuiteSpecUploadLivekitData
    from ..models.test_suite_spec_upload_pipecat_data import TestSuiteSpecUploadPipecatData


_PROPERTIES: frozenset[str] = frozenset(
    {
        "spec",
        "agent_id",
        "name",
        "channel",
        "livekit_data",
        "pipecat_data",
    }
)

T = TypeVar("T", bound="TestSuiteSpecUpload")


@_attrs_define
class TestSuiteSpecUpload:
    """Accepts a spec as a JSON body or an uploaded file.

    CI posts JSON directly; the dashboard uploads the same file the customer has
    in their repo. Both land in ``spec``.

    """

    spec: Any | Unset = UNSET
    """ The test-suite spec. Use this when posting JSON directly. """
    agent_id: int | Unset = UNSET
    """ Agent to test. Overrides 'agent_id' in the spec, letting one spec file run against several environments. """
    name: str | Unset = UNSET
    """ Label for this run. Defaults to the spec's suite name. """
    channel: TestSuiteSpecUploadChannel | Unset = UNSET
    """ How to reach the agent: 'voice' for a phone call (the default), 'text' for chat, 'elevenlabs' for an
    ElevenLabs WebRTC session, or 'livekit_v2' or 'pipecat_v2' for their respective WebRTC sessions.

    * `voice` - voice
    * `text` - text
    * `elevenlabs` - elevenlabs
    * `livekit_v2` - livekit_v2
    * `pipecat_v2` - pipecat_v2 """
    livekit_data: TestSuiteSpecUploadLivekitData | Unset = UNSET
    """ Optional LiveKit overrides. These apply only to this run and are not part of the portable test-suite spec.
    """
    pipecat_data: TestSuiteSpecUploadPipecatData | Unset = UNSET
    """ Optional Pipecat Cloud overrides. These apply only to this run and are not part of the portable test-suite
    spec. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {}
        if not isinstance(self.spec, Unset):
            field_dict["spec"] = self.spec
        if not isinstance(self.agent_id, Unset):
            field_dict["agent_id"] = self.agent_id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.channel, Unset):
            field_dict["channel"] = (
                self.channel._value_
                if type(self.channel) is TestSuiteSpecUploadChannel
                else enum_value(TestSuiteSpecUploadChannel, self.channel, "channel", self)
            )
        if not isinstance(self.livekit_data, Unset):
            field_dict["livekit_data"] = (
                self.livekit_data.to_dict()
                if type(self.livekit_data) is TestSuiteSpecUploadLivekitData
                else written(self.livekit_data, "livekit_data", self)
            )
        if not isinstance(self.pipecat_data, Unset):
            field_dict["pipecat_data"] = (
                self.pipecat_data.to_dict()
                if type(self.pipecat_data) is TestSuiteSpecUploadPipecatData
                else written(self.pipecat_data, "pipecat_data", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 0
            _field = "spec"
            try:
                if "spec" in src_dict:
                    spec: Any = src_dict["spec"]
                    _present += 1

                else:
                    spec = UNSET
            except FIELD_ERRORS as _error:
                spec, _found = tolerated(src_dict, "spec", _error, _found, "Any")

            _field = "agent_id"
            try:
                if "agent_id" in src_dict:
                    agent_id: Any = src_dict["agent_id"]
                    _present += 1
                    if type(agent_id) is not int:
                        agent_id = checked(agent_id, (int,))
                else:
                    agent_id = UNSET
            except FIELD_ERRORS as _error:
                agent_id, _found = tolerated(src_dict, "agent_id", _error, _found, "int")

            _field = "name"
            try:
                if "name" in src_dict:
                    name: Any = src_dict["name"]
                    _present += 1
                    if type(name) is not str:
                        name = checked(name, (str,))
                else:
                    name = UNSET
            except FIELD_ERRORS as _error:
                name, _found = tolerated(src_dict, "name", _error, _found, "str")

            _field = "channel"
            try:
                if "channel" in src_dict:
                    channel: Any = src_dict["channel"]
                    _present += 1
                    channel = (
                        TestSuiteSpecUploadChannel._value2member_map_.get(channel)
                        or TestSuiteSpecUploadChannel(channel)
                        if type(channel) is str
                        else checked(channel, (TestSuiteSpecUploadChannel,))
                    )
                else:
                    channel = UNSET
            except FIELD_ERRORS as _error:
                channel, _found = tolerated(src_dict, "channel", _error, _found, "TestSuiteSpecUploadChannel")

            _field = "livekit_data"
            try:
                if "livekit_data" in src_dict:
                    livekit_data: Any = src_dict["livekit_data"]
                    _present += 1
                    livekit_data = TestSuiteSpecUploadLivekitData.from_dict(livekit_data)
                else:
                    livekit_data = UNSET
            except FIELD_ERRORS as _error:
                livekit_data, _found = tolerated(
                    src_dict, "livekit_data", _error, _found, "TestSuiteSpecUploadLivekitData"
                )

            _field = "pipecat_data"
            try:
                if "pipecat_data" in src_dict:
                    pipecat_data: Any = src_dict["pipecat_data"]
                    _present += 1
                    pipecat_data = TestSuiteSpecUploadPipecatData.from_dict(pipecat_data)
                else:
                    pipecat_data = UNSET
            except FIELD_ERRORS as _error:
                pipecat_data, _found = tolerated(
                    src_dict, "pipecat_data", _error, _found, "TestSuiteSpecUploadPipecatData"
                )

            _instance = cls(
                spec=spec,
                agent_id=agent_id,
                name=name,
                channel=channel,
                livekit_data=livekit_data,
                pipecat_data=pipecat_data,
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


_imports_pending = True


def _import_models() -> None:
    global _imports_pending, TestSuiteSpecUploadLivekitData, TestSuiteSpecUploadPipecatData  # noqa: PLW0603
    from ..models.test_suite_spec_upload_livekit_data import TestSuiteSpecUploadLivekitData  # noqa: PLC0415
    from ..models.test_suite_spec_upload_pipecat_data import TestSuiteSpecUploadPipecatData  # noqa: PLC0415

    _imports_pending = False
