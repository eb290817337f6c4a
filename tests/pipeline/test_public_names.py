"""What the README names a user can import from where a user looks: the package root or its `errors`
module (models from `models`), never from `runtime.*`; and what an absent field prints."""

import re
from pathlib import Path

import cekura_api_client
from cekura_api_client import errors
from cekura_api_client.models import ActiveMessageStatus
from cekura_api_client.runtime import errors as runtime_errors
from cekura_api_client.runtime import pagination, waiting

ROOT = Path(__file__).parents[2]
READMES = [ROOT / "README.md", ROOT / "generated" / "README.md"]
IMPORT = re.compile(r"^from (cekura_api_client[\w.]*) import (.+)$", re.MULTILINE)
# A class or constant written in backquotes in the prose: `SyncPage`, `UNSET`.
NAMED = re.compile(r"`([A-Z][A-Za-z]+)`")
NOT_OURS = {"None", "TimeoutError", "X"}  # Python's, and a type variable of the prose


def readme_names() -> set[str]:
    names = set()
    for readme in READMES:
        text = readme.read_text(encoding="utf-8")
        names |= set(NAMED.findall(text))
        for module, imported in IMPORT.findall(text):
            if module != "cekura_api_client.models":
                names |= {name.strip(" ()") for name in imported.split(",")} - {""}
    return names - NOT_OURS


def test_the_readmes_import_nothing_from_the_runtime() -> None:
    modules = {module for readme in READMES for module, _ in IMPORT.findall(readme.read_text(encoding="utf-8"))}
    assert modules <= {"cekura_api_client", "cekura_api_client.errors", "cekura_api_client.models"}


def test_every_name_the_readme_uses_is_importable_from_the_root_or_errors() -> None:
    names = readme_names()
    assert {"Cekura", "SyncPage", "AsyncPager", "WaitTimeoutError", "UNSET", "File"} <= names
    public = set(cekura_api_client.__all__) | set(errors.__all__) | {"errors"}
    assert sorted(names - public) == []
    for name in names - {"errors"}:
        assert getattr(cekura_api_client, name, None) is not None or hasattr(errors, name), name


def test_the_pages_and_the_wait_error_are_the_runtimes_own() -> None:
    assert (cekura_api_client.SyncPage, cekura_api_client.AsyncPager) == (pagination.SyncPage, pagination.AsyncPager)
    assert cekura_api_client.AsyncPage is pagination.AsyncPage
    assert errors.WaitTimeoutError is waiting.WaitTimeoutError is runtime_errors.WaitTimeoutError
    assert issubclass(errors.WaitTimeoutError, (errors.CekuraError, TimeoutError))


def test_errors_lists_every_error_the_runtime_defines() -> None:
    defined = {
        name
        for name, value in vars(runtime_errors).items()
        if isinstance(value, type) and issubclass(value, Exception) and not name.startswith("_")
    }
    assert defined == set(errors.__all__)


def test_an_absent_field_prints_as_unset() -> None:
    assert repr(cekura_api_client.UNSET) == "UNSET"
    shown = repr(ActiveMessageStatus.from_dict({"content": "hi"}))
    assert shown.startswith("ActiveMessageStatus(id=UNSET, status=UNSET, content='hi', error=UNSET,"), shown
