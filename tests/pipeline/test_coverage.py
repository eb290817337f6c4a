"""docs/coverage.md says what the package covers, as the vendored document does."""

import pytest

from tests.build_cache import resolved_spec
from tooling.reference import coverage


@pytest.mark.derived
def test_the_coverage_table_is_the_vendored_documents() -> None:
    assert coverage.current() == coverage.table(resolved_spec()), (
        "docs/coverage.md's table is stale: run `.venv/bin/python -m tooling.reference.coverage --write`"
    )


def test_the_table_counts_operations_by_tag_and_credential_and_says_why_others_are_left_out() -> None:
    def operation(tag: str, *schemes: str, **extra: object) -> dict[str, object]:
        return {"tags": [tag], "security": [{scheme: []} for scheme in schemes], **extra}

    schemes = {name: {"type": "apiKey", "in": "header", "name": name} for name in ("api_key", "oauth2", "session")}
    document = {
        "components": {"securitySchemes": schemes},
        "paths": {
            "/agents/": {"get": operation("agents", "api_key", "oauth2"), "post": operation("agents", "api_key")},
            "/me/": {"get": operation("user", "oauth2"), "put": operation("user", "session")},
            "/hidden/": {"get": operation("user", "api_key", **{"x-docs-exclude": True})},
            "/hook/": {"post": operation("hooks")},
        },
    }
    assert coverage.table(document).splitlines() == [
        "3 of the document's 6 operations are public; left out: "
        "1 internal credentials only, 1 marked x-docs-exclude, 1 no security.",
        "",
        "| tag | operations | key or token | key only | token only |",
        "|---|---:|---:|---:|---:|",
        "| agents | 2 | 1 | 1 | 0 |",
        "| user | 1 | 0 | 0 | 1 |",
        "| **all** | 3 | 1 | 1 | 1 |",
    ]
