"""`make generate` and `make check-generated`: resolved spec -> openapi-python-client -> generated/.

Generation happens in a temporary directory beside generated/; generated/ is replaced only when every
step succeeded, so a broken spec or a generator warning leaves it exactly as it was.
"""

import argparse
import dataclasses
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tooling import project
from tooling.pipeline import documents, facts, naming, resources, surface, uploads
from tooling.pipeline.documents import DocumentError
from tooling.pipeline.resolve import resolve, validate_document
from tooling.project import BUILD, CONFIG, OUTPUT, OVERLAY, ROOT, RUNTIME, SPEC
from tooling.reference import api_reference

LICENSE = ROOT / "LICENSE"
PACKAGE = str(documents.load(CONFIG)["package_name_override"])
RESOLVED = BUILD / "openapi.resolved.json"
_SKIP = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


class GenerationError(Exception):
    """The generator failed or warned; the message carries its output."""


def generate_into(
    spec: Path,
    overlay: Path | None,
    output: Path,
    resolved_copy: Path | None = None,
    config: Path = CONFIG,
    surface_rule: Path | None = project.SURFACE,
    resource_rule: Path = naming.RULE,
) -> list[str]:
    """Generate the package project into `output` (which must not exist). Returns the lines to print:
    overlay notices and, with a surface rule, the operations it leaves out.

    Validation runs while the generator does (two processes, two cores); if it fails, the generator is
    stopped and its output never used."""
    resolution = resolve(spec, overlay, check=False)
    resolution = dataclasses.replace(resolution, document=uploads.separate(resolution.document))
    notices = [f"notice: {notice}" for notice in resolution.notices(overlay)] if overlay else []
    if surface_rule is not None:
        exposed = surface.apply(resolution.document, surface.Rule.load(surface_rule))
        resolution = dataclasses.replace(resolution, document=exposed.document)
        notices += exposed.report()
    work = output.parent / f"{output.name}.resolved.json"
    resolution.write(work, indent=None)  # the generator's input
    # The credentials the runtime sends are named as the surface rule's customer credentials.
    credentials = surface.Rule.load().customer_credentials
    rule = naming.Rule.load(resource_rule)
    plan = naming.plan(resolution.document, rule)
    notices += plan.notices
    templates = facts.write_templates(
        resolution.document, output.parent / f"{output.name}.templates", credentials, plan.replacements()
    )
    try:
        with _Generator(work, templates, output, config) as generator:
            validate_document(resolution.document, spec)
            generator.finish()
    finally:
        if resolved_copy is not None:
            resolution.write(resolved_copy)
        work.unlink()
        shutil.rmtree(templates)
    settings = documents.load(config)
    package = output / str(settings["package_name_override"])
    install_runtime(package, resolution.document, settings)
    shutil.copyfile(LICENSE, output / "LICENSE")  # the metadata's license-files: in the sdist and the wheel
    try:
        endpoints = resources.index(package)  # parses every endpoint module: once, for both uses
        resources.write(package, resolution.document, plan, rule, endpoints)
    except resources.ResourceError as error:
        raise GenerationError(f"the resource client: {error}") from error
    _ruff(output, package / "resources")
    reference = api_reference.render(plan, resolution.document, endpoints)
    (output / "api.md").write_text(reference, encoding="utf-8")
    for cache in output.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    return notices


def _ruff(project: Path, target: Path) -> None:
    """The generator's own post hooks (generator-config.yaml), over what the pipeline wrote after it."""
    ruff = Path(sys.executable).parent / "ruff"
    for command in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        subprocess.run([str(ruff), *command, str(target)], cwd=project, check=True)


def install_runtime(package: Path, spec: dict[str, Any], settings: dict[str, Any]) -> None:
    """Ship runtime/ inside the package, with spec.py: the values the clients take from the spec and the
    generator configuration."""
    target = package / "runtime"
    shutil.copytree(RUNTIME, target, ignore=shutil.ignore_patterns("__pycache__", ".*_cache"))
    (target / "spec.py").write_text(spec_module(spec, settings), encoding="utf-8")


