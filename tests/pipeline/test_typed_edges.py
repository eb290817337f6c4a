"""The public surface as mypy --strict sees it, from a caller's module (as test_readme.py checks the README's
blocks): the keywords of the clients' constructors and the literals of enum parameters are checked, so a
misspelling is an error on its own line with its own code, and the spellings every HTTP API doc shows pass."""

import re
from pathlib import Path

from mypy import api as mypy_api

ROOT = Path(__file__).parents[2]
CALLER = """\
from cekura_api_client import AsyncCekura, AuthenticatedClient, Cekura

cekura = Cekura(api_key="k")
runs = cekura.runs.list(status="completed", created_at_from="2024-01-15T10:30:00Z")
faster: Cekura = cekura.with_options(timeout=5, max_retries=0)
reveal_type(AsyncCekura(api_key="k").with_options(strict=True))
reveal_type(AuthenticatedClient(api_key="k").with_options(deadline=60))
Cekura(api_key="k", timout=5)
AsyncCekura(api_key="k", timout=5)
AuthenticatedClient(api_key="k", timout=5)
cekura.runs.list(status="complete")
cekura.with_options(timout=5)
"""


def test_misspellings_are_errors_and_the_documented_spellings_pass(tmp_path: Path) -> None:
    caller = tmp_path / "caller.py"
    caller.write_text(CALLER, encoding="utf-8")
    out, err, _ = mypy_api.run(["--config-file", str(ROOT / "pyproject.toml"), "--strict", str(caller)])
    errors = re.findall(r"caller\.py:(\d+): error: (.*)  \[([\w-]+)\]", out)
    assert [(int(line), code) for line, _, code in errors] == [
        (8, "call-arg"),
        (9, "call-arg"),
        (10, "call-arg"),
        (11, "arg-type"),
        (12, "call-arg"),
    ], out + err
    assert errors[0][1] == 'Unexpected keyword argument "timout" for "Cekura"; did you mean "timeout"?'
    assert errors[3][1].startswith('Argument "status" to "list" of "RunsResource" has incompatible type')
    revealed = re.findall(r'caller\.py:\d+: note: Revealed type is "([\w.]+)"', out)
    assert revealed == [
        "cekura_api_client.resources.AsyncCekura",
        "cekura_api_client.runtime.client.AuthenticatedClient",
    ]
