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
from ..runtime.errors import ResponseValidationError
from ..runtime.serialization import building_request
from ..runtime.validation import expect, expect_object, failure, parse_datetime
from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _response = not building_request()
        id = self.id

        organization: int | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        project: int | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        user: int | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        api_key_name: None | str | Unset
        if isinstance(self.api_key_name, Unset):
            api_key_name = UNSET
        else:
            api_key_name = self.api_key_name

        action_type: None | str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        elif isinstance(self.action_type, AuditLogActionTypeType1):
            action_type = self.action_type.value
        elif isinstance(self.action_type, AuditLogActionTypeType2Type1):
            action_type = self.action_type.value
        elif isinstance(self.action_type, AuditLogActionTypeType3Type1):
            action_type = self.action_type.value
        else:
            action_type = self.action_type

        operation_type: None | str | Unset
        if isinstance(self.operation_type, Unset):
            operation_type = UNSET
        elif isinstance(self.operation_type, AuditLogOperationTypeType1):
            operation_type = self.operation_type.value
        elif isinstance(self.operation_type, AuditLogOperationTypeType2Type1):
            operation_type = self.operation_type.value
        elif isinstance(self.operation_type, AuditLogOperationTypeType3Type1):
            operation_type = self.operation_type.value
        else:
            operation_type = self.operation_type

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        object_id: int | None | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and _response:
            field_dict["id"] = id
        if organization is not UNSET and _response:
            field_dict["organization"] = organization
        if organization_name is not UNSET and _response:
            field_dict["organization_name"] = organization_name
        if project is not UNSET and _response:
            field_dict["project"] = project
        if project_name is not UNSET and _response:
            field_dict["project_name"] = project_name
        if user is not UNSET and _response:
            field_dict["user"] = user
        if user_email is not UNSET and _response:
            field_dict["user_email"] = user_email
        if api_key_name is not UNSET and _response:
            field_dict["api_key_name"] = api_key_name
        if action_type is not UNSET and _response:
            field_dict["action_type"] = action_type
        if operation_type is not UNSET and _response:
            field_dict["operation_type"] = operation_type
        if object_type is not UNSET and _response:
            field_dict["object_type"] = object_type
        if object_id is not UNSET and _response:
            field_dict["object_id"] = object_id
        if timestamp is not UNSET and _response:
            field_dict["timestamp"] = timestamp

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

            _field = "organization_name"

            def _parse_organization_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            organization_name = _parse_organization_name(d.pop("organization_name", UNSET))

            if not isinstance(organization_name, (str, type(None), Unset)):
                expect(organization_name, (str, type(None), Unset))

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

            _field = "project_name"

            def _parse_project_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            project_name = _parse_project_name(d.pop("project_name", UNSET))

            if not isinstance(project_name, (str, type(None), Unset)):
                expect(project_name, (str, type(None), Unset))

            _field = "user"

            def _parse_user(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            user = _parse_user(d.pop("user", UNSET))

            if not isinstance(user, (int, type(None), Unset)) or isinstance(user, bool):
                expect(user, (int, type(None), Unset))

            _field = "user_email"

            def _parse_user_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            user_email = _parse_user_email(d.pop("user_email", UNSET))

            if not isinstance(user_email, (str, type(None), Unset)):
                expect(user_email, (str, type(None), Unset))

            _field = "api_key_name"

            def _parse_api_key_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            api_key_name = _parse_api_key_name(d.pop("api_key_name", UNSET))

            if not isinstance(api_key_name, (str, type(None), Unset)):
                expect(api_key_name, (str, type(None), Unset))

            _field = "action_type"

            def _parse_action_type(
                data: object,
            ) -> AuditLogActionTypeType1 | AuditLogActionTypeType2Type1 | AuditLogActionTypeType3Type1 | None | Unset:
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

            action_type = _parse_action_type(d.pop("action_type", UNSET))

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

            _field = "operation_type"

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

            operation_type = _parse_operation_type(d.pop("operation_type", UNSET))

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

            _field = "object_type"

            def _parse_object_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            object_type = _parse_object_type(d.pop("object_type", UNSET))

            if not isinstance(object_type, (str, type(None), Unset)):
                expect(object_type, (str, type(None), Unset))

            _field = "object_id"

            def _parse_object_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            object_id = _parse_object_id(d.pop("object_id", UNSET))

            if not isinstance(object_id, (int, type(None), Unset)) or isinstance(object_id, bool):
                expect(object_id, (int, type(None), Unset))

            _field = "timestamp"
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = parse_datetime(_timestamp)

            if not isinstance(timestamp, (datetime.datetime, Unset)):
                expect(timestamp, (datetime.datetime, Unset))

            audit_log = cls(
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

            audit_log.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return audit_log

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
