"""The README says what the package covers, as the vendored document does."""

from tooling import coverage
from tooling.resolve import resolve


def test_the_readme_coverage_table_is_the_vendored_documents() -> None:
    assert coverage.current() == coverage.table(resolve().document), (
        "README.md's coverage table is stale: run `.venv/bin/python -m tooling.coverage --write`"
    )
