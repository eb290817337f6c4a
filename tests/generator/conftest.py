"""Generated code tested the way openapi-python-client tests itself: each test module generates a tiny
client from the smallest spec that shows one feature (specs/<feature>.yaml), imports it and runs it
against a real server on 127.0.0.1."""

import importlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tooling import project
from tooling.pipeline import documents, generate

SPECS = Path(__file__).parent / "specs"
GenerateClient = Callable[[str], ModuleType]


@pytest.fixture(scope="module")
def generated_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GenerateClient]:
    """generated_client("request_bodies") -> the package generated from specs/request_bodies.yaml."""
    added: list[str] = []

    def generate_client(feature: str) -> ModuleType:
        root = tmp_path_factory.mktemp(feature)
        package = f"fixture_{feature}"
        config = root / "config.yaml"
        settings = {**documents.load(project.CONFIG), "package_name_override": package, "class_overrides": {}}
        config.write_text(yaml.safe_dump({**settings, "project_name_override": package.replace("_", "-")}))
        # A feature may bring its own resource naming rule (specs/<feature>.resources.yaml).
        own_rule = SPECS / f"{feature}.resources.yaml"
        generate.generate_into(
            SPECS / f"{feature}.yaml",
            None,
            root / "project",
            config=config,
            surface_rule=None,
            **({"resource_rule": own_rule} if own_rule.exists() else {}),
        )
        # What the generator cannot see, ruff can: an undefined name (a missing import) is F821.
        ruff = Path(sys.executable).parent / "ruff"
        subprocess.run([ruff, "check", "--no-cache", "--quiet", root / "project"], check=True)
        sys.path.insert(0, str(root / "project"))
        added.append(str(root / "project"))
        return importlib.import_module(package)

    yield generate_client
    for path in added:
        sys.path.remove(path)


@pytest.fixture(scope="module")
def models(package: ModuleType) -> ModuleType:
    """The `models` module of the package the test module's own `package` fixture generates."""
    return load(package, "models")


def load(package: ModuleType, name: str) -> ModuleType:
    """A module of a generated package, by its dotted name inside it."""
    return importlib.import_module(f"{package.__name__}.{name}")


def echo(httpserver: HTTPServer, method: str, path: str, status: int = 201, answer: bytes = b"") -> list[Request]:
    """Answer with `answer`, else the body received; keep the requests for the test to read."""
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(answer or request.get_data() or b"{}", status=status, content_type="application/json")

    httpserver.expect_request(path, method=method).respond_with_handler(handler)
    return seen


def client(package: ModuleType, httpserver: HTTPServer, **settings: Any) -> Any:
    """The generated package's client for the local server, with a key and any other `settings`."""
    return package.AuthenticatedClient(base_url=httpserver.url_for("/"), api_key="key", **settings)
