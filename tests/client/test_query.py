"""Query values of the shipped client's `style: form, explode: false` parameters, on a real server (the
generator's own test checks the template with a tiny client; this one pins the runtime the package ships)."""

from typing import Any

import pytest
from cekura_api_client import AuthenticatedClient
from cekura_api_client.api.test_framework import runs_list
from cekura_api_client.runtime.query import comma_separated
from cekura_api_client.types import UNSET
from pytest_httpserver import HTTPServer

RUNS = "/test_framework/v2/runs/"


def test_list_parameters_are_sent_comma_separated(httpserver: HTTPServer, client: AuthenticatedClient) -> None:
    query = {"id__in": "1,2", "status__in": "ok,failed", "scenario__id__in": "7"}
    httpserver.expect_request(RUNS, query_string=query).respond_with_json({"count": 0, "results": []})
    response = runs_list.sync_detailed(client=client, id_in=[1, 2], status_in=["ok", "failed"], scenario_id_in=[7])
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("values", "sent"),
    [([True, False, 0, 1.5, "a b"], "true,false,0,1.5,a b"), ([], ""), (None, None), (UNSET, UNSET), ("x", "x")],
)
def test_values_are_written_as_httpx_writes_one_value(values: Any, sent: Any) -> None:
    assert comma_separated(values, "id__in") == sent
