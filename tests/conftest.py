"""Fixtures shared by every test group: the resolved spec and the generated package."""

from typing import Any

import pytest

from tooling.examples import Examples
from tooling.resolve import resolve


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """openapi.yaml with the overlay applied: what generated/ was generated from."""
    return resolve().document


@pytest.fixture(scope="session")
def documented(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Component name -> the example payloads the spec documents for it."""
    return Examples(spec).by_component()
