"""The types of query and header parameters say what runtime/values.py takes (tests/generator/test_request_values.py
runs it): an enum's members or its values as text, a date or date-time or ISO 8601 text. mypy --strict, run on a
caller of a package generated from specs/parameter_types.yaml, accepts each and names a misspelled literal."""

import ast
import re
from pathlib import Path
from types import ModuleType

import pytest
from mypy import api as mypy_api

from tests.generator.conftest import GenerateClient, load

CALLER = """\
import datetime

from fixture_parameter_types import AuthenticatedClient
from fixture_parameter_types.api.default import checks_list
from fixture_parameter_types.models import Status

client = AuthenticatedClient(api_key="k")
checks_list.sync(Status.FAILED, client=client, status="completed", maybe_status=None, default_status="failed")
checks_list.sync(Status.FAILED, client=client, status=Status.COMPLETED, statuses=["failed", Status.COMPLETED])
checks_list.sync(Status.FAILED, client=client, status="completed", day="2024-01-15", since="2024-01-15T10:30:00Z")
checks_list.sync(Status.FAILED, client=client, status="completed", day=datetime.date(2024, 1, 15), x_status="failed")
checks_list.sync(Status.FAILED, client=client, status="complete")
checks_list.sync(Status.FAILED, client=client, status="completed", statuses=["faild"])
checks_list.sync("failed", client=client, status="completed")
"""


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("parameter_types")


def test_the_parameters_take_text_where_the_runtime_takes_it(package: ModuleType) -> None:
    source = Path(str(load(package, "api.default.checks_list").__file__)).read_text(encoding="utf-8")
    sync = next(node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef) and node.name == "sync")
    arguments = sync.args.args + sync.args.kwonlyargs
    declared = {arg.arg: ast.unparse(arg.annotation) for arg in arguments if arg.annotation}
    assert declared == {
        "kind": "Status",
        "client": "AuthenticatedClient | Client",
        "status": "Status | StatusLiteral",
        "maybe_status": "Status | StatusLiteral | None | Unset",
        "default_status": "Status | StatusLiteral | Unset",
        "statuses": "list[Status | StatusLiteral] | Unset",
        "day": "datetime.date | str | Unset",
        "since": "datetime.datetime | str | Unset",
        "x_status": "Status | StatusLiteral | Unset",
        "page": "int | Unset",
        "options": "RequestOptions | None",
    }
    assert load(package, "models.status").StatusLiteral.__args__ == ("completed", "failed")


def test_mypy_accepts_each_and_names_a_misspelled_literal(package: ModuleType) -> None:
    caller = Path(str(package.__file__)).parents[1] / "caller.py"  # beside the package: mypy finds it from there
    caller.write_text(CALLER, encoding="utf-8")
    out, err, _ = mypy_api.run(["--strict", "--no-incremental", "--hide-error-context", str(caller)])
    found = re.findall(r"caller\.py:(\d+): error: .*\[([\w-]+)\]", out)
    assert found == [("12", "arg-type"), ("13", "list-item"), ("14", "arg-type")], out + err
    assert 'Argument "status" to "sync" has incompatible type "Literal[\'complete\']"' in out
