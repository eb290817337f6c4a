"""What the pipeline reports and keeps besides generated/: the file counts of `make update-spec`, and the
resolved spec of generated/ alone kept (`make generate-full` never replaces it)."""

from pathlib import Path

from tooling import project
from tooling.pipeline import generate
from tooling.project import OVERLAY
from tooling.release.update_spec import file_changes

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "billing.yaml"


def test_file_changes_count_added_removed_and_changed_files() -> None:
    before = {"a.py": "1", "b.py": "2", "c.py": "3"}
    after = {"a.py": "1", "b.py": "changed", "d.py": "4", "e.py": "5"}
    assert file_changes(before, after) == "generated/: 2 files added, 1 removed, 1 changed"


def test_only_generated_keeps_its_resolved_spec(tmp_path: Path) -> None:
    assert generate.resolved_copy(project.OUTPUT.resolve()) == generate.RESOLVED
    assert generate.resolved_copy(tmp_path / "full" / "generated") is None


def test_the_resolved_spec_is_written_where_asked(tmp_path: Path) -> None:
    copy = tmp_path / "build" / "openapi.resolved.json"
    generate.generate_into(FIXTURE, OVERLAY, tmp_path / "generated", resolved_copy=copy)
    assert "organization_id" in copy.read_text()  # the overlay applied
