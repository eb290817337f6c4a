"""Each template override is a readable delta from the stock template it forks (a golden record, as
openapi-python-client keeps for custom templates): a generator upgrade that changes a stock template
fails here, naming the override to re-merge."""

import pytest

from tooling.quality import template_deltas


@pytest.mark.parametrize("name", template_deltas.overrides())
def test_the_override_forks_the_installed_generator(name: str) -> None:
    assert template_deltas.forked_version(name) == template_deltas.INSTALLED, (
        f"templates/{name} forks another generator version: re-merge it with the stock template, "
        "update its header, then run `make template-deltas`"
    )


@pytest.mark.parametrize("name", template_deltas.overrides())
def test_the_delta_from_the_stock_template_is_the_recorded_one(name: str) -> None:
    recorded = template_deltas.delta_file(name)
    assert recorded.is_file(), f"no recorded delta for templates/{name}: run `make template-deltas`"
    assert template_deltas.delta(name) == recorded.read_text(encoding="utf-8"), (
        f"templates/{name} or its stock template changed; review the difference, then `make template-deltas`"
    )