def spec_module(spec: dict[str, Any], settings: dict[str, Any]) -> str:
    servers = spec.get("servers") or [{"url": "/"}]
    schemes = spec.get("components", {}).get("securitySchemes", {}).values()
    headers = [scheme["name"] for scheme in schemes if scheme.get("type") == "apiKey" and scheme.get("in") == "header"]
    return (
        '"""Values read from the OpenAPI document this package was generated from and the generator\'s\n'
        'configuration (written by the pipeline)."""\n\n'
        f"DEFAULT_BASE_URL = {json.dumps(servers[0]['url'])}\n"
        f"API_KEY_HEADER = {json.dumps(headers[0] if headers else 'Authorization')}\n"
        f"DISTRIBUTION = {json.dumps(str(settings['project_name_override']))}\n"
        f"VERSION = {json.dumps(str(settings['package_version_override']))}\n"
    )


class _Generator:
    """openapi-python-client running in the background; `finish()` waits and raises on failure or warning."""

    def __init__(self, resolved: Path, templates: Path, output: Path, config: Path) -> None:
        bin_dir = Path(sys.executable).parent
        command = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            f"--path={resolved}",
            f"--config={config}",
            f"--custom-template-path={templates}",
            f"--output-path={output}",
            "--meta=uv",
            "--fail-on-warning",
        ]
        # The post hooks run `ruff` by name: make it the pinned one from this environment.
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
        # A file, not a pipe: a full pipe would stall the generator. Closed in __exit__.
        self.log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, text=True, env=env)

    def __enter__(self) -> "_Generator":
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.log.close()

    def finish(self) -> None:
        returncode = self.process.wait()
        self.log.seek(0)
        output = self.log.read()
        if returncode != 0 or "Warning" in output:
            raise GenerationError(f"openapi-python-client failed:\n{output}".rstrip())


def tree_diff(expected: Path, actual: Path) -> str:
    """A unified diff of two package trees, empty when they are byte-identical."""
    names = sorted({*tree_files(expected), *tree_files(actual)})
    chunks: list[str] = []
    for name in names:
        old, new = _read(actual / name), _read(expected / name)
        if old != new:
            chunks.extend(difflib.unified_diff(old, new, f"{actual.name}/{name}", f"regenerated/{name}", lineterm=""))
    return "\n".join(chunks)


def tree_files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not _SKIP.intersection(path.relative_to(root).parts)
    }


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.is_file() else []


def replace_atomically(new: Path, target: Path) -> None:
    """Swap `new` into place of `target`; both are on one file system, so each rename is atomic."""
    retired = target.with_name(f".{target.name}-retired")
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        target.rename(retired)
    new.rename(target)
    shutil.rmtree(retired, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--overlay", type=Path, default=OVERLAY)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail with a diff if --output is stale")
    args = parser.parse_args(argv)
    output: Path = args.output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=f".{output.name}-") as scratch:
        fresh = Path(scratch) / output.name
        try:
            notices = generate_into(args.spec, args.overlay, fresh, None if args.check else resolved_copy(output))
        except (DocumentError, GenerationError) as error:
            print(f"error: {error}\n{output} was left unchanged.", file=sys.stderr)
            return 1
        for notice in notices:
            print(notice, file=sys.stderr)
        if args.check:
            return _report_staleness(fresh, output)
        replace_atomically(fresh, output)
    files = [output / name for name in tree_files(output)]
    size = sum(path.stat().st_size for path in files)
    print(f"regenerated {output}: {len(files)} files, {size / 1024:.0f} KiB")
    return 0


def resolved_copy(output: Path) -> Path | None:
    """Where the resolved spec of `output` is kept: generated/'s in build/; another output's nowhere, so
    that `make generate-full` never replaces the one of generated/."""
    return RESOLVED if output == OUTPUT.resolve() else None


def _report_staleness(fresh: Path, output: Path) -> int:
    diff = tree_diff(fresh, output)
    if not diff:
        print(f"{output.name}/ is up to date")
        return 0
    print(diff)
    print(f"\n{output.name}/ is stale: run `make generate` and commit the result.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
