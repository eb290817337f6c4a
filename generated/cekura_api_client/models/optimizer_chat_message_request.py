from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..runtime.lenient import FIELD_ERRORS, Received, as_received, tolerated, written
from ..runtime.validation import checked, expect_object, failure
from ..runtime.values import form_text
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.optimizer_chat_regression_review_item import OptimizerChatRegressionReviewItem


_PROPERTIES: frozenset[str] = frozenset(
    {
        "session_id",
        "user_message",
        "review_payload",
    }
)

T = TypeVar("T", bound="OptimizerChatMessageRequest")


@_attrs_define
class OptimizerChatMessageRequest:
    session_id: int
    user_message: str | Unset = ""
    review_payload: list[OptimizerChatRegressionReviewItem] | Unset = UNSET
    """ Structured verdicts for regression-diff samples the user reviewed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _mismatched: tuple[Received, ...] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """ Set by a lenient from_dict: what did not fit the document (`mismatches()` lists it). """

    def to_dict(self) -> dict[str, Any]:
        if _imports_pending:
            _import_models()
        field_dict: dict[str, Any] = {
            "session_id": self.session_id,
        }
        if not isinstance(self.user_message, Unset):
            field_dict["user_message"] = self.user_message
        if not isinstance(self.review_payload, Unset):
            field_dict["review_payload"] = (
                [
                    element.to_dict()
                    if type(element) is OptimizerChatRegressionReviewItem
                    else written(element, "review_payload", self)
                    for element in self.review_payload
                ]
                if type(self.review_payload) is list
                else written(self.review_payload, "review_payload", self)
            )
        if self.additional_properties:
            field_dict = {**self.additional_properties, **field_dict}
        if self._mismatched is not None:
            field_dict = as_received(field_dict)

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
            files.append((prop_name, (None, form_text(prop, prop_name), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _imports_pending:
            _import_models()
        _field = ""
        _found: list[Received] | None = None
        try:
            if type(src_dict) is not dict:
                expect_object(src_dict)
            _present = 1
            _field = "session_id"
            try:
                session_id: Any = src_dict["session_id"]
                if type(session_id) is not int:
                    session_id = checked(session_id, (int,))
            except FIELD_ERRORS as _error:
                session_id, _found = tolerated(src_dict, "session_id", _error, _found, "int")

            _field = "user_message"
            try:
                if "user_message" in src_dict:
                    user_message: Any = src_dict["user_message"]
                    _present += 1
                    if type(user_message) is not str:
                        user_message = checked(user_message, (str,))
                else:
                    user_message = UNSET
            except FIELD_ERRORS as _error:
                user_message, _found = tolerated(src_dict, "user_message", _error, _found, "str")

            _field = "review_payload"
            try:
                if "review_payload" in src_dict:
                    review_payload: Any = src_dict["review_payload"]
                    _present += 1
                    if type(review_payload) is not list:
                        review_payload = checked(review_payload, (list,))
                    review_payload = [
                        OptimizerChatRegressionReviewItem.from_dict(element) for element in review_payload
                    ]

                else:
                    review_payload = UNSET
            except FIELD_ERRORS as _error:
                review_payload, _found = tolerated(
                    src_dict,
                    "review_payload",
                    _error,
                    _found,
                    "list[OptimizerChatRegressionReviewItem]",
                    lambda element: OptimizerChatRegressionReviewItem.from_dict(element),
                )

            _instance = cls(
                session_id=session_id,
                user_message=user_message,
                review_payload=review_payload,
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
    global _imports_pending, OptimizerChatRegressionReviewItem  # noqa: PLW0603
    from ..models.optimizer_chat_regression_review_item import OptimizerChatRegressionReviewItem  # noqa: PLC0415

    _imports_pending = False
