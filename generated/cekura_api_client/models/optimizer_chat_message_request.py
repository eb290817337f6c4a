from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.errors import ResponseValidationError
from ..runtime.validation import expect, expect_object, failure
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.optimizer_chat_regression_review_item import OptimizerChatRegressionReviewItem


T = TypeVar("T", bound="OptimizerChatMessageRequest")


@_attrs_define
class OptimizerChatMessageRequest:
    session_id: int
    user_message: str | Unset = ""
    review_payload: list[OptimizerChatRegressionReviewItem] | Unset = UNSET
    """ Structured verdicts for regression-diff samples the user reviewed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        user_message = self.user_message

        review_payload: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_payload, Unset):
            review_payload = []
            for review_payload_item_data in self.review_payload:
                review_payload_item = review_payload_item_data.to_dict()
                review_payload.append(review_payload_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
            }
        )
        if user_message is not UNSET:
            field_dict["user_message"] = user_message
        if review_payload is not UNSET:
            field_dict["review_payload"] = review_payload

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("session_id", (None, str(self.session_id).encode(), "text/plain")))

        if not isinstance(self.user_message, Unset):
            files.append(("user_message", (None, str(self.user_message).encode(), "text/plain")))

        if not isinstance(self.review_payload, Unset):
            for review_payload_item_element in self.review_payload:
                files.append(
                    (
                        "review_payload",
                        (None, json.dumps(review_payload_item_element.to_dict()).encode(), "application/json"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.optimizer_chat_regression_review_item import OptimizerChatRegressionReviewItem  # noqa: PLC0415

        _field = ""
        try:
            d = dict(expect_object(src_dict))
            _field = "session_id"
            session_id = d.pop("session_id")
            if not isinstance(session_id, (int,)) or isinstance(session_id, bool):
                expect(session_id, (int,))

            _field = "user_message"
            user_message = d.pop("user_message", UNSET)
            if not isinstance(user_message, (str, Unset)):
                expect(user_message, (str, Unset))

            _field = "review_payload"
            _review_payload = d.pop("review_payload", UNSET)
            review_payload: list[OptimizerChatRegressionReviewItem] | Unset = UNSET
            if _review_payload is not UNSET:
                review_payload = []
                for review_payload_item_data in _review_payload:
                    review_payload_item = OptimizerChatRegressionReviewItem.from_dict(review_payload_item_data)

                    review_payload.append(review_payload_item)

            if not isinstance(review_payload, (list, Unset)):
                expect(review_payload, (list, Unset))

            optimizer_chat_message_request = cls(
                session_id=session_id,
                user_message=user_message,
                review_payload=review_payload,
            )

            optimizer_chat_message_request.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError, ResponseValidationError) as error:
            raise failure(_field, error) from None
        return optimizer_chat_message_request

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
