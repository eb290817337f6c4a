from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_knowledge_base_connector_connector_type import PatchedKnowledgeBaseConnectorConnectorType
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, form_text, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "agent",
        "name",
        "connector_type",
        "credentials",
        "config",
        "sync_interval_minutes",
        "sync_enabled",
        "last_sync_at",
        "last_sync_status",
        "last_sync_error",
        "files",
        "created_at",
        "updated_at",
    }
)

T = TypeVar("T", bound="PatchedKnowledgeBaseConnector")


@_attrs_define
class PatchedKnowledgeBaseConnector:
    id: int | Unset = UNSET
    agent: int | Unset = UNSET
    """ Agent this connector belongs to """
    name: str | Unset = UNSET
    """ Friendly name for this BigQuery connector """
    connector_type: PatchedKnowledgeBaseConnectorConnectorType | Unset = UNSET
    """ Type of connector

    * `bigquery` - Google BigQuery
    * `website` - Website Scraper """
    credentials: Any | Unset = UNSET
    """
    Encrypted credentials containing BigQuery service account JSON as a string.
    Example: `{"service_account_json": "{\\"type\\": \\"service_account\\", \\"project_id\\": \\"...\\", ...}"}`
     """
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
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.agent, Unset):
            field_dict["agent"] = self.agent
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.connector_type, Unset):
            field_dict["connector_type"] = (
                self.connector_type._value_
                if type(self.connector_type) is PatchedKnowledgeBaseConnectorConnectorType
                else enum_value(PatchedKnowledgeBaseConnectorConnectorType, self.connector_type, "connector_type", self)
            )
        if not isinstance(self.credentials, Unset):
            field_dict["credentials"] = self.credentials
        if not isinstance(self.config, Unset):
            field_dict["config"] = self.config
        if not isinstance(self.sync_interval_minutes, Unset):
            field_dict["sync_interval_minutes"] = self.sync_interval_minutes
        if not isinstance(self.sync_enabled, Unset):
            field_dict["sync_enabled"] = self.sync_enabled
        if not isinstance(self.last_sync_at, Unset) and _response:
            field_dict["last_sync_at"] = (
                _wire[1]
                if _wire is not None and self.last_sync_at is _wire[0]
                else None
                if self.last_sync_at is None
                else self.last_sync_at.isoformat().replace("+00:00", "Z")
                if type(self.last_sync_at) is datetime.datetime
                else iso_datetime(self.last_sync_at, "last_sync_at", self)
            )
        if not isinstance(self.last_sync_status, Unset) and _response:
            field_dict["last_sync_status"] = self.last_sync_status
        if not isinstance(self.last_sync_error, Unset) and _response:
            field_dict["last_sync_error"] = self.last_sync_error
        if not isinstance(self.files, Unset) and _response:
            field_dict["files"] = self.files
        if not isinstance(self.created_at, Unset) and _response:
            field_dict["created_at"] = (
                _wire[3]
                if _wire is not None and self.created_at is _wire[2]
                else self.created_at.isoformat().replace("+00:00", "Z")
                if type(self.created_at) is datetime.datetime
                else iso_datetime(self.created_at, "created_at", self)
            )
        if not isinstance(self.updated_at, Unset) and _response:
            field_dict["updated_at"] = (
                _wire[5]
                if _wire is not None and self.updated_at is _wire[4]
                else self.updated_at.isoformat().replace("+00:00", "Z")
                if type(self.updated_at) is datetime.datetime
                else iso_datetime(self.updated_at, "updated_at", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.agent, Unset):
            files.append(("agent", (None, str(self.agent).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.connector_type, Unset):
            files.append(
                (
                    "connector_type",
                    (
                        None,
                        str(
                            enum_value(
                                PatchedKnowledgeBaseConnectorConnectorType, self.connector_type, "connector_type"
                            )
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.credentials, Unset):
            files.append(("credentials", (None, form_text(self.credentials, "credentials"), "text/plain")))

        if not isinstance(self.config, Unset):
            files.append(("config", (None, form_text(self.config, "config"), "text/plain")))

        if not isinstance(self.sync_interval_minutes, Unset):
            files.append(("sync_interval_minutes", (None, str(self.sync_interval_minutes).encode(), "text/plain")))

        if not isinstance(self.sync_enabled, Unset):
            files.append(("sync_enabled", (None, str(self.sync_enabled).encode(), "text/plain")))

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
            _present = 0
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

            _field = "agent"
            try:
                if "agent" in src_dict:
                    agent: Any = src_dict["agent"]
                    _present += 1
                    if type(agent) is not int:
                        agent = checked(agent, (int,))
                else:
                    agent = UNSET
            except FIELD_ERRORS as _error:
                agent, _found = tolerated(src_dict, "agent", _error, _found, "int")

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

            _field = "connector_type"
            try:
                if "connector_type" in src_dict:
                    connector_type: Any = src_dict["connector_type"]
                    _present += 1
                    connector_type = (
                        PatchedKnowledgeBaseConnectorConnectorType._value2member_map_.get(connector_type)
                        or PatchedKnowledgeBaseConnectorConnectorType(connector_type)
                        if type(connector_type) is str
                        else checked(connector_type, (PatchedKnowledgeBaseConnectorConnectorType,))
                    )
                else:
                    connector_type = UNSET
            except FIELD_ERRORS as _error:
                connector_type, _found = tolerated(
                    src_dict, "connector_type", _error, _found, "PatchedKnowledgeBaseConnectorConnectorType"
                )

            _field = "credentials"
            try:
                if "credentials" in src_dict:
                    credentials: Any = src_dict["credentials"]
                    _present += 1

                else:
                    credentials = UNSET
            except FIELD_ERRORS as _error:
                credentials, _found = tolerated(src_dict, "credentials", _error, _found, "Any")

            _field = "config"
            try:
                if "config" in src_dict:
                    config: Any = src_dict["config"]
                    _present += 1

                else:
                    config = UNSET
            except FIELD_ERRORS as _error:
                config, _found = tolerated(src_dict, "config", _error, _found, "Any")

            _field = "sync_interval_minutes"
            try:
                if "sync_interval_minutes" in src_dict:
                    sync_interval_minutes: Any = src_dict["sync_interval_minutes"]
                    _present += 1
                    if type(sync_interval_minutes) is not int:
                        sync_interval_minutes = checked(sync_interval_minutes, (int,))
                else:
                    sync_interval_minutes = UNSET
            except FIELD_ERRORS as _error:
                sync_interval_minutes, _found = tolerated(src_dict, "sync_interval_minutes", _error, _found, "int")

            _field = "sync_enabled"
            try:
                if "sync_enabled" in src_dict:
                    sync_enabled: Any = src_dict["sync_enabled"]
                    _present += 1
                    if type(sync_enabled) is not bool:
                        sync_enabled = checked(sync_enabled, (bool,))
                else:
                    sync_enabled = UNSET
            except FIELD_ERRORS as _error:
                sync_enabled, _found = tolerated(src_dict, "sync_enabled", _error, _found, "bool")

            _field = "last_sync_at"
            try:
                if "last_sync_at" in src_dict:
                    last_sync_at: Any = src_dict["last_sync_at"]
                    _last_sync_at_text = last_sync_at
                    _present += 1
                    if last_sync_at is not None:
                        if type(last_sync_at) is str:
                            try:
                                last_sync_at = fromisoformat(last_sync_at)
                            except ValueError:
                                last_sync_at = parse_datetime(last_sync_at)
                        else:
                            last_sync_at = checked(last_sync_at, (datetime.datetime, type(None)))
                            _last_sync_at_text = last_sync_at.isoformat().replace("+00:00", "Z")
                else:
                    last_sync_at = _last_sync_at_text = UNSET
            except FIELD_ERRORS as _error:
                last_sync_at, _found = tolerated(src_dict, "last_sync_at", _error, _found, "datetime.datetime | None")
                _last_sync_at_text = last_sync_at

            _field = "last_sync_status"
            try:
                if "last_sync_status" in src_dict:
                    last_sync_status: Any = src_dict["last_sync_status"]
                    _present += 1
                    if type(last_sync_status) is not str:
                        last_sync_status = checked(last_sync_status, (str,))
                else:
                    last_sync_status = UNSET
            except FIELD_ERRORS as _error:
                last_sync_status, _found = tolerated(src_dict, "last_sync_status", _error, _found, "str")

            _field = "last_sync_error"
            try:
                if "last_sync_error" in src_dict:
                    last_sync_error: Any = src_dict["last_sync_error"]
                    _present += 1
                    if type(last_sync_error) is not str:
                        last_sync_error = checked(last_sync_error, (str,))
                else:
                    last_sync_error = UNSET
            except FIELD_ERRORS as _error:
                last_sync_error, _found = tolerated(src_dict, "last_sync_error", _error, _found, "str")

            _field = "files"
            try:
                if "files" in src_dict:
                    files: Any = src_dict["files"]
                    _present += 1
                    if type(files) is not list:
                        files = checked(files, (list,))
                    for _item in files:
                        if type(_item) is not int:
                            checked(_item, (int,))

                else:
                    files = UNSET
            except FIELD_ERRORS as _error:
                files, _found = tolerated(
                    src_dict, "files", _error, _found, "list[int]", lambda element: checked(element, (int,))
                )

            _field = "created_at"
            try:
                if "created_at" in src_dict:
                    created_at: Any = src_dict["created_at"]
                    _created_at_text = created_at
                    _present += 1
                    if type(created_at) is str:
                        try:
                            created_at = fromisoformat(created_at)
                        except ValueError:
                            created_at = parse_datetime(created_at)
                    else:
                        created_at = checked(created_at, (datetime.datetime,))
                        _created_at_text = created_at.isoformat().replace("+00:00", "Z")
                else:
                    created_at = _created_at_text = UNSET
            except FIELD_ERRORS as _error:
                created_at, _found = tolerated(src_dict, "created_at", _error, _found, "datetime.datetime")
                _created_at_text = created_at

            _field = "updated_at"
            try:
                if "updated_at" in src_dict:
                    updated_at: Any = src_dict["updated_at"]
                    _updated_at_text = updated_at
                    _present += 1
                    if type(updated_at) is str:
                        try:
                            updated_at = fromisoformat(updated_at)
                        except ValueError:
                            updated_at = parse_datetime(updated_at)
                    else:
                        updated_at = checked(updated_at, (datetime.datetime,))
                        _updated_at_text = updated_at.isoformat().replace("+00:00", "Z")
                else:
                    updated_at = _updated_at_text = UNSET
            except FIELD_ERRORS as _error:
                updated_at, _found = tolerated(src_dict, "updated_at", _error, _found, "datetime.datetime")
                _updated_at_text = updated_at

            _instance = cls(
                id=id,
                agent=agent,
                name=name,
                connector_type=connector_type,
                credentials=credentials,
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
            _instance._wire_text = (
                last_sync_at,
                _last_sync_at_text,
                created_at,
                _created_at_text,
                updated_at,
                _updated_at_text,
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
