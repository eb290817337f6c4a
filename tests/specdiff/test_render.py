"""Readability at scale: the summary comes first, changes are grouped worst first in collapsible
sections, a component change lists the operations reaching it, and markdown stays under GitHub's cap."""

from tooling.specdiff.changes import Change, Level
from tooling.specdiff.render import Report, markdown, text

GITHUB_LIMIT = 65_536


def report(count: int) -> Report:
    added = [Change(f"GET /things/{n}/", "", "api-operation-added", Level.INFO, "added") for n in range(count)]
    reached = tuple(f"GET /things/{n}/" for n in range(60))
    component = Change("components.schemas.Thing", "name", "response-required-property-removed", Level.ERR,
                       "removed: the old client requires it", reached)  # fmt: skip
    renamed = Change("GET /a/", "", "api-operation-id-changed", Level.NONE, "operationId a -> b")
    return Report("main:openapi.yaml", "openapi.yaml", [component, renamed, *added], [])


def test_markdown_stays_under_githubs_limit_and_counts_what_it_leaves_out() -> None:
    out = markdown(report(5000))
    assert len(out) < GITHUB_LIMIT
    shown = out.count("`api-operation-added` | `GET /things/")
    assert 0 < shown < 5000
    assert f"… and {5000 - shown} more (the JSON report has every change: the `spec-diff.json` artifact" in out
    assert out.rstrip().endswith("No breaking changes to the client's Python API.")


def test_markdown_starts_with_the_summary_then_the_worst() -> None:
    out = markdown(report(3))
    assert out.index("- **wire**") < out.index("| `api-operation-added` | 3 | INFO | INFO |")
    sections = [out.index(title) for title in ("Breaks deployed clients", "Breaks code when", "Information")]
    assert sections == sorted(sections)
    assert "<details open><summary><b>Breaks deployed clients (wire ERR)</b>: 1</summary>" in out
    assert "<details><summary>reached by 60 operations</summary>`GET /things/0/`<br>" in out
    assert "<br>… and 10 more</details>" in out


def test_text_puts_the_summary_first() -> None:
    lines = text(report(2), colour=False).splitlines()
    assert lines[1] == "  wire   (a client generated from the old spec, already deployed): 1 ERR, 0 WARN, 2 INFO"
    assert lines[2] == "  source (code written against the client, once it is regenerated): 2 ERR, 0 WARN, 2 INFO"
    assert "Breaks deployed clients (wire ERR) (1), wire source:" in lines
