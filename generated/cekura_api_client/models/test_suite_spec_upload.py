from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.test_suite_spec_upload_channel import TestSuiteSpecUploadChannel
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_suite_spec_upload_livekit_data import TestSuiteSpecUploadLivekitData
    from ..models.test_suite_spec_upload_pipecat_data import TestSuiteSpecUploadPipecatData


T = TypeVar("T", bound="TestSuiteSpecUpload")


@_attrs_define
class TestSuiteSpecUpload:
    """Accepts a spec as a JSON body or an uploaded file.

    CI posts JSON directly; the dashboard uploads the same file the customer has
    in their repo. Both land in ``spec``.

    """

    spec: Any | Unset = UNSET
    """ The test-suite spec. Use this when posting JSON directly. """
    file: str | Unset = UNSET
    """ A .json spec file. Use this instead of 'spec' for uploads. """
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

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec

        file = self.file

        agent_id = self.agent_id

        name = self.name

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        livekit_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.livekit_data, Unset):
            livekit_data = self.livekit_data.to_dict()

        pipecat_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipecat_data, Unset):
            pipecat_data = self.pipecat_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec
        if file is not UNSET:
            field_dict["file"] = file
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if name is not UNSET:
            field_dict["name"] = name
        if channel is not UNSET:
            field_dict["channel"] = channel
        if livekit_data is not UNSET:
            field_dict["livekit_data"] = livekit_data
        if pipecat_data is not UNSET:
            field_dict["pipecat_data"] = pipecat_data

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.spec, Unset):
            files.append(("spec", (None, str(self.spec).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.agent_id, Unset):
            files.append(("agent_id", (None, str(self.agent_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.channel, Unset):
            files.append(("channel", (None, str(self.channel.value).encode(), "text/plain")))

        if not isinstance(self.livekit_data, Unset):
            files.append(("livekit_data", (None, json.dumps(self.livekit_data.to_dict()).encode(), "application/json")))

        if not isinstance(self.pipecat_data, Unset):
            files.append(("pipecat_data", (None, json.dumps(self.pipecat_data.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_suite_spec_upload_livekit_data import TestSuiteSpecUploadLivekitData  # noqa: PLC0415
        from ..models.test_suite_spec_upload_pipecat_data import TestSuiteSpecUploadPipecatData  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "spec"
            spec = d.pop("spec", UNSET)

            _field = "file"
            file = d.pop("file", UNSET)
            if not isinstance(file, (str, Unset)):
                expect(file, (str, Unset))

            _field = "agent_id"
            agent_id = d.pop("agent_id", UNSET)
            if not isinstance(agent_id, (int, Unset)) or isinstance(agent_id, bool):
                expect(agent_id, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "channel"
            _channel = d.pop("channel", UNSET)
            channel: TestSuiteSpecUploadChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = TestSuiteSpecUploadChannel(_channel)

            if not isinstance(channel, (TestSuiteSpecUploadChannel, Unset)):
                expect(channel, (TestSuiteSpecUploadChannel, Unset))

            _field = "livekit_data"
            _livekit_data = d.pop("livekit_data", UNSET)
            livekit_data: TestSuiteSpecUploadLivekitData | Unset
            if isinstance(_livekit_data, Unset):
                livekit_data = UNSET
            else:
                livekit_data = TestSuiteSpecUploadLivekitData.from_dict(_livekit_data)

            if not isinstance(livekit_data, (TestSuiteSpecUploadLivekitData, Unset)):
                expect(livekit_data, (TestSuiteSpecUploadLivekitData, Unset))

            _field = "pipecat_data"
            _pipecat_data = d.pop("pipecat_data", UNSET)
            pipecat_data: TestSuiteSpecUploadPipecatData | Unset
            if isinstance(_pipecat_data, Unset):
                pipecat_data = UNSET
            else:
                pipecat_data = TestSuiteSpecUploadPipecatData.from_dict(_pipecat_data)

            if not isinstance(pipecat_data, (TestSuiteSpecUploadPipecatData, Unset)):
                expect(pipecat_data, (TestSuiteSpecUploadPipecatData, Unset))

            test_suite_spec_upload = cls(
                spec=spec,
                file=file,
                agent_id=agent_id,
                name=name,
                channel=channel,
                livekit_data=livekit_data,
                pipecat_data=pipecat_data,
            )

            test_suite_spec_upload.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return test_suite_spec_upload

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
