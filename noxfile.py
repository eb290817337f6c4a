"""`make test-matrix`: the generated package's own tests on every Python it declares (3.10 to 3.13).

The package is installed from generated/ as a user would (a wheel build, not the source tree), so its
metadata and dependencies are tested too. Interpreters come from pyenv when present, else from PATH;
a version missing on this machine is skipped, not failed.
"""

import nox

from tooling.pythons import VERSIONS, interpreter

TEST_DEPENDENCIES = [
    "pytest",
    "pytest-httpserver",
    "anyio",
    "trio",
    "httpx-aiohttp",
    "hypothesis<6.170.10",
    "hypothesis-jsonschema",
    "jsonschema",
    "rfc3339-validator",
    "pyyaml",
    "jsonpath-rfc9535",
    "openapi-spec-validator",
]

# The client's behaviour and the billing contract. The contract sweeps (every documented example, hypothesis
# payloads for every schema) exercise the same generated code on each Python, at minutes per run on the
# complete document, so they run once, in `make test`'s own pytest.
PER_PYTHON_TESTS = ["tests/client", "tests/contract/test_billing.py"]

nox.options.default_venv_backend = "uv"
nox.options.error_on_missing_interpreters = False


@nox.session(python=[interpreter(version) for version in VERSIONS])
def client(session: nox.Session) -> None:
    session.install("./generated", *TEST_DEPENDENCIES)
    session.run("python", "-m", "pytest", "-p", "no:cacheprovider", "-o", "pythonpath=.", *PER_PYTHON_TESTS)
