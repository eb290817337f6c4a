from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_connector_list_connector_type import KnowledgeBaseConnectorListConnectorType
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeBaseConnectorList")


@_attrs_define
class KnowledgeBaseConnectorList:
    """Simplified serializer for listing connectors (excludes sensitive credentials)."""

    id: int | Unset = UNSET
    agent: int | Unset = UNSET
    """ Agent this connector belongs to """
    name: str | Unset = UNSET
    """ Friendly name for this BigQuery connector """
    connector_type: KnowledgeBaseConnectorListConnectorType | Unset = UNSET
    """ Type of connector

    * `bigquery` - Google BigQuery
    * `website` - Website Scraper """
    config: Any | Unset = UNSET
    """
    Configuration for the BigQuery connector (non-sensitive data).
    Example: `{"query": "SELECT * FROM dataset.table WHERE date > CURRENT_DATE() - 7"}`
     """
    sync_interval_minutes: int | Unset = UNSET
    """ Interval in minutes between automatic syncs (default: 1440 = daily) """
    sync_enabled: bool | Unset = UNSET
    """ Whether automatic syncing is enabled for this connector """
    last_sync_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp of the last successful sync """
    last_sync_status: str | Unset = UNSET
    """ Status of the last sync: pending, success, failed """
    last_sync_error: str | Unset = UNSET
    """ Error message from the last failed sync """
    files: list[int] | Unset = UNSET
    """ The KnowledgeBaseFiles that this connector manages """
    created_at: datetime.datetime | Unset = UNSET
    """ When this record was created.
    Example: `2024-03-15T10:30:45Z` """
    updated_at: datetime.datetime | Unset = UNSET
    """ When this record was last updated.
    Example: `2024-03-15T10:35:11Z` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        agent = self.agent

        name = self.name

        connector_type: str | Unset = UNSET
        if not isinstance(self.connector_type, Unset):
            connector_type = self.connector_type.value

        config = self.config

        sync_interval_minutes = self.sync_interval_minutes

        sync_enabled = self.sync_enabled

        last_sync_at: None | str | Unset
        if isinstance(self.last_sync_at, Unset):
            last_sync_at = UNSET
        elif isinstance(self.last_sync_at, datetime.datetime):
            last_sync_at = self.last_sync_at.isoformat().replace("+00:00", "Z")
        else:
            last_sync_at = self.last_sync_at

        last_sync_status = self.last_sync_status

        last_sync_error = self.last_sync_error

        files: list[int] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if agent is not UNSET and _response:
            field_dict["agent"] = agent
        if name is not UNSET and _response:
            field_dict["name"] = name
        if connector_type is not UNSET and _response:
            field_dict["connector_type"] = connector_type
        if config is not UNSET and _response:
            field_dict["config"] = config
        if sync_interval_minutes is not UNSET and _response:
            field_dict["sync_interval_minutes"] = sync_interval_minutes
        if sync_enabled is not UNSET and _response:
            field_dict["sync_enabled"] = sync_enabled
        if last_sync_at is not UNSET and _response:
            field_dict["last_sync_at"] = last_sync_at
        if last_sync_status is not UNSET and _response:
            field_dict["last_sync_status"] = last_sync_status
        if last_sync_error is not UNSET and _response:
            field_dict["last_sync_error"] = last_sync_error
        if files is not UNSET and _response:
            field_dict["files"] = files
        if created_at is not UNSET and _response:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and _response:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)) or isinstance(id, bool):
                expect(id, (int, Unset))

            _field = "agent"
            agent = d.pop("agent", UNSET)
            if not isinstance(agent, (int, Unset)) or isinstance(agent, bool):
                expect(agent, (int, Unset))

            _field = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                expect(name, (str, Unset))

            _field = "connector_type"
            _connector_type = d.pop("connector_type", UNSET)
            connector_type: KnowledgeBaseConnectorListConnectorType | Unset
            if isinstance(_connector_type, Unset):
                connector_type = UNSET
            else:
                connector_type = KnowledgeBaseConnectorListConnectorType(_connector_type)

            if not isinstance(connector_type, (KnowledgeBaseConnectorListConnectorType, Unset)):
                expect(connector_type, (KnowledgeBaseConnectorListConnectorType, Unset))

            _field = "config"
            config = d.pop("config", UNSET)

            _field = "sync_interval_minutes"
            sync_interval_minutes = d.pop("sync_interval_minutes", UNSET)
            if not isinstance(sync_interval_minutes, (int, Unset)) or isinstance(sync_interval_minutes, bool):
                expect(sync_interval_minutes, (int, Unset))

            _field = "sync_enabled"
            sync_enabled = d.pop("sync_enabled", UNSET)
            if not isinstance(sync_enabled, (bool, Unset)):
                expect(sync_enabled, (bool, Unset))

            _field = "last_sync_at"

            def _parse_last_sync_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_sync_at_type_0 = parse_datetime(data)

                    return last_sync_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_sync_at = _parse_last_sync_at(d.pop("last_sync_at", UNSET))

            if not isinstance(last_sync_at, (datetime.datetime, type(None), Unset)):
                expect(last_sync_at, (datetime.datetime, type(None), Unset))

            _field = "last_sync_status"
            last_sync_status = d.pop("last_sync_status", UNSET)
            if not isinstance(last_sync_status, (str, Unset)):
                expect(last_sync_status, (str, Unset))

            _field = "last_sync_error"
            last_sync_error = d.pop("last_sync_error", UNSET)
            if not isinstance(last_sync_error, (str, Unset)):
                expect(last_sync_error, (str, Unset))

            _field = "files"
            files = cast(list[int], d.pop("files", UNSET))

            if not isinstance(files, (list, Unset)):
                expect(files, (list, Unset))

            _field = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            if not isinstance(created_at, (datetime.datetime, Unset)):
                expect(created_at, (datetime.datetime, Unset))

            _field = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = parse_datetime(_updated_at)

            if not isinstance(updated_at, (datetime.datetime, Unset)):
                expect(updated_at, (datetime.datetime, Unset))

            knowledge_base_connector_list = cls(
                id=id,
                agent=agent,
                name=name,
                connector_type=connector_type,
                config=config,
                sync_interval_minutes=sync_interval_minutes,
                sync_enabled=sync_enabled,
                last_sync_at=last_sync_at,
                last_sync_status=last_sync_status,
                last_sync_error=last_sync_error,
                files=files,
                created_at=created_at,
                updated_at=updated_at,
            )

            knowledge_base_connector_list.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return knowledge_base_connector_list

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
