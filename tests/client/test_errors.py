"""Each status maps to its typed error, with what a user needs to report it; *_detailed never raises for
a status."""

from collections.abc import Callable

import pytest
from cekura_api_client import AuthenticatedClient, CekuraError
from cekura_api_client import errors as e
from pytest_httpserver import HTTPServer

from .calls import MODES, fetch, fetch_detailed
from .conftest import PATH

STATUSES = {
    400: e.BadRequestError,
    401: e.AuthenticationError,
    403: e.PermissionDeniedError,
    404: e.NotFoundError,
    409: e.ConflictError,
    422: e.UnprocessableEntityError,
    429: e.RateLimitError,
    500: e.ServerError,
    502: e.ServerError,
    503: e.ServerError,
    504: e.ServerError,
    302: e.UnexpectedStatus,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "kind"), STATUSES.items())
def test_status_raises_its_typed_error(
    httpserver: HTTPServer, client: AuthenticatedClient, mode: str, status: int, kind: type[e.APIStatusError]
) -> None:
    body = '{"detail": "Project-scoped API keys are not allowed"}'
    httpserver.expect_request(PATH).respond_with_data(body, status=status, headers={"X-Request-ID": "req-42"})
    with pytest.raises(kind) as raised:
        fetch(client, mode)
    error = raised.value
    assert type(error) is kind
    assert isinstance(error, CekuraError)
    assert (error.status_code, error.body, error.method) == (status, body.encode(), "GET")
    assert error.url == httpserver.url_for(PATH)
    assert error.request_id == "req-42"
    assert all(part in str(error) for part in (str(status), "GET", PATH, "req-42", "Project-scoped"))
    assert error.parsed_body == {"detail": "Project-scoped API keys are not allowed"}
    assert error.field_errors == {"detail": ["Project-scoped API keys are not allowed"]}
    assert error.response is not None and error.response.status_code == status


def test_a_long_body_is_truncated_in_the_message_and_kept_whole(
    httpserver: HTTPServer, client: AuthenticatedClient
) -> None:
    body = "<html>" + "x" * 5000 + "</html>"
    httpserver.expect_request(PATH).respond_with_data(body, status=404)
    with pytest.raises(e.NotFoundError) as raised:
        fetch(client, "sync")
    assert len(str(raised.value)) < 800
    assert raised.value.body == body.encode()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [403, 404, 500])
def test_detailed_returns_the_response_for_every_status(
    httpserver: HTTPServer, client: AuthenticatedClient, mode: str, status: int
) -> None:
    httpserver.expect_request(PATH).respond_with_data("nope", status=status)
    response = fetch_detailed(client, mode)
    assert (response.status_code, response.content, response.parsed) == (status, b"nope", None)


def test_detailed_can_raise_for_undocumented_statuses(
    httpserver: HTTPServer, make_client: Callable[..., AuthenticatedClient]
) -> None:
    httpserver.expect_request(PATH).respond_with_data("teapot", status=418)
    with pytest.raises(e.UnexpectedStatus) as raised:
        fetch_detailed(make_client(raise_on_unexpected_status=True), "sync")
    assert raised.value.status_code == 418
    assert raised.value.content == b"teapot"


@pytest.mark.parametrize("mode", MODES)
def test_no_server_is_a_connection_error(
    make_client: Callable[..., AuthenticatedClient], refused_url: str, mode: str
) -> None:
    with pytest.raises(e.APIConnectionError) as raised:
        fetch(make_client(base_url=refused_url), mode)
    assert raised.value.method == "GET"
    assert raised.value.url.startswith(refused_url)
    assert not isinstance(raised.value, e.APITimeoutError)
