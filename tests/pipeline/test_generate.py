"""`make generate` is atomic and deterministic, and generated/ is what the spec says it should be.

Apart from the freshness check of generated/, these generate from the billing fixture (the one-operation
excerpt the package started from), whatever document is vendored, and never edit openapi.yaml's text.
"""

import shutil
from pathlib import Path

import pytest

from tooling.pipeline import generate

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "billing.yaml"


def snapshot(root: Path) -> dict[str, bytes]:
    return {name: (root / name).read_bytes() for name in generate.tree_files(root)}


@pytest.fixture(scope="module")
def billing_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client generated from the billing fixture, once for the module."""
    target = tmp_path_factory.mktemp("billing") / "generated"
    assert generate.main(["--spec", str(FIXTURE), "--output", str(target)]) == 0
    return target


@pytest.fixture
def output(tmp_path: Path, billing_client: Path) -> Path:
    """A copy of the billing client to regenerate over."""
    target = tmp_path / "generated"
    shutil.copytree(billing_client, target)
    return target


def generate_fixture(output: Path, *options: str) -> int:
    return generate.main(["--spec", str(FIXTURE), "--output", str(output), *options])


@pytest.mark.derived
def test_generated_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert generate.main(["--check"]) == 0, capsys.readouterr()


def test_regenerating_gives_identical_bytes(output: Path, billing_client: Path) -> None:
    assert generate_fixture(output) == 0
    assert snapshot(output) == snapshot(billing_client)
    assert generate_fixture(output, "--check") == 0


def test_check_reports_a_stale_tree_with_a_diff(output: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = output / "cekura_api_client" / "models" / "billing_info.py"
    model.write_text(model.read_text() + "# edited by hand\n")
    assert generate_fixture(output, "--check") == 1
    captured = capsys.readouterr()
    assert "+# edited by hand" not in captured.out
    assert "-# edited by hand" in captured.out
    assert "is stale" in captured.err


BROKEN_SPECS = {
    "invalid YAML": ("openapi: 3.1.0\npaths: {unclosed\n", "invalid YAML"),
    "not a mapping": ("- just\n- a list\n", "expected a mapping"),
    "invalid OpenAPI": (FIXTURE.read_text().replace("  title: Cekura API\n", ""), "invalid OpenAPI at info"),
    "overlay target gone": (FIXTURE.read_text().replace("balance_expiry", "expiry"), "matches nothing"),
}


@pytest.mark.parametrize(("text", "message"), BROKEN_SPECS.values(), ids=BROKEN_SPECS.keys())
def test_a_broken_spec_leaves_generated_untouched(
    output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    before = snapshot(output)
    spec = tmp_path / "broken.yaml"
    spec.write_text(text)
    assert generate.main(["--spec", str(spec), "--output", str(output)]) == 1
    error = capsys.readouterr().err
    assert message in error
    assert str(spec) in error
    assert "left unchanged" in error
    assert snapshot(output) == before
    assert sorted(p.name for p in output.parent.iterdir()) == ["broken.yaml", "generated"]  # no scratch left


def test_a_generator_warning_fails_and_leaves_generated_untouched(
    output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A valid spec the generator cannot fully honour makes it warn; with --fail-on-warning that is an error."""
    before = snapshot(output)
    spec = tmp_path / "warns.yaml"
    unsupported_body = (
        "      requestBody:\n        content:\n          application/xml:\n            schema: {type: string}\n"
    )
    spec.write_text(FIXTURE.read_text().replace("      responses:\n", unsupported_body + "      responses:\n", 1))
    assert generate.main(["--spec", str(spec), "--output", str(output)]) == 1
    error = capsys.readouterr().err
    assert "Unsupported content type application/xml" in error
    assert snapshot(output) == before
