from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_provider_credential_detail_provider import PatchedProviderCredentialDetailProvider
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedProviderCredentialDetail")


@_attrs_define
class PatchedProviderCredentialDetail:
    id: int | Unset = UNSET
    organization: int | None | Unset = UNSET
    project: int | None | Unset = UNSET
    provider: PatchedProviderCredentialDetailProvider | Unset = UNSET
    """ * `vapi` - Vapi
    * `retell` - Retell
    * `synthflow` - Synthflow
    * `elevenlabs` - Elevenlabs
    * `bland` - Bland
    * `livekit` - Livekit
    * `pipecat` - Pipecat
    * `koreai` - Kore
    * `custom` - Custom
    * `agentforce` - Agentforce
    * `genesys` - Genesys
    * `amazon_connect` - Amazon Connect
    * `agora` - Agora
    * `telnyx` - Telnyx
    * `sierra` - Sierra """
    key: str | Unset = UNSET
    data: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        key = self.key

        data = self.data

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if project is not UNSET:
            field_dict["project"] = project
        if provider is not UNSET:
            field_dict["provider"] = provider
        if key is not UNSET:
            field_dict["key"] = key
        if data is not UNSET:
            field_dict["data"] = data
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.organization, Unset):
            if isinstance(self.organization, int):
                files.append(("organization", (None, str(self.organization).encode(), "text/plain")))
            else:
                files.append(("organization", (None, str(self.organization).encode(), "text/plain")))

        if not isinstance(self.project, Unset):
            if isinstance(self.project, int):
                files.append(("project", (None, str(self.project).encode(), "text/plain")))
            else:
                files.append(("project", (None, str(self.project).encode(), "text/plain")))

        if not isinstance(self.provider, Unset):
            files.append(("provider", (None, str(self.provider.value).encode(), "text/plain")))

        if not isinstance(self.key, Unset):
            files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.data, Unset):
            files.append(("data", (None, str(self.data).encode(), "text/plain")))

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

            _field = "provider"
            _provider = d.pop("provider", UNSET)
            provider: PatchedProviderCredentialDetailProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = PatchedProviderCredentialDetailProvider(_provider)

            if not isinstance(provider, (PatchedProviderCredentialDetailProvider, Unset)):
                expect(provider, (PatchedProviderCredentialDetailProvider, Unset))

            _field = "key"
            key = d.pop("key", UNSET)
            if not isinstance(key, (str, Unset)):
                expect(key, (str, Unset))

            _field = "data"
            data = d.pop("data", UNSET)

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            patched_provider_credential_detail = cls(
                id=id,
                organization=organization,
                project=project,
                provider=provider,
                key=key,
                data=data,
                created_at=created_at,
            )

            patched_provider_credential_detail.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return patched_provider_credential_detail

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
