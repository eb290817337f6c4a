"""Hostile input, processes and concurrency: one table-driven file per category, every case time-limited.

Each case states what a hostile caller or server does and what the client must answer: a typed error naming
the problem, nothing sent that should not be, nothing lost, no secret in any repr, log, pickle or message.
Cases marked `stress` (many threads, tasks or processes) run once in `make test`, not on every Python.
"""

import pytest

from tests.client.conftest import *  # noqa: F403  # the clients and servers the client tests use

# Seconds a case may take unless it says otherwise with its own @pytest.mark.timeout: a hang is a failure.
CASE_TIME_LIMIT = 20


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith("tests/hostile/") and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(CASE_TIME_LIMIT))
