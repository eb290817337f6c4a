"""Fixtures shared by every test group: the resolved spec and the generated package."""

import typing
from collections.abc import Callable
from typing import Any

import pytest

from tests.build_cache import resolved_spec
from tooling.quality.examples import Examples


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """openapi.yaml with the overlay applied: what generated/ was generated from."""
    return resolved_spec()


@pytest.fixture(scope="session")
def documented(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Component name -> the example payloads the spec documents for it."""
    return Examples(spec).by_component()


# Figures that tests measure and print after the run, never assert. A test records each as a user property of
# its report, which pytest-xdist carries from the worker that ran it to the process that prints the summary.
FIGURE = "figure"
_figures: dict[str, list[str]] = {}

Figures = Callable[[str, str], None]
"""figures(section, line): print `line` under `section` after the run."""


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Figures:
    return lambda section, line: request.node.user_properties.append((FIGURE, (section, line)))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        for name, value in report.user_properties:
            if name == FIGURE:
                section, line = typing.cast(tuple[str, str], value)
                _figures.setdefault(section, []).append(line)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for section, lines in sorted(_figures.items()):
        terminalreporter.section(f"{section} (measured, not asserted)")
        for line in sorted(lines):  # xdist's workers report in no fixed order
            terminalreporter.write_line(line.rstrip())
