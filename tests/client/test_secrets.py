"""The API key never appears in a repr, a str, a log record or an exception message."""

import logging
import traceback
from collections.abc import Callable

import pytest
from cekura_api_client import AuthenticatedClient
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.errors import CekuraError
from pytest_httpserver import HTTPServer

from .conftest import API_KEY, PATH


def outcomes(make_client: Callable[..., AuthenticatedClient], httpserver: HTTPServer, refused_url: str) -> list[str]:
    """Text of every object and error a user might print, over a success, errors, retries and no server."""
    texts = []
    client = make_client()
    texts += [repr(client), str(client), repr(client.get_httpx_client()), repr(client._auth())]
    for status in (200, 401, 403, 404, 429, 500, 503):
        httpserver.expect_oneshot_request(PATH).respond_with_data("{}", status=status)
    for _ in range(7):
        try:
            texts.append(repr(billing_info_retrieve.sync_detailed(client=client)))
            texts.append(repr(billing_info_retrieve.sync(client=client)))
        except CekuraError as error:
            texts += [str(error), repr(error), "".join(traceback.format_exception(error))]
    try:
        billing_info_retrieve.sync(client=make_client(base_url=refused_url))
    except CekuraError as error:
        texts += [str(error), "".join(traceback.format_exception(error))]
    return texts


def test_the_key_is_in_no_output(
    make_client: Callable[..., AuthenticatedClient],
    httpserver: HTTPServer,
    refused_url: str,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    texts = outcomes(make_client, httpserver, refused_url)
    captured = capsys.readouterr()
    everything = [*texts, captured.out, captured.err, caplog.text, *(str(r.args) for r in caplog.records)]
    assert any("retrying GET" in text for text in everything), "the retries were logged"
    assert len(texts) > 10
    leaks = [text for text in everything if API_KEY in text]
    assert leaks == []
