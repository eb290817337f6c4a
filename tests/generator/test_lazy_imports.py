"""The models package imports a model on first use, and still names every model for tools."""

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.generator.conftest import GenerateClient, load


@pytest.fixture(scope="module")
def package(generated_client: GenerateClient) -> ModuleType:
    return generated_client("request_bodies")


def test_importing_the_models_package_imports_no_model(package: ModuleType) -> None:
    name = f"{package.__name__}.models"
    probe = f"import sys, {name}; print(sorted(m for m in sys.modules if m.startswith('{name}.')))"
    project = str(Path(package.__path__[0]).parent)
    result = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": project},
    )
    assert result.stdout.strip() == "[]"


def test_a_model_is_imported_on_first_use_and_every_name_is_listed(package: ModuleType) -> None:
    models = load(package, "models")
    assert models.Agent.__module__ == f"{package.__name__}.models.agent"
    assert {"Agent", "Upload"} <= set(dir(models)) == set(models.__all__)
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        _ = models.Nope
