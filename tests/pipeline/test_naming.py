"""naming.api_module: the generator's module names, restated without importing the generator."""

import pytest
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

from tooling.pipeline.naming import api_module, python_identifier

SAMPLES = [
    "kept-get",
    "kept_get",
    "Kept-Get",
    "getUserById",
    "HTTPServerList",
    ".well-known-oauth-authorization-server-retrieve",
    "_private",
    "__dunder",
    "1st-thing",
    "class",
    "list",
    "id",
    "self",
    "Call Logs",
    "a--b..c",
    "données-list",
    "x/y{z}",
    "",
]


@pytest.mark.parametrize("value", SAMPLES)
@pytest.mark.parametrize("prefix", ["field_", "tag"])
def test_identifiers_are_the_generators(value: str, prefix: str) -> None:
    assert python_identifier(value, prefix) == PythonIdentifier(value, prefix)


@pytest.mark.parametrize("path", ["/users/{id}/", "/users", "/", "/a/{b}/c/"])
def test_an_operation_without_an_id_gets_the_generators_name(path: str) -> None:
    expected = PythonIdentifier(generate_operation_id(path=UntrustedString(path), method="get", prefix="field_"), "")
    assert api_module("get", path, {}) == f"api.default.{expected}"


def test_a_dash_or_an_underscore_is_the_same_module() -> None:
    dashed = api_module("get", "/x/", {"operationId": "user-onboarding-retrieve", "tags": ["user"]})
    assert dashed == api_module("get", "/x/", {"operationId": "user_onboarding_retrieve", "tags": ["user"]})
    assert dashed == "api.user.user_onboarding_retrieve"
    assert api_module("get", "/x/", {"operationId": "user-onboarding-list", "tags": ["User"]}) != dashed
