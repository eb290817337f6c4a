"""Cekura's guides (github.com/cekura-ai/docs) as acceptance tests: each API call a guide shows is made
through this client against a local server that records the request, and the request must be the guide's
own. The guide's snippet is kept beside each case as data (its file and line in that repository); these
tests never read the guides themselves. The server answers 418 to everything: the request is what is
judged, and a 418 is neither parsed nor retried."""

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from cekura_api_client import Cekura
from cekura_api_client.errors import APIStatusError
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

API_KEY = "ck-guide-key"
NO_JSON = object()


@dataclass(frozen=True)
class Guide:
    """A guide's API call: where it is (`file:line` in cekura-ai/docs) and its code, copied as it is."""

    source: str
    snippet: str


@dataclass(frozen=True)
class Sent:
    """What the guide's request carries. `files`: part name -> (file name, content type, bytes)."""

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    json: Any = NO_JSON
    form: dict[str, str] | None = None
    files: dict[str, tuple[str, str, bytes]] | None = None


@pytest.fixture
def cekura(httpserver: HTTPServer) -> Iterator[Cekura]:
    with Cekura(api_key=API_KEY, base_url=httpserver.url_for("/")) as client:
        yield client


@pytest.fixture
def send(httpserver: HTTPServer, cekura: Cekura) -> Callable[[Callable[[Cekura], object]], Request]:
    """send(lambda cekura: ...) -> the one request the call made."""

    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(b"{}", status=418, content_type="application/json")

    httpserver.expect_request(re.compile(".*")).respond_with_handler(handler)

    def record(call: Callable[[Cekura], object]) -> Request:
        seen.clear()
        with pytest.raises(APIStatusError):
            call(cekura)
        assert len(seen) == 1
        return seen[0]

    return record


def assert_sent(request: Request, sent: Sent) -> None:
    """The request is the guide's: method, path, query, API key, and the body as the guide sends it."""
    assert (request.method, request.path) == (sent.method, sent.path)
    assert request.args.to_dict() == sent.query
    assert request.headers["X-CEKURA-API-KEY"] == API_KEY
    if sent.json is not NO_JSON:
        assert request.mimetype == "application/json"
        assert json.loads(request.get_data()) == sent.json
    elif sent.form is not None or sent.files is not None:
        assert request.mimetype == "multipart/form-data"
        assert request.form.to_dict() == (sent.form or {})
        files = {name: (part.filename, part.mimetype, part.read()) for name, part in request.files.items()}
        request.close()  # the parts werkzeug spooled
        assert files == (sent.files or {})
    else:
        assert request.get_data() == b""
