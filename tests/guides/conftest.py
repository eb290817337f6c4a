"""Cekura's guides (github.com/cekura-ai/docs) as acceptance tests: each API call a guide shows is made
through this client against a local server that records the request, and the request must be the guide's
own. The guide's snippet is kept beside each case as data (its file and line in that repository); these
tests never read the guides themselves. The server answers 418 to everything: the request is what is
judged, and a 418 is neither parsed nor retried."""

import contextlib
import functools
import importlib
import json
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

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


@dataclass(frozen=True)
class Call:
    """A guide's call with a JSON body or none: the function that makes it (`<tag>.<module>` under
    cekura_api_client.api) or, where the resource client sends the guide's path, that method
    (`cekura.<resource>.<method>`); its path arguments, query and body (as the guide writes it); and the
    request it must be."""

    guide: Guide
    function: str
    method: str
    path: str
    arguments: tuple[Any, ...] = ()
    query: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    sent_query: dict[str, str] = field(default_factory=dict)
    resource: str | None = None
    deprecated: bool = False  # the document deprecates the guide's path (for its v2)


def make(call: Call, send: Callable[[Callable[[Cekura], object]], Request]) -> Request:
    """Make the call, its body built with the body class's from_dict (so the class must carry every
    field of the guide's body through to the request); the request it sent."""
    sync = importlib.import_module(f"cekura_api_client.api.{call.function}").sync
    body = {} if call.body is None else {"body": _json_class(sync).from_dict(call.body)}

    def invoke(cekura: Cekura) -> object:
        if call.resource is None:
            return sync(*call.arguments, client=cekura.client, **call.query, **body)
        method: Callable[..., object] = functools.reduce(getattr, call.resource.split(".")[1:], cast(Any, cekura))
        return method(*call.arguments, **call.query, **body)

    with pytest.warns(DeprecationWarning) if call.deprecated else contextlib.nullcontext():
        return send(invoke)


def check(call: Call, send: Callable[[Callable[[Cekura], object]], Request]) -> None:
    """The call sends the guide's request."""
    sent = Sent(call.method, call.path, query=call.sent_query, json=NO_JSON if call.body is None else call.body)
    assert_sent(make(call, send), sent)


def _json_class(sync: Callable[..., object]) -> Any:
    """The class of the JSON body a function takes: the first class of its `body` that has from_dict."""
    body = typing.get_type_hints(sync)["body"]
    return next(member for member in typing.get_args(body) or (body,) if hasattr(member, "from_dict"))
