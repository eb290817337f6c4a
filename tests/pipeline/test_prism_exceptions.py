"""The Prism sweep's list of upstream defects, as make update-spec rewrites it (tooling/quality/prism_exceptions.py)."""

import shutil
from pathlib import Path

import pytest

from tooling.quality import prism_exceptions
from tooling.quality.prism_exceptions import EXCEPTIONS, REVIEW, listed, rewritten, write

SECTIONS = ("static", "dynamic", "request-examples")


def test_a_rewrite_keeps_reasons_drops_what_passes_and_marks_the_new_for_review() -> None:
    known = {
        "GET /kept": {"kind": "prism-schema-violation", "reason": "a person's words"},
        "GET /passes-now": {"kind": "prism-schema-violation", "reason": "gone"},
        "GET /fails-otherwise": {"kind": "prism-schema-violation", "reason": "no longer true"},
    }
    failures = {
        "GET /kept": ("prism-schema-violation", "the sweep's words"),
        "GET /fails-otherwise": ("example-violates-schema", "id: 'x' is not an integer"),
        "GET /new": ("prism-schema-violation", "runs: [] is not of type 'object'"),
    }
    assert rewritten(known, failures) == {
        "GET /kept": {"kind": "prism-schema-violation", "reason": "a person's words"},
        "GET /fails-otherwise": {"kind": "example-violates-schema", "reason": REVIEW + "id: 'x' is not an integer"},
        "GET /new": {"kind": "prism-schema-violation", "reason": REVIEW + "runs: [] is not of type 'object'"},
    }


def test_writing_the_sections_back_as_they_are_changes_no_byte(tmp_path: Path) -> None:
    copy = tmp_path / EXCEPTIONS.name
    shutil.copyfile(EXCEPTIONS, copy)
    for section in SECTIONS:
        write(section, listed(section, copy), copy)
    assert copy.read_bytes() == EXCEPTIONS.read_bytes()


def test_a_section_is_replaced_alone_and_reads_back(tmp_path: Path) -> None:
    copy = tmp_path / EXCEPTIONS.name
    shutil.copyfile(EXCEPTIONS, copy)
    entries = {'POST /a "quoted" — path @seed 1': {"kind": "prism-schema-violation", "reason": "it's: [a]"}}
    write("dynamic", entries, copy)
    assert listed("dynamic", copy) == entries
    assert all(listed(section, copy) == listed(section) for section in ("static", "request-examples"))
    assert copy.read_text(encoding="utf-8").startswith(EXCEPTIONS.read_text(encoding="utf-8").split("static:")[0])
    write("dynamic", {}, copy)
    assert "dynamic: {}\n" in copy.read_text(encoding="utf-8")


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("0", False), (None, False)])
def test_only_update_spec_rewrites_it(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: bool) -> None:
    if value is None:
        monkeypatch.delenv(prism_exceptions.UPDATE, raising=False)
    else:
        monkeypatch.setenv(prism_exceptions.UPDATE, value)
    assert prism_exceptions.updating() is expected
