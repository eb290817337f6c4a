"""The clients' keywords are typed once (runtime/keywords.py) and held here to the client's fields, so a
field added to the client cannot be left untyped, nor a keyword typed that the client does not take.
(tests/pipeline/test_typed_edges.py shows mypy --strict refusing a misspelled one.)"""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import pytest
from cekura_api_client import AsyncCekura, AuthenticatedClient, Cekura, Client, RequestOptions
from cekura_api_client.runtime.keywords import AuthenticatedClientOptions, ClientOptions, OptionChanges

from .conftest import API_KEY


def typed(keywords: type) -> dict[str, str]:
    """A TypedDict's keys and their types as written."""
    return {name: kind.__forward_arg__ for name, kind in keywords.__annotations__.items()}


def fields(kind: type) -> dict[str, attrs.Attribute[Any]]:
    """The fields an attrs class's constructor takes, by keyword."""
    return {field.alias: field for field in attrs.fields(kind) if field.init}


@pytest.mark.parametrize(
    ("keywords", "client"), [(ClientOptions, Client), (AuthenticatedClientOptions, AuthenticatedClient)]
)
def test_the_typed_keywords_are_the_clients_fields(keywords: type, client: type) -> None:
    declared, taken = typed(keywords), fields(client)
    assert set(declared) == set(taken)
    for name, field in taken.items():
        stored = str(field.type).split(" | ")
        if field.converter is None:
            assert declared[name].split(" | ") == stored, name
        else:  # a converter may take more than the field keeps (seconds for an httpx.Timeout)
            assert set(stored) <= set(declared[name].split(" | ")), name


def parameters(function: Any) -> list[tuple[str, inspect._ParameterKind]]:
    return [(p.name, p.kind) for p in inspect.signature(function).parameters.values()]


def test_the_constructors_take_only_the_typed_keywords() -> None:
    keyword, positional, rest = (
        inspect.Parameter.KEYWORD_ONLY,
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.VAR_KEYWORD,
    )
    assert parameters(AuthenticatedClient.__init__) == [
        ("self", positional),
        ("base_url", positional),
        ("token", keyword),
        ("options", rest),
    ]
    assert parameters(AuthenticatedClient.from_env) == [("token", keyword), ("kwargs", rest)]
    for kind in (Cekura, AsyncCekura):
        assert parameters(kind.__init__)[1:] == [("client", keyword), ("options", rest)]
        assert parameters(kind.with_options)[1:] == [("changes", rest)]
    assert parameters(AuthenticatedClient.with_options)[1:] == [("changes", rest)]


def test_with_options_changes_only_what_a_call_or_the_client_has() -> None:
    call = {field.name for field in attrs.fields(RequestOptions)}
    assert set(typed(OptionChanges)) <= call | set(fields(Client))


@pytest.mark.parametrize("make", [AuthenticatedClient, Cekura, AuthenticatedClient.from_env])
def test_a_misspelled_keyword_is_refused_naming_it(make: Any) -> None:
    with pytest.raises(TypeError, match="timout"):
        make(api_key=API_KEY, timout=5)


def test_base_url_may_come_first_or_as_a_keyword() -> None:
    assert str(AuthenticatedClient("http://first.example/", api_key=API_KEY)._url) == "http://first.example/"
    assert str(AuthenticatedClient(base_url="http://named.example/", api_key=API_KEY)._url) == "http://named.example/"
