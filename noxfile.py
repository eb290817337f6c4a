"""`make test-matrix`: the generated package's own tests on every Python it declares (3.10 to 3.13) but the
one `make pytest` ran them on, and once more with the lowest dependency versions it declares (client_lowest).

The package is installed from generated/ as a user would (a wheel build, not the source tree), so its
metadata and dependencies are tested too. Interpreters come from pyenv when present, else from PATH;
a version missing on this machine is skipped, not failed.
"""

import sys
from pathlib import Path

import nox

from tooling.release.pythons import VERSIONS, interpreter

TEST_DEPENDENCIES = [
    "pytest",
    "pytest-xdist",
    "pytest-timeout",
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
    "jsonschema-rs",  # the validator backend tooling.pipeline.resolve names in its cache key
]

# The client's behaviour and the billing contract. The contract sweeps (every documented example, hypothesis
# payloads for every schema) exercise the same generated code on each Python, at minutes per run on the
# complete document, so they run once, in `make test`'s own pytest; so do the stress cases (32 threads, 500
# tasks, forks), which test this package's locks, not the interpreter's.
# Two hostile modules need the generator, which these sessions do not install (they test the package as a user
# installs it): test_paths names every operation as the generator does, test_request_values generates a fixture
# client. Their runtime code is the package's, run once in `make test`'s pytest.
NEEDS_GENERATOR = ["tests/hostile/test_paths.py", "tests/hostile/test_request_values.py"]
PER_PYTHON_TESTS = [
    "tests/client",
    "tests/hostile",
    "tests/contract/test_billing.py",
    "-m",
    "not stress",
    *(f"--ignore={module}" for module in NEEDS_GENERATOR),
]

# Two workers, whole files each, as in make test: the client tests mostly wait on their servers' faults.
PYTEST = ["python", "-m", "pytest", "-p", "no:cacheprovider", "-o", "pythonpath=.", "-n", "2", "--dist", "loadfile"]

nox.options.default_venv_backend = "uv"
nox.options.error_on_missing_interpreters = False


# `make pytest` has just run these tests on the toolchain's own Python (.venv's, which runs nox too), and
# client_lowest runs them on the oldest (with the oldest dependencies): `client` adds the newest, latest
# dependencies. The versions between are bracketed by those three, and each session costs about 90 s of a
# `make test` kept under 15 minutes; `nox -s client --force-python 3.12` runs one on demand.
TOOLCHAIN = f"{sys.version_info.major}.{sys.version_info.minor}"


@nox.session(python=[interpreter(version) for version in VERSIONS[-1:] if version != TOOLCHAIN])
def client(session: nox.Session) -> None:
    session.install("./generated", *TEST_DEPENDENCIES)
    session.run(*PYTEST, *PER_PYTHON_TESTS)


@nox.session(python=interpreter(VERSIONS[0]))
def client_lowest(session: nox.Session) -> None:
    """The client's tests with the lowest versions generated/pyproject.toml allows (httpx 0.26, attrs 22.2,
    anyio 4.0, python-dateutil 2.8): uv resolves the package's own dependencies with
    `--resolution lowest-direct`, and that resolution constrains the install of the package and the tests'
    tools. Once, on the oldest Python, the one those lowest versions must still support."""
    # Beside the venv, not in session.create_tmp(): that also points TMPDIR into .nox/, where the tests'
    # Unix socket paths outgrow the 108 bytes AF_UNIX allows.
    lowest = Path(session.virtualenv.location) / "lowest.txt"
    uv = str(Path(sys.executable).parent / "uv")
    compile_lowest = [uv, "pip", "compile", "--quiet", "--resolution", "lowest-direct", "--python-version", VERSIONS[0]]
    session.run(*compile_lowest, "generated/pyproject.toml", "-o", str(lowest), external=True)
    # httpx-aiohttp, the opt-in transport, needs httpx 0.27 or later: its test runs on the matrix above.
    tools = [name for name in TEST_DEPENDENCIES if name != "httpx-aiohttp"]
    session.install("-c", str(lowest), "./generated", *tools)
    session.run(*PYTEST, "-q", *PER_PYTHON_TESTS, "--ignore=tests/client/test_aiohttp_transport.py")
