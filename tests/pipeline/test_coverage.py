"""The README says what the package covers, as the vendored document does."""

from tests.build_cache import resolved_spec
from tooling.reference import coverage


def test_the_readme_coverage_table_is_the_vendored_documents() -> None:
    assert coverage.current() == coverage.table(resolved_spec()), (
        "README.md's coverage table is stale: run `.venv/bin/python -m tooling.reference.coverage --write`"
    )
