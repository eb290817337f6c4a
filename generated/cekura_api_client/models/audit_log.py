from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_action_type_type_1 import AuditLogActionTypeType1
from ..models.audit_log_action_type_type_2_type_1 import AuditLogActionTypeType2Type1
from ..models.audit_log_action_type_type_3_type_1 import AuditLogActionTypeType3Type1
from ..models.audit_log_operation_type_type_1 import AuditLogOperationTypeType1
from ..models.audit_log_operation_type_type_2_type_1 import AuditLogOperationTypeType2Type1
from ..models.audit_log_operation_type_type_3_type_1 import AuditLogOperationTypeType3Type1
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated
from ..runtime.serialization import building_request
from ..runtime.validation import checked, expect, expect_object, failure, fromisoformat, parse_datetime
from ..runtime.values import enum_value, iso_datetime
from ..types import UNSET, Unset

_PROPERTIES: frozenset[str] = frozenset(
    {
        "id",
        "organization",
        "organization_name",
        "project",
        "project_name",
        "user",
        "user_email",
        "api_key_name",
        "action_type",
        "operation_type",
        "object_type",
        "object_id",
        "timestamp",
    }
)

T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog:
    id: int | Unset = UNSET
    organization: int | None | Unset = UNSET
    """ Organization this audit log belongs to """
    organization_name: None | str | Unset = UNSET
    project: int | None | Unset = UNSET
    """ Project this audit log belongs to (if applicable) """
    project_name: None | str | Unset = UNSET
    user: int | None | Unset = UNSET
    """ User who performed the action (if authenticated user request) """
    user_email: None | str | Unset = UNSET
    api_key_name: None | str | Unset = UNSET
    action_type: (
        AuditLogActionTypeType1 | AuditLogActionTypeType2Type1 | AuditLogActionTypeType3Type1 | None | Unset
    ) = UNSET
    """ Type of action performed

    * `object` - Object
    * `run_scenarios` - Run Scenarios
    * `run_scenarios_text` - Run Scenarios Text
    * `generate_scenarios` - Generate Scenarios
    * `observability` - Observability """
    operation_type: (
        AuditLogOperationTypeType1 | AuditLogOperationTypeType2Type1 | AuditLogOperationTypeType3Type1 | None | Unset
    ) = UNSET
    """ Type of operation performed

    * `create` - Create
    * `update` - Update
    * `delete` - Delete """
    object_type: None | str | Unset = UNSET
    object_id: int | None | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    """ When the action was performed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_text: tuple[Any, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by from_dict: each received date-time's parsed object, then the text it was parsed from. """
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        _wire = self._wire_text
        action_type: None | str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        elif isinstance(self.action_type, AuditLogActionTypeType1):
            action_type = enum_value(AuditLogActionTypeType1, self.action_type, "action_type")
        elif isinstance(self.action_type, AuditLogActionTypeType2Type1):
            action_type = enum_value(AuditLogActionTypeType2Type1, self.action_type, "action_type")
        elif isinstance(self.action_type, AuditLogActionTypeType3Type1):
            action_type = enum_value(AuditLogActionTypeType3Type1, self.action_type, "action_type")
        else:
            action_type = self.action_type

        operation_type: None | str | Unset
        if isinstance(self.operation_type, Unset):
            operation_type = UNSET
        elif isinstance(self.operation_type, AuditLogOperationTypeType1):
            operation_type = enum_value(AuditLogOperationTypeType1, self.operation_type, "operation_type")
        elif isinstance(self.operation_type, AuditLogOperationTypeType2Type1):
            operation_type = enum_value(AuditLogOperationTypeType2Type1, self.operation_type, "operation_type")
        elif isinstance(self.operation_type, AuditLogOperationTypeType3Type1):
            operation_type = enum_value(AuditLogOperationTypeType3Type1, self.operation_type, "operation_type")
        else:
            operation_type = self.operation_type

        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset) and _response:
            field_dict["id"] = self.id
        if not isinstance(self.organization, Unset) and _response:
            field_dict["organization"] = self.organization
        if not isinstance(self.organization_name, Unset) and _response:
            field_dict["organization_name"] = self.organization_name
        if not isinstance(self.project, Unset) and _response:
            field_dict["project"] = self.project
        if not isinstance(self.project_name, Unset) and _response:
            field_dict["project_name"] = self.project_name
        if not isinstance(self.user, Unset) and _response:
            field_dict["user"] = self.user
        if not isinstance(self.user_email, Unset) and _response:
            field_dict["user_email"] = self.user_email
        if not isinstance(self.api_key_name, Unset) and _response:
            field_dict["api_key_name"] = self.api_key_name
        if action_type is not UNSET and _response:
            field_dict["action_type"] = action_type
        if operation_type is not UNSET and _response:
            field_dict["operation_type"] = operation_type
        if not isinstance(self.object_type, Unset) and _response:
            field_dict["object_type"] = self.object_type
        if not isinstance(self.object_id, Unset) and _response:
            field_dict["object_id"] = self.object_id
        if not isinstance(self.timestamp, Unset) and _response:
            field_dict["timestamp"] = (
                _wire[1]
                if _wire is not None and self.timestamp is _wire[0]
                else self.timestamp.isoformat().replace("+00:00", "Z")
                if type(self.timestamp) is datetime.datetime
                else iso_datetime(self.timestamp, "timestamp", self)
            )
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

            _field = "organization_name"
            try:
                if "organization_name" in src_dict:
                    organization_name: Any = src_dict["organization_name"]
                    _present += 1
                    if organization_name is not None:
                        if type(organization_name) is not str:
                            organization_name = checked(organization_name, (str, type(None)))
                else:
                    organization_name = UNSET
            except FIELD_ERRORS as _error:
                organization_name, _found = tolerated(src_dict, "organization_name", _error, _found, "None | str")

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

            _field = "project_name"
            try:
                if "project_name" in src_dict:
                    project_name: Any = src_dict["project_name"]
                    _present += 1
                    if project_name is not None:
                        if type(project_name) is not str:
                            project_name = checked(project_name, (str, type(None)))
                else:
                    project_name = UNSET
            except FIELD_ERRORS as _error:
                project_name, _found = tolerated(src_dict, "project_name", _error, _found, "None | str")

            _field = "user"
            try:
                if "user" in src_dict:
                    user: Any = src_dict["user"]
                    _present += 1
                    if user is not None:
                        if type(user) is not int:
                            user = checked(user, (int, type(None)))
                else:
                    user = UNSET
            except FIELD_ERRORS as _error:
                user, _found = tolerated(src_dict, "user", _error, _found, "int | None")

            _field = "user_email"
            try:
                if "user_email" in src_dict:
                    user_email: Any = src_dict["user_email"]
                    _present += 1
                    if user_email is not None:
                        if type(user_email) is not str:
                            user_email = checked(user_email, (str, type(None)))
                else:
                    user_email = UNSET
            except FIELD_ERRORS as _error:
                user_email, _found = tolerated(src_dict, "user_email", _error, _found, "None | str")

            _field = "api_key_name"
            try:
                if "api_key_name" in src_dict:
                    api_key_name: Any = src_dict["api_key_name"]
                    _present += 1
                    if api_key_name is not None:
                        if type(api_key_name) is not str:
                            api_key_name = checked(api_key_name, (str, type(None)))
                else:
                    api_key_name = UNSET
            except FIELD_ERRORS as _error:
                api_key_name, _found = tolerated(src_dict, "api_key_name", _error, _found, "None | str")

            _field = "action_type"
            try:

                def _parse_action_type(
                    data: object,
                ) -> (
                    AuditLogActionTypeType1 | AuditLogActionTypeType2Type1 | AuditLogActionTypeType3Type1 | None | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        action_type_type_1 = AuditLogActionTypeType1(data)

                        return action_type_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        action_type_type_2_type_1 = AuditLogActionTypeType2Type1(data)

                        return action_type_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        action_type_type_3_type_1 = AuditLogActionTypeType3Type1(data)

                        return action_type_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        AuditLogActionTypeType1
                        | AuditLogActionTypeType2Type1
                        | AuditLogActionTypeType3Type1
                        | None
                        | Unset,
                        data,
                    )

                action_type = _parse_action_type(src_dict.get("action_type", UNSET))

                if not isinstance(
                    action_type,
                    (
                        type(None),
                        AuditLogActionTypeType1,
                        AuditLogActionTypeType2Type1,
                        AuditLogActionTypeType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        action_type,
                        (
                            type(None),
                            AuditLogActionTypeType1,
                            AuditLogActionTypeType2Type1,
                            AuditLogActionTypeType3Type1,
                            Unset,
                        ),
                    )
                if action_type is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                action_type, _found = tolerated(
                    src_dict,
                    "action_type",
                    _error,
                    _found,
                    "AuditLogActionTypeType1 | AuditLogActionTypeType2Type1 | AuditLogActionTypeType3Type1 | None",
                )

            _field = "operation_type"
            try:

                def _parse_operation_type(
                    data: object,
                ) -> (
                    AuditLogOperationTypeType1
                    | AuditLogOperationTypeType2Type1
                    | AuditLogOperationTypeType3Type1
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        operation_type_type_1 = AuditLogOperationTypeType1(data)

                        return operation_type_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        operation_type_type_2_type_1 = AuditLogOperationTypeType2Type1(data)

                        return operation_type_type_2_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        operation_type_type_3_type_1 = AuditLogOperationTypeType3Type1(data)

                        return operation_type_type_3_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        AuditLogOperationTypeType1
                        | AuditLogOperationTypeType2Type1
                        | AuditLogOperationTypeType3Type1
                        | None
                        | Unset,
                        data,
                    )

                operation_type = _parse_operation_type(src_dict.get("operation_type", UNSET))

                if not isinstance(
                    operation_type,
                    (
                        type(None),
                        AuditLogOperationTypeType1,
                        AuditLogOperationTypeType2Type1,
                        AuditLogOperationTypeType3Type1,
                        Unset,
                    ),
                ):
                    expect(
                        operation_type,
                        (
                            type(None),
                            AuditLogOperationTypeType1,
                            AuditLogOperationTypeType2Type1,
                            AuditLogOperationTypeType3Type1,
                            Unset,
                        ),
                    )
                if operation_type is not UNSET:
                    _present += 1
            except FIELD_ERRORS as _error:
                operation_type, _found = tolerated(
                    src_dict,
                    "operation_type",
                    _error,
                    _found,
                    "AuditLogOperationTypeType1 | AuditLogOperationTypeType2Type1 | AuditLogOperationTypeType3Type1 | None",
                )

            _field = "object_type"
            try:
                if "object_type" in src_dict:
                    object_type: Any = src_dict["object_type"]
                    _present += 1
                    if object_type is not None:
                        if type(object_type) is not str:
                            object_type = checked(object_type, (str, type(None)))
                else:
                    object_type = UNSET
            except FIELD_ERRORS as _error:
                object_type, _found = tolerated(src_dict, "object_type", _error, _found, "None | str")

            _field = "object_id"
            try:
                if "object_id" in src_dict:
                    object_id: Any = src_dict["object_id"]
                    _present += 1
                    if object_id is not None:
                        if type(object_id) is not int:
                            object_id = checked(object_id, (int, type(None)))
                else:
                    object_id = UNSET
            except FIELD_ERRORS as _error:
                object_id, _found = tolerated(src_dict, "object_id", _error, _found, "int | None")

            _field = "timestamp"
            try:
                if "timestamp" in src_dict:
                    timestamp: Any = src_dict["timestamp"]
                    _timestamp_text = timestamp
                    _present += 1
                    if type(timestamp) is str:
                        try:
                            timestamp = fromisoformat(timestamp)
                        except ValueError:
                            timestamp = parse_datetime(timestamp)
                    else:
                        timestamp = checked(timestamp, (datetime.datetime,))
                        _timestamp_text = timestamp.isoformat().replace("+00:00", "Z")
                else:
                    timestamp = _timestamp_text = UNSET
            except FIELD_ERRORS as _error:
                timestamp, _found = tolerated(src_dict, "timestamp", _error, _found, "datetime.datetime")
                _timestamp_text = timestamp

            _instance = cls(
                id=id,
                organization=organization,
                organization_name=organization_name,
                project=project,
                project_name=project_name,
                user=user,
                user_email=user_email,
                api_key_name=api_key_name,
                action_type=action_type,
                operation_type=operation_type,
                object_type=object_type,
                object_id=object_id,
                timestamp=timestamp,
            )
            _instance._wire_text = (
                timestamp,
                _timestamp_text,
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
