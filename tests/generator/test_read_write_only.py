"""readOnly properties stay out of request bodies (nested ones too); a required writeOnly property is
not required in an answer, which never holds it."""

import json
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.generator.conftest import GenerateClient, load

ANSWER = {"id": 7, "number": "+15550100", "owner": {"id": 3, "name": "ops"}}


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("read_write_only")


def test_read_only_properties_are_left_out_of_a_request(package: ModuleType, httpserver: HTTPServer) -> None:
    sent: list[Request] = []

    def handler(request: Request) -> Response:
        sent.append(request)
        return Response(json.dumps(ANSWER), status=201, content_type="application/json")

    httpserver.expect_request("/numbers/", method="POST").respond_with_handler(handler)
    models = load(package, "models")
    number = models.PhoneNumber.from_dict(ANSWER)
    number.secret = "s3cr3t"
    client = package.AuthenticatedClient(base_url=httpserver.url_for("/"), token="key")
    created = load(package, "api.default.numbers_create").sync(client=client, body=number)
    assert json.loads(sent[0].get_data()) == {"number": "+15550100", "secret": "s3cr3t", "owner": {"name": "ops"}}
    assert created.to_dict() == ANSWER


def test_an_answer_without_a_required_write_only_property_parses(package: ModuleType) -> None:
    number = load(package, "models").PhoneNumber.from_dict(ANSWER)
    assert number.secret is load(package, "types").UNSET
    assert number.to_dict() == ANSWER  # outside a request, readOnly properties round-trip


def test_a_missing_required_property_that_is_not_write_only_is_still_an_error(package: ModuleType) -> None:
    errors = load(package, "errors")
    with pytest.raises(errors.SchemaValidationError, match="`number`: required field is missing"):
        load(package, "models").PhoneNumber.from_dict({"id": 7})
